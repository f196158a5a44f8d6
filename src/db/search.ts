// Reads for the full-text search index (run inside the search worker, which opens the database
// itself). The index follows the database through `updatedAt`: every write bumps it, so the
// worker asks only for records changed since the last one it saw, in chunks of a key range.
import { liveQuery } from 'dexie';
import type {
  Commitment,
  Member,
  Millis,
  Prompt,
  Response,
  Session,
  SyncedTable,
  Team,
} from '../domain/types';
import { db } from './db';

/** The tables whose text the search covers. */
export type SearchTable = Extract<SyncedTable, 'responses' | 'commitments'>;

/** A place in the `updatedAt` index: ties on the time are ordered by id, like the index. */
export interface ChangeCursor {
  updatedAt: Millis;
  id: string;
}

export interface ChangeChunk<T> {
  rows: T[];
  /** Start time of the huddle of each row (for the date filter of search). */
  sessions: Record<string, Pick<Session, 'startedAt' | 'pillars'>>;
  /** Where the next chunk starts; null when the table has nothing newer. */
  next: ChangeCursor | null;
}

/**
 * Records changed after `after` (null: from the oldest), oldest change first, `limit` at most.
 * Each chunk is one plain key-range read of the `updatedAt` index (a filter would walk a cursor
 * row by row, several times slower): the rows sharing the cursor's time up to its id are counted
 * from the index keys first, read again and dropped.
 */
export function readChanges<T extends Response | Commitment>(
  table: SearchTable,
  after: ChangeCursor | null,
  limit: number,
): Promise<ChangeChunk<T>> {
  return readByChangeTime<T>(table, after, limit, 'oldest-first');
}

/**
 * Records changed at or before `before` (null: from the newest), newest change first, `limit` at
 * most: the first build reads this way, so the newest answers are searchable within seconds.
 * Ties on the time go by id, descending, like the index read backwards.
 */
export function readNewest<T extends Response | Commitment>(
  table: SearchTable,
  before: ChangeCursor | null,
  limit: number,
): Promise<ChangeChunk<T>> {
  return readByChangeTime<T>(table, before, limit, 'newest-first');
}

/** One chunk of the `updatedAt` index read past `cursor` in either direction. */
function readByChangeTime<T extends Response | Commitment>(
  table: SearchTable,
  cursor: ChangeCursor | null,
  limit: number,
  order: 'oldest-first' | 'newest-first',
): Promise<ChangeChunk<T>> {
  const forward = order === 'oldest-first';
  return db.transaction('r', [db.table(table), db.sessions], async () => {
    const base = db.table<T, string>(table);
    let rows: T[];
    if (cursor) {
      const { updatedAt, id } = cursor;
      const tied = await base.where('updatedAt').equals(updatedAt).primaryKeys();
      // Rows at the cursor's time already read: ids up to it in the direction of travel.
      const skip = tied.filter((key) => (forward ? key <= id : key >= id)).length;
      const range = forward
        ? base.where('updatedAt').aboveOrEqual(updatedAt)
        : base.where('updatedAt').belowOrEqual(updatedAt).reverse();
      rows = (await range.limit(limit + skip).toArray()).filter((r) =>
        forward ? r.updatedAt > updatedAt || r.id > id : r.updatedAt < updatedAt || r.id < id,
      );
    } else {
      const ordered = base.orderBy('updatedAt');
      rows = await (forward ? ordered : ordered.reverse()).limit(limit).toArray();
    }
    const last = rows.at(-1);
    return {
      rows,
      sessions: await huddleFacts(rows),
      next: last && rows.length === limit ? { updatedAt: last.updatedAt, id: last.id } : null,
    };
  });
}

/** Given records (found by a key scan rather than by their time), with their huddles' facts. */
export async function readByIds<T extends Response | Commitment>(
  table: SearchTable,
  ids: string[],
): Promise<Omit<ChangeChunk<T>, 'next'>> {
  return db.transaction('r', [db.table(table), db.sessions], async () => {
    const rows = (await db.table<T, string>(table).bulkGet(ids)).filter((r): r is T => !!r);
    return { rows, sessions: await huddleFacts(rows) };
  });
}

async function huddleFacts(rows: { sessionId: string }[]) {
  const found = await db.sessions.bulkGet([...new Set(rows.map((r) => r.sessionId))]);
  const sessions: ChangeChunk<never>['sessions'] = {};
  for (const s of found) if (s) sessions[s.id] = { startedAt: s.startedAt, pillars: s.pillars };
  return sessions;
}

export interface SearchSourceState {
  responses: number;
  commitments: number;
  /** Newest `updatedAt` of either table, and newest tombstone. */
  latest: Millis;
  latestDeletion: Millis;
}

/** The newest `updatedAt` of a table, from its index (0 when empty). */
function newestKey(table: SearchTable) {
  return db.table(table).orderBy('updatedAt').reverse().limit(1).keys();
}

/**
 * Counts and high-water marks: cheap (index keys and counts), and what the worker observes. Only
 * Dexie's own promises are awaited here, so a live query sees every read.
 */
export async function readSearchSources(): Promise<SearchSourceState> {
  const [responses, commitments, r, c, d] = await Promise.all([
    db.responses.count(),
    db.commitments.count(),
    newestKey('responses'),
    newestKey('commitments'),
    db.deletions.orderBy('deletedAt').reverse().limit(1).keys(),
  ]);
  const time = (keys: unknown[]) => (typeof keys[0] === 'number' ? keys[0] : 0);
  return {
    responses,
    commitments,
    latest: Math.max(time(r), time(c)),
    latestDeletion: time(d),
  };
}

/**
 * Calls `onChange` with the current state and again after every write to answers, commitments or
 * tombstones: Dexie's live queries hear writes made by other windows and workers too.
 */
export function observeSearchSources(
  onChange: (state: SearchSourceState) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(readSearchSources).subscribe({
    next: onChange,
    error: onError,
  });
  return () => subscription.unsubscribe();
}

/** Tombstones of answers and commitments written at or after `since`. */
export async function readDeletionsSince(since: Millis): Promise<string[]> {
  const rows = await db.deletions
    .where('deletedAt')
    .aboveOrEqual(since)
    .filter((d) => d.table === 'responses' || d.table === 'commitments')
    .toArray();
  return rows.map((d) => d.id);
}

/** Every id of a table (keys only), to find records that vanished without a tombstone. */
export function listIds(table: SearchTable): Promise<string[]> {
  return db.table<Response | Commitment, string>(table).toCollection().primaryKeys();
}

export interface HitRecords {
  responses: Map<string, Response>;
  commitments: Map<string, Commitment>;
  sessions: Map<string, Session>;
  teams: Map<string, Team>;
  prompts: Map<string, Prompt>;
  /** Names of members who gave attributed answers only; anonymous answers look up nobody. */
  members: Map<string, Member>;
}

function byId<T extends { id: string }>(rows: (T | undefined)[]): Map<string, T> {
  return new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])));
}

/** What a page of search results shows, read fresh (in one transaction) for the hits only. */
export async function readHitRecords(
  responseIds: string[],
  commitmentIds: string[],
): Promise<HitRecords> {
  return db.transaction(
    'r',
    [db.responses, db.commitments, db.sessions, db.teams, db.prompts, db.members],
    async () => {
      const [responses, commitments] = await Promise.all([
        db.responses.bulkGet(responseIds).then(byId),
        db.commitments.bulkGet(commitmentIds).then(byId),
      ]);
      const sessionIds = new Set<string>();
      for (const r of responses.values()) sessionIds.add(r.sessionId);
      for (const c of commitments.values()) sessionIds.add(c.sessionId);
      const sessions = byId(await db.sessions.bulkGet([...sessionIds]));
      const teamIds = new Set([...sessions.values()].map((s) => s.teamId));
      const promptIds = new Set([...responses.values()].map((r) => r.promptId));
      // Only attributed answers carry a member id; guests' names live on their huddle.
      const memberIds = new Set(
        [...responses.values()].flatMap((r) =>
          r.memberId && !r.memberId.startsWith('guest-') ? [r.memberId] : [],
        ),
      );
      const [teams, prompts, members] = await Promise.all([
        db.teams.bulkGet([...teamIds]).then(byId),
        db.prompts.bulkGet([...promptIds]).then(byId),
        db.members.bulkGet([...memberIds]).then(byId),
      ]);
      return { responses, commitments, sessions, teams, prompts, members };
    },
  );
}
