// What a keystroke and an autosave re-render on the huddle screen: counts, not timings. Typing
// in one answer box must re-render that box only; the save that follows re-reads the huddle's
// answers and must re-render the parts that show answers, not the screen around them (agenda,
// flow controls, the step's heading) nor the turn's other fields (the feeling picker).
import { render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlan, createPrompt } from '../../../src/db/library';
import { listSessionResponses } from '../../../src/db/queries';
import { setAttendance, setCurrentStep, startSession } from '../../../src/db/sessions';
import { addMember, createTeam } from '../../../src/db/teams';
import type { Member, Prompt, SessionStep } from '../../../src/domain/types';
import { HuddleRoute } from '../../../src/features/facilitate/HuddleRoute';
import { useSteadySession } from '../../../src/features/facilitate/huddleData';
import { freshDatabase } from '../db/testDb';

const counter = await vi.hoisted(async () => {
  const { memo } = await import('react');
  const renders = new Map<string, number>();
  /** Wraps a component (memoised or not) so each of its renders is counted under `name`. */
  function counted<T>(name: string, component: T): T {
    const c = component as { $$typeof?: symbol; type?: unknown; compare?: unknown };
    const count = (inner: (props: unknown) => unknown) => (props: unknown) => {
      renders.set(name, (renders.get(name) ?? 0) + 1);
      return inner(props);
    };
    if (c.$$typeof === Symbol.for('react.memo')) {
      const compare = (c.compare ?? undefined) as undefined;
      return memo(count(c.type as (p: unknown) => unknown) as ComponentType<object>, compare) as T;
    }
    return count(component as (p: unknown) => unknown) as T;
  }
  return { renders, counted };
});

vi.mock('../../../src/features/facilitate/Agenda', async (original) => {
  const m = await original<typeof import('../../../src/features/facilitate/Agenda')>();
  return { ...m, Agenda: counter.counted('Agenda', m.Agenda) };
});
vi.mock('../../../src/features/facilitate/FlowControls', async (original) => {
  const m = await original<typeof import('../../../src/features/facilitate/FlowControls')>();
  return { ...m, FlowControls: counter.counted('FlowControls', m.FlowControls) };
});
vi.mock('../../../src/features/facilitate/steps/StepView', async (original) => {
  const m = await original<typeof import('../../../src/features/facilitate/steps/StepView')>();
  return { ...m, StepView: counter.counted('StepView', m.StepView) };
});
vi.mock('../../../src/features/facilitate/steps/AnswerList', async (original) => {
  const m = await original<typeof import('../../../src/features/facilitate/steps/AnswerList')>();
  return { ...m, AnswerList: counter.counted('AnswerList', m.AnswerList) };
});
vi.mock('../../../src/features/facilitate/answers/FeelingPicker', async (original) => {
  const m =
    await original<typeof import('../../../src/features/facilitate/answers/FeelingPicker')>();
  return { ...m, FeelingPicker: counter.counted('FeelingPicker', m.FeelingPicker) };
});

const WATCHED = ['Agenda', 'FlowControls', 'StepView', 'FeelingPicker'] as const;

function snapshot(): Record<string, number> {
  return Object.fromEntries(WATCHED.map((name) => [name, counter.renders.get(name) ?? 0]));
}

beforeEach(async () => {
  await freshDatabase();
  localStorage.clear();
  counter.renders.clear();
});

/** A check-in like the built-in one: a round with a feeling prompt and an open question. */
async function setUp() {
  const team = await createTeam('Family support');
  const people: Member[] = [];
  for (const name of ['Ana', 'Ben', 'Cleo']) people.push(await addMember(team.id, name));
  const feeling = await createPrompt({
    pillar: 'relationships',
    category: 'checkin',
    kind: 'feeling',
    text: 'How are you arriving?',
  } as Parameters<typeof createPrompt>[0]);
  const goal = await createPrompt({
    pillar: 'relationships',
    category: 'checkin',
    kind: 'text',
    text: 'What is your goal today?',
  } as Parameters<typeof createPrompt>[0]);
  const prompts: Prompt[] = [feeling, goal];
  const steps: SessionStep[] = [
    {
      planStepId: 's0',
      kind: 'prompts',
      title: 'Check-in',
      mode: 'round',
      timeBoxSec: 300,
      promptIds: prompts.map((p) => p.id),
      revealed: false,
    },
  ];
  const plan = await createPlan({
    name: 'Check-in only',
    description: '',
    steps: [
      {
        id: 's0',
        kind: 'prompts',
        title: 'Check-in',
        mode: 'round',
        timeBoxSec: 300,
        source: { type: 'prompts', promptIds: steps[0]!.promptIds },
      },
    ],
  });
  const session = await startSession({ teamId: team.id, plan, steps, attendance: [] });
  // Already under way (as after a reload): opening it writes nothing, so the counts below see
  // only what typing sets off.
  await setAttendance(
    session.id,
    people.map((p) => p.id),
    [],
  );
  await setCurrentStep(session.id, 0);
  return session;
}

async function openCheckIn(sessionId: string) {
  const router = createMemoryRouter(
    [{ path: '/facilitate/:sessionId', element: <HuddleRoute /> }],
    {
      initialEntries: [`/facilitate/${sessionId}`],
    },
  );
  render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1, name: 'Check-in' });
  return screen.getByRole('region', { name: "Ana's turn" });
}

describe('huddle screen re-renders', () => {
  it('typing an answer re-renders neither the screen around it nor the feeling picker', async () => {
    const user = userEvent.setup();
    const session = await setUp();
    const turn = await openCheckIn(session.id);
    const before = snapshot();
    expect(before.Agenda).toBeGreaterThan(0);
    expect(before.FeelingPicker).toBeGreaterThan(0);

    await user.type(within(turn).getByLabelText('What is your goal today?'), 'Finish notes');
    // Still typing (the 300 ms autosave has not fired): only the answer box has re-rendered.
    expect(snapshot()).toEqual(before);

    // Typing in the feeling prompt's own text box does not re-render its sixty-odd buttons.
    await user.type(within(turn).getByLabelText('Anything to add? (optional)'), 'tired');
    expect(snapshot()).toEqual(before);
  });

  it('an autosave re-renders the answer list only, not the screen around it', async () => {
    const user = userEvent.setup();
    const session = await setUp();
    const turn = await openCheckIn(session.id);
    const before = snapshot();
    const listBefore = counter.renders.get('AnswerList') ?? 0;

    await user.type(within(turn).getByLabelText('What is your goal today?'), 'Finish notes');
    // The save lands and the round's answer list shows it, live.
    await waitFor(async () =>
      expect((await listSessionResponses(session.id)).map((r) => r.text)).toEqual(['Finish notes']),
    );
    expect(
      await screen.findByText('Finish notes', { selector: '.answer-card p bdi' }),
    ).toBeVisible();
    expect(within(turn).getByText('Saved')).toBeInTheDocument();
    expect(counter.renders.get('AnswerList') ?? 0).toBeGreaterThan(listBefore);
    expect(snapshot()).toEqual(before);
  });
});

describe('the stored huddle the screen reads', () => {
  it('stays the same object while only its position changes, so a step change renders once', async () => {
    const session = await setUp();
    const { result, rerender } = renderHook(({ s }) => useSteadySession(s), {
      initialProps: { s: structuredClone(session) },
    });
    const first = result.current;
    // The write after "Next": a new copy from the database, with a new step and save time.
    rerender({
      s: { ...structuredClone(session), currentStep: 1, updatedAt: session.updatedAt + 5 },
    });
    expect(result.current).toBe(first);
    // Anything the screen shows (here, a guest who joined) comes through.
    const changed = { ...structuredClone(session), guests: [{ id: 'guest-1', name: 'Zoe' }] };
    rerender({ s: changed });
    expect(result.current).toBe(changed);
  });
});
