/// <reference lib="webworker" />
// The themes worker: reads one team's answers from IndexedDB in pages and runs the theme engine
// off the main thread, so the Insights screen stays responsive over hundreds of thousands of
// answers. Member ids are dropped as answers are read: they never reach the engine.
import { db } from '../db/db';
import { installWorkerKeyListener } from '../db/encryption/keyring';
import { analyseThemes } from '../domain/themes/analyse';
import type {
  CuratedThemeInput,
  ThemeAnalysis,
  ThemeAnswer,
  ThemeOptions,
} from '../domain/themes/types';
import type { Pillar, Response } from '../domain/types';
import { runCached } from './cachedAnalysis';
import type {
  ThemesFromWorker,
  ThemesRequest,
  ThemesRequestOptions,
  ThemesTimings,
  ThemesToWorker,
} from './themesProtocol';

/** Answers read per query: large enough to be quick, small enough for any browser. */
export const PAGE_SIZE = 5000;
/** Share of the progress bar given to reading (the rest is analysis). */
const READ_SHARE = 0.4;

export class ThemesCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'AbortError';
  }
}

interface ReadControl {
  onProgress: (fraction: number) => void;
  isCancelled: () => boolean;
}

/** Only what the engine needs; the member id (and anything else) stays behind. */
function toThemeAnswer(r: Response, prompts: ReadonlyMap<string, string>): ThemeAnswer | null {
  if (r.passed || !r.text?.trim()) return null;
  const answer: ThemeAnswer = {
    id: r.id,
    sessionId: r.sessionId,
    teamId: r.teamId,
    pillar: r.pillar,
    createdAt: r.createdAt,
    text: r.text,
  };
  const prompt = prompts.get(r.promptId);
  if (prompt) answer.prompt = prompt;
  return answer;
}

/**
 * A team's answers in [from, to], oldest first, read through the [teamId+createdAt] index (or
 * [teamId+pillar+createdAt] for one pillar) in pages bounded by key ranges: never one giant
 * toArray, never an offset. Answers sharing the last time of a page are remembered by id, so a
 * page boundary inside a tie loses nothing.
 */
export async function readTeamAnswers(
  teamId: string,
  range: { from?: number; to?: number; pillar?: Pillar },
  control: ReadControl,
  pageSize = PAGE_SIZE,
): Promise<ThemeAnswer[]> {
  const to = range.to ?? Number.POSITIVE_INFINITY;
  // One pillar: its own index, so other pillars' answers are never read.
  const prefix: (string | number)[] = range.pillar ? [teamId, range.pillar] : [teamId];
  const index = () =>
    db.responses.where(range.pillar ? '[teamId+pillar+createdAt]' : '[teamId+createdAt]');
  const key = (time: number) => [...prefix, time];
  // The shipped prompt library is a few hundred rows; each answer points at one shared string.
  const prompts = new Map((await db.prompts.toArray()).map((p) => [p.id, p.text]));
  let lower = range.from ?? Number.NEGATIVE_INFINITY;
  const total = await index().between(key(lower), key(to), true, true).count();
  const answers: ThemeAnswer[] = [];
  let includeLower = true;
  let seenAtLower = new Set<string>();
  let read = 0;
  const take = (rows: Response[]) => {
    for (const r of rows) {
      const answer = toThemeAnswer(r, prompts);
      if (answer) answers.push(answer);
    }
    read += rows.length;
    control.onProgress(total ? Math.min(1, read / total) : 1);
  };
  for (;;) {
    if (control.isCancelled()) throw new ThemesCancelled();
    const page = await index()
      .between(key(lower), key(to), includeLower, true)
      .limit(pageSize)
      .toArray();
    const fresh = page.filter((r) => !(r.createdAt === lower && seenAtLower.has(r.id)));
    if (page.length === pageSize && fresh.length === 0) {
      // More than a page of answers share one time: read that time whole, then step past it.
      const tied = await index().equals(key(lower)).toArray();
      take(tied.filter((r) => !seenAtLower.has(r.id)));
      includeLower = false;
      seenAtLower = new Set();
      continue;
    }
    take(fresh);
    const last = page.at(-1);
    if (page.length < pageSize || !last) break;
    if (last.createdAt !== lower) seenAtLower = new Set();
    lower = last.createdAt;
    includeLower = true;
    for (const r of page) if (r.createdAt === lower) seenAtLower.add(r.id);
  }
  control.onProgress(1);
  return answers;
}

/**
 * The team's themes as engine options: curated ones with their hand tags; suggestions a person
 * hid or pinned by their key (kept in the theme record's keywords, with its label as fallback).
 */
export async function readTeamThemeOptions(
  teamId: string,
): Promise<Pick<ThemeOptions, 'curated' | 'hiddenKeys' | 'pinnedKeys'>> {
  const [themes, tags] = await Promise.all([
    db.themes.where('teamId').equals(teamId).toArray(),
    db.responseThemes.where('teamId').equals(teamId).toArray(),
  ]);
  const tagged = new Map<string, string[]>();
  for (const tag of tags) {
    const list = tagged.get(tag.themeId) ?? [];
    list.push(tag.responseId);
    tagged.set(tag.themeId, list);
  }
  const curated: CuratedThemeInput[] = [];
  const hiddenKeys: string[] = [];
  const pinnedKeys: string[] = [];
  for (const theme of themes) {
    if (theme.curated) {
      curated.push({
        id: theme.id,
        label: theme.label,
        keywords: theme.keywords,
        taggedResponseIds: tagged.get(theme.id) ?? [],
        pinned: theme.pinned,
        hidden: theme.hidden,
      });
    } else if (theme.hidden) {
      hiddenKeys.push(...theme.keywords, theme.label);
    } else if (theme.pinned) {
      pinnedKeys.push(...theme.keywords, theme.label);
    }
  }
  return { curated, hiddenKeys, pinnedKeys };
}

/**
 * The names of the team's people, so the engine never makes a theme of one: its members (past
 * ones too: answers from their time still mention them) and every guest recorded on its huddles.
 */
export async function readTeamPersonNames(teamId: string): Promise<string[]> {
  const names = new Set<string>();
  const members = await db.members.where('teamId').equals(teamId).toArray();
  for (const m of members) names.add(m.name);
  await db.sessions
    .where('teamId')
    .equals(teamId)
    .each((s) => {
      for (const g of s.guests ?? []) names.add(g.name);
    });
  return [...names];
}

export async function runThemesRequest(
  request: ThemesRequest,
  post: (message: ThemesFromWorker) => void,
  isCancelled: () => boolean,
): Promise<void> {
  const { id, teamId, options } = request;
  const progress = (fraction: number) => {
    if (!isCancelled()) post({ type: 'progress', id, fraction });
  };
  const timings: ThemesTimings = { cached: false, readMs: 0, analyseMs: 0, answers: 0 };
  const analyse = async () => {
    const started = performance.now();
    const [answers, stored, personNames] = await Promise.all([
      readTeamAnswers(teamId, options, {
        onProgress: (f) => progress(Math.round(f * READ_SHARE * 100) / 100),
        isCancelled,
      }),
      readTeamThemeOptions(teamId),
      readTeamPersonNames(teamId),
    ]);
    if (isCancelled()) throw new ThemesCancelled();
    const read = performance.now();
    const merged = mergeOptions(options, stored, progress);
    merged.personNames = [...(options.personNames ?? []), ...personNames];
    const analysis = analyseThemes(answers, merged);
    timings.readMs = read - started;
    timings.analyseMs = performance.now() - read;
    timings.answers = answers.length;
    return analysis;
  };
  try {
    if (!request.cache) {
      const analysis = await analyse();
      if (!isCancelled()) post({ type: 'result', id, analysis, timings });
      return;
    }
    const run = await runCached({
      kind: 'themes',
      teamId,
      view: JSON.stringify([request.cache.view, { ...options, from: null, to: null }]),
      request: options,
      compute: analyse,
      dataVersion: request.cache.dataVersion,
      onStale: (analysis: ThemeAnalysis) => {
        if (!isCancelled()) post({ type: 'stale', id, analysis });
      },
    });
    timings.cached = run.cached;
    if (isCancelled()) return;
    post({ type: 'result', id, analysis: run.value, timings });
    await run.store();
  } catch (error) {
    if (error instanceof ThemesCancelled || isCancelled()) return;
    post({ type: 'error', id, message: readableError(error) });
  }
}

function mergeOptions(
  options: ThemesRequestOptions,
  stored: Pick<ThemeOptions, 'curated' | 'hiddenKeys' | 'pinnedKeys'>,
  progress: (fraction: number) => void,
): ThemeOptions {
  const given = new Set((options.curated ?? []).map((c) => c.id));
  return {
    ...options,
    curated: [
      ...(options.curated ?? []),
      ...(stored.curated ?? []).filter((c) => !given.has(c.id)),
    ],
    hiddenKeys: [...(options.hiddenKeys ?? []), ...(stored.hiddenKeys ?? [])],
    pinnedKeys: [...(options.pinnedKeys ?? []), ...(stored.pinnedKeys ?? [])],
    onProgress: (f) => progress(Math.round((READ_SHARE + f * (1 - READ_SHARE)) * 100) / 100),
  };
}

function readableError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'DatabaseClosedError' || name === 'VersionError') {
    return 'Saved huddles could not be read: the app was updated in another tab. Please reload.';
  }
  if (name === 'QuotaExceededError') return 'The device is out of storage space.';
  return 'Themes could not be worked out. Try again; if it keeps happening, reload the app.';
}

/** Handles the page's messages; several requests may be in flight, each cancellable. */
export function createThemesHandler(post: (message: ThemesFromWorker) => void) {
  const cancelled = new Set<number>();
  return async (message: ThemesToWorker): Promise<void> => {
    if (message.type === 'cancel') {
      cancelled.add(message.id);
      return;
    }
    await runThemesRequest(message, post, () => cancelled.has(message.id));
    cancelled.delete(message.id);
  };
}

// The entry point, only when loaded as a dedicated worker (tests import the functions above).
if (
  typeof DedicatedWorkerGlobalScope !== 'undefined' &&
  self instanceof DedicatedWorkerGlobalScope
) {
  const scope = self;
  // Before onmessage: takes the page's key messages (the database reads need the key).
  installWorkerKeyListener(scope);
  const handle = createThemesHandler((message) => scope.postMessage(message));
  scope.onmessage = (event: MessageEvent<ThemesToWorker>) => {
    void handle(event.data);
  };
}
