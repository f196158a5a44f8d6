import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan, createPrompt } from '../../../src/db/library';
import { findActiveSession } from '../../../src/db/queries';
import type { AppDB } from '../../../src/db/schema';
import { startSession } from '../../../src/db/sessions';
import { addMember, createTeam } from '../../../src/db/teams';
import type { AnswerMode, SessionStep } from '../../../src/domain/types';
import { HuddleRoute } from '../../../src/features/facilitate/HuddleRoute';
import { freshDatabase } from '../db/testDb';

let db: AppDB;

beforeEach(async () => {
  db = await freshDatabase();
  localStorage.clear();
});

/** A team of four and a huddle whose steps ask `promptsPerStep` prompts each. */
async function setUp(modes: AnswerMode[], promptsPerStep = 1) {
  const team = await createTeam('Family support');
  for (const name of ['Ana', 'Ben', 'Cleo', 'Dev']) await addMember(team.id, name);
  const steps: SessionStep[] = [];
  for (const [i, mode] of modes.entries()) {
    const promptIds: string[] = [];
    for (let p = 0; p < promptsPerStep; p += 1) {
      const prompt = await createPrompt(
        mode === 'pulse'
          ? { pillar: 'power', category: 'pulse', kind: 'scale', text: `Statement ${i}.${p}` }
          : { pillar: 'power', category: 'pillar', kind: 'text', text: `Prompt ${i}.${p}?` },
      );
      promptIds.push(prompt.id);
    }
    steps.push({
      planStepId: `s${i}`,
      kind: 'prompts',
      title: `Step ${i + 1}`,
      mode,
      timeBoxSec: 120,
      promptIds,
      revealed: false,
    });
  }
  const plan = await createPlan({
    name: 'Test plan',
    description: '',
    steps: steps.map((s) => ({
      id: s.planStepId,
      kind: s.kind,
      title: s.title,
      mode: s.mode,
      timeBoxSec: s.timeBoxSec,
      source: { type: 'prompts' as const, promptIds: s.promptIds },
    })),
  });
  const session = await startSession({ teamId: team.id, plan, steps, attendance: [] });
  return { team, session };
}

function renderHuddle(sessionId: string) {
  const router = createMemoryRouter(
    [
      { path: '/facilitate/:sessionId', element: <HuddleRoute /> },
      { path: '/history/:sessionId', element: <h1>Summary page</h1> },
    ],
    { initialEntries: [`/facilitate/${sessionId}`] },
  );
  return render(<RouterProvider router={router} />);
}

async function startWithEveryone(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Everyone on the list is here' }));
  await user.click(screen.getByRole('button', { name: 'Start huddle' }));
  await screen.findByRole('heading', { level: 1, name: 'Step 1' });
}

describe('ending a huddle early', () => {
  it('ends and saves it at once, closed early at the step it stopped at', async () => {
    const user = userEvent.setup();
    const { team, session } = await setUp(['round', 'private', 'round']);
    renderHuddle(session.id);
    await startWithEveryone(user);
    await user.click(screen.getByRole('button', { name: 'End early' }));
    await user.click(screen.getByRole('button', { name: 'Yes, end the huddle' }));
    await screen.findByRole('heading', { name: 'Thank you, everyone' });
    // Before "Finish" is pressed, the huddle is already ended and the team is free.
    await waitFor(async () =>
      expect(await db.sessions.get(session.id)).toMatchObject({
        status: 'abandoned',
        stoppedAtStep: 0,
        endedAt: expect.any(Number),
      }),
    );
    expect(await findActiveSession(team.id)).toBeUndefined();
    expect(screen.getByText(/closed early at step 1 of 3/)).toBeInTheDocument();
    // Ended is ended: no way back into the steps.
    expect(screen.queryByRole('button', { name: 'Back to the last step' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Back/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Finish and save the summary' }));
    await screen.findByRole('heading', { name: 'Summary page' });
    expect((await db.sessions.get(session.id))?.status).toBe('abandoned');
  });
});

describe('the summary counts people', () => {
  it('a pulse pass is one pass, however many statements the step has', async () => {
    const user = userEvent.setup();
    const { session } = await setUp(['pulse'], 3);
    renderHuddle(session.id);
    await startWithEveryone(user);
    // Ana rates all three statements; Ben, Cleo and Dev pass.
    await user.click(screen.getByRole('button', { name: "I'm ready to write" }));
    for (const statement of ['Statement 0.0', 'Statement 0.1', 'Statement 0.2']) {
      const group = await screen.findByRole('group', { name: new RegExp(statement) });
      await user.click(within(group).getByRole('radio', { name: /4: Agree/ }));
    }
    await user.click(screen.getByRole('button', { name: 'Done — hand to the next person' }));
    for (const had of [1, 2, 3]) {
      await screen.findByText(new RegExp(`${had} of 4 people have had a\\s+turn`));
      await user.click(screen.getByRole('button', { name: /^Pass/ }));
    }
    await screen.findByText(/4 of 4 people have had a\s+turn/);
    await user.click(screen.getByRole('button', { name: /^Next|^Finish/ }));
    await screen.findByRole('heading', { name: 'Thank you, everyone' });
    const lead = document.querySelector('.summary-phase .lead');
    await waitFor(() => expect(lead?.textContent).toMatch(/· 1 answer and 3 passes/));
  });
});

describe('writing after an early reveal', () => {
  it('tells the writer their answer is shown as soon as they press Done', async () => {
    const user = userEvent.setup();
    const { session } = await setUp(['private']);
    renderHuddle(session.id);
    await startWithEveryone(user);
    await user.click(screen.getByRole('button', { name: "I'm ready to write" }));
    expect(
      screen.getByText('Nobody sees this until the answers are revealed.'),
    ).toBeInTheDocument();
    await user.type(await screen.findByLabelText('Prompt 0.0?'), 'only mine');
    await user.click(screen.getByRole('button', { name: 'Done — hand to the next person' }));
    await user.click(await screen.findByRole('button', { name: /Reveal answers/ }));
    await user.click(screen.getByRole('button', { name: "I'm ready to write" }));
    expect(
      await screen.findByText(
        /already revealed: yours is shown to everyone as soon as you press Done/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Nobody sees this/)).not.toBeInTheDocument();
  });
});
