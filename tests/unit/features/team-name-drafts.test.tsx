import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { listDraftScopes, readDraft } from '../../../src/db/drafts';
import { getTeam, listMembers, listTeams } from '../../../src/db/queries';
import { createTeam, renameTeam } from '../../../src/db/teams';
import type { Team } from '../../../src/domain/types';
import { HomeRoute } from '../../../src/features/home/HomeRoute';
import { TeamRoute } from '../../../src/features/home/TeamRoute';
import { freshDatabase } from '../db/testDb';

/** Home, a team's page and one other page, to leave and come back. */
function renderApp(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <HomeRoute /> },
      { path: '/teams/:teamId', element: <TeamRoute /> },
      { path: '/elsewhere', element: <h1>Elsewhere</h1> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

async function leaveAndComeBack(router: ReturnType<typeof renderApp>, back: string) {
  await act(() => router.navigate('/elsewhere'));
  await screen.findByRole('heading', { name: 'Elsewhere' });
  await act(() => router.navigate(back));
}

let team: Team;

beforeEach(async () => {
  await freshDatabase();
  team = await createTeam('Family support');
});

describe('names typed but not saved are kept as drafts', () => {
  it('a new team name comes back after leaving the page, and goes once the team is created', async () => {
    const user = userEvent.setup();
    const router = renderApp('/');
    const form = () => within(screen.getByRole('form', { name: 'Create a team' }));
    await user.type(form().getByLabelText('Team name'), 'Night shift');
    await leaveAndComeBack(router, '/');
    await screen.findByRole('form', { name: 'Create a team' });
    await waitFor(() => expect(form().getByLabelText('Team name')).toHaveValue('Night shift'));

    await user.click(form().getByRole('button', { name: 'Create team' }));
    await waitFor(async () =>
      expect((await listTeams()).map((t) => t.name)).toContain('Night shift'),
    );
    await waitFor(() => expect(form().getByLabelText('Team name')).toHaveValue(''));
    await waitFor(async () => expect(await listDraftScopes('team-name')).toEqual([]));
  });

  it('a person’s name typed but not added comes back, per team, until added', async () => {
    const user = userEvent.setup();
    const router = renderApp(`/teams/${team.id}`);
    const form = () => within(screen.getByRole('form', { name: 'Add a person' }));
    await screen.findByRole('form', { name: 'Add a person' });
    await user.type(form().getByLabelText('Name'), 'Ana');
    await leaveAndComeBack(router, `/teams/${team.id}`);
    await screen.findByRole('form', { name: 'Add a person' });
    await waitFor(() => expect(form().getByLabelText('Name')).toHaveValue('Ana'));
    expect(await readDraft({ kind: 'member-name', scope: team.id })).toBe('Ana');

    await user.click(form().getByRole('button', { name: 'Add person' }));
    await waitFor(async () =>
      expect((await listMembers(team.id)).map((m) => m.name)).toEqual(['Ana']),
    );
    await waitFor(() => expect(form().getByLabelText('Name')).toHaveValue(''));
    await waitFor(async () => expect(await listDraftScopes('member-name')).toEqual([]));
  });

  it('a new team name typed in settings comes back until saved; a rename elsewhere is followed', async () => {
    const user = userEvent.setup();
    const router = renderApp(`/teams/${team.id}`);
    const form = () => within(screen.getByRole('form', { name: 'Rename the team' }));
    await screen.findByRole('form', { name: 'Rename the team' });
    await waitFor(() => expect(form().getByLabelText('Team name')).toHaveValue('Family support'));
    // Renamed in another tab while the field is untouched: the field follows, no draft is made.
    await act(() => renameTeam(team.id, 'Family team'));
    await waitFor(() => expect(form().getByLabelText('Team name')).toHaveValue('Family team'));
    await waitFor(async () => expect(await listDraftScopes('team-name')).toEqual([]));

    const field = form().getByLabelText('Team name');
    await user.clear(field);
    await user.type(field, 'Family support East');
    await leaveAndComeBack(router, `/teams/${team.id}`);
    await screen.findByRole('form', { name: 'Rename the team' });
    await waitFor(() =>
      expect(form().getByLabelText('Team name')).toHaveValue('Family support East'),
    );
    expect((await getTeam(team.id))?.name).toBe('Family team');

    await user.click(form().getByRole('button', { name: 'Save name' }));
    await waitFor(async () => expect((await getTeam(team.id))?.name).toBe('Family support East'));
    await waitFor(async () => expect(await listDraftScopes('team-name')).toEqual([]));
    await leaveAndComeBack(router, `/teams/${team.id}`);
    await screen.findByRole('form', { name: 'Rename the team' });
    await waitFor(() =>
      expect(form().getByLabelText('Team name')).toHaveValue('Family support East'),
    );
  });
});
