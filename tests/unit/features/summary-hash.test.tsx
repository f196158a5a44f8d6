// A search result opens a huddle's summary at a step (/history/<id>#step-N): the step is
// addressable, scrolled to and focused once the huddle has loaded.
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlan, createPrompt } from '../../../src/db/library';
import { saveAnswer } from '../../../src/db/responses';
import { completeSession, startSession } from '../../../src/db/sessions';
import { createTeam } from '../../../src/db/teams';
import { SummaryRoute } from '../../../src/features/history/SummaryRoute';
import { freshDatabase } from '../db/testDb';

async function seed() {
  const prompt = await createPrompt({
    pillar: 'learning',
    category: 'pillar',
    kind: 'text',
    text: 'What did we learn?',
  });
  const plan = await createPlan({
    name: 'Two steps',
    description: '',
    steps: ['First', 'Second'].map((title) => ({
      id: title,
      kind: 'prompts' as const,
      title,
      source: { type: 'prompts' as const, promptIds: [prompt.id] },
      mode: 'anonymous' as const,
      timeBoxSec: 60,
    })),
  });
  const team = await createTeam('Family support');
  const session = await startSession({
    teamId: team.id,
    plan,
    attendance: [],
    steps: plan.steps.map((s) => ({
      planStepId: s.id,
      kind: s.kind,
      title: s.title,
      mode: s.mode,
      timeBoxSec: s.timeBoxSec,
      promptIds: s.source?.type === 'prompts' ? s.source.promptIds : [],
      revealed: true,
    })),
  });
  await saveAnswer({
    sessionId: session.id,
    stepIndex: 1,
    promptId: prompt.id,
    memberId: null,
    text: 'Curiosity over blame',
  });
  await completeSession(session.id);
  return session;
}

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: '/history/:sessionId', element: <SummaryRoute /> }], {
    initialEntries: [path],
  });
  render(<RouterProvider router={router} />);
}

beforeEach(async () => {
  await freshDatabase();
});

describe('Summary at a step', () => {
  it('gives each step section an address and focuses the one in the hash', async () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const session = await seed();
    renderAt(`/history/${session.id}#step-1`);
    await screen.findByText('Curiosity over blame');
    const step = screen.getByRole('region', { name: /Step 2: Second/ });
    expect(step).toHaveAttribute('id', 'step-1');
    expect(document.getElementById('step-0')).toHaveAccessibleName(/Step 1: First/);
    await vi.waitFor(() => expect(step).toHaveFocus());
    expect(scroll).toHaveBeenCalledWith({ block: 'start' });
    expect(scroll.mock.contexts[0]).toBe(step);
  });

  it('leaves focus alone without a hash', async () => {
    const session = await seed();
    renderAt(`/history/${session.id}`);
    await screen.findByText('Curiosity over blame');
    expect(document.activeElement).toBe(document.body);
  });
});
