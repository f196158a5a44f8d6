// Reads and writes of the Insights page. The aggregations (computeTeamInsights, computeOverview)
// run inside the insights worker, which opens the database itself: they stream rating answers
// through the `promptId` index and page commitments by key range, so no screen ever holds every
// answer. The hooks and small writes below serve the page itself.
import Dexie from 'dexie';
import { followThrough } from '../domain/insights/followThrough';
import { addOverviewRating, emptyOverviewRatings, overviewRow } from '../domain/insights/overview';
import { RATED_PROMPT_IDS } from '../domain/insights/pulseItems';
import { PulseAccumulator } from '../domain/insights/pulseTrends';
import { periodSlots } from '../domain/insights/range';
import type {
  Overview,
  OverviewRequest,
  TeamInsights,
  TeamInsightsRequest,
  TeamOverview,
} from '../domain/insights/types';
import type { CuratedThemeInput } from '../domain/themes/types';
import type { Commitment, Millis, Pillar, Response, Team, Theme } from '../domain/types';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { db } from './db';
import { readSetting, writeSetting } from './settings';
import { cleanName, requireFound, ValidationError } from './validate';

/** Records read per database round trip. */
const PAGE = 1_000;

type Progress = (fraction: number) => void;

// ── Reads for the worker ────────────────────────────────────────────────────────────────────

interface RatingScope {
  teamId?: string;
  from: Millis;
  to: Millis;
}

/**
 * Calls `visit` for every rated (not passed) answer to a pulse or pillar-rating prompt in the
 * scope. One read per rated prompt through the `promptId` index (a plain key range read in one
 * go, not keys then rows one by one; rating rows are small), each visited as it arrives.
 */
async function forEachRating(
  scope: RatingScope,
  visit: (row: Response) => void,
  onProgress: Progress,
): Promise<number> {
  let kept = 0;
  let done = 0;
  await Promise.all(
    RATED_PROMPT_IDS.map(async (promptId) => {
      const rows = await db.responses.where('promptId').equals(promptId).toArray();
      for (const row of rows) {
        if (row.passed || typeof row.rating !== 'number') continue;
        if (scope.teamId && row.teamId !== scope.teamId) continue;
        if (row.createdAt < scope.from || row.createdAt > scope.to) continue;
        kept += 1;
        visit(row);
      }
      done += 1;
      onProgress(done / RATED_PROMPT_IDS.length);
    }),
  );
  onProgress(1);
  return kept;
}

/**
 * A team's commitments, oldest first, a page at a time through `[teamId+createdAt]`. Each page
 * is one plain key-range read (no filter, which would walk a cursor row by row); rows sharing
 * the last page's time are read again and skipped by id (the index orders ties by id).
 */
async function readTeamCommitments(teamId: string): Promise<Commitment[]> {
  const all: Commitment[] = [];
  let lower: Millis | null = null;
  let seenAtLower = new Set<string>();
  for (;;) {
    const rows: Commitment[] = await db.commitments
      .where('[teamId+createdAt]')
      .between([teamId, lower ?? Dexie.minKey], [teamId, Dexie.maxKey], true, true)
      .limit(PAGE + seenAtLower.size)
      .toArray();
    const fresh = rows.filter((c) => c.createdAt !== lower || !seenAtLower.has(c.id));
    all.push(...fresh);
    const last = rows.at(-1);
    if (!last || rows.length < PAGE + seenAtLower.size) return all;
    if (last.createdAt !== lower) seenAtLower = new Set();
    lower = last.createdAt;
    for (const c of rows) if (c.createdAt === lower) seenAtLower.add(c.id);
  }
}

/** Start of the team's first huddle (or of anyone's, without a team); `fallback` when none. */
async function firstHuddleAt(teamId: string | undefined, fallback: Millis): Promise<Millis> {
  const first = teamId
    ? await db.sessions
        .where('[teamId+startedAt]')
        .between([teamId, Dexie.minKey], [teamId, Dexie.maxKey])
        .first()
    : await db.sessions.orderBy('startedAt').first();
  return first ? Math.min(first.startedAt, fallback) : fallback;
}

function countHuddles(teamId: string, from: Millis, to: Millis): Promise<number> {
  return db.sessions
    .where('[teamId+startedAt]')
    .between([teamId, from], [teamId, to], true, true)
    .filter((s) => s.status !== 'abandoned')
    .count();
}

/** Pulse and pillar trends plus follow-through for one team. Runs in the insights worker. */
export async function computeTeamInsights(
  request: TeamInsightsRequest,
  onProgress: Progress = () => {},
): Promise<TeamInsights> {
  const { teamId, period, to, pillar } = request;
  const from = request.from ?? (await firstHuddleAt(teamId, to));
  const slots = periodSlots(from, to, period);
  const pulse = new PulseAccumulator(slots);
  const ratings = await forEachRating(
    { teamId, from, to },
    (row) =>
      pulse.add({ promptId: row.promptId, createdAt: row.createdAt, rating: row.rating ?? 0 }),
    (f) => onProgress(f * 0.9),
  );
  const commitments = await readTeamCommitments(teamId);
  onProgress(1);
  return {
    teamId,
    period,
    periods: slots,
    pulse: pulse.trends(pillar ? { pillar } : {}),
    followThrough: followThrough(commitments, { slots, from, to, ...(pillar ? { pillar } : {}) }),
    ratings,
  };
}

/** Every team that is not archived, side by side. Runs in the insights worker. */
export async function computeOverview(
  request: OverviewRequest,
  onProgress: Progress = () => {},
): Promise<Overview> {
  const { period, to, pillar } = request;
  const from = request.from ?? (await firstHuddleAt(undefined, to));
  const teams = (await db.teams.toArray())
    .filter((t) => !t.archived)
    .sort((a, b) => a.name.localeCompare(b.name));
  const ratings = new Map(teams.map((t) => [t.id, emptyOverviewRatings()]));
  await forEachRating(
    { from, to },
    (row) => {
      const into = ratings.get(row.teamId);
      if (into) addOverviewRating(into, { ...row, rating: row.rating ?? 0 });
    },
    (f) => onProgress(f * 0.7),
  );
  const slots = periodSlots(from, to, period);
  const rows: TeamOverview[] = [];
  for (const [i, team] of teams.entries()) {
    const [huddles, commitments] = await Promise.all([
      countHuddles(team.id, from, to),
      readTeamCommitments(team.id),
    ]);
    const follow = followThrough(commitments, { slots, from, to, ...(pillar ? { pillar } : {}) });
    rows.push(
      overviewRow(team, huddles, ratings.get(team.id) ?? emptyOverviewRatings(), {
        reviewed: follow.reviewed,
        done: follow.done,
        share: follow.share,
      }),
    );
    onProgress(0.7 + (0.3 * (i + 1)) / teams.length);
  }
  onProgress(1);
  return { teams: rows };
}

// ── Page: what there is to look at (wrapped as live hooks in insightsHooks.ts) ─────────────────

/** How many huddles were ever run, by one team or (null) by any. */
export function countHuddlesEver(teamId: string | null): Promise<number> {
  return teamId
    ? db.sessions
        .where('[teamId+startedAt]')
        .between([teamId, Dexie.minKey], [teamId, Dexie.maxKey])
        .count()
    : db.sessions.count();
}

async function newestUpdate(table: 'responses' | 'commitments'): Promise<number> {
  const [key] = await db.table(table).orderBy('updatedAt').reverse().limit(1).keys();
  return typeof key === 'number' ? key : 0;
}

/**
 * Changes whenever an answer or commitment is written (here, in another tab or a worker), so the
 * page can ask for fresh numbers. Reads two index keys and a count, nothing more.
 */
export async function readDataVersion(): Promise<string> {
  const [responses, commitments, count] = await Promise.all([
    newestUpdate('responses'),
    newestUpdate('commitments'),
    db.responses.count(),
  ]);
  return `${responses}:${commitments}:${count}`;
}

/** Teams for the picker: active ones by name, archived ones after them. */
export async function listInsightsTeams(): Promise<Team[]> {
  const teams = await db.teams.toArray();
  return teams.sort(
    (a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name),
  );
}

// ── Page: curated themes, hidden suggestions and hand tags ───────────────────────────────────

export interface ThemeInputs {
  /** The team's theme records: named ones and hidden suggestions. */
  themes: Theme[];
  curated: CuratedThemeInput[];
  /** Keys of suggestions a person hid or pinned (see setSuggestionFlags). */
  hiddenKeys: string[];
  pinnedKeys: string[];
}

/**
 * A hidden or pinned suggestion is stored as a Theme record with `curated: false`, the flag set
 * and the suggestion's key as its only keyword: the engine's `hiddenKeys` and `pinnedKeys` are
 * read back from those, and the record travels with backups like any theme. Named themes have
 * `curated: true` and carry their own flags.
 */
export async function readThemeInputs(teamId: string): Promise<ThemeInputs> {
  return db.transaction('r', db.themes, db.responseThemes, async () => {
    const [themes, tags] = await Promise.all([
      db.themes.where('teamId').equals(teamId).toArray(),
      db.responseThemes.where('teamId').equals(teamId).toArray(),
    ]);
    const tagged = new Map<string, string[]>();
    for (const tag of tags)
      tagged.set(tag.themeId, [...(tagged.get(tag.themeId) ?? []), tag.responseId]);
    themes.sort((a, b) => a.label.localeCompare(b.label));
    return {
      themes,
      curated: themes
        .filter((t) => t.curated)
        .map((t) => ({
          id: t.id,
          label: t.label,
          keywords: t.keywords,
          taggedResponseIds: (tagged.get(t.id) ?? []).sort(),
          pinned: t.pinned,
          hidden: t.hidden,
        })),
      hiddenKeys: themes.filter((t) => !t.curated && t.hidden).flatMap((t) => t.keywords),
      pinnedKeys: themes
        .filter((t) => !t.curated && t.pinned && !t.hidden)
        .flatMap((t) => t.keywords),
    };
  });
}

export interface SuggestionFlags {
  hidden?: boolean;
  pinned?: boolean;
}

/**
 * Hides or pins an engine suggestion for this team (see readThemeInputs for how it is stored):
 * updates the suggestion's record, or makes one. Unhiding and unpinning keep the record with both
 * flags off, which the engine ignores.
 */
export async function setSuggestionFlags(
  teamId: string,
  key: string,
  label: string,
  flags: SuggestionFlags,
): Promise<void> {
  const keyword = key.trim().toLowerCase();
  if (!keyword) throw new ValidationError('This suggestion has no key to keep it by.');
  await db.transaction('rw', db.teams, db.themes, async () => {
    requireFound(await db.teams.get(teamId), 'Team');
    const t = now();
    const existing = await db.themes
      .where('teamId')
      .equals(teamId)
      .filter((theme) => !theme.curated && theme.keywords.includes(keyword))
      .first();
    if (existing) {
      await db.themes.put({ ...existing, ...flags, updatedAt: t });
      return;
    }
    await db.themes.add({
      id: newId(),
      teamId,
      label: cleanName(label.slice(0, 80), 'Theme name'),
      keywords: [keyword],
      pinned: flags.pinned ?? false,
      hidden: flags.hidden ?? false,
      curated: false,
      createdAt: t,
      updatedAt: t,
    });
  });
}

/** Adds surface forms to a named theme's keywords (merging suggestions into it). */
export async function addThemeKeywords(themeId: string, keywords: string[]): Promise<void> {
  await db.transaction('rw', db.themes, async () => {
    const theme = requireFound(await db.themes.get(themeId), 'Theme');
    const merged = [
      ...new Set([...theme.keywords, ...keywords.map((k) => k.trim().toLowerCase())]),
    ].filter(Boolean);
    await db.themes.put({ ...theme, keywords: merged, updatedAt: now() });
  });
}

// ── Page: the answers behind a theme ──────────────────────────────────────────────────────────

/** One answer as the drill-down shows it. No member id, ever: themes are never attributed. */
export interface ThemeAnswerView {
  id: string;
  text: string;
  createdAt: Millis;
  pillar: Pillar;
  sessionId: string;
  /** When the huddle started (the date shown); null if the huddle is gone. */
  huddleAt: Millis | null;
  prompt: string | null;
}

/** The given answers, in the given order, with their huddle's date and their question. */
export async function readThemeAnswers(ids: readonly string[]): Promise<ThemeAnswerView[]> {
  return db.transaction('r', [db.responses, db.sessions, db.prompts], async () => {
    const rows = (await db.responses.bulkGet([...ids])).filter(
      (r): r is Response => !!r && !!r.text,
    );
    const [sessions, prompts] = await Promise.all([
      db.sessions.bulkGet([...new Set(rows.map((r) => r.sessionId))]),
      db.prompts.bulkGet([...new Set(rows.map((r) => r.promptId))]),
    ]);
    const startedAt = new Map(sessions.flatMap((s) => (s ? [[s.id, s.startedAt] as const] : [])));
    const promptText = new Map(prompts.flatMap((p) => (p ? [[p.id, p.text] as const] : [])));
    return rows.map((r) => ({
      id: r.id,
      text: r.text ?? '',
      createdAt: r.createdAt,
      pillar: r.pillar,
      sessionId: r.sessionId,
      huddleAt: startedAt.get(r.sessionId) ?? null,
      prompt: promptText.get(r.promptId) ?? null,
    }));
  });
}

// ── Page: the privacy floor for themes ────────────────────────────────────────────────────────

/** Setting key of the minimum huddles a theme must come from. Renaming it loses the setting. */
export const MIN_HUDDLES_KEY = 'insights-min-huddles';
export const MIN_HUDDLES_FLOOR = 3;
export const MIN_HUDDLES_CEILING = 52;

export async function readMinHuddles(): Promise<number> {
  const stored = await readSetting<unknown>(MIN_HUDDLES_KEY, MIN_HUDDLES_FLOOR);
  return typeof stored === 'number' && Number.isInteger(stored)
    ? Math.min(MIN_HUDDLES_CEILING, Math.max(MIN_HUDDLES_FLOOR, stored))
    : MIN_HUDDLES_FLOOR;
}

export async function saveMinHuddles(value: number): Promise<void> {
  if (!Number.isInteger(value) || value < MIN_HUDDLES_FLOOR || value > MIN_HUDDLES_CEILING) {
    throw new ValidationError(
      `Choose a whole number from ${MIN_HUDDLES_FLOOR} to ${MIN_HUDDLES_CEILING}.`,
    );
  }
  await writeSetting(MIN_HUDDLES_KEY, value);
}
