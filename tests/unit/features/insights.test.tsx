import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { MIN_HUDDLES_KEY } from '../../../src/db/insights';
import { InsightsRoute } from '../../../src/features/insights/InsightsRoute';
import {
  type InsightsServices,
  InsightsServicesProvider,
} from '../../../src/features/insights/InsightsServices';
import { freshDatabase } from '../db/testDb';
import { type Fixture, inProcessServices, MEMBER_NAME, seedTeamHistory } from './insightsFixture';

// uPlot draws on a canvas, which jsdom cannot; the charts' text alternatives are rendered by
// TrendChart around it and are still checked here.
vi.mock('../../../src/features/insights/UPlotChart', () => ({
  UPlotChart: () => <div data-testid="chart" />,
}));

function renderInsights(path: string, services: InsightsServices = inProcessServices()) {
  const router = createMemoryRouter(
    [
      {
        path: '/insights',
        element: (
          <InsightsServicesProvider services={services}>
            <InsightsRoute />
          </InsightsServicesProvider>
        ),
      },
      { path: '/history/:sessionId', element: <p>Summary page</p> },
      { path: '/facilitate', element: <p>Facilitate page</p> },
      { path: '/settings', element: <p>Settings page</p> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    // jsdom cannot compute colours; the browser tests check contrast.
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
  ).toEqual([]);
}

let fixture: Fixture;

describe('Insights with no huddles', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('says there is nothing yet and points to Facilitate and the sample data', async () => {
    renderInsights('/insights');
    const empty = await screen.findByRole('region', { name: 'No huddles yet' });
    expect(within(empty).getByRole('link', { name: 'Run a huddle' })).toHaveAttribute(
      'href',
      '/facilitate',
    );
    expect(within(empty).getByRole('link', { name: 'Settings' })).toHaveAttribute(
      'href',
      '/settings',
    );
  });
});

describe('Insights for one team', () => {
  beforeEach(async () => {
    await freshDatabase();
    fixture = await seedTeamHistory();
  });

  it('shows progress while the theme worker computes, then the themes by trend', async () => {
    let finish: (() => void) | undefined;
    const real = inProcessServices();
    const services = inProcessServices({
      analyseThemes: (request, onProgress) =>
        new Promise((resolve, reject) => {
          onProgress?.(0.4);
          finish = () => real.analyseThemes(request).then(resolve, reject);
        }),
    });
    renderInsights(`/insights?team=${fixture.team.id}&range=3m&period=week`, services);
    const bar = await screen.findByRole('progressbar', { name: 'Finding themes in the answers' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '40'));
    expect(screen.getByText(/Finding themes in the answers… 40%/)).toBeInTheDocument();
    await waitFor(() => expect(finish).toBeDefined());
    finish?.();

    const link = await screen.findByRole('link', { name: /^paperwork: show its answers$/i });
    const card = link.closest('li') as HTMLElement;
    expect(within(card).getByText(/5 answers · 5 huddles/)).toBeInTheDocument();
    expect(within(card).getByText(/Shift Power \(5\)/)).toBeInTheDocument();
    expect(within(card).getByRole('img', { name: /Answers per week/ })).toBeInTheDocument();
    expect(
      screen.queryByRole('progressbar', { name: 'Finding themes in the answers' }),
    ).not.toBeInTheDocument();
    // "rota" came from only two huddles: held back, and said so.
    expect(screen.queryByRole('link', { name: /^rota/i })).not.toBeInTheDocument();
    expect(screen.getByText(/held back because .* fewer than 3 huddles or answers/)).toBeVisible();
  });

  it('drills into a theme: its answers with the words marked, dates, huddle links, no names', async () => {
    const user = userEvent.setup();
    const router = renderInsights(`/insights?team=${fixture.team.id}&range=3m`);
    await user.click(await screen.findByRole('link', { name: /^paperwork: show its answers$/i }));
    const drill = await screen.findByRole('region', { name: 'Answers behind “paperwork”' });
    expect(router.state.location.search).toContain('theme=');
    await waitFor(() => expect(within(drill).getAllByRole('listitem').length).toBe(5));
    const marks = drill.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent?.toLowerCase())).toEqual(
      expect.arrayContaining(['paperwork']),
    );
    expect(marks.length).toBeGreaterThanOrEqual(5);
    const links = within(drill).getAllByRole('link', { name: /^Huddle of / });
    expect(links[0]?.getAttribute('href')).toMatch(/^\/history\/session-/);
    expect(drill.textContent).not.toContain(MEMBER_NAME);
    expect(document.body.textContent).not.toContain(MEMBER_NAME);
    expect(document.activeElement).toHaveTextContent('Answers behind “paperwork”');

    await user.click(within(drill).getByRole('button', { name: '← All themes' }));
    await screen.findByRole('heading', { name: /^Recurring/ });
  });

  it('names a suggestion, tags an answer to it from the drill-down, and hides another', async () => {
    const user = userEvent.setup();
    renderInsights(`/insights?team=${fixture.team.id}&range=3m`);
    const link = await screen.findByRole('link', { name: /^paperwork: show its answers$/i });
    const card = link.closest('li') as HTMLElement;
    await user.click(within(card).getByRole('button', { name: 'Name this theme' }));
    const name = within(card).getByLabelText('Theme name');
    expect(name).toHaveValue('paperwork');
    expect((within(card).getByLabelText('Words that mark it') as HTMLInputElement).value).toContain(
      'paperwork',
    );
    await user.clear(name);
    await user.type(name, 'Paperwork burden');
    await user.click(within(card).getByRole('button', { name: 'Save named theme' }));

    const named = await screen.findByRole('region', { name: 'Named themes' });
    const namedLink = await within(named).findByRole('link', {
      name: /^Paperwork burden: show its answers$/,
    });
    const stored = await db.themes.toArray();
    expect(stored).toEqual([
      expect.objectContaining({ label: 'Paperwork burden', curated: true, hidden: false }),
    ]);

    // Tag the first answer of the named theme to it by hand (it is already matched; the tag is
    // still recorded), then take the tag off.
    await user.click(namedLink);
    const drill = await screen.findByRole('region', { name: 'Answers behind “Paperwork burden”' });
    await waitFor(() => expect(within(drill).getAllByRole('listitem').length).toBeGreaterThan(0));
    const first = within(drill).getAllByRole('listitem')[0] as HTMLElement;
    await user.selectOptions(
      within(first).getByLabelText('Tag to a named theme'),
      'Paperwork burden',
    );
    await user.click(within(first).getByRole('button', { name: 'Tag' }));
    await within(first).findByRole('button', { name: 'Remove tag “Paperwork burden”' });
    expect(await db.responseThemes.count()).toBe(1);
    await user.click(within(first).getByRole('button', { name: 'Remove tag “Paperwork burden”' }));
    await waitFor(async () => expect(await db.responseThemes.count()).toBe(0));

    await user.click(within(drill).getByRole('button', { name: '← All themes' }));
    await screen.findByRole('region', { name: 'Named themes' });
    await user.click(screen.getByRole('button', { name: 'Hide “Paperwork burden”' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('link', { name: /^Paperwork burden: show its answers$/ }),
      ).not.toBeInTheDocument(),
    );
    expect(await db.themes.get(stored[0]?.id ?? '')).toMatchObject({ hidden: true });
  });

  it('hides a suggestion as a hidden theme record keyed by the suggestion', async () => {
    const user = userEvent.setup();
    renderInsights(`/insights?team=${fixture.team.id}&range=3m`);
    await screen.findByRole('link', { name: /^paperwork: show its answers$/i });
    await user.click(screen.getByRole('button', { name: 'Hide “paperwork”' }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: /^paperwork: show its answers$/i })).toBeNull(),
    );
    const [record] = await db.themes.toArray();
    expect(record).toMatchObject({ curated: false, hidden: true, label: 'paperwork' });
    expect(record?.keywords).toHaveLength(1);

    await user.click(screen.getByText('Theme settings and hidden themes'));
    await user.click(screen.getByRole('button', { name: 'Show again “paperwork”' }));
    await screen.findByRole('link', { name: /^paperwork: show its answers$/i });
  });

  it('raises the minimum huddles (never below 3) and holds more back', async () => {
    const user = userEvent.setup();
    renderInsights(`/insights?team=${fixture.team.id}&range=3m`);
    await screen.findByRole('link', { name: /^paperwork: show its answers$/i });
    await user.click(screen.getByText('Theme settings and hidden themes'));
    const input = screen.getByLabelText('Minimum huddles before a theme is shown');
    expect(input).toHaveValue(3);
    await user.clear(input);
    await user.type(input, '2');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('from 3 to 52');
    await user.clear(input);
    await user.type(input, '6');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.settings.get(MIN_HUDDLES_KEY))?.value).toBe(6));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: /^paperwork: show its answers$/i })).toBeNull(),
    );
    expect(screen.getByText(/fewer than 6 huddles or answers/)).toBeVisible();
  });

  it('shows the pillar rating trend with the change in words and withholds small periods', async () => {
    renderInsights(`/insights?team=${fixture.team.id}&range=3m`);
    const pulse = await screen.findByRole('region', { name: 'How each pillar is trending' });
    const card = (
      await within(pulse).findByRole('heading', { name: 'Relationships First' })
    ).closest('li') as HTMLElement;
    // April's four huddles: 3,3 · 2,3,2 · 3,2,3 · 4,5,4 → 3.1; May's two: 5,4,4 · 4,5,5 → 4.5.
    expect(within(card).getByText(/out of 5 in May 2026/)).toBeInTheDocument();
    expect(within(card).getByText('4.5', { selector: '.pulse-mean' })).toBeInTheDocument();
    expect(within(card).getByText(/Better than Apr 2026 \(3\.1\)/)).toBeInTheDocument();
    const chart = within(card).getByRole('img', { name: /average rating out of 5 per month/ });
    expect(chart.getAttribute('aria-label')).toMatch(/Mar 2026: too few to show safely/);
    expect(chart.getAttribute('aria-label')).toMatch(/Apr 2026: 3\.1; May 2026: 4\.5/);
    // No other item was rated: each says so rather than showing a number.
    const safe = within(pulse).getByRole('heading', { name: 'I feel safe and protected at work.' });
    expect(safe.closest('li')).toHaveTextContent('Too few to show safely');
  });

  it('withholds a week with fewer than 3 ratings and never compares with it', async () => {
    renderInsights(`/insights?team=${fixture.team.id}&range=3m&period=week`);
    const pulse = await screen.findByRole('region', { name: 'How each pillar is trending' });
    const card = (
      await within(pulse).findByRole('heading', { name: 'Relationships First' })
    ).closest('li') as HTMLElement;
    const chart = within(card).getByRole('img', { name: /per week/ });
    // The first huddle's week had two ratings: held back; the next week is the first shown.
    expect(chart.getAttribute('aria-label')).toMatch(
      /2026-W14: too few to show safely; 2026-W15: 2\.3/,
    );
    const rows = within(card)
      .getAllByRole('row')
      .map((r) => r.textContent ?? '');
    expect(rows.find((r) => r.startsWith('2026-W14'))).toMatch(/too few to show safely/);
    expect(rows.find((r) => r.startsWith('2026-W15'))).toMatch(/2\.3.*—/);
    expect(rows.find((r) => r.startsWith('2026-W16'))).toMatch(/2\.7.*Better/);
    expect(rows.find((r) => r.startsWith('2026-W17'))).toMatch(/4\.3.*Better/);
  });

  it('shows follow-through per period with the commitments behind it', async () => {
    const user = userEvent.setup();
    renderInsights(`/insights?team=${fixture.team.id}&range=3m`);
    const follow = await screen.findByRole('region', {
      name: 'Walking the talk: commitments followed through',
    });
    expect(
      await within(follow).findByText(
        /Across the range: 3 of 4 commitments reviewed were done \(75%\)/,
      ),
    ).toBeInTheDocument();
    await user.click(within(follow).getByText('Waiting for review'));
    expect(within(follow).getByText('Try one paperwork-free afternoon')).toBeVisible();
    const april = within(follow).getByText('Apr 2026').closest('details') as HTMLElement;
    await user.click(within(april).getByText('Apr 2026'));
    const rows = within(april).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Book the van service\s*Sam\s*Dropped/)]),
    );
  });

  it('keeps the controls in the address and has no axe violations', async () => {
    const user = userEvent.setup();
    const router = renderInsights(`/insights?team=${fixture.team.id}`);
    await screen.findByRole('link', { name: /^paperwork: show its answers$/i });
    await user.selectOptions(screen.getByLabelText('Group by'), 'week');
    await user.selectOptions(screen.getByLabelText('Range'), '3m');
    await user.selectOptions(screen.getByLabelText('Pillar'), 'power');
    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toEqual({
      team: fixture.team.id,
      period: 'week',
      range: '3m',
      pillar: 'power',
    });
    await screen.findByRole('link', { name: /^paperwork: show its answers$/i });
    await expectNoAxeViolations(document.body);
  });
});

describe('Insights across teams', () => {
  beforeEach(async () => {
    await freshDatabase();
    fixture = await seedTeamHistory();
  });

  it('compares teams in a heat map table with the same privacy floor, and top themes', async () => {
    renderInsights('/insights?range=3m');
    const table = await screen.findByRole('table', { name: /Average rating \(1 to 5\)/ });
    const harbour = within(table).getByRole('row', { name: /Harbour team/ });
    const cells = within(harbour).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(
      /3\.6 out of 5 for Relationships First, Harbour team, from 17 ratings/,
    );
    expect(cells[0]?.className).toMatch(/heat-3/);
    expect(cells[1]).toHaveTextContent(/too few to show safely/);
    expect(within(harbour).getByText('75%')).toBeInTheDocument();
    const quay = within(table).getByRole('row', { name: /Quay team/ });
    expect(within(quay).getAllByRole('cell')[0]).toHaveTextContent(/too few/);

    const top = await screen.findByRole('region', { name: 'Top recurring themes per team' });
    await waitFor(() => expect(within(top).queryByRole('progressbar')).not.toBeInTheDocument());
    expect(within(top).getByRole('heading', { name: 'Harbour team' })).toBeInTheDocument();
    await expectNoAxeViolations(document.body);
  });
});
