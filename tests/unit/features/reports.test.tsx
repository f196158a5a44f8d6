import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPeriodRecord } from '../../../src/db/reports';
import { addMember, createTeam } from '../../../src/db/teams';
import type { Team } from '../../../src/domain/types';
import { ReportRoute } from '../../../src/features/reports/ReportRoute';
import { buildPeriodReport } from '../../../src/features/reports/reportModel';
import { periodRange, readReportParams } from '../../../src/features/reports/reportParams';
import { freshDatabase } from '../db/testDb';
import { type Library, reviewCommitment, seedHuddle, seedLibrary } from './reportsSeed';

const DAY = 86_400_000;
// Local times, so the yyyy-mm-dd period matches whatever the test machine's time zone.
const JAN_6 = new Date(2025, 0, 6, 9).getTime();
const FROM = '2025-01-01';
const TO = '2025-01-31';
let team: Team;
let lib: Library;

beforeEach(async () => {
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(JAN_6);
  team = await createTeam('Family support');
  lib = await seedLibrary();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Three huddles in January, one in February (outside), one still running in January. */
async function seedPeriod() {
  const ana = await addMember(team.id, 'Ana');
  const ben = await addMember(team.id, 'Ben');
  const cleo = await addMember(team.id, 'Cleo');
  const first = await seedHuddle(team.id, lib, {
    at: JAN_6,
    attendance: [ana.id, ben.id, cleo.id],
    texts: ['SECRET words one', 'SECRET words two'],
    passes: 1,
    ratings: [4, 5, 3],
    commitments: ['Ask two families before changing hours', 'Start a shared lunch'],
  });
  const second = await seedHuddle(team.id, lib, {
    at: JAN_6 + 7 * DAY,
    attendance: [ana.id, ben.id],
    ratings: [2],
    commitments: ['Rotate who chairs'],
  });
  const [families, lunch] = first.commitments;
  await reviewCommitment(families!.id, second.session.id, 'done');
  const carried = await reviewCommitment(lunch!.id, second.session.id, 'carried');
  const third = await seedHuddle(team.id, lib, { at: JAN_6 + 14 * DAY, attendance: [ana.id] });
  await reviewCommitment(carried!.id, third.session.id, 'in-progress');
  await seedHuddle(team.id, lib, { at: JAN_6 + 40 * DAY, ratings: [1, 1, 1] });
  await seedHuddle(team.id, lib, { at: JAN_6 + 20 * DAY, active: true, ratings: [1, 1, 1] });
}

async function reportFor(from = FROM, to = TO) {
  const range = periodRange({ teamId: team.id, from, to })!;
  const record = await getPeriodRecord(team.id, range.from, range.to);
  return buildPeriodReport(record!);
}

describe('period report model', () => {
  it('counts huddles, attendance and pillars in the period only', async () => {
    await seedPeriod();
    const report = await reportFor();
    expect(report.held).toBe(3);
    expect(report.huddles.map((h) => h.people)).toEqual([3, 2, 1]);
    expect(report.attendance).toMatchObject({ average: 2, fewest: 1, most: 3 });
    expect(report.huddles[0]).toMatchObject({ answers: 5, passes: 1, commitments: 2 });
    const power = report.pillars.find((p) => p.pillar === 'power');
    expect(power?.huddles).toBe(3);
  });

  it('averages ratings per pillar, withholding those under three ratings', async () => {
    await seedPeriod();
    const relationships = (await reportFor()).pillars.find((p) => p.pillar === 'relationships');
    expect(relationships).toMatchObject({ ratings: 4, average: 3.5 });
    const second = await reportFor('2025-01-13', '2025-01-13');
    expect(second.pillars.find((p) => p.pillar === 'relationships')).toMatchObject({
      ratings: 1,
      average: null,
    });
  });

  it('follows each commitment through carry-overs to its outcome', async () => {
    await seedPeriod();
    const report = await reportFor();
    expect(report.commitments.map((c) => [c.text, c.outcome, c.timesCarried])).toEqual([
      ['Ask two families before changing hours', 'done', 0],
      ['Start a shared lunch', 'in-progress', 1],
      ['Rotate who chairs', 'open', 0],
    ]);
    expect(report.outcomes).toMatchObject({ done: 1, 'in-progress': 1, open: 1, carried: 0 });
  });

  it('reads the period from the address, both days included', () => {
    const params = readReportParams(new URLSearchParams(`team=t&from=${FROM}&to=${TO}`), JAN_6);
    const range = periodRange(params)!;
    expect(range.from).toBe(new Date(2025, 0, 1).getTime());
    expect(range.to).toBe(new Date(2025, 1, 1).getTime());
    expect(periodRange({ teamId: 't', from: TO, to: FROM })).toBeNull();
    // No period given: the last three months.
    expect(readReportParams(new URLSearchParams('team=t'), JAN_6)).toEqual({
      teamId: 't',
      from: '2024-10-06',
      to: '2025-01-06',
    });
  });
});

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/reports', element: <ReportRoute /> },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('period report screen', () => {
  it('shows counts, never anyone’s words, and prints', async () => {
    await seedPeriod();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderAt(`/reports?team=${team.id}&from=${FROM}&to=${TO}`);
    await screen.findByRole('heading', { level: 1, name: /Family support: huddles/ });
    const overview = screen.getByRole('region', { name: 'Overview' });
    expect(overview).toHaveTextContent(/Huddles held\s*3/);
    expect(overview).toHaveTextContent('2.0 people on average (1 to 3)');
    const pillars = screen.getByRole('region', { name: 'Pillars' });
    expect(within(pillars).getByRole('row', { name: /Relationships First/ })).toHaveTextContent(
      '3.5 from 4 ratings',
    );
    const commitments = screen.getByRole('region', { name: /Commitments/ });
    expect(commitments).toHaveTextContent('In progress (carried over 1 time)');
    const huddles = screen.getByRole('region', { name: 'Huddles' });
    expect(within(huddles).getAllByRole('row')).toHaveLength(4);
    expect(document.body.textContent).not.toContain('SECRET');

    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalled();
  });

  it('withholds an average under three ratings', async () => {
    await seedPeriod();
    renderAt(`/reports?team=${team.id}&from=2025-01-13&to=2025-01-13`);
    const row = await screen.findByRole('row', { name: /Relationships First/ });
    expect(row).toHaveTextContent('Withheld (1 rating)');
  });

  it('asks for a team, and applies the form to the address', async () => {
    const user = userEvent.setup();
    await seedPeriod();
    const router = renderAt('/reports');
    await screen.findByText(/Choose a team and a period/);
    await user.selectOptions(screen.getByLabelText('Team'), team.id);
    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), FROM);
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), TO);
    await user.click(screen.getByRole('button', { name: 'Show report' }));
    await screen.findByRole('region', { name: 'Overview' });
    expect(router.state.location.search).toBe(`?team=${team.id}&from=${FROM}&to=${TO}`);
  });

  it('says so when nothing happened in the period', async () => {
    renderAt(`/reports?team=${team.id}&from=${FROM}&to=${TO}`);
    expect(await screen.findByText('No huddles were held in this period.')).toBeVisible();
  });
});
