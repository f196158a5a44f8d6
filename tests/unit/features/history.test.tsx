import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addCommitment } from '../../../src/db/commitments';
import { createPlan, createPrompt } from '../../../src/db/library';
import { abandonSession, completeSession, startSession } from '../../../src/db/sessions';
import { addMember, createTeam } from '../../../src/db/teams';
import type { Plan, SessionStep, Team } from '../../../src/domain/types';
import { HISTORY_PAGE_SIZE, HistoryRoute } from '../../../src/features/history/HistoryRoute';
import { freshDatabase } from '../db/testDb';

function renderHistory(path = '/history') {
  const router = createMemoryRouter(
    [
      { path: '/history', element: <HistoryRoute /> },
      { path: '/history/:sessionId', element: <p>Summary page</p> },
      { path: '/facilitate', element: <p>Facilitate page</p> },
      { path: '/facilitate/:sessionId', element: <p>Huddle page</p> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

async function makePlan(): Promise<Plan> {
  const prompt = await createPrompt({
    pillar: 'relationships',
    category: 'pillar',
    kind: 'text',
    text: 'What helped this week?',
  });
  return createPlan({
    name: 'Weekly huddle',
    description: '',
    steps: [
      {
        id: 'step-1',
        kind: 'prompts',
        title: 'Check-in',
        source: { type: 'prompts', promptIds: [prompt.id] },
        mode: 'round',
        timeBoxSec: 120,
      },
      { id: 'step-2', kind: 'commitments', title: 'Commitments', mode: 'round', timeBoxSec: 120 },
    ],
  });
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

/** Starts a huddle at a given time and leaves it as completed, active or abandoned. */
async function huddle(
  team: Team,
  plan: Plan,
  at: string,
  end: 'completed' | 'active' | 'abandoned' = 'completed',
  attendance: string[] = [],
) {
  vi.setSystemTime(new Date(at));
  const session = await startSession({ teamId: team.id, plan, steps: stepsOf(plan), attendance });
  if (end === 'completed') await completeSession(session.id);
  if (end === 'abandoned') await abandonSession(session.id);
  return session;
}

function rows() {
  return within(screen.getByRole('list', { name: 'Huddles, newest first' })).getAllByRole(
    'listitem',
  );
}

beforeEach(async () => {
  await freshDatabase();
  // Only the clock is faked, so IndexedDB and Testing Library keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('History', () => {
  it('invites a first huddle when there are none', async () => {
    renderHistory();
    expect(await screen.findByRole('heading', { name: 'No huddles yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Run your first huddle' })).toHaveAttribute(
      'href',
      '/facilitate',
    );
  });

  it('lists every huddle newest first with status, counts and links', async () => {
    const plan = await makePlan();
    const family = await createTeam('Family support');
    const youth = await createTeam('Youth outreach');
    const ana = await addMember(family.id, 'Ana');
    const ben = await addMember(family.id, 'Ben');
    const first = await huddle(family, plan, '2026-03-02T09:00:00', 'completed', [ana.id]);
    const second = await huddle(youth, plan, '2026-03-03T09:00:00', 'abandoned');
    const third = await huddle(family, plan, '2026-03-04T09:00:00', 'active', [ana.id, ben.id]);
    await addCommitment(third.id, { text: 'Call the school' });
    await addCommitment(third.id, { text: 'Book the room' });
    vi.useRealTimers();

    renderHistory();
    await screen.findByRole('list', { name: 'Huddles, newest first' });
    const items = rows();
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Family support');
    expect(items[0]).toHaveTextContent('In progress');
    expect(items[0]).toHaveTextContent('2 people · 2 steps · 2 commitments');
    expect(items[1]).toHaveTextContent('Youth outreach');
    expect(items[1]).toHaveTextContent('Closed early');
    expect(items[2]).toHaveTextContent('Completed');
    expect(items[2]).toHaveTextContent('1 person · 2 steps · 0 commitments');
    expect(items[2]).toHaveTextContent('Weekly huddle');

    const [a, b, c] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(a).getAllByRole('link')[0]).toHaveAttribute('href', `/history/${third.id}`);
    expect(within(b).getAllByRole('link')[0]).toHaveAttribute('href', `/history/${second.id}`);
    expect(within(c).getAllByRole('link')[0]).toHaveAttribute('href', `/history/${first.id}`);
    // Only the huddle still running can be resumed.
    expect(within(a).getByRole('link', { name: /Resume/ })).toHaveAttribute(
      'href',
      `/facilitate/${third.id}`,
    );
    expect(within(b).queryByRole('link', { name: /Resume/ })).not.toBeInTheDocument();
    expect(within(c).queryByRole('link', { name: /Resume/ })).not.toBeInTheDocument();

    // Colour contrast needs real layout: the browser tests check it.
    const results = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('filters by team and by status', async () => {
    const user = userEvent.setup();
    const plan = await makePlan();
    const family = await createTeam('Family support');
    const youth = await createTeam('Youth outreach');
    await huddle(family, plan, '2026-03-02T09:00:00');
    await huddle(youth, plan, '2026-03-03T09:00:00');
    await huddle(family, plan, '2026-03-04T09:00:00', 'active');
    vi.useRealTimers();

    const router = renderHistory();
    await screen.findByRole('list', { name: 'Huddles, newest first' });
    expect(rows()).toHaveLength(3);

    await user.selectOptions(screen.getByLabelText('Team'), 'Family support');
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    for (const row of rows()) expect(row).toHaveTextContent('Family support');
    expect(router.state.location.search).toBe(`?team=${family.id}`);

    await user.selectOptions(screen.getByLabelText('Status'), 'In progress');
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('In progress');

    await user.selectOptions(screen.getByLabelText('Team'), 'Youth outreach');
    expect(await screen.findByText('No huddles match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await vi.waitFor(() => expect(rows()).toHaveLength(3));
  });

  it('pages with "Show more", keeping huddles that started at the same moment', async () => {
    const user = userEvent.setup();
    const plan = await makePlan();
    const team = await createTeam('Family support');
    const total = HISTORY_PAGE_SIZE + 7;
    const ids: string[] = [];
    for (let i = 0; i < total; i += 1) {
      // Pairs share a start time, so ties sit across the page boundary too.
      const minute = String(Math.floor(i / 2)).padStart(2, '0');
      const hour = String(8 + Math.floor(i / 120)).padStart(2, '0');
      ids.push((await huddle(team, plan, `2026-03-02T${hour}:${minute}:00`)).id);
    }
    vi.useRealTimers();

    renderHistory();
    await screen.findByRole('list', { name: 'Huddles, newest first' });
    expect(rows()).toHaveLength(HISTORY_PAGE_SIZE);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await vi.waitFor(() => expect(rows()).toHaveLength(total));
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();

    const hrefs = rows().map((row) => within(row).getAllByRole('link')[0]?.getAttribute('href'));
    expect(new Set(hrefs).size).toBe(total);
    expect(new Set(hrefs)).toEqual(new Set(ids.map((id) => `/history/${id}`)));
    // Keyboard focus lands on the first row that was added.
    await vi.waitFor(() =>
      expect(
        within(rows()[HISTORY_PAGE_SIZE] as HTMLElement).getAllByRole('link')[0],
      ).toHaveFocus(),
    );
  });
});
