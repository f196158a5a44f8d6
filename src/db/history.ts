// The history list's reads: every huddle of every team, newest first, paged by key range.
//
// Each filter combination walks the index whose key range already excludes the most:
//   team (± anything)        → [teamId+startedAt]   (team + status: the smaller of the two ranges)
//   status (no team)         → [status+startedAt]
//   pillar only, or nothing  → startedAt
// Dates narrow the key range of whichever index is walked; what the index cannot express
// (pillar, or status beside a team) is checked while the cursor walks, and a walk reads at most
// `maxScan` records so a rare filter never stalls the page: it returns what it found and where it
// stopped. `*pillars` is multi-entry and orders equal keys by id, not by date, so it serves the
// count, never the date-ordered walk.
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Millis, Pillar, Session, SessionStatus } from '../domain/types';
import { db } from './db';

export interface HistoryFilter {
  teamId?: string;
  status?: SessionStatus;
  pillar?: Pillar;
  /** Inclusive start time. */
  from?: Millis;
  /** Exclusive end time. */
  to?: Millis;
}

/** A place in the list. Sessions sort newest first by start time, then by id (descending). */
export interface HistoryCursor {
  startedAt: Millis;
  id: string;
}

export interface HistoryPage {
  sessions: Session[];
  /** Commitments made in each listed huddle (carried-over copies not counted). */
  commitmentCounts: Record<string, number>;
  /** Where the next call continues; null when nothing older is left. */
  next: HistoryCursor | null;
  /** Records read to fill this page (filters the index could not apply cost extra reads). */
  scanned: number;
}

export interface HistoryPageOptions {
  pageSize?: number;
  /** Upper bound on records read per call; a short page with a `next` means "keep going". */
  maxScan?: number;
}

export const HISTORY_PAGE_SIZE = 50;
const MAX_SCAN = 1_000;

type SessionCollection = ReturnType<typeof db.sessions.toCollection>;

type HistoryIndex = 'startedAt' | '[teamId+startedAt]' | '[status+startedAt]';

interface Walk {
  index: HistoryIndex;
  /** The equality part of a compound index ([teamId] or [status]); none for startedAt. */
  prefix: string | null;
  /** Checks the index cannot make. */
  residual: (s: Session) => boolean;
}

/** Newer-than-or-equal to the cursor in list order (i.e. already listed). */
function atOrBefore(s: HistoryCursor, cursor: HistoryCursor): boolean {
  return s.startedAt > cursor.startedAt || (s.startedAt === cursor.startedAt && s.id >= cursor.id);
}

function walkOn(index: HistoryIndex, filter: HistoryFilter): Walk {
  const checkTeam = index !== '[teamId+startedAt]' && filter.teamId !== undefined;
  const checkStatus = index !== '[status+startedAt]' && filter.status !== undefined;
  const { teamId, status, pillar } = filter;
  return {
    index,
    prefix:
      index === '[teamId+startedAt]'
        ? (teamId ?? null)
        : index === '[status+startedAt]'
          ? (status ?? null)
          : null,
    residual: (s) =>
      (!checkTeam || s.teamId === teamId) &&
      (!checkStatus || s.status === status) &&
      (pillar === undefined || s.pillars.includes(pillar)),
  };
}

/** The key range of one index between two start times. */
function range(
  index: HistoryIndex,
  prefix: string | null,
  lower: Millis | undefined,
  upper: { at: Millis; inclusive: boolean } | undefined,
): SessionCollection {
  const lo = lower ?? Dexie.minKey;
  const hi = upper?.at ?? Dexie.maxKey;
  const inclusive = upper?.inclusive ?? true;
  if (index === 'startedAt' || prefix === null) {
    return db.sessions.where('startedAt').between(lo, hi, true, inclusive);
  }
  return db.sessions.where(index).between([prefix, lo], [prefix, hi], true, inclusive);
}

function dateUpper(filter: HistoryFilter) {
  return filter.to === undefined ? undefined : { at: filter.to, inclusive: false };
}

/**
 * Which index to walk. With both a team and a status, two cheap key-range counts pick the range
 * with fewer records (e.g. a team's one active huddle is found without reading its history).
 */
export async function chooseHistoryIndex(filter: HistoryFilter): Promise<HistoryIndex> {
  const direct = directIndex(filter);
  if (direct) return direct;
  const [byTeam, byStatus] = await Promise.all([
    range('[teamId+startedAt]', filter.teamId ?? null, filter.from, dateUpper(filter)).count(),
    range('[status+startedAt]', filter.status ?? null, filter.from, dateUpper(filter)).count(),
  ]);
  return byStatus < byTeam ? '[status+startedAt]' : '[teamId+startedAt]';
}

/**
 * The index when only one can apply; null with both a team and a status. Synchronous on purpose:
 * inside a live query only Dexie's own promises may be awaited, or the read goes unobserved.
 */
function directIndex(filter: HistoryFilter): HistoryIndex | null {
  if (filter.teamId !== undefined && filter.status !== undefined) return null;
  if (filter.teamId !== undefined) return '[teamId+startedAt]';
  if (filter.status !== undefined) return '[status+startedAt]';
  return 'startedAt';
}

/**
 * One page of the list after `cursor` (null: from the newest). Reads at most `maxScan` records;
 * never an offset, never the whole table.
 */
export async function listHistoryPage(
  filter: HistoryFilter,
  cursor: HistoryCursor | null,
  { pageSize = HISTORY_PAGE_SIZE, maxScan = MAX_SCAN }: HistoryPageOptions = {},
): Promise<HistoryPage> {
  const walk = walkOn(await chooseHistoryIndex(filter), filter);
  // Ties on the start time sit at the cursor's key: include it and skip what was listed.
  const upper = cursor ? { at: cursor.startedAt, inclusive: true } : dateUpper(filter);
  let scanned = 0;
  let last: Session | undefined;
  const sessions = await range(walk.index, walk.prefix, filter.from, upper)
    .reverse()
    .until(() => scanned >= maxScan)
    .filter((s) => {
      scanned += 1;
      last = s;
      return !(cursor && atOrBefore(s, cursor)) && walk.residual(s);
    })
    .limit(pageSize)
    .toArray();
  const end = sessions.length === pageSize ? sessions.at(-1) : scanned >= maxScan ? last : null;
  return {
    sessions,
    commitmentCounts: await countCommitments(sessions),
    next: end ? { startedAt: end.startedAt, id: end.id } : null,
    scanned,
  };
}

async function countCommitments(sessions: Session[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  if (sessions.length === 0) return counts;
  const commitments = await db.commitments
    .where('sessionId')
    .anyOf(sessions.map((s) => s.id))
    .toArray();
  for (const c of commitments) {
    if (!c.carriedFromId) counts[c.sessionId] = (counts[c.sessionId] ?? 0) + 1;
  }
  return counts;
}

/**
 * How many huddles match, without reading a single session record: `count()` on one key range
 * when one index expresses the whole filter, otherwise the intersection of primary keys from
 * each index that expresses part of it (keys only, cheap even at 10,000 huddles).
 */
export async function countHistory(filter: HistoryFilter): Promise<number> {
  const { teamId, status, pillar, from } = filter;
  const dated = from !== undefined || filter.to !== undefined;
  const upper = dateUpper(filter);
  if (pillar === undefined) {
    if (teamId !== undefined && status !== undefined) {
      if (!dated) return db.sessions.where('[teamId+status]').equals([teamId, status]).count();
    } else {
      const walk = walkOn(directIndex(filter) ?? 'startedAt', filter);
      return range(walk.index, walk.prefix, from, upper).count();
    }
  } else if (teamId === undefined && status === undefined && !dated) {
    return db.sessions.where('pillars').equals(pillar).count();
  }
  const keySets: Promise<string[]>[] = [];
  if (pillar !== undefined) keySets.push(db.sessions.where('pillars').equals(pillar).primaryKeys());
  if (teamId !== undefined) {
    keySets.push(range('[teamId+startedAt]', teamId, from, upper).primaryKeys());
  }
  if (status !== undefined) {
    keySets.push(range('[status+startedAt]', status, from, upper).primaryKeys());
  }
  if (teamId === undefined && status === undefined && dated) {
    keySets.push(range('startedAt', null, from, upper).primaryKeys());
  }
  const [first, ...rest] = (await Promise.all(keySets)).sort((a, b) => a.length - b.length);
  if (!first) return 0;
  const others = rest.map((keys) => new Set(keys));
  return first.filter((id) => others.every((set) => set.has(id))).length;
}

/**
 * Changes whenever a huddle or a commitment is written (here or in another tab), so the list
 * can refresh the pages it shows. Reads two index keys and one count, never records.
 */
export async function historyVersion(): Promise<string> {
  const [sessionKey, sessions, commitments] = await Promise.all([
    db.sessions.orderBy('updatedAt').reverse().limit(1).keys(),
    db.sessions.count(),
    db.commitments.count(),
  ]);
  return `${String(sessionKey[0] ?? 0)}:${sessions}:${commitments}`;
}

/**
 * The number of huddles matching `filter`, kept live; undefined while counting, including right
 * after the filters change (useLiveQuery would otherwise show the old filters' count meanwhile).
 */
export function useHistoryCount(filter: HistoryFilter, key: string): number | undefined {
  // `key` stands for the filter's value: the object itself is rebuilt on every render.
  const counted = useLiveQuery(() => countHistory(filter).then((n) => ({ key, n })), [key]);
  return counted?.key === key ? counted.n : undefined;
}

/** See historyVersion; undefined while loading. */
export function useHistoryVersion(): string | undefined {
  return useLiveQuery(historyVersion, []);
}
