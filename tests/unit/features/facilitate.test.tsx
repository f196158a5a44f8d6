import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan, createPrompt } from '../../../src/db/library';
import { listSessionCommitments, listSessionResponses } from '../../../src/db/queries';
import type { AppDB } from '../../../src/db/schema';
import { startSession } from '../../../src/db/sessions';
import { addMember, createTeam } from '../../../src/db/teams';
import type { AnswerMode, Member, Prompt, SessionStep, StepKind } from '../../../src/domain/types';
import { HuddleRoute } from '../../../src/features/facilitate/HuddleRoute';
import { freshDatabase } from '../db/testDb';

let db: AppDB;
let members: Member[];

beforeEach(async () => {
  db = await freshDatabase();
  localStorage.clear();
});

async function setUp(specs: { kind?: StepKind; mode: AnswerMode; prompt?: Partial<Prompt> }[]) {
  const team = await createTeam('Family support');
  members = [];
  for (const name of ['Ana', 'Ben', 'Cleo', 'Dev']) members.push(await addMember(team.id, name));
  const steps: SessionStep[] = [];
  for (const [i, spec] of specs.entries()) {
    const kind = spec.kind ?? 'prompts';
    const prompt =
      kind === 'prompts'
        ? await createPrompt({
            pillar: 'power',
            category: 'pillar',
            kind: 'text',
            text: `Prompt ${i + 1}?`,
            ...spec.prompt,
          } as Parameters<typeof createPrompt>[0])
        : null;
    steps.push({
      planStepId: `s${i}`,
      kind,
      title: `Step ${i + 1}`,
      mode: spec.mode,
      timeBoxSec: 120,
      promptIds: prompt ? [prompt.id] : [],
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
      ...(s.kind === 'prompts'
        ? { source: { type: 'prompts' as const, promptIds: s.promptIds } }
        : {}),
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
  return { router, ...render(<RouterProvider router={router} />) };
}

async function startWithEveryone(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Everyone on the list is here' }));
  await user.click(screen.getByRole('button', { name: 'Start huddle' }));
  await screen.findByRole('heading', { level: 1, name: 'Step 1' });
}

describe('facilitating a huddle', () => {
  it('round: the facilitator types what each person says; a pass is recorded as a pass', async () => {
    const user = userEvent.setup();
    const { session } = await setUp([{ mode: 'round' }]);
    renderHuddle(session.id);
    await startWithEveryone(user);
    expect(screen.getByRole('heading', { name: "Ana's turn" })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Prompt 1?'), 'Families were heard');
    await user.click(screen.getByRole('button', { name: 'Done — next person' }));
    await screen.findByRole('heading', { name: "Ben's turn" });
    await user.click(screen.getByRole('button', { name: /^Pass/ }));
    await screen.findByRole('heading', { name: "Cleo's turn" });
    const stored = await listSessionResponses(session.id);
    expect(stored).toHaveLength(2);
    expect(stored.find((r) => r.memberId === members[0]!.id)?.text).toBe('Families were heard');
    expect(stored.find((r) => r.memberId === members[1]!.id)).toMatchObject({ passed: true });
    // Round answers are visible as they go, with names.
    expect(screen.getByText('Families were heard')).toBeInTheDocument();
    expect(screen.getByText('1 person passed')).toBeInTheDocument();
  });

  it('anonymous: answers are hidden until everyone is in, and store no member id', async () => {
    const user = userEvent.setup();
    const { session } = await setUp([{ mode: 'anonymous' }]);
    renderHuddle(session.id);
    await startWithEveryone(user);
    const secrets = ['first secret', 'second secret', 'third secret'];
    for (const secret of secrets) {
      await user.click(screen.getByRole('button', { name: "I'm ready to write" }));
      await user.type(await screen.findByLabelText('Prompt 1?'), secret);
      await user.click(screen.getByRole('button', { name: 'Done — hand to the next person' }));
      await screen.findByRole('button', { name: "I'm ready to write" });
      // Handing on clears the screen: nothing written so far is visible.
      for (const s of secrets) expect(screen.queryByText(s)).not.toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: /^Pass/ }));
    // Everyone is in: the answers are revealed as cards.
    for (const s of secrets) expect(await screen.findByText(s)).toBeInTheDocument();
    expect(screen.getByText('1 person passed')).toBeInTheDocument();
    const stored = await listSessionResponses(session.id);
    expect(stored).toHaveLength(4);
    expect(stored.every((r) => r.memberId === null)).toBe(true);
    const raw = JSON.stringify(await db.responses.toArray());
    for (const m of members) expect(raw).not.toContain(m.id);
    expect((await db.sessions.get(session.id))?.steps[0]?.revealed).toBe(true);
  });

  it('private: the facilitator can reveal before everyone is in, never while someone writes', async () => {
    const user = userEvent.setup();
    const { session } = await setUp([{ mode: 'private' }]);
    renderHuddle(session.id);
    await startWithEveryone(user);
    expect(screen.getByRole('heading', { name: 'Pass the device to Ana' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "I'm ready to write" }));
    expect(screen.queryByRole('button', { name: /Reveal answers/ })).not.toBeInTheDocument();
    await user.type(await screen.findByLabelText('Prompt 1?'), 'only mine');
    await user.click(screen.getByRole('button', { name: 'Done — hand to the next person' }));
    await screen.findByRole('heading', { name: 'Pass the device to Ben' });
    expect(screen.queryByText('only mine')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Reveal answers/ }));
    expect(await screen.findByText('only mine')).toBeInTheDocument();
    const stored = await listSessionResponses(session.id);
    expect(stored[0]?.memberId).toBe(members[0]!.id);
    await waitFor(async () =>
      expect((await db.sessions.get(session.id))?.steps[0]?.revealed).toBe(true),
    );
  });

  it('pulse: only the distribution is shown, withheld under three answers', async () => {
    const user = userEvent.setup();
    const { session } = await setUp([
      { mode: 'pulse', prompt: { kind: 'scale', category: 'pulse', text: 'I feel safe at work.' } },
    ]);
    renderHuddle(session.id);
    await startWithEveryone(user);
    const tap = async (rating: string) => {
      await user.click(screen.getByRole('button', { name: "I'm ready to write" }));
      await user.click(await screen.findByRole('radio', { name: new RegExp(rating) }));
      await user.click(screen.getByRole('button', { name: 'Done — hand to the next person' }));
      await screen.findByText(/had a\s+turn/);
    };
    await tap('4: Agree');
    await tap('5: Strongly agree');
    await user.click(screen.getByRole('button', { name: /Reveal answers/ }));
    expect(await screen.findByText(/Too few answers to show safely/)).toBeInTheDocument();
    await tap('4: Agree');
    expect(await screen.findByText('3 answers · average 4.3')).toBeInTheDocument();
    const ratings = (await listSessionResponses(session.id)).map((r) => r.rating).sort();
    expect(ratings).toEqual([4, 4, 5]);
  });

  it('commitments: captured in one huddle, reviewed (and carried) in the next', async () => {
    const user = userEvent.setup();
    const { team, session } = await setUp([{ kind: 'commitments', mode: 'round' }]);
    const view = renderHuddle(session.id);
    await startWithEveryone(user);
    await user.type(screen.getByLabelText('What will we do?'), 'Ask two families first');
    await user.type(screen.getByLabelText('Who (optional)'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Add commitment' }));
    expect(
      await screen.findByText('Ask two families first', { selector: 'p' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Next: summary/ }));
    await user.click(await screen.findByRole('button', { name: 'Finish and save the summary' }));
    expect(await screen.findByRole('heading', { name: 'Summary page' })).toBeInTheDocument();
    view.unmount();

    const plan = (await db.plans.toArray())[0]!;
    const next = await startSession({
      teamId: team.id,
      plan,
      steps: [
        {
          planStepId: 'r',
          kind: 'review-commitments',
          title: 'Looking back',
          mode: 'round',
          timeBoxSec: 120,
          promptIds: [],
          revealed: false,
        },
      ],
      attendance: [],
    });
    renderHuddle(next.id);
    await user.click(await screen.findByRole('button', { name: 'Everyone on the list is here' }));
    await user.click(screen.getByRole('button', { name: 'Start huddle' }));
    const item = (await screen.findAllByText('Ask two families first'))[0]!.closest('li')!;
    await user.click(within(item).getByRole('radio', { name: 'Carry over' }));
    await waitFor(async () => expect(await listSessionCommitments(next.id)).toHaveLength(1));
    const carried = (await listSessionCommitments(next.id))[0]!;
    expect(carried.text).toBe('Ask two families first');
    expect(carried.carriedFromId).toBeTruthy();
  });

  it('keyboard: N moves on, B goes back, keys typed in a text box are not taken', async () => {
    const user = userEvent.setup();
    const { session } = await setUp([{ mode: 'round' }, { mode: 'round' }]);
    renderHuddle(session.id);
    await startWithEveryone(user);
    await user.type(screen.getByLabelText('Prompt 1?'), 'n');
    expect(screen.getByRole('heading', { level: 1, name: 'Step 1' })).toBeInTheDocument();
    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard('n');
    expect(await screen.findByRole('heading', { level: 1, name: 'Step 2' })).toBeInTheDocument();
    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard('b');
    expect(await screen.findByRole('heading', { level: 1, name: 'Step 1' })).toBeInTheDocument();
    await waitFor(async () => expect((await db.sessions.get(session.id))?.currentStep).toBe(0));
  });

  it('resumes at the same step with every answer after a reload', async () => {
    const user = userEvent.setup();
    const { session } = await setUp([{ mode: 'round' }, { mode: 'anonymous' }]);
    const first = renderHuddle(session.id);
    await startWithEveryone(user);
    await user.type(screen.getByLabelText('Prompt 1?'), 'said aloud');
    await user.click(screen.getByRole('button', { name: 'Done — next person' }));
    await user.click(screen.getByRole('button', { name: /Next: Step 2/ }));
    await user.click(await screen.findByRole('button', { name: "I'm ready to write" }));
    await user.type(await screen.findByLabelText('Prompt 2?'), 'half written');
    // Wait for the autosave, then "reload".
    await waitFor(async () =>
      expect((await listSessionResponses(session.id)).some((r) => r.text === 'half written')).toBe(
        true,
      ),
    );
    first.unmount();
    renderHuddle(session.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Step 2' })).toBeInTheDocument();
    expect(screen.getByText(/1 of 4 people have had a\s+turn/)).toBeInTheDocument();
    expect(screen.queryByText('half written')).not.toBeInTheDocument();
    const stored = await listSessionResponses(session.id);
    expect(stored.map((r) => r.text).sort()).toEqual(['half written', 'said aloud']);
  });
});
