// The room screen window, driven as in the app: a real BroadcastChannel stands in for the
// facilitator's window, and the data comes from a fake-indexeddb database through live queries.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCommitment } from '../../../src/db/commitments';
import { db } from '../../../src/db/db';
import { createPlan, createPrompt } from '../../../src/db/library';
import { listStepResponses } from '../../../src/db/queries';
import { saveAnswer } from '../../../src/db/responses';
import { markStepRevealed, newGuest, startSession } from '../../../src/db/sessions';
import { addMember, createTeam } from '../../../src/db/teams';
import { DEFAULT_AGREEMENTS } from '../../../src/domain/library/agreements';
import type {
  Member,
  Plan,
  PlanStep,
  Prompt,
  Session,
  SessionStep,
  Team,
} from '../../../src/domain/types';
import { roomAnswers } from '../../../src/features/room-screen/answers';
import { RoomScreenRoute } from '../../../src/features/room-screen/RoomScreenRoute';
import {
  openPresenterChannel,
  type PresenterChannel,
  type PresenterMessage,
  type RoomState,
} from '../../../src/lib/presenterChannel';
import { ROOM_SNAPSHOT_KEY } from '../../../src/lib/presenterSync';
import { freshDatabase } from '../db/testDb';

// ── World ──────────────────────────────────────────────────────────────────────────────────

function stepsOf(plan: Plan): SessionStep[] {
  return plan.steps.map((s) => ({
    planStepId: s.id,
    kind: s.kind,
    title: s.title,
    mode: s.mode,
    timeBoxSec: s.timeBoxSec,
    promptIds: s.source?.type === 'prompts' ? s.source.promptIds : [],
    revealed: false,
  }));
}

function promptStep(id: string, title: string, mode: PlanStep['mode'], prompts: Prompt[]) {
  return {
    id,
    kind: 'prompts' as const,
    title,
    source: { type: 'prompts' as const, promptIds: prompts.map((p) => p.id) },
    mode,
    timeBoxSec: 120,
  };
}

const STEP = { round: 0, private: 1, anon: 2, pulse: 3, review: 4, commit: 5 } as const;

interface World {
  team: Team;
  ana: Member;
  ben: Member;
  cy: Member;
  prompts: Record<'round' | 'private' | 'anon' | 'pulse', Prompt>;
  session: Session;
}

async function seed(): Promise<World> {
  await freshDatabase();
  const team = await createTeam('Family support');
  const ana = await addMember(team.id, 'Ana');
  const ben = await addMember(team.id, 'Ben');
  const cy = await addMember(team.id, 'Cy');
  const text = (t: string) =>
    createPrompt({ pillar: 'relationships', category: 'pillar', kind: 'text', text: t });
  const prompts = {
    round: await text('What went well this week?'),
    private: await text('What got in the way of care?'),
    anon: await text('Whose voice is missing?'),
    pulse: await createPrompt({
      pillar: 'relationships',
      category: 'pulse',
      kind: 'scale',
      text: 'I can talk about how I feel here.',
    }),
  };
  const plan = await createPlan({
    name: 'Weekly huddle',
    description: '',
    steps: [
      promptStep('s-round', 'Round of wins', 'round', [prompts.round]),
      promptStep('s-private', 'Paperwork check', 'private', [prompts.private]),
      promptStep('s-anon', 'Power check', 'anonymous', [prompts.anon]),
      promptStep('s-pulse', 'Team pulse', 'pulse', [prompts.pulse]),
      {
        id: 's-review',
        kind: 'review-commitments',
        title: 'Last time',
        mode: 'round',
        timeBoxSec: 120,
      },
      { id: 's-commit', kind: 'commitments', title: 'Next steps', mode: 'round', timeBoxSec: 120 },
    ],
  });
  const session = await startSession({
    teamId: team.id,
    plan,
    steps: stepsOf(plan),
    attendance: [ana.id, ben.id, cy.id],
    guests: [newGuest('Dee')],
  });
  return { team, ana, ben, cy, prompts, session };
}

// ── The facilitator's side of the channel ────────────────────────────────────────────────────

let facilitator: PresenterChannel;
let received: PresenterMessage[];

function send(state: Partial<RoomState> & { sessionId: string }) {
  facilitator.post({
    type: 'state',
    state: {
      currentStep: -1,
      timer: null,
      groundingSince: null,
      someoneWriting: false,
      sentAt: Date.now(),
      ...state,
    },
  });
}

async function showRoom(state?: Partial<RoomState> & { sessionId: string }) {
  render(<RoomScreenRoute />);
  if (state) send(state);
}

const main = () => screen.getByRole('main');

beforeEach(() => {
  sessionStorage.clear();
  received = [];
  facilitator = openPresenterChannel();
  facilitator.subscribe((m) => received.push(m));
});

afterEach(() => {
  facilitator.close();
});

// ── Tests ──────────────────────────────────────────────────────────────────────────────────

describe('room screen', () => {
  it('waits calmly for the facilitator and says hello', async () => {
    await freshDatabase();
    await showRoom();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Waiting for the facilitator…' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Parallel Process')).toBeInTheDocument();
    expect(
      screen.getByText('This screen shows only what the facilitator has revealed.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    await waitFor(() => expect(received).toContainEqual({ type: 'hello' }));
  });

  it('shows the lobby: team name and agreements in large type', async () => {
    const { session } = await seed();
    await showRoom({ sessionId: session.id, currentStep: -1 });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Family support' }),
    ).toBeInTheDocument();
    const agreements = screen.getByRole('region', { name: 'Our agreements' });
    for (const line of DEFAULT_AGREEMENTS) {
      expect(within(agreements).getByText(line)).toBeInTheDocument();
    }
    // The plan's name is isolated in its own element: the line is matched as a whole.
    const position = screen.getByText((_, el) => el?.className === 'room-position');
    expect(position).toHaveTextContent(/^Today: Weekly huddle · 6 steps · about 12 minutes$/);
    expect(position).toBeVisible();
  });

  it('recovers the last state from sessionStorage on reload, before anyone answers', async () => {
    const { session } = await seed();
    const { unmount } = render(<RoomScreenRoute />);
    send({ sessionId: session.id, currentStep: -1 });
    await screen.findByRole('heading', { name: 'Family support' });
    expect(sessionStorage.getItem(ROOM_SNAPSHOT_KEY)).toContain(session.id);

    // Reload: a new room window, and nobody on the other end of the channel to answer hello.
    unmount();
    facilitator.close();
    render(<RoomScreenRoute />);
    expect(screen.queryByText('Waiting for the facilitator…')).toBeNull();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Family support' }),
    ).toBeInTheDocument();
  });

  it('shows a step: title, prompt, agenda position and the next step', async () => {
    const { session } = await seed();
    await showRoom({ sessionId: session.id, currentStep: STEP.private });
    expect(await screen.findByRole('heading', { level: 1, name: 'Paperwork check' })).toBeVisible();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'What got in the way of care?' }),
    ).toBeVisible();
    expect(screen.getByText('Step 2 of 6')).toBeVisible();
    expect(screen.getByText('Next: Power check')).toBeVisible();
  });

  it('never shows a private step’s answers before the reveal, and no names after it', async () => {
    const { session, ana, ben, prompts } = await seed();
    const base = { sessionId: session.id, stepIndex: STEP.private, promptId: prompts.private.id };
    await saveAnswer({ ...base, memberId: ana.id, text: 'Billing codes ate my Tuesday' });
    await saveAnswer({ ...base, memberId: ben.id, text: 'Duplicate intake forms' });
    await showRoom({ sessionId: session.id, currentStep: STEP.private });

    await screen.findByRole('heading', { name: 'What got in the way of care?' });
    expect(
      await screen.findByText('Answers stay private until the facilitator reveals them.'),
    ).toBeVisible();
    expect(main()).not.toHaveTextContent('Billing codes');
    expect(main()).not.toHaveTextContent('Duplicate intake');

    await act(() => markStepRevealed(session.id, STEP.private));
    expect(await screen.findByText('Billing codes ate my Tuesday')).toBeVisible();
    expect(screen.getByText('Duplicate intake forms')).toBeVisible();
    expect(main()).not.toHaveTextContent('Ana');
    expect(main()).not.toHaveTextContent('Ben');
    expect(
      screen.queryByText('Answers stay private until the facilitator reveals them.'),
    ).toBeNull();
  });

  it('shows anonymous answers only after the reveal, with no names, in a seeded order', async () => {
    const { session, ana, ben, cy, prompts } = await seed();
    const base = { sessionId: session.id, stepIndex: STEP.anon, promptId: prompts.anon.id };
    // The UI might send a member id on an anonymous step; it is never stored nor shown.
    await saveAnswer({ ...base, memberId: ana.id, text: 'Families at intake' });
    await saveAnswer({ ...base, memberId: ben.id, text: 'Night staff' });
    await saveAnswer({ ...base, memberId: cy.id, text: 'Youth advisory group' });
    await saveAnswer({ ...base, memberId: null, passed: true });
    await saveAnswer({ ...base, memberId: null, passed: true });
    await showRoom({ sessionId: session.id, currentStep: STEP.anon });

    await screen.findByRole('heading', { name: 'Whose voice is missing?' });
    await screen.findByText('Answers stay private until the facilitator reveals them.');
    expect(main()).not.toHaveTextContent('Night staff');

    await act(() => markStepRevealed(session.id, STEP.anon));
    const list = await screen.findByRole('list');
    const cards = within(list).getAllByRole('listitem');
    // Passes are counted, never shown as empty cards.
    expect(cards).toHaveLength(3);
    expect(screen.getByText(/2 passed/)).toBeVisible();
    for (const name of ['Ana', 'Ben', 'Cy', 'Dee']) expect(main()).not.toHaveTextContent(name);

    const rows = await listStepResponses(session.id, STEP.anon);
    const expected = roomAnswers(rows, {
      mode: 'anonymous',
      seed: `${session.id}:${STEP.anon}:${prompts.anon.id}`,
      nameOf: () => 'Nobody',
    });
    expect(cards.map((c) => c.textContent)).toEqual(expected.cards.map((c) => c.text));
  });

  it('never flashes the previous step’s hidden answers when moving on to a round', async () => {
    const { session, prompts } = await seed();
    const base = { sessionId: session.id, stepIndex: STEP.anon, promptId: prompts.anon.id };
    await saveAnswer({ ...base, memberId: null, text: 'Families at intake' });
    // Everything the room ever renders, frame by frame.
    const seen: string[] = [];
    const recorder = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
    recorder.observe(document.body, { childList: true, subtree: true, characterData: true });

    await showRoom({ sessionId: session.id, currentStep: STEP.anon });
    await screen.findByText('Answers stay private until the facilitator reveals them.');
    // Round steps show answers as they go: a stale read of the last step must not leak here.
    send({ sessionId: session.id, currentStep: STEP.round });
    await screen.findByRole('heading', { level: 2, name: 'What went well this week?' });
    await screen.findByText('No answers yet.');
    recorder.disconnect();
    expect(seen.some((text) => text.includes('Families at intake'))).toBe(false);
  });

  it('hides answers while someone is writing, even on a revealed step', async () => {
    const { session, ana, prompts } = await seed();
    const base = { sessionId: session.id, stepIndex: STEP.private, promptId: prompts.private.id };
    await saveAnswer({ ...base, memberId: ana.id, text: 'Billing codes ate my Tuesday' });
    await markStepRevealed(session.id, STEP.private);
    await showRoom({ sessionId: session.id, currentStep: STEP.private, someoneWriting: true });

    expect(await screen.findByText('Someone is writing…')).toBeVisible();
    expect(main()).not.toHaveTextContent('Billing codes');

    send({ sessionId: session.id, currentStep: STEP.private, someoneWriting: false });
    expect(await screen.findByText('Billing codes ate my Tuesday')).toBeVisible();
    expect(screen.queryByText('Someone is writing…')).toBeNull();
  });

  it('shows a spoken round as it goes, with names of members and guests', async () => {
    const { session, ana, prompts } = await seed();
    const dee = session.guests[0]!;
    const base = { sessionId: session.id, stepIndex: STEP.round, promptId: prompts.round.id };
    await saveAnswer({ ...base, memberId: ana.id, text: 'Felt heard in supervision' });
    await saveAnswer({ ...base, memberId: dee.id, text: 'Glad to visit' });
    await showRoom({ sessionId: session.id, currentStep: STEP.round, doneTurns: [ana.id, dee.id] });

    const first = (await screen.findByText('Felt heard in supervision')).closest('li')!;
    expect(first).toHaveTextContent('Ana');
    expect(screen.getByText('Glad to visit').closest('li')).toHaveTextContent('Dee');
  });

  it('shows a round answer only once its turn is done, never while it is typed', async () => {
    const { session, ana, ben, prompts } = await seed();
    const base = { sessionId: session.id, stepIndex: STEP.round, promptId: prompts.round.id };
    await saveAnswer({ ...base, memberId: ana.id, text: 'Half a sent' });
    await showRoom({ sessionId: session.id, currentStep: STEP.round, doneTurns: [] });
    await screen.findByText('No answers yet.');
    expect(main()).not.toHaveTextContent('Half a sent');

    // Ana's turn is done; Ben's answer is still being typed.
    await saveAnswer({ ...base, memberId: ben.id, text: 'Still typing' });
    send({ sessionId: session.id, currentStep: STEP.round, doneTurns: [ana.id] });
    expect(await screen.findByText('Half a sent')).toBeVisible();
    expect(main()).not.toHaveTextContent('Still typing');
  });

  it('never shows an answer marked as a draft, even on a revealed step', async () => {
    const { session, ana, prompts } = await seed();
    const base = { sessionId: session.id, stepIndex: STEP.private, promptId: prompts.private.id };
    const saved = await saveAnswer({ ...base, memberId: ana.id, text: 'Not finished yet' });
    // The draft flag as the autosave stores it for a turn not yet Done.
    await db.responses.update(saved.id, { draft: true });
    await markStepRevealed(session.id, STEP.private);
    await showRoom({ sessionId: session.id, currentStep: STEP.private });
    await screen.findByText('No answers yet.');
    expect(main()).not.toHaveTextContent('Not finished yet');
  });

  it('withholds a pulse with 2 ratings and shows only the spread with 3, after the reveal', async () => {
    const { session, prompts } = await seed();
    const base = { sessionId: session.id, stepIndex: STEP.pulse, promptId: prompts.pulse.id };
    await saveAnswer({ ...base, memberId: null, rating: 4 });
    await saveAnswer({ ...base, memberId: null, rating: 2 });
    await showRoom({ sessionId: session.id, currentStep: STEP.pulse });

    await screen.findByRole('heading', { name: 'I can talk about how I feel here.' });
    await screen.findByText('Answers stay private until the facilitator reveals them.');
    expect(screen.queryByText('Too few answers to show safely')).toBeNull();

    await act(() => markStepRevealed(session.id, STEP.pulse));
    expect(await screen.findByText('Too few answers to show safely')).toBeVisible();
    expect(screen.queryByText(/Agree: /)).toBeNull();

    await act(() => saveAnswer({ ...base, memberId: null, rating: 4 }));
    expect(await screen.findByText('4, Agree: 2 answers')).toBeInTheDocument();
    expect(screen.getByText('2, Disagree: 1 answer')).toBeInTheDocument();
    expect(screen.getByText('1, Strongly disagree: 0 answers')).toBeInTheDocument();
    expect(screen.getByText('3 answers')).toBeVisible();
    expect(screen.queryByText('Too few answers to show safely')).toBeNull();
  });

  it('shows commitments with owner and due date on the commitments step', async () => {
    const { session } = await seed();
    await addCommitment(session.id, { text: 'Call the school', owner: 'Ana', due: '2026-03-20' });
    await showRoom({ sessionId: session.id, currentStep: STEP.commit });
    const item = (await screen.findByText('Call the school')).closest('li')!;
    expect(item).toHaveTextContent('Ana');
    expect(item).toHaveTextContent(/Due .*20/);
  });

  it('counts the step timer down locally, pauses, and is gentle about running over', async () => {
    const { session } = await seed();
    const at = Date.now();
    await showRoom({
      sessionId: session.id,
      currentStep: STEP.round,
      timer: { remainingMs: 95_000, at, running: true },
    });
    expect(await screen.findByText(/^01:3[45]$/)).toBeVisible();

    send({
      sessionId: session.id,
      currentStep: STEP.round,
      timer: { remainingMs: 30_000, at: Date.now(), running: false },
    });
    expect(await screen.findByText('Paused')).toBeVisible();
    expect(screen.getByText('00:30')).toBeVisible();

    send({
      sessionId: session.id,
      currentStep: STEP.round,
      timer: { remainingMs: -5_000, at: Date.now(), running: true },
    });
    expect(await screen.findByText('Over time — take the time you need')).toBeVisible();
  });

  it('shows only the grounding moment while it runs', async () => {
    const { session } = await seed();
    await showRoom({ sessionId: session.id, currentStep: STEP.round, groundingSince: Date.now() });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Grounding moment' }),
    ).toBeVisible();
    expect(screen.getByText(/Breathe in…/)).toBeVisible();
    expect(screen.queryByText('Round of wins')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();

    send({ sessionId: session.id, currentStep: STEP.round, groundingSince: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Round of wins' })).toBeVisible();
  });

  it('says thank you on the summary and when the huddle ends', async () => {
    const { session } = await seed();
    await showRoom({ sessionId: session.id, currentStep: session.steps.length });
    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();

    send({ sessionId: session.id, currentStep: STEP.round });
    await screen.findByRole('heading', { level: 1, name: 'Round of wins' });
    facilitator.post({ type: 'ended', sessionId: 'another-huddle' });
    facilitator.post({ type: 'ended', sessionId: session.id });
    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();
  });

  it('passes an automated WCAG check on the lobby and a revealed step', async () => {
    const { session, ana, prompts } = await seed();
    await saveAnswer({
      sessionId: session.id,
      stepIndex: STEP.round,
      promptId: prompts.round.id,
      memberId: ana.id,
      text: 'Felt heard',
    });
    const check = async () => {
      // Colour contrast needs real layout: checked in a browser.
      const results = await axe.run(document.body, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
        rules: { 'color-contrast': { enabled: false } },
      });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html)}`)).toEqual([]);
    };
    await showRoom({ sessionId: session.id, currentStep: -1 });
    await screen.findByRole('region', { name: 'Our agreements' });
    await check();
    send({
      sessionId: session.id,
      currentStep: STEP.round,
      timer: { remainingMs: 60_000, at: Date.now(), running: true },
      doneTurns: [ana.id],
    });
    await screen.findByText('Felt heard');
    await check();
    send({ sessionId: session.id, currentStep: STEP.round, groundingSince: Date.now() });
    await screen.findByRole('heading', { name: 'Grounding moment' });
    await check();
  });
});
