// Prompt rotation: which prompts a team sees next. Pure and deterministic given `random`, so the
// same inputs and seed always draw the same prompts (tests, and reproducible huddles).
import {
  type Millis,
  PILLARS,
  type Pillar,
  type Plan,
  type Prompt,
  type PromptCategory,
  type Session,
  type SessionStep,
} from '../types';
import { type RandomSource, shuffled } from './random';

/** One prompt asked in one of this team's past huddles. Order of the list does not matter. */
export interface PromptUse {
  promptId: string;
  /** The huddle it was asked in: uses with the same sessionId are one huddle. */
  sessionId: string;
  /** When that huddle started; newer huddles count as more recent. */
  startedAt: Millis;
}

/** How many of a pool's recent huddles to avoid repeating prompts from. */
export const DEFAULT_AVOID_LAST = 4;

export interface DrawOptions {
  /** The whole library (or any subset); filtered here by pillar, category and retired. */
  prompts: Iterable<Prompt>;
  pillar: Pillar;
  /** Defaults to 'pillar' (in-depth prompts), matching a plan's draw source without a category. */
  category?: PromptCategory;
  count: number;
  /** This team's past prompt uses (see promptUsesFromSessions). */
  recentUse: readonly PromptUse[];
  /** Avoid prompts asked in this many of the most recent huddles that drew from the same pool. */
  avoidLast?: number;
  random: RandomSource;
  /** Prompt ids that must not be drawn, e.g. ones already in this huddle. */
  exclude?: Iterable<string>;
}

/**
 * Draws up to `count` distinct prompts of one pillar and category, skipping retired ones.
 *
 * Order of preference:
 * 1. prompts this team has never been asked (random order), so the whole pool, including a
 *    newly added custom prompt, comes round before anything repeats;
 * 2. prompts not asked in the pool's last `avoidLast` huddles (random order);
 * 3. the rest, least recently asked first.
 * "The pool's huddles" are the team's huddles that asked at least one prompt of the same pillar
 * and category, so a run of quick check-ins does not make last month's deep-dive prompts look
 * fresh again. Returns fewer than `count` when the pool is smaller.
 */
export function drawPrompts(options: DrawOptions): Prompt[] {
  const category = options.category ?? 'pillar';
  const avoidLast = Math.max(0, Math.floor(options.avoidLast ?? DEFAULT_AVOID_LAST));
  const count = Math.max(0, Math.floor(options.count));
  const excluded = new Set(options.exclude ?? []);

  const inPool = new Map<string, Prompt>();
  for (const prompt of options.prompts) {
    if (prompt.pillar === options.pillar && prompt.category === category) {
      inPool.set(prompt.id, prompt);
    }
  }
  // Sorted by id so the result never depends on the order the library was loaded in.
  const candidates = [...inPool.values()]
    .filter((p) => !p.retired && !excluded.has(p.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (count === 0 || candidates.length === 0) return [];

  // Retired prompts still count here: a huddle that asked one did draw from this pool.
  const poolUses = options.recentUse.filter((use) => inPool.has(use.promptId));
  const recentSessions = new Set(mostRecentSessions(poolUses, avoidLast));
  const recentIds = new Set(
    poolUses.filter((use) => recentSessions.has(use.sessionId)).map((use) => use.promptId),
  );
  const lastAsked = lastAskedById(poolUses);

  const neverAsked = candidates.filter((p) => !lastAsked.has(p.id));
  const rested = candidates.filter((p) => lastAsked.has(p.id) && !recentIds.has(p.id));
  // Shuffle first so the stable sort breaks ties at random, then oldest use first.
  const recent = shuffled(
    candidates.filter((p) => recentIds.has(p.id)),
    options.random,
  ).sort((a, b) => (lastAsked.get(a.id) ?? 0) - (lastAsked.get(b.id) ?? 0));

  return [
    ...shuffled(neverAsked, options.random),
    ...shuffled(rested, options.random),
    ...recent,
  ].slice(0, count);
}

/** Session ids of the `n` most recent huddles among the uses (ties broken by id, for stability). */
function mostRecentSessions(uses: readonly PromptUse[], n: number): string[] {
  const startedAt = new Map<string, Millis>();
  for (const use of uses) {
    startedAt.set(
      use.sessionId,
      Math.max(startedAt.get(use.sessionId) ?? -Infinity, use.startedAt),
    );
  }
  return [...startedAt.entries()]
    .sort(([idA, a], [idB, b]) => b - a || (idA < idB ? 1 : idA > idB ? -1 : 0))
    .slice(0, n)
    .map(([id]) => id);
}

function lastAskedById(uses: readonly PromptUse[]): Map<string, Millis> {
  const last = new Map<string, Millis>();
  for (const use of uses) {
    last.set(use.promptId, Math.max(last.get(use.promptId) ?? -Infinity, use.startedAt));
  }
  return last;
}

/** The Session fields rotation needs; a whole Session fits. */
export type SessionForRotation = Pick<Session, 'id' | 'startedAt' | 'currentStep' | 'steps'>;

/**
 * Prompt uses from a team's past sessions. Only steps the huddle reached count (up to
 * currentStep), so a huddle abandoned in the lobby uses nothing up.
 */
export function promptUsesFromSessions(sessions: Iterable<SessionForRotation>): PromptUse[] {
  const uses: PromptUse[] = [];
  for (const session of sessions) {
    session.steps.forEach((step, index) => {
      if (index > session.currentStep) return;
      for (const promptId of step.promptIds) {
        uses.push({ promptId, sessionId: session.id, startedAt: session.startedAt });
      }
    });
  }
  return uses;
}

/** A lookup table for resolvePlanSteps. */
export function indexPrompts(prompts: Iterable<Prompt>): Map<string, Prompt> {
  return new Map([...prompts].map((p) => [p.id, p]));
}

export interface ResolveOptions {
  avoidLast?: number;
}

/**
 * Turns a plan's steps into the steps of a new huddle, with every draw fixed to real prompt ids.
 *
 * - Fixed prompt lists keep their order but drop unknown and hidden (retired) prompts.
 * - Draws never repeat a prompt already in this huddle, whether fixed or drawn earlier.
 * - A prompts step left with no prompts (everything in it hidden) is left out, rather than
 *   showing the room an empty step.
 * - Steps start unrevealed: the huddle decides what the room may see.
 */
export function resolvePlanSteps(
  plan: Pick<Plan, 'steps'>,
  promptsById: ReadonlyMap<string, Prompt>,
  recentUse: readonly PromptUse[],
  random: RandomSource,
  options: ResolveOptions = {},
): SessionStep[] {
  const fixed = plan.steps.map((step) => {
    if (step.kind !== 'prompts' || step.source?.type !== 'prompts') return [];
    const ids = step.source.promptIds.filter((id) => {
      const prompt = promptsById.get(id);
      return prompt !== undefined && !prompt.retired;
    });
    return [...new Set(ids)];
  });
  // Fixed prompts are reserved first so a draw earlier in the plan cannot take one of them.
  const used = new Set(fixed.flat());

  const steps: SessionStep[] = [];
  plan.steps.forEach((step, index) => {
    let promptIds: string[] = [];
    if (step.kind === 'prompts') {
      const source = step.source;
      if (source?.type === 'draw') {
        promptIds = drawPrompts({
          prompts: promptsById.values(),
          pillar: source.pillar,
          count: source.count,
          recentUse,
          random,
          exclude: used,
          ...(source.category ? { category: source.category } : {}),
          ...(options.avoidLast !== undefined ? { avoidLast: options.avoidLast } : {}),
        }).map((p) => p.id);
        for (const id of promptIds) used.add(id);
      } else {
        promptIds = fixed[index] ?? [];
      }
      if (promptIds.length === 0) return;
    }
    steps.push({
      planStepId: step.id,
      kind: step.kind,
      title: step.title,
      mode: step.mode,
      timeBoxSec: step.timeBoxSec,
      promptIds,
      revealed: false,
    });
  });
  return steps;
}

/**
 * The pillar whose in-depth prompts this team has gone longest without (never-used first, then
 * in PILLARS order): a gentle default when a facilitator picks the focus for a weekly huddle.
 */
export function leastRecentPillar(
  promptsById: ReadonlyMap<string, Prompt>,
  recentUse: readonly PromptUse[],
): Pillar {
  const last = new Map<Pillar, Millis>();
  for (const use of recentUse) {
    const prompt = promptsById.get(use.promptId);
    if (prompt?.category !== 'pillar') continue;
    last.set(prompt.pillar, Math.max(last.get(prompt.pillar) ?? -Infinity, use.startedAt));
  }
  let best: Pillar = PILLARS[0];
  for (const pillar of PILLARS) {
    if ((last.get(pillar) ?? -Infinity) < (last.get(best) ?? -Infinity)) best = pillar;
  }
  return best;
}
