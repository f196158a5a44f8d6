import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../../src/db/library';
import { getTeam, listMembers } from '../../../src/db/queries';
import { completeSession, startSession } from '../../../src/db/sessions';
import { addMember, createTeam, setTeamAgreements } from '../../../src/db/teams';
import { DEFAULT_AGREEMENTS } from '../../../src/domain/library/agreements';
import type { Team } from '../../../src/domain/types';
import { TeamRoute } from '../../../src/features/home/TeamRoute';
import { freshDatabase } from '../db/testDb';

function renderTeam(teamId: string) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <p>Home page</p> },
      { path: '/teams/:teamId', element: <TeamRoute /> },
      { path: '/history/:sessionId', element: <p>Summary page</p> },
    ],
    { initialEntries: [`/teams/${teamId}`] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

let team: Team;

async function axeViolations() {
  const results = await axe.run(document.body, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    // jsdom has no layout, so contrast is checked in the browser tests instead.
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

beforeEach(async () => {
  await freshDatabase();
  team = await createTeam('Family support');
});

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('Team page', () => {
  it('says so when the team is not on this device', async () => {
    renderTeam('no-such-team');
    expect(await screen.findByRole('heading', { name: 'Team not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all teams' })).toHaveAttribute('href', '/');
  });

  it('renames the team and offers to start a huddle', async () => {
    const user = userEvent.setup();
    renderTeam(team.id);
    await screen.findByRole('heading', { level: 1, name: 'Family support' });
    expect(screen.getByRole('link', { name: 'Start a huddle' })).toHaveAttribute(
      'href',
      `/facilitate?team=${team.id}`,
    );
    const name = screen.getByLabelText('Team name');
    await user.clear(name);
    await user.type(name, '  Family   support team ');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Family support team' }),
    ).toBeInTheDocument();
    expect((await getTeam(team.id))?.name).toBe('Family support team');
    expect(screen.getByText('Name saved.')).toBeInTheDocument();

    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Team name cannot be empty.');
    expect((await getTeam(team.id))?.name).toBe('Family support team');
  });

  it('archives the team only after confirming, and brings it back', async () => {
    const user = userEvent.setup();
    renderTeam(team.id);
    await user.click(await screen.findByRole('button', { name: 'Archive team' }));
    expect(screen.getByText(/answers are all kept/)).toBeInTheDocument();
    expect((await getTeam(team.id))?.archived).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Yes, archive the team' }));
    expect(await screen.findByText(/This team is archived/)).toBeInTheDocument();
    expect((await getTeam(team.id))?.archived).toBe(true);
    expect(screen.queryByRole('link', { name: 'Start a huddle' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bring team back' }));
    await user.click(screen.getByRole('button', { name: 'Yes, bring it back' }));
    expect(await screen.findByRole('link', { name: 'Start a huddle' })).toBeInTheDocument();
    expect((await getTeam(team.id))?.archived).toBe(false);
  });

  it('adds, renames and archives people, who keep their records', async () => {
    const user = userEvent.setup();
    renderTeam(team.id);
    expect(await screen.findByText(/No one here yet/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.type(screen.getByLabelText('Name'), 'Ben{Enter}');
    const people = await screen.findByRole('list', { name: 'People' });
    await within(people).findByRole('button', { name: 'Rename Ben' });
    expect(screen.getByLabelText('Name')).toHaveValue('');
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect((await listMembers(team.id)).map((m) => m.name)).toEqual(['Ana', 'Ben']);

    await user.click(within(people).getByRole('button', { name: 'Rename Ben' }));
    const rename = screen.getByLabelText('New name for Ben');
    expect(rename).toHaveFocus();
    await user.clear(rename);
    await user.type(rename, 'Benedict{Enter}');
    expect(
      await within(people).findByText('Benedict', { selector: '.row-main bdi' }),
    ).toBeInTheDocument();
    expect(within(people).getByRole('button', { name: 'Rename Benedict' })).toHaveFocus();

    await user.click(within(people).getByRole('button', { name: 'Archive Ana' }));
    const archived = await screen.findByRole('list', { name: 'Archived people' });
    expect(within(archived).getByText('Ana', { selector: '.row-main bdi' })).toBeInTheDocument();
    expect(
      within(people).queryByText('Ana', { selector: '.row-main bdi' }),
    ).not.toBeInTheDocument();
    const stored = await listMembers(team.id);
    expect(stored.map((m) => [m.name, m.archived])).toEqual([
      ['Ana', true],
      ['Benedict', false],
    ]);

    await user.click(within(archived).getByRole('button', { name: 'Bring back Ana' }));
    expect(
      await within(people).findByText('Ana', { selector: '.row-main bdi' }),
    ).toBeInTheDocument();
    expect((await listMembers(team.id)).every((m) => !m.archived)).toBe(true);
  });

  it('edits, reorders, removes and adds agreements, then saves them', async () => {
    const user = userEvent.setup();
    await setTeamAgreements(team.id, ['One voice at a time.', 'Anyone may pass.', 'Be kind.']);
    renderTeam(team.id);
    const agreements = await screen.findByRole('list', { name: 'Agreements' });
    const first = within(agreements).getByLabelText('Agreement 1');
    expect(first).toHaveValue('One voice at a time.');

    await user.clear(first);
    await user.type(first, 'One voice at a time, please.');
    const moveUp = within(agreements).getByRole('button', { name: 'Move up agreement 2' });
    await user.click(moveUp);
    // Focus follows the moved line, so the key can be pressed again.
    expect(within(agreements).getByRole('button', { name: 'Move up agreement 1' })).toHaveFocus();
    await user.click(within(agreements).getByRole('button', { name: 'Remove agreement 3' }));
    await user.type(screen.getByLabelText('New agreement'), 'Phones face down.');
    await user.click(screen.getByRole('button', { name: 'Add agreement' }));
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
    // Nothing is stored before "Save agreements".
    expect((await getTeam(team.id))?.agreements).toEqual([
      'One voice at a time.',
      'Anyone may pass.',
      'Be kind.',
    ]);

    await user.click(screen.getByRole('button', { name: 'Save agreements' }));
    expect(await screen.findByText('Agreements saved.')).toBeInTheDocument();
    expect((await getTeam(team.id))?.agreements).toEqual([
      'Anyone may pass.',
      'One voice at a time, please.',
      'Phones face down.',
    ]);
    expect(screen.queryByText('You have unsaved changes.')).not.toBeInTheDocument();
  });

  it('resets agreements to the suggested defaults', async () => {
    const user = userEvent.setup();
    await setTeamAgreements(team.id, []);
    renderTeam(team.id);
    expect(await screen.findByText(/No agreements yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await user.click(screen.getByRole('button', { name: 'Yes, use the defaults' }));
    await user.click(screen.getByRole('button', { name: 'Save agreements' }));
    await screen.findByText('Agreements saved.');
    expect((await getTeam(team.id))?.agreements).toEqual(DEFAULT_AGREEMENTS);
  });

  it('lists recent huddles with date, plan and status, linking to their summaries', async () => {
    const user = userEvent.setup();
    const ana = await addMember(team.id, 'Ana');
    const plan = await createPlan({
      name: 'Quick check-in',
      description: '',
      steps: [{ id: 's1', kind: 'commitments', title: 'Commit', mode: 'round', timeBoxSec: 60 }],
    });
    const session = await startSession({
      teamId: team.id,
      plan,
      steps: [
        {
          planStepId: 's1',
          kind: 'commitments',
          title: 'Commit',
          mode: 'round',
          timeBoxSec: 60,
          promptIds: [],
          revealed: false,
        },
      ],
      attendance: [ana.id],
    });
    await completeSession(session.id);
    const router = renderTeam(team.id);
    const recent = await screen.findByRole('list', { name: 'Recent huddles' });
    const item = within(recent).getByRole('listitem');
    expect(within(item).getByText('Completed')).toBeInTheDocument();
    const link = within(item).getByRole('link', { name: /Quick check-in/ });
    expect(link).toHaveAttribute('href', `/history/${session.id}`);
    await user.click(link);
    expect(await screen.findByText('Summary page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/history/${session.id}`);
  });

  it('explains an empty history', async () => {
    renderTeam(team.id);
    expect(await screen.findByText(/No huddles yet/)).toBeInTheDocument();
    expect(section('Recent huddles')).toBeInTheDocument();
  });

  it('has no detectable accessibility problems', async () => {
    const user = userEvent.setup();
    await addMember(team.id, 'Ana');
    renderTeam(team.id);
    await screen.findByRole('list', { name: 'Agreements' });
    await screen.findByRole('list', { name: 'People' });
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Rename Ana' }));
    await user.click(screen.getByRole('button', { name: 'Archive team' }));
    expect(await axeViolations()).toEqual([]);
  });
});
