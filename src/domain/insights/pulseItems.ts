// The rated items the insights page trends: the five "walking the talk" pillar ratings, then the
// seven-item workplace pulse, in the library's order. Only built-in prompts: their ids are stable.
import { PILLAR_RATING_PROMPTS, PULSE_PROMPTS } from '../library/practicePrompts';
import { PILLAR_RATING_PROMPT_IDS, PULSE_PROMPT_IDS } from '../library/prompts';
import { PILLAR_LABELS } from '../pillars';
import type { Pillar, Prompt } from '../types';

export interface PulseItem {
  promptId: string;
  kind: 'pillar-rating' | 'pulse';
  pillar: Pillar;
  /** Short name on cards and charts. */
  label: string;
  /** The statement or question people rated. */
  question: string;
}

function find(prompts: readonly Prompt[], id: string): Prompt {
  const prompt = prompts.find((p) => p.id === id);
  if (!prompt) throw new Error(`No built-in rating prompt ${id}`);
  return prompt;
}

export const PULSE_ITEMS: readonly PulseItem[] = [
  ...PILLAR_RATING_PROMPT_IDS.map((id): PulseItem => {
    const prompt = find(PILLAR_RATING_PROMPTS, id);
    return {
      promptId: id,
      kind: 'pillar-rating',
      pillar: prompt.pillar,
      label: PILLAR_LABELS[prompt.pillar],
      question: prompt.text,
    };
  }),
  ...PULSE_PROMPT_IDS.map((id): PulseItem => {
    const prompt = find(PULSE_PROMPTS, id);
    return {
      promptId: id,
      kind: 'pulse',
      pillar: prompt.pillar,
      label: prompt.text,
      question: prompt.text,
    };
  }),
];

/** Every rated prompt id the aggregation reads (the `promptId` index is queried with these). */
export const RATED_PROMPT_IDS: readonly string[] = PULSE_ITEMS.map((item) => item.promptId);

const BY_ID = new Map(PULSE_ITEMS.map((item) => [item.promptId, item]));

export function pulseItem(promptId: string): PulseItem | undefined {
  return BY_ID.get(promptId);
}
