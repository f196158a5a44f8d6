// Helpers over any plan's steps. Kept apart from plans.ts, whose built-in plans pull in the whole
// prompt library: Facilitate and the live huddle need these without the library's text.
import type { Pillar, Plan, PlanStep } from '../types';

/**
 * A copy of the plan focused on another pillar: every draw of in-depth pillar prompts (category
 * 'pillar' or none) switches to `pillar`. Draws from other categories keep their pillar, because
 * warm-ups live under Play and openers/closers under Relationships by design.
 */
export function withPillar(source: Plan, pillar: Pillar): Plan {
  return {
    ...source,
    steps: source.steps.map((step): PlanStep => {
      const from = step.source;
      if (!from) return { ...step };
      if (from.type === 'prompts') {
        return { ...step, source: { ...from, promptIds: [...from.promptIds] } };
      }
      const focus = (from.category ?? 'pillar') === 'pillar';
      return { ...step, source: { ...from, pillar: focus ? pillar : from.pillar } };
    }),
  };
}

/** The plan's length in whole minutes, from its time boxes (rounded up). */
export function plansEstimatedMinutes(source: Pick<Plan, 'steps'>): number {
  const seconds = source.steps.reduce((sum, step) => sum + Math.max(0, step.timeBoxSec), 0);
  return Math.ceil(seconds / 60);
}
