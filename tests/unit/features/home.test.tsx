import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../../src/db/library';
import { getSession } from '../../../src/db/queries';
import { startSession } from '../../../src/db/sessions';
import { addMember, createTeam, setMemberArchived, setTeamArchived } from '../../../src/db/teams';
import type { Session, Team } from '../../../src/domain/types';
import { HomeRoute } from '../../../src/features/home/HomeRoute';
import { freshDatabase } from '../db/testDb';

function renderHome() {
  const router = createMemoryRouter([
    { path: '/', element: <HomeRoute /> },
    { path: '/teams/:teamId', element: <p>Team page</p> },
    { path: '/facilitate', element: <p>Facilitate page</p> },
    { path: '/facilitate/:sessionId', element: <p>Huddle page</p> },
  ]);
  render(<RouterProvider router={router} />);
  return router;
}

async function startHuddle(team: Team): Promise<Session> {
  const plan = await createPlan({
    name: 'Quick check-in',
    description: '',
    steps: [{ id: 's1', kind: 'commitments', title: 'Commitments', mode: 'round', timeBoxSec: 60 }],
  });
  return startSession({
    teamId: team.id,
    plan,
    steps: [
      {
        planStepId: 's1',
        kind: 'commitments',
        title: 'Commitments',
        mode: 'round',
        timeBoxSec: 60,
        promptIds: [],
        revealed: false,
      },
    ],
    attendance: [],
  });
}

async function card(teamName: string, listName = 'Teams') {
  const list = await screen.findByRole('list', { name: listName });
  const link = await within(list).findByRole('link', { name: teamName });
  const item = link.closest('li');
  if (!item) throw new Error('no card');
  return item;
}

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
});

describe('Home', () => {
  it('guides a first-time user, then lists a created team', async () => {
    const user = userEvent.setup();
    renderHome();
    expect(await screen.findByRole('heading', { name: 'No teams yet' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Team name'), 'Family support');
    await user.click(screen.getByRole('button', { name: 'Create team' }));
    const list = await screen.findByRole('list', { name: 'Teams' });
    expect(within(list).getByText('Family support')).toBeInTheDocument();
    expect(screen.getByLabelText('Team name')).toHaveValue('');
  });

  it('shows a clear message for an empty name and writes nothing', async () => {
    const user = userEvent.setup();
    renderHome();
    await screen.findByRole('heading', { name: 'No teams yet' });
    await user.click(screen.getByRole('button', { name: 'Create team' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Team name cannot be empty.');
    expect(screen.getByLabelText('Team name')).toHaveAttribute('aria-invalid', 'true');
  });

  it('links each team card to its page, counts current people and offers a huddle', async () => {
    const user = userEvent.setup();
    const team = await createTeam('Family support');
    await addMember(team.id, 'Ana');
    await addMember(team.id, 'Ben');
    const gone = await addMember(team.id, 'Cleo');
    await setMemberArchived(gone.id, true);
    const router = renderHome();
    const item = await card('Family support');
    expect(within(item).getByText('2 people')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: /^Start a huddle/ })).toHaveAttribute(
      'href',
      `/facilitate?team=${team.id}`,
    );
    expect(within(item).queryByText('Huddle in progress')).not.toBeInTheDocument();
    await user.click(within(item).getByRole('link', { name: 'Family support' }));
    expect(await screen.findByText('Team page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/teams/${team.id}`);
  });

  it('shows a huddle in progress with Resume, and closes it only after confirming', async () => {
    const user = userEvent.setup();
    const team = await createTeam('Youth outreach');
    const session = await startHuddle(team);
    renderHome();
    const item = await card('Youth outreach');
    expect(within(item).getByText('Huddle in progress')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: /^Resume/ })).toHaveAttribute(
      'href',
      `/facilitate/${session.id}`,
    );
    expect(within(item).queryByRole('link', { name: /^Start a huddle/ })).not.toBeInTheDocument();

    // First press only asks, and says the answers are kept; cancelling changes nothing.
    await user.click(within(item).getByRole('button', { name: /^Close it/ }));
    expect(within(item).getByText(/Every answer given so far is kept/)).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Yes, close the huddle' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(item).getByRole('button', { name: /^Close it/ })).toHaveFocus();
    expect((await getSession(session.id))?.status).toBe('active');

    await user.click(within(item).getByRole('button', { name: /^Close it/ }));
    await user.click(within(item).getByRole('button', { name: 'Yes, close the huddle' }));
    expect(await within(item).findByRole('link', { name: /^Start a huddle/ })).toBeInTheDocument();
    expect(within(item).queryByText('Huddle in progress')).not.toBeInTheDocument();
    const stored = await getSession(session.id);
    expect(stored?.status).toBe('abandoned');
    expect(stored?.endedAt).not.toBeNull();
  });

  it('keeps archived teams apart, in a folded section', async () => {
    await createTeam('Family support');
    const old = await createTeam('Old pilot team');
    await setTeamArchived(old.id, true);
    renderHome();
    const teams = await screen.findByRole('list', { name: 'Teams' });
    await within(teams).findByRole('link', { name: 'Family support' });
    expect(within(teams).queryByText('Old pilot team')).not.toBeInTheDocument();
    expect(screen.getByText('Archived teams (1)')).toBeInTheDocument();
    const item = await card('Old pilot team', 'Archived teams');
    expect(within(item).queryByRole('link', { name: /^Start a huddle/ })).not.toBeInTheDocument();
  });

  it('has no detectable accessibility problems with a huddle in progress', async () => {
    const user = userEvent.setup();
    const team = await createTeam('Youth outreach');
    await startHuddle(team);
    const old = await createTeam('Old pilot team');
    await setTeamArchived(old.id, true);
    renderHome();
    const item = await card('Youth outreach');
    expect(await axeViolations()).toEqual([]);
    await user.click(within(item).getByRole('button', { name: /^Close it/ }));
    expect(await axeViolations()).toEqual([]);
  });
});
