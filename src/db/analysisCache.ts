// The last result of each heavy Insights computation (theme analysis, pulse and follow-through),
// kept per team and view so the screen can show it at once and the workers recompute only when
// the data changed. Read and written by the workers; cleared when a backup replaces the data.
//
// An entry is fresh when the view's exact request (time range included), the data fingerprint
// and the code that computed it (the worker script's address, hashed per build) all match.
// Otherwise it is still shown, marked stale, while the fresh result is worked out.
import type { Millis } from '../domain/types';
import { now } from '../lib/clock';
import { db } from './db';

export type AnalysisKind = 'themes' | 'team-insights';

export interface AnalysisCacheEntry {
  /** `${kind}|${teamId}|${view}`: one entry per team and view (the range name, not its dates). */
  id: string;
  kind: AnalysisKind;
  teamId: string;
  /** The exact request (its dates included) the value answers. */
  request: string;
  /** readAnalysisFingerprint() when the value was computed. */
  fingerprint: string;
  /** Which build computed it (a new theme engine must not serve an old result as fresh). */
  build: string;
  value: unknown;
  updatedAt: Millis;
}

/** Entries kept at most (oldest dropped first): a handful of teams × views. */
export const ANALYSIS_CACHE_LIMIT = 24;

export function analysisCacheKey(kind: AnalysisKind, teamId: string, view: string): string {
  return `${kind}|${teamId}|${view}`;
}

/**
 * Tables whose writes can change a theme analysis or the pulse. `members` and `sessions` because
 * the themes worker leaves the team's people out of themes: a member renamed or a guest added
 * to a huddle (guests live on their session) changes the themes without a new answer.
 */
const SOURCES = [
  'responses',
  'commitments',
  'themes',
  'responseThemes',
  'members',
  'sessions',
  'prompts',
];
/** The same without answers and commitments, which the page's data version already covers. */
const SMALL_SOURCES = ['commitments', 'themes', 'responseThemes', 'members', 'sessions', 'prompts'];

async function newestAndCount(table: string): Promise<string> {
  const t = db.table(table);
  const [keys, count] = await Promise.all([
    t.orderBy('updatedAt').reverse().limit(1).keys(),
    t.count(),
  ]);
  return `${typeof keys[0] === 'number' ? keys[0] : 0}.${count}`;
}

/**
 * Changes whenever anything a theme analysis or the pulse reads is written: answers,
 * commitments, named and hidden themes and their tags, people, huddles (their guests) and
 * prompts (names and question words are left out of themes). Index keys and counts only, never
 * a record.
 *
 * `dataVersion` is the page's readDataVersion() (newest answer and commitment, answer count),
 * read just before it asked: given, the answers are not counted a second time (at 500,000
 * answers a count walks every key). A write after it only makes the stored fingerprint older
 * than the data, so the next visit recomputes; never the other way round.
 */
export async function readAnalysisFingerprint(dataVersion?: string): Promise<string> {
  if (dataVersion === undefined) return (await Promise.all(SOURCES.map(newestAndCount))).join(':');
  return [dataVersion, ...(await Promise.all(SMALL_SOURCES.map(newestAndCount)))].join(':');
}

export function readCachedAnalysis(id: string): Promise<AnalysisCacheEntry | undefined> {
  return db.analysisCache.get(id);
}

/** Stores an entry and drops the oldest beyond ANALYSIS_CACHE_LIMIT, in one transaction. */
export async function writeCachedAnalysis(
  entry: Omit<AnalysisCacheEntry, 'updatedAt'>,
): Promise<void> {
  await db.transaction('rw', db.analysisCache, async () => {
    await db.analysisCache.put({ ...entry, updatedAt: now() });
    const old = await db.analysisCache
      .orderBy('updatedAt')
      .reverse()
      .offset(ANALYSIS_CACHE_LIMIT)
      .primaryKeys();
    if (old.length) await db.analysisCache.bulkDelete(old);
  });
}

export async function clearAnalysisCache(): Promise<void> {
  await db.analysisCache.clear();
}
