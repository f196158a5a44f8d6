import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addCommitment, reviewCommitment } from '../../../src/db/commitments';
import { createPlan, createPrompt } from '../../../src/db/library';
import { listSessionCommitments } from '../../../src/db/queries';
import { saveAnswer } from '../../../src/db/responses';
import { completeSession, newGuest, setCurrentStep, startSession } from '../../../src/db/sessions';
import { writeSetting } from '../../../src/db/settings';
import { addMember, createTeam } from '../../../src/db/teams';
import { neutralOrder } from '../../../src/domain/library/random';
import type {
  Member,
  Plan,
  PlanStep,
  Prompt,
  Session,
  SessionStep,
  Team,
} from '../../../src/domain/types';
import { SummaryRoute } from '../../../src/features/history/SummaryRoute';
import { freshDatabase } from '../db/testDb';

function renderSummary(sessionId: string) {
  const router = createMemoryRouter(
    [
      { path: '/history', element: <p>History page</p> },
      { path: '/history/:sessionId', element: <SummaryRoute /> },
      { path: '/facilitate/:sessionId', element: <p>Huddle page</p> },
    ],
    { initialEntries: [`/history/${sessionId}`] },
  );
  render(<RouterProvider router={router} />);
}

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

function promptStep(
  id: string,
  title: string,
  mode: PlanStep['mode'],
  prompts: Prompt[],
): PlanStep {
  const promptIds = prompts.map((p) => p.id);
  return {
    id,
    kind: 'prompts',
    title,
    source: { type: 'prompts', promptIds },
    mode,
    timeBoxSec: 120,
  };
}

interface World {
  team: Team;
  ana: Member;
  ben: Member;
  cy: Member;
  plan: Plan;
  prompts: Record<'round' | 'anon' | 'few' | 'enough' | 'feeling', Prompt>;
  earlier: Session;
  session: Session;
}

/** An earlier huddle that made two commitments, then the huddle under test. */
async function seed(): Promise<World> {
  vi.setSystemTime(new Date('2026-03-02T09:00:00'));
  const team = await createTeam('Family support');
  const ana = await addMember(team.id, 'Ana');
  const ben = await addMember(team.id, 'Ben');
  const cy = await addMember(team.id, 'Cy');
  const text = (t: string, pillar: Prompt['pillar'] = 'relationships') =>
    createPrompt({ pillar, category: 'pillar', kind: 'text', text: t });
  const prompts = {
    round: await text('What went well this week?'),
    anon: await text('Whose voice is missing?', 'power'),
    few: await createPrompt({
      pillar: 'relationships',
      category: 'pulse',
      kind: 'scale',
      text: 'I can talk about how I feel here.',
    }),
    enough: await createPrompt({
      pillar: 'relationships',
      category: 'pulse',
      kind: 'scale',
      text: 'My team stood by me.',
    }),
    feeling: await createPrompt({
      pillar: 'relationships',
      category: 'checkin',
      kind: 'feeling',
      text: 'How are you feeling?',
    }),
  };
  const plan = await createPlan({
    name: 'Weekly huddle',
    description: '',
    steps: [
      promptStep('s-round', 'Round', 'round', [prompts.round]),
      promptStep('s-anon', 'Power check', 'anonymous', [prompts.anon]),
      promptStep('s-pulse', 'Team pulse', 'pulse', [prompts.few, prompts.enough]),
      promptStep('s-feel', 'Check-in', 'round', [prompts.feeling]),
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

  const earlier = await startSession({
    teamId: team.id,
    plan,
    steps: stepsOf(plan),
    attendance: [ana.id],
  });
  vi.setSystemTime(new Date('2026-03-02T09:14:00'));
  await addCommitment(earlier.id, { text: 'Call the school', owner: 'Ana' });
  vi.setSystemTime(new Date('2026-03-02T09:15:00'));
  await addCommitment(earlier.id, { text: 'Fix the rota', owner: 'Ben' });
  vi.setSystemTime(new Date('2026-03-02T09:20:00'));
  await completeSession(earlier.id);

  vi.setSystemTime(new Date('2026-03-09T09:00:00'));
  const dee = newGuest('Dee');
  const session = await startSession({
    teamId: team.id,
    plan,
    steps: stepsOf(plan),
    attendance: [ana.id, ben.id, cy.id],
    guests: [dee],
  });
  const id = session.id;
  const base = { sessionId: id };
  await saveAnswer({
    ...base,
    stepIndex: 0,
    promptId: prompts.round.id,
    memberId: ana.id,
    text: 'Felt heard in supervision',
  });
  await saveAnswer({
    ...base,
    stepIndex: 0,
    promptId: prompts.round.id,
    memberId: ben.id,
    passed: true,
  });
  await saveAnswer({
    ...base,
    stepIndex: 0,
    promptId: prompts.round.id,
    memberId: dee.id,
    text: 'Glad to visit',
  });
  await saveAnswer({
    ...base,
    stepIndex: 0,
    promptId: prompts.round.id,
    memberId: cy.id,
    passed: true,
  });
  // The UI might send a member id on an anonymous step; it must never show.
  await saveAnswer({
    ...base,
    stepIndex: 1,
    promptId: prompts.anon.id,
    memberId: ana.id,
    text: 'Families at intake',
  });
  await saveAnswer({
    ...base,
    stepIndex: 1,
    promptId: prompts.anon.id,
    memberId: ben.id,
    text: 'Night staff',
  });
  await saveAnswer({
    ...base,
    stepIndex: 1,
    promptId: prompts.anon.id,
    memberId: null,
    passed: true,
  });
  for (const rating of [4, 5]) {
    await saveAnswer({ ...base, stepIndex: 2, promptId: prompts.few.id, memberId: null, rating });
  }
  for (const rating of [3, 4, 5]) {
    await saveAnswer({
      ...base,
      stepIndex: 2,
      promptId: prompts.enough.id,
      memberId: null,
      rating,
    });
  }
  await saveAnswer({
    ...base,
    stepIndex: 3,
    promptId: prompts.feeling.id,
    memberId: cy.id,
    feelings: ['calm', 'hopeful'],
    text: 'long week',
  });

  const [first, second] = await listSessionCommitments(earlier.id);
  await reviewCommitment(first!.id, id, 'in-progress');
  await reviewCommitment(second!.id, id, 'carried');
  await addCommitment(id, {
    text: 'Invite a parent to the next huddle',
    owner: 'Cy',
    due: '2026-03-20',
    pillar: 'power',
  });
  vi.setSystemTime(new Date('2026-03-09T09:18:00'));
  await completeSession(id);
  return { team, ana, ben, cy, plan, prompts, earlier, session };
}

function promptBlock(text: string): HTMLElement {
  const block = screen.getByRole('heading', { level: 3, name: text }).parentElement;
  if (!block) throw new Error(`no block for ${text}`);
  return block;
}

/** The heading shows while loading too; the Print button only once the huddle is read. */
async function loaded() {
  await screen.findByRole('button', { name: 'Print' });
}

beforeEach(async () => {
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Huddle summary', () => {
  it('shows who came, how long it took and each step in order', async () => {
    const { session } = await seed();
    vi.useRealTimers();
    renderSummary(session.id);
    await loaded();
    expect(screen.getByRole('heading', { level: 1, name: 'Huddle summary' })).toBeInTheDocument();
    expect(screen.getByText('Family support')).toBeInTheDocument();
    expect(screen.getByText('Weekly huddle')).toBeInTheDocument();
    expect(screen.getByText(/^18 minutes/)).toBeInTheDocument();
    expect(screen.getByText('Completed')).toBeInTheDocument();
    expect(screen.getByText('4 people')).toBeInTheDocument();
    const names = screen.getByRole('list', { name: 'Names of those present' });
    expect(
      within(names)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ana', 'Ben', 'Cy', 'Dee (guest)']);
    const steps = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(steps.slice(0, 6)).toEqual([
      'Step 1: Round',
      'Step 2: Power check',
      'Step 3: Team pulse',
      'Step 4: Check-in',
      'Step 5: Last time',
      'Step 6: Next steps',
    ]);
  });

  it('names round answers, counts passes and never shows them as blanks', async () => {
    const { session } = await seed();
    vi.useRealTimers();
    renderSummary(session.id);
    await loaded();
    const block = promptBlock('What went well this week?');
    const answers = within(block).getByRole('list');
    expect(
      within(answers)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ana: Felt heard in supervision', 'Dee: Glad to visit']);
    expect(within(block).getByText('2 passed')).toBeInTheDocument();
    expect(within(promptBlock('How are you feeling?')).getByRole('listitem')).toHaveTextContent(
      'Cy: calm, hopeful — long week',
    );
  });

  it('lists anonymous answers without names, in a stable shuffled order', async () => {
    const { session } = await seed();
    vi.useRealTimers();
    renderSummary(session.id);
    await loaded();
    const block = promptBlock('Whose voice is missing?');
    const items = within(block)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect([...items].sort()).toEqual(['Families at intake', 'Night staff']);
    expect(block).not.toHaveTextContent(/Ana|Ben|Someone/);
    expect(within(block).getByText('1 passed')).toBeInTheDocument();

    const seedText = `${session.id}:1:`;
    expect(neutralOrder(['a', 'b', 'c', 'd', 'e'], seedText, (x) => x)).toEqual(
      neutralOrder(['e', 'd', 'c', 'b', 'a'], seedText, (x) => x),
    );
  });

  it('withholds a pulse spread under three answers and shows it from three', async () => {
    const { session } = await seed();
    vi.useRealTimers();
    renderSummary(session.id);
    await loaded();
    const few = promptBlock('I can talk about how I feel here.');
    expect(few).toHaveTextContent('Too few answers to show safely');
    expect(within(few).queryByRole('table')).not.toBeInTheDocument();
    expect(few).not.toHaveTextContent(/average/);

    const table = within(promptBlock('My team stood by me.')).getByRole('table', {
      name: '3 answers · average 4.0 out of 5',
    });
    const counts = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getByRole('cell').textContent);
    expect(counts).toEqual(['0', '0', '1', '1', '1']);
  });

  it('shows commitments made here and the outcome of those reviewed here', async () => {
    const { session } = await seed();
    vi.useRealTimers();
    renderSummary(session.id);
    await loaded();
    const made = screen.getByRole('table', { name: 'Commitments made' });
    const madeRows = within(made).getAllByRole('row').slice(1);
    // The copy carried over from last time is listed once, under "reviewed".
    expect(madeRows).toHaveLength(1);
    const cells = within(madeRows[0] as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toBe('Invite a parent to the next huddle');
    expect(cells[1]).toBe('Cy');
    expect(cells[2]).toMatch(/20/);
    expect(cells[4]).toBe('Open');

    const reviewed = screen.getByRole('table', { name: 'Commitments reviewed' });
    const outcomes = within(reviewed)
      .getAllByRole('row')
      .slice(1)
      .map((row) => {
        const c = within(row).getAllByRole('cell');
        return [c[0]?.textContent, c[4]?.textContent];
      });
    expect(outcomes).toEqual([
      ['Call the school', 'In progress'],
      ['Fix the rota', 'Carried over'],
    ]);
  });

  it('keeps a review outcome after the commitment is reviewed again later', async () => {
    const { session, earlier, team, plan } = await seed();
    const [inProgress] = await listSessionCommitments(earlier.id);
    vi.setSystemTime(new Date('2026-03-16T09:00:00'));
    const later = await startSession({
      teamId: team.id,
      plan,
      steps: stepsOf(plan),
      attendance: [],
    });
    await reviewCommitment(inProgress!.id, later.id, 'done');
    vi.useRealTimers();
    renderSummary(session.id);
    const reviewed = await screen.findByRole('table', { name: 'Commitments reviewed' });
    expect(within(reviewed).getAllByRole('row')[1]).toHaveTextContent(
      /Call the school.*In progress/,
    );
    cleanup();
    renderSummary(later.id);
    const again = await screen.findByRole('table', { name: 'Commitments reviewed' });
    const rows = within(again).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent(/Call the school.*Done/);
  });

  it('passes an automated WCAG check', async () => {
    const { session } = await seed();
    vi.useRealTimers();
    renderSummary(session.id);
    await loaded();
    // Colour contrast needs real layout: the browser tests check it.
    const results = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });

  it('prints on request', async () => {
    const { session } = await seed();
    vi.useRealTimers();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    renderSummary(session.id);
    await user.click(await screen.findByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('marks skipped steps and offers to resume a huddle in progress', async () => {
    const team = await createTeam('Youth outreach');
    const prompt = await createPrompt({
      pillar: 'play',
      category: 'warmup',
      kind: 'text',
      text: 'Best snack?',
    });
    const plan = await createPlan({
      name: 'Short huddle',
      description: '',
      steps: [
        promptStep('a', 'Warm-up', 'round', [prompt]),
        promptStep('b', 'Another', 'round', [prompt]),
        promptStep('c', 'Later', 'round', [prompt]),
      ],
    });
    const steps = stepsOf(plan);
    const session = await startSession({ teamId: team.id, plan, steps, attendance: [] });
    await writeSetting(`huddle-snapshot:${session.id}`, {
      version: 1,
      steps: steps.map((s) => ({ planStepId: s.planStepId, mode: s.mode })),
      progress: [{ outcome: 'skipped', visited: true }, { visited: true }, {}],
      currentStep: 1,
      endedEarly: false,
    });
    await setCurrentStep(session.id, 1);
    vi.useRealTimers();
    renderSummary(session.id);
    await loaded();
    const first = screen.getByRole('region', { name: 'Step 1: Warm-up' });
    expect(within(first).getByText('Skipped')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Step 3: Later' })).getByText('Not reached yet'),
    ).toBeInTheDocument();
    expect(screen.getByText('In progress')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Resume the huddle' })).toHaveAttribute(
      'href',
      `/facilitate/${session.id}`,
    );
  });

  it('says so when the huddle does not exist', async () => {
    vi.useRealTimers();
    renderSummary('no-such-huddle');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Huddle not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to history' })).toHaveAttribute(
      'href',
      '/history',
    );
  });
});
