import { describe, expect, it } from 'vitest';
import { plansEstimatedMinutes, withPillar } from '../../../../src/domain/library/planSteps';
import { BUILT_IN_PLANS } from '../../../../src/domain/library/plans';
import {
  BUILT_IN_PROMPTS,
  CHECKIN_PROMPT_IDS,
  PILLAR_RATING_PROMPT_IDS,
  PULSE_PROMPT_IDS,
} from '../../../../src/domain/library/prompts';
import { mulberry32 } from '../../../../src/domain/library/random';
import {
  indexPrompts,
  type PromptUse,
  resolvePlanSteps,
} from '../../../../src/domain/library/rotation';
import { PILLARS, type Plan } from '../../../../src/domain/types';

const byId = indexPrompts(BUILT_IN_PROMPTS);

function builtIn(id: string): Plan {
  const plan = BUILT_IN_PLANS.find((p) => p.id === id);
  if (!plan) throw new Error(`missing plan ${id}`);
  return plan;
}

describe('built-in plans', () => {
  it('have the stable ids and fit in 10–20 minutes', () => {
    expect(BUILT_IN_PLANS.map((p) => p.id)).toEqual([
      'bi-plan-checkin10',
      'bi-plan-weekly',
      'bi-plan-walking',
      'bi-plan-deepdive',
    ]);
    for (const plan of BUILT_IN_PLANS) {
      expect(plan).toMatchObject({ builtIn: true, retired: false });
      const minutes = plansEstimatedMinutes(plan);
      expect(minutes, plan.id).toBeGreaterThanOrEqual(10);
      expect(minutes, plan.id).toBeLessThanOrEqual(20);
    }
  });

  it('run the weekly huddle in the agreed order', () => {
    const weekly = builtIn('bi-plan-weekly');
    expect(weekly.steps.map((s) => s.kind)).toEqual([
      'prompts',
      'review-commitments',
      'prompts',
      'prompts',
      'prompts',
      'commitments',
      'prompts',
    ]);
    expect(weekly.steps[0]).toMatchObject({
      mode: 'round',
      source: { type: 'prompts', promptIds: [...CHECKIN_PROMPT_IDS] },
    });
    expect(weekly.steps[4]).toMatchObject({
      mode: 'pulse',
      source: { type: 'prompts', promptIds: [...PULSE_PROMPT_IDS] },
    });
  });

  it('rate every pillar in the walking-the-talk plan, then reflect anonymously', () => {
    const walking = builtIn('bi-plan-walking');
    expect(walking.steps[0]).toMatchObject({
      mode: 'pulse',
      source: { type: 'prompts', promptIds: [...PILLAR_RATING_PROMPT_IDS] },
    });
    expect(walking.steps[1]?.mode).toBe('anonymous');
  });

  it('mix spoken and anonymous answers in the deep dive', () => {
    const modes = builtIn('bi-plan-deepdive')
      .steps.filter(
        (s) => s.source?.type === 'draw' && (s.source.category ?? 'pillar') === 'pillar',
      )
      .map((s) => s.mode);
    expect(modes).toEqual(['round', 'anonymous']);
  });
});

describe('resolvePlanSteps', () => {
  it('turns every built-in plan into steps with real, distinct prompt ids', () => {
    for (const plan of BUILT_IN_PLANS) {
      for (const pillar of PILLARS) {
        const steps = resolvePlanSteps(withPillar(plan, pillar), byId, [], mulberry32(1));
        expect(
          steps.map((s) => s.planStepId),
          plan.id,
        ).toEqual(plan.steps.map((s) => s.id));
        const asked = steps.flatMap((s) => s.promptIds);
        expect(new Set(asked).size).toBe(asked.length);
        for (const step of steps) {
          expect(step.revealed).toBe(false);
          if (step.kind === 'prompts') expect(step.promptIds.length).toBeGreaterThan(0);
          else expect(step.promptIds).toEqual([]);
          for (const id of step.promptIds) expect(byId.has(id), id).toBe(true);
        }
      }
    }
  });

  it('draws the focus pillar and copies the step fields', () => {
    const plan = withPillar(builtIn('bi-plan-deepdive'), 'power');
    const steps = resolvePlanSteps(plan, byId, [], mulberry32(4));
    const talk = steps.find((s) => s.planStepId === 'deepdive-talk');
    expect(talk).toMatchObject({ kind: 'prompts', title: 'Talk it through', mode: 'round' });
    expect(byId.get(talk?.promptIds[0] ?? '')).toMatchObject({
      pillar: 'power',
      category: 'pillar',
    });
    const warmup = steps.find((s) => s.planStepId === 'deepdive-warmup');
    expect(byId.get(warmup?.promptIds[0] ?? '')?.category).toBe('warmup');
  });

  it('avoids the prompts of recent huddles and is deterministic', () => {
    const plan = builtIn('bi-plan-weekly');
    const first = resolvePlanSteps(plan, byId, [], mulberry32(8));
    const uses: PromptUse[] = first.flatMap((s) =>
      s.promptIds.map((promptId) => ({ promptId, sessionId: 'last-week', startedAt: 1 })),
    );
    const next = resolvePlanSteps(plan, byId, uses, mulberry32(8));
    const drawnStepIds = ['weekly-pillar-talk', 'weekly-pillar-private', 'weekly-closer'];
    for (const stepId of drawnStepIds) {
      const before = first.find((s) => s.planStepId === stepId)?.promptIds ?? [];
      const after = next.find((s) => s.planStepId === stepId)?.promptIds ?? [];
      expect(
        after.some((id) => before.includes(id)),
        stepId,
      ).toBe(false);
    }
    expect(resolvePlanSteps(plan, byId, uses, mulberry32(8))).toEqual(next);
  });

  it('drops hidden and unknown fixed prompts, and steps left empty', () => {
    const hidden = indexPrompts(
      BUILT_IN_PROMPTS.map((p) =>
        p.id === 'bi-checkin-help' || (p.pillar === 'play' && p.category === 'warmup')
          ? { ...p, retired: true }
          : p,
      ),
    );
    const plan: Plan = {
      ...builtIn('bi-plan-deepdive'),
      steps: [
        ...builtIn('bi-plan-deepdive').steps,
        {
          id: 'custom',
          kind: 'prompts',
          title: 'Custom',
          source: { type: 'prompts', promptIds: [...CHECKIN_PROMPT_IDS, 'no-such-prompt'] },
          mode: 'round',
          timeBoxSec: 60,
        },
      ],
    };
    const steps = resolvePlanSteps(plan, hidden, [], mulberry32(2));
    expect(steps.some((s) => s.planStepId === 'deepdive-warmup')).toBe(false);
    expect(steps.find((s) => s.planStepId === 'custom')?.promptIds).toEqual([
      'bi-checkin-feeling',
      'bi-checkin-goal',
    ]);
  });

  it('does not let an earlier draw take a prompt fixed later in the plan', () => {
    const plan: Plan = {
      ...builtIn('bi-plan-walking'),
      steps: [
        {
          id: 'draw-all',
          kind: 'prompts',
          title: 'Draw',
          source: { type: 'draw', pillar: 'parallel', count: 50 },
          mode: 'anonymous',
          timeBoxSec: 60,
        },
        ...builtIn('bi-plan-walking').steps,
      ],
    };
    const steps = resolvePlanSteps(plan, byId, [], mulberry32(3));
    expect(steps[0]?.promptIds).not.toContain('bi-par-01');
    expect(steps.find((s) => s.planStepId === 'walking-reflect')?.promptIds).toEqual(['bi-par-01']);
  });
});

describe('withPillar', () => {
  it('refocuses every in-depth draw and leaves the original untouched', () => {
    const original = builtIn('bi-plan-weekly');
    const snapshot = structuredClone(original);
    const focused = withPillar(original, 'parallel');
    expect(original).toEqual(snapshot);
    expect(focused.id).toBe(original.id);
    const draws = focused.steps.flatMap((s) => (s.source?.type === 'draw' ? [s.source] : []));
    for (const source of draws) {
      const expected = (source.category ?? 'pillar') === 'pillar' ? 'parallel' : source.pillar;
      expect(source.pillar).toBe(expected);
    }
    expect(draws.filter((d) => d.pillar === 'parallel')).toHaveLength(2);
    // Closers stay with Relationships First, where they live.
    expect(draws.find((d) => d.category === 'closer')?.pillar).toBe('relationships');
    // The copy shares no arrays with the original.
    const fixed = focused.steps[0]?.source;
    if (fixed?.type === 'prompts') fixed.promptIds.push('x');
    expect(original).toEqual(snapshot);
  });
});

describe('plansEstimatedMinutes', () => {
  it('adds the time boxes and rounds up', () => {
    const steps = builtIn('bi-plan-checkin10').steps;
    expect(plansEstimatedMinutes({ steps })).toBe(10);
    expect(plansEstimatedMinutes({ steps: [] })).toBe(0);
  });
});
