import { listPrompts, listTeamSessions } from '../../db/queries';
import { startSession } from '../../db/sessions';
import { withPillar } from '../../domain/library/planSteps';
import { mulberry32 } from '../../domain/library/random';
import {
  indexPrompts,
  promptUsesFromSessions,
  resolvePlanSteps,
} from '../../domain/library/rotation';
import type { Pillar, Plan, Session } from '../../domain/types';

/** How many past huddles rotation looks at. */
const ROTATION_HISTORY = 12;

/**
 * Whether the focus pillar chosen at start applies: only to a built-in plan's pillar draws. A
 * custom plan's steps keep the "Pillar to draw from" set in its editor.
 */
export function planDrawsPillar(plan: Plan): boolean {
  if (!plan.builtIn) return false;
  return plan.steps.some(
    (s) => s.source?.type === 'draw' && (s.source.category ?? 'pillar') === 'pillar',
  );
}

/** Draws this huddle's prompts (avoiding the team's recent ones) and opens its lobby. */
export async function openHuddle(teamId: string, plan: Plan, pillar: Pillar): Promise<Session> {
  const [prompts, past] = await Promise.all([
    listPrompts(),
    listTeamSessions(teamId, ROTATION_HISTORY),
  ]);
  const steps = resolvePlanSteps(
    planDrawsPillar(plan) ? withPillar(plan, pillar) : plan,
    indexPrompts(prompts),
    promptUsesFromSessions(past),
    mulberry32(crypto.getRandomValues(new Uint32Array(1))[0] ?? Date.now()),
  );
  return startSession({ teamId, plan, steps, attendance: [] });
}
