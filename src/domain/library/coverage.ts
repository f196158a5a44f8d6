import { PILLARS, type Pillar, type Prompt, type SessionStep } from '../types';

// Categories whose pillar says what the huddle reflected on. Check-ins, openers and closers are
// filed under Relationships by convention only, and the pulse spans every pillar.
const REFLECTIVE = new Set<Prompt['category']>(['pillar', 'pillar-rating', 'burden', 'warmup']);

/** The pillars a huddle covered, in PILLARS order, from the prompts its steps asked. */
export function pillarsCovered(
  steps: readonly Pick<SessionStep, 'promptIds'>[],
  promptsById: ReadonlyMap<string, Pick<Prompt, 'pillar' | 'category'>>,
): Pillar[] {
  const found = new Set<Pillar>();
  for (const step of steps) {
    for (const id of step.promptIds) {
      const prompt = promptsById.get(id);
      if (prompt && REFLECTIVE.has(prompt.category)) found.add(prompt.pillar);
    }
  }
  return PILLARS.filter((p) => found.has(p));
}
