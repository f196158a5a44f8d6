// The phrase pools, split on their `{slots}` once when the module loads, so writing an answer
// never parses a template again.
import type { Prompt } from '../types';
import { COMMITMENT_PHRASES } from './phrasesCommitments';
import { PILLAR_PHRASES, TAILS } from './phrasesPillars';
import {
  BURDENS,
  CHECKIN_GOALS,
  CHECKIN_HELP,
  CLOSER_ANSWERS,
  FEELING_NOTES,
  RELIEFS,
  WARMUP_ANSWERS,
} from './phrasesPractice';

/** A template split on its slots: even indexes are text, odd indexes slot names. */
export type Compiled = readonly string[];

export function compile(text: string): Compiled {
  return text.split(/\{(\w+)\}/);
}

export interface Pool {
  cores: Compiled[];
  short: Compiled[];
  /** Multiplies planted-topic chances: 0 where a topic would make no sense (a song title). */
  topical: number;
  /** Whether lead-ins, tails and two-sentence answers fit (not for one-word closings). */
  dressed: boolean;
}

/** Which phrase pool answers a prompt in words (for a feeling prompt: the optional note). */
export function textKindOf(prompt: Pick<Prompt, 'id' | 'category' | 'pillar' | 'kind'>): string {
  switch (prompt.category) {
    case 'pillar':
      return `pillar:${prompt.pillar}`;
    case 'checkin':
      if (prompt.id === 'bi-checkin-goal') return 'goal';
      if (prompt.id === 'bi-checkin-help') return 'help';
      return 'feeling';
    case 'burden':
      return prompt.id === 'bi-burden-relief' ? 'relief' : 'burden';
    case 'closer':
      return CLOSER_ANSWERS[prompt.id] ? `closer:${prompt.id}` : 'closer:bi-close-05';
    case 'warmup':
      return WARMUP_ANSWERS[prompt.id] ? `warmup:${prompt.id}` : 'warmup:bi-warm-02';
    default:
      return 'pillar:relationships';
  }
}

function buildPools(): Map<string, Pool> {
  const pools = new Map<string, Pool>();
  const add = (
    kind: string,
    cores: readonly string[],
    { short = [] as readonly string[], topical = 0, dressed = false } = {},
  ) => pools.set(kind, { cores: cores.map(compile), short: short.map(compile), topical, dressed });
  for (const [pillar, phrases] of Object.entries(PILLAR_PHRASES)) {
    add(`pillar:${pillar}`, phrases.cores, { short: phrases.short, topical: 1, dressed: true });
  }
  add('goal', CHECKIN_GOALS, { topical: 0.6 });
  add('help', CHECKIN_HELP);
  add('feeling', FEELING_NOTES, { topical: 0.4 });
  // What got in the way of care is where burdens get named most.
  add('burden', BURDENS, { topical: 1.6, dressed: true });
  add('relief', RELIEFS, { topical: 0.8 });
  for (const [id, answers] of Object.entries(CLOSER_ANSWERS)) add(`closer:${id}`, answers);
  for (const [id, answers] of Object.entries(WARMUP_ANSWERS)) add(`warmup:${id}`, answers);
  return pools;
}

// Built once per module: templates never change.
export const POOLS = buildPools();
export const COMMITMENT_TEMPLATES = new Map(
  Object.entries(COMMITMENT_PHRASES).map(([pillar, list]) => [pillar, list.map(compile)]),
);
export const TAIL_TEMPLATES = TAILS.map(compile);
