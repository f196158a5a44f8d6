import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan, createPrompt } from '../../../src/db/library';
import { abandonSession, completeSession, startSession } from '../../../src/db/sessions';
import { createTeam } from '../../../src/db/teams';
import type { Pillar, Plan, Prompt, SessionStep, Team } from '../../../src/domain/types';
import { openHuddle } from '../../../src/features/facilitate/startHuddle';
import { freshDatabase } from '../db/testDb';

let team: Team;

beforeEach(async () => {
  await freshDatabase();
  team = await createTeam('Clinic');
});

async function prompts(pillar: Pillar, n: number): Promise<Prompt[]> {
  const made: Prompt[] = [];
  for (let i = 0; i < n; i += 1) {
    made.push(
      await createPrompt({ pillar, category: 'pillar', kind: 'text', text: `${pillar} ${i}?` }),
    );
  }
  return made;
}

/** A custom plan with one step that draws one in-depth prompt of `pillar`. */
function drawPlan(pillar: Pillar): Promise<Plan> {
  return createPlan({
    name: `Draw ${pillar}`,
    description: '',
    steps: [
      {
        id: 'draw',
        kind: 'prompts',
        title: 'Deep dive',
        mode: 'round',
        timeBoxSec: 300,
        source: { type: 'draw', pillar, count: 1 },
      },
    ],
  });
}

/** A finished huddle of this team that asked `prompt`. */
async function pastHuddle(plan: Plan, prompt: Prompt) {
  const steps: SessionStep[] = [
    {
      planStepId: 'draw',
      kind: 'prompts',
      title: 'Deep dive',
      mode: 'round',
      timeBoxSec: 300,
      promptIds: [prompt.id],
      revealed: false,
    },
  ];
  const session = await startSession({ teamId: team.id, plan, steps, attendance: [] });
  await completeSession(session.id);
}

describe('openHuddle', () => {
  it('does not redraw the prompts of the team’s recent huddles', async () => {
    const pool = await prompts('power', 5);
    const plan = await drawPlan('power');
    const [fresh, ...asked] = pool;
    for (const prompt of asked) await pastHuddle(plan, prompt);
    // Drawn at random: with history ignored, each open would pick the fresh prompt 1 time in 5.
    for (let i = 0; i < 8; i += 1) {
      const session = await openHuddle(team.id, plan, 'power');
      expect(session.steps[0]?.promptIds).toEqual([fresh!.id]);
      // Closed again, and not asked (still in the lobby), so the next open faces the same history.
      await abandonSession(session.id);
    }
  });

  it('a custom plan’s step draws from its own pillar, whatever focus is chosen at start', async () => {
    const [power] = await prompts('power', 1);
    const [learning] = await prompts('learning', 1);
    const plan = await drawPlan('power');
    const session = await openHuddle(team.id, plan, 'learning');
    expect(session.steps[0]?.promptIds).toEqual([power!.id]);
    await abandonSession(session.id);
    // A built-in plan's pillar draws follow the focus.
    const builtIn = await openHuddle(team.id, { ...plan, builtIn: true }, 'learning');
    expect(builtIn.steps[0]?.promptIds).toEqual([learning!.id]);
  });
});
