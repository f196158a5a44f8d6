// The shipped prompt library. Ids are stable and human-readable (bi-…) and are stored in user
// data forever (answers, sessions, plans point at them): NEVER change, reuse or renumber one.
// To retire a built-in, hide it (retired: true); to reword it substantially, add a new id.
import { PILLARS, type Prompt } from '../types';
import { PILLAR_PROMPTS } from './pillarPrompts';
import {
  BURDEN_PROMPTS,
  CHECKIN_PROMPTS,
  CLOSER_PROMPTS,
  OPENER_PROMPTS,
  PILLAR_RATING_PROMPTS,
  PULSE_PROMPTS,
  WARMUP_PROMPTS,
} from './practicePrompts';

export const BUILT_IN_PROMPTS: Prompt[] = [
  ...CHECKIN_PROMPTS,
  ...OPENER_PROMPTS,
  ...WARMUP_PROMPTS,
  ...PILLAR_PROMPTS,
  ...BURDEN_PROMPTS,
  ...PULSE_PROMPTS,
  ...PILLAR_RATING_PROMPTS,
  ...CLOSER_PROMPTS,
];

/** How are you feeling / what is your goal today / who can you ask for help, in that order. */
export const CHECKIN_PROMPT_IDS: readonly string[] = CHECKIN_PROMPTS.map((p) => p.id);

/** The seven-item workplace pulse, in the order of the positive-experiences research. */
export const PULSE_PROMPT_IDS: readonly string[] = PULSE_PROMPTS.map((p) => p.id);

/** "Walking the talk" ratings, one per pillar, ordered by PILLARS. */
export const PILLAR_RATING_PROMPT_IDS: readonly string[] = PILLARS.map((pillar) => {
  const prompt = PILLAR_RATING_PROMPTS.find((p) => p.pillar === pillar);
  if (!prompt) throw new Error(`No built-in rating prompt for pillar ${pillar}`);
  return prompt.id;
});
