// Anchor labels for 1–5 'scale' prompts. The Prompt record has no field for them, so they are
// derived from the category: the pulse asks for agreement, pillar ratings ask "how well".
import type { Prompt } from '../types';

export interface Scale {
  min: 1;
  max: 5;
  /** labels[0] is for 1, labels[4] for 5. */
  labels: readonly [string, string, string, string, string];
}

export const AGREEMENT_SCALE: Scale = {
  min: 1,
  max: 5,
  labels: ['Strongly disagree', 'Disagree', 'In between', 'Agree', 'Strongly agree'],
};

export const HOW_WELL_SCALE: Scale = {
  min: 1,
  max: 5,
  labels: ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Fully'],
};

/** The scale to show for a prompt (any 'scale' prompt; custom ones default to agreement). */
export function scaleFor(prompt: Pick<Prompt, 'category'>): Scale {
  return prompt.category === 'pillar-rating' ? HOW_WELL_SCALE : AGREEMENT_SCALE;
}
