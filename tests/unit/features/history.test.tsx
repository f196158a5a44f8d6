import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addCommitment } from '../../../src/db/commitments';
import { HISTORY_PAGE_SIZE } from '../../../src/db/history';
import { createPlan, createPrompt } from '../../../src/db/library';
import { abandonSession, completeSession, startSession } from '../../../src/db/sessions';
import { addMember, createTeam } from '../../../src/db/teams';
import type { Pillar, Plan, SessionStep, Team } from '../../../src/domain/types';
import { HistoryRoute } from '../../../src/features/history/HistoryRoute';
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

async function makePlan(name: string, pillar: Pillar): Promise<Plan> {
  const prompt = await createPrompt({ pillar, category: 'pillar', kind: 'text', text: name });
  return createPlan({
    name,
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

function list() {
  return screen.getByRole('list', { name: 'Huddles, newest first' });
}

function rows() {
  return within(list()).getAllByRole('listitem');
}

function count() {
  return screen.getByText(/huddles?$|No huddles match/, { selector: '.history-count' });
}

beforeEach(async () => {
  await freshDatabase();
  // The virtual list scrolls the window when rows above the fold change size; jsdom cannot.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  // Only the clock is faked, so IndexedDB and Testing Library keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('History', () => {
  it('invites a first huddle when there are none', async () => {
    vi.useRealTimers();
    renderHistory();
    expect(await screen.findByRole('heading', { name: 'No huddles yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Run your first huddle' })).toHaveAttribute(
      'href',
      '/facilitate',
    );
  });

  it('lists every huddle newest first: date, plan, attendance, pillars, a summary line', async () => {
    const plan = await makePlan('Weekly huddle', 'power');
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
    expect(count()).toHaveTextContent('3 huddles');
    expect(list()).toHaveAccessibleDescription('3 huddles');
    const items = rows();
    expect(items).toHaveLength(3);
    const [a, b, c] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(a).toHaveTextContent('Family support');
    expect(a).toHaveTextContent('In progress');
    expect(a).toHaveTextContent('2 people');
    expect(a).toHaveTextContent('Pillars: Shift Power');
    expect(a).toHaveTextContent('in the lobby, 2 steps planned · 2 commitments');
    expect(b).toHaveTextContent('Youth outreach');
    expect(b).toHaveTextContent('Closed early');
    expect(c).toHaveTextContent('Completed');
    expect(c).toHaveTextContent('1 person');
    expect(c).toHaveTextContent('2 steps · 0 commitments');
    expect(c).toHaveTextContent('Weekly huddle');
    // Each row says where it sits in the whole list, even when only a window is drawn.
    expect(a).toHaveAttribute('aria-posinset', '1');
    expect(c).toHaveAttribute('aria-setsize', '3');

    expect(within(a).getAllByRole('link')[0]).toHaveAttribute('href', `/history/${third.id}`);
    expect(within(b).getAllByRole('link')[0]).toHaveAttribute('href', `/history/${second.id}`);
    expect(within(c).getAllByRole('link')[0]).toHaveAttribute('href', `/history/${first.id}`);
    // Only the huddle still running can be resumed.
    expect(within(a).getByRole('link', { name: /Resume/ })).toHaveAttribute(
      'href',
      `/facilitate/${third.id}`,
    );
    expect(within(b).queryByRole('link', { name: /Resume/ })).not.toBeInTheDocument();

    // Colour contrast needs real layout: the browser tests check it.
    const results = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('combines team, pillar, date range and status filters, kept in the address', async () => {
    const user = userEvent.setup();
    const talk = await makePlan('Power talk', 'power');
    const play = await makePlan('Play time', 'play');
    const family = await createTeam('Family support');
    const youth = await createTeam('Youth outreach');
    await huddle(family, talk, '2026-03-02T09:00:00');
    await huddle(family, play, '2026-03-09T09:00:00', 'abandoned');
    await huddle(family, talk, '2026-03-16T09:00:00', 'abandoned');
    await huddle(youth, talk, '2026-03-10T09:00:00');
    await huddle(family, talk, '2026-03-23T09:00:00', 'active');
    vi.useRealTimers();

    const router = renderHistory();
    await screen.findByRole('list', { name: 'Huddles, newest first' });
    expect(rows()).toHaveLength(5);

    await user.selectOptions(screen.getByLabelText('Team'), 'Family support');
    await vi.waitFor(() => expect(rows()).toHaveLength(4));
    for (const row of rows()) expect(row).toHaveTextContent('Family support');
    expect(count()).toHaveTextContent('4 huddles');
    expect(router.state.location.search).toBe(`?team=${family.id}`);

    await user.selectOptions(screen.getByLabelText('Pillar'), 'Shift Power');
    await vi.waitFor(() => expect(rows()).toHaveLength(3));
    expect(count()).toHaveTextContent('3 huddles');

    // From 9 to 20 March (both days included).
    await user.type(screen.getByLabelText('From'), '2026-03-09');
    await user.type(screen.getByLabelText('To'), '2026-03-20');
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('Closed early');
    expect(rows()[0]).toHaveTextContent('Power talk');

    await user.selectOptions(screen.getByLabelText('Status'), 'Completed');
    await vi.waitFor(() => expect(count()).toHaveTextContent('No huddles match these filters.'));
    expect(screen.queryByRole('list', { name: 'Huddles, newest first' })).not.toBeInTheDocument();
    const search = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(search)).toEqual({
      team: family.id,
      pillar: 'power',
      from: '2026-03-09',
      to: '2026-03-20',
      status: 'completed',
    });

    await user.selectOptions(screen.getByLabelText('Status'), 'Closed early');
    await vi.waitFor(() => expect(rows()).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await vi.waitFor(() => expect(rows()).toHaveLength(5));
    expect(router.state.location.search).toBe('');
  });

  it('opens with the filters in the address', async () => {
    const talk = await makePlan('Power talk', 'power');
    const play = await makePlan('Play time', 'play');
    const family = await createTeam('Family support');
    await huddle(family, talk, '2026-03-02T09:00:00');
    await huddle(family, play, '2026-03-09T09:00:00');
    vi.useRealTimers();

    renderHistory('/history?pillar=play&from=2026-03-01');
    await screen.findByRole('list', { name: 'Huddles, newest first' });
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('Play time');
    expect(screen.getByLabelText('Pillar')).toHaveValue('play');
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-01');
  });

  it('draws only the rows near the viewport and loads the next page near the end', async () => {
    const plan = await makePlan('Weekly huddle', 'power');
    const team = await createTeam('Family support');
    const total = HISTORY_PAGE_SIZE + 7;
    const ids: string[] = [];
    for (let i = 0; i < total; i += 1) {
      // Pairs share a start time, so ties sit across the page boundary too.
      const minute = String(Math.floor(i / 2) % 60).padStart(2, '0');
      const hour = String(8 + Math.floor(i / 120)).padStart(2, '0');
      ids.push((await huddle(team, plan, `2026-03-02T${hour}:${minute}:00`)).id);
    }
    ids.reverse();
    vi.useRealTimers();
    // jsdom has no layout: give each row a height so the window over the list means something.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains('history-vitem') ? 100 : 0;
    });

    renderHistory();
    await screen.findByRole('list', { name: 'Huddles, newest first' });
    expect(count()).toHaveTextContent(`${total} huddles`);
    await vi.waitFor(() => expect(rows()[0]).toHaveAttribute('aria-posinset', '1'));
    // About a viewport (768 px) of rows plus a few either side, not the 50 loaded.
    expect(rows().length).toBeLessThan(20);
    for (const row of rows()) expect(row).toHaveAttribute('aria-setsize', String(total));

    // …boxes that move up as the window scrolls (the list sits at the top of the document)…
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() =>
      DOMRect.fromRect({ x: 0, y: -window.scrollY, width: 1000, height: 100 }),
    );
    // …and the document a height, or the virtualiser treats a scroll as overscroll and ignores it.
    Object.defineProperty(document.documentElement, 'scrollHeight', {
      value: 100_000,
      configurable: true,
    });
    const scrollTo = async (y: number) => {
      Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
      window.dispatchEvent(new Event('scroll'));
    };
    // Near the end of the first page: the second page is read; at the very end it is drawn.
    await scrollTo(4_400);
    await vi.waitFor(() => {
      expect(Number(rows().at(-1)?.getAttribute('aria-posinset'))).toBeGreaterThan(40);
      expect(list()).toHaveAttribute('aria-busy', 'false');
    });
    await vi.waitFor(async () => {
      await scrollTo(total * 150);
      expect(rows().at(-1)).toHaveAttribute('aria-posinset', String(total));
    });
    expect(rows().length).toBeLessThan(20);
    const drawn = rows().map((row) => ({
      at: Number(row.getAttribute('aria-posinset')),
      href: within(row).getAllByRole('link')[0]?.getAttribute('href'),
    }));
    // The oldest huddles, each once, in place (ties on time are ordered by id: see the db tests).
    expect(drawn.map((d) => d.at)).toEqual(drawn.map((_, i) => total - drawn.length + 1 + i));
    expect(new Set(drawn.map((d) => d.href)).size).toBe(drawn.length);
    const oldest = new Set(ids.slice(-drawn.length - 1).map((id) => `/history/${id}`));
    for (const { href } of drawn) expect(oldest.has(href ?? '')).toBe(true);
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    Reflect.deleteProperty(document.documentElement, 'scrollHeight');
  });

  it('shows a huddle saved while the list is open', async () => {
    const plan = await makePlan('Weekly huddle', 'power');
    const team = await createTeam('Family support');
    await huddle(team, plan, '2026-03-02T09:00:00');
    vi.useRealTimers();

    renderHistory();
    await screen.findByRole('list', { name: 'Huddles, newest first' });
    expect(rows()).toHaveLength(1);
    const later = await startSession({
      teamId: team.id,
      plan,
      steps: stepsOf(plan),
      attendance: [],
    });
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    expect(within(rows()[0] as HTMLElement).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      `/history/${later.id}`,
    );
    await vi.waitFor(() => expect(count()).toHaveTextContent('2 huddles'));
  });
});
