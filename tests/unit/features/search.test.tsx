// The search box on History, with the search worker's logic running in-process (jsdom has no
// workers) against data written with the app's own write functions.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addCommitment } from '../../../src/db/commitments';
import { createPlan, createPrompt } from '../../../src/db/library';
import { saveAnswer } from '../../../src/db/responses';
import { completeSession, startSession } from '../../../src/db/sessions';
import { addMember, createTeam } from '../../../src/db/teams';
import type { Plan, Team } from '../../../src/domain/types';
import { HistoryRoute } from '../../../src/features/history/HistoryRoute';
import { SearchBox, searchStatusText } from '../../../src/features/history/HistorySearch';
import {
  createSearchClient,
  type SearchPort,
  setSearchClientForTests,
} from '../../../src/lib/searchClient';
import { createSearchEngine, type SearchEngine } from '../../../src/workers/searchEngine';
import { freshDatabase } from '../db/testDb';

let engine: SearchEngine | null = null;

function inProcessPort(): SearchPort {
  const port: SearchPort = {
    onmessage: null,
    postMessage: (message) => void engine?.handle(message),
    terminate: () => engine?.stop(),
  };
  engine = createSearchEngine((message) =>
    queueMicrotask(() => port.onmessage?.({ data: message })),
  );
  engine.start();
  return port;
}

function renderHistory(path = '/history') {
  const router = createMemoryRouter(
    [
      { path: '/history', element: <HistoryRoute /> },
      { path: '/history/:sessionId', element: <p>Summary page</p> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

async function huddle(team: Team, plan: Plan, attendance: string[]) {
  const session = await startSession({
    teamId: team.id,
    plan,
    attendance,
    steps: plan.steps.map((s) => ({
      planStepId: s.id,
      kind: s.kind,
      title: s.title,
      mode: s.mode,
      timeBoxSec: s.timeBoxSec,
      promptIds: s.source?.type === 'prompts' ? s.source.promptIds : [],
      revealed: false,
    })),
  });
  return session;
}

async function seed() {
  const prompt = await createPrompt({
    pillar: 'power',
    category: 'pillar',
    kind: 'text',
    text: 'Whose voice is missing?',
  });
  const plan = await createPlan({
    name: 'Weekly',
    description: '',
    steps: [
      {
        id: 'round',
        kind: 'prompts',
        title: 'Talk it through',
        source: { type: 'prompts', promptIds: [prompt.id] },
        mode: 'round',
        timeBoxSec: 60,
      },
      {
        id: 'anon',
        kind: 'prompts',
        title: 'One more, privately',
        source: { type: 'prompts', promptIds: [prompt.id] },
        mode: 'anonymous',
        timeBoxSec: 60,
      },
      {
        id: 'commit',
        kind: 'commitments',
        title: 'Our commitments',
        mode: 'round',
        timeBoxSec: 60,
      },
    ],
  });
  const family = await createTeam('Family support');
  const youth = await createTeam('Youth outreach');
  const ana = await addMember(family.id, 'Ana');
  const first = await huddle(family, plan, [ana.id]);
  const base = { sessionId: first.id, promptId: prompt.id };
  await saveAnswer({ ...base, stepIndex: 0, memberId: ana.id, text: 'The <b>rota</b> ignores us' });
  await saveAnswer({ ...base, stepIndex: 1, memberId: null, text: 'Nobody asked about the rota' });
  await addCommitment(first.id, { text: 'Share the rota draft', owner: 'Ana' });
  await completeSession(first.id);
  const second = await huddle(youth, plan, []);
  await saveAnswer({
    sessionId: second.id,
    promptId: prompt.id,
    stepIndex: 0,
    memberId: null,
    text: 'A new rota for nights',
  });
  return { first, second, youth, promptId: prompt.id };
}

function results() {
  return screen.getByRole('list', { name: /Search results for/ });
}

beforeEach(async () => {
  await freshDatabase();
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  setSearchClientForTests(createSearchClient(inProcessPort));
});

afterEach(() => {
  setSearchClientForTests(null);
  engine = null;
  vi.useRealTimers();
});

describe('Search on History', () => {
  it('finds answers and commitments, marks the words, and links to the step', async () => {
    const user = userEvent.setup();
    const { first } = await seed();
    const router = renderHistory();
    const box = await screen.findByLabelText('Search answers and commitments');
    await user.type(box, 'rota');
    await screen.findByText('4 results for “rota”.');
    expect(router.state.location.search).toBe('?q=rota');
    // The list of huddles gives way to the results while searching.
    expect(screen.queryByRole('list', { name: 'Huddles, newest first' })).not.toBeInTheDocument();

    const items = within(results()).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    const attributed = items.find((li) => li.textContent?.includes('ignores us')) as HTMLElement;
    // Markup typed into an answer stays text; only the matched word is marked.
    expect(attributed).toHaveTextContent('Ana: The <b>rota</b> ignores us');
    expect(attributed.querySelector('b')).toBeNull();
    expect([...attributed.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['rota']);
    expect(attributed).toHaveTextContent('Whose voice is missing?');
    expect(within(attributed).getByRole('link')).toHaveAttribute(
      'href',
      `/history/${first.id}#step-0`,
    );
    expect(within(attributed).getByRole('link')).toHaveTextContent(
      /^Talk it through · Family support · /,
    );

    const anonymous = items.find((li) => li.textContent?.includes('Nobody asked')) as HTMLElement;
    expect(anonymous).not.toHaveTextContent('Ana');
    expect(anonymous.querySelector('.search-result-by')).toBeNull();
    expect(within(anonymous).getByRole('link')).toHaveAttribute(
      'href',
      `/history/${first.id}#step-1`,
    );

    const commitment = items.find((li) => li.textContent?.includes('Share the')) as HTMLElement;
    expect(commitment).toHaveTextContent('Commitment, taken on by Ana');
    expect(within(commitment).getByRole('link')).toHaveAttribute(
      'href',
      `/history/${first.id}#step-2`,
    );
  });

  it('narrows the search by the team filter and clears back to the list', async () => {
    const user = userEvent.setup();
    const { youth } = await seed();
    const router = renderHistory(`/history?team=${youth.id}&q=rota`);
    await screen.findByText('1 result for “rota”.');
    expect(within(results()).getByRole('listitem')).toHaveTextContent('A new rota for nights');
    expect(screen.getByLabelText('Search answers and commitments')).toHaveValue('rota');

    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    await screen.findByRole('list', { name: 'Huddles, newest first' });
    await vi.waitFor(() => expect(router.state.location.search).toBe(`?team=${youth.id}`));
  });

  it('finds an answer saved while the page is open', async () => {
    const user = userEvent.setup();
    const { second, promptId } = await seed();
    renderHistory('/history?q=zebra');
    await screen.findByText('No answers or commitments match “zebra”.');
    await saveAnswer({
      sessionId: second.id,
      stepIndex: 0,
      promptId,
      memberId: null,
      text: 'Zebra crossing by the door',
    });
    await screen.findByText('1 result for “zebra”.');
    expect(within(results()).getByRole('listitem')).toHaveTextContent('Zebra crossing by the door');
    await user.clear(screen.getByLabelText('Search answers and commitments'));
  });

  it('says so when the browser cannot run the search worker', async () => {
    setSearchClientForTests(createSearchClient(() => null));
    await seed();
    renderHistory('/history?q=rota');
    expect(await screen.findByText('Search is not available in this browser.')).toBeVisible();
  });
});

describe('search status while the index builds', () => {
  // Three hits (their content does not matter to the status line).
  const results = { query: 'rota', total: 3, hits: [{}, {}, {}] as never[], partial: true };

  it('says how many of the newest answers a partial result searched', () => {
    const status = { state: 'indexing', total: 500_000, done: 120_000 } as const;
    expect(searchStatusText(status, 'rota', results, null)).toBe(
      `3 results for “rota”. Searched the ${(120_000).toLocaleString()} newest of ${(500_000).toLocaleString()} answers and commitments; still indexing the rest…`,
    );
    expect(searchStatusText(status, '', null, null)).toMatch(/^Indexing .*newest first/);
    expect(searchStatusText({ ...status, done: 0 }, '', null, null)).toBe(
      `Indexing ${(500_000).toLocaleString()} answers and commitments…`,
    );
  });

  it('shows a progress bar while indexing and none once built', async () => {
    const { rerender } = render(
      <SearchBox
        text=""
        onTextChange={() => undefined}
        statusText=""
        note={null}
        progress={{ done: 2, total: 8 }}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Search index built so far' });
    expect(bar).toHaveAttribute('value', '2');
    expect(bar).toHaveAttribute('max', '8');
    rerender(
      <SearchBox
        text=""
        onTextChange={() => undefined}
        statusText=""
        note={null}
        progress={null}
      />,
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
