import { useMemo } from 'react';
import { useActiveSessions, useMemberCounts, useTeams } from '../../db/hooks';
import type { Team } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { ArchivedTeams } from './ArchivedTeams';
import { CreateTeamForm } from './CreateTeamForm';
import { TeamList, type TeamListProps } from './TeamList';

export function HomeRoute() {
  const teams = useTeams();
  const active = useActiveSessions();
  const memberCounts = useMemberCounts();
  const activeByTeam = useMemo(() => new Map((active ?? []).map((s) => [s.teamId, s])), [active]);

  const loaded = teams !== undefined && active !== undefined && memberCounts !== undefined;
  // The heading, lead and form do not wait for the list: the page keeps its shape while the
  // teams load (no jump of everything below on a slow phone).
  return (
    <div className="page">
      <h1>Teams</h1>
      <p className="lead">
        Run short, structured reflection huddles with your team. Everything is kept on this device.
      </p>
      <CreateTeamForm />
      {loaded ? (
        <Teams teams={teams} lists={{ memberCounts, activeByTeam }} />
      ) : (
        <p aria-live="polite">Loading teams…</p>
      )}
    </div>
  );
}

function Teams({ teams, lists }: { teams: Team[]; lists: Omit<TeamListProps, 'teams'> }) {
  const current = teams.filter((t) => !t.archived);
  const archived = teams.filter((t) => t.archived);
  return (
    <>
      {current.length === 0 ? (
        <EmptyState title={archived.length ? 'No active teams' : 'No teams yet'}>
          <p>
            Create {archived.length ? 'a team' : 'your first team'} above: a name is enough. Then
            open it to add the people who usually come, and start a huddle.
          </p>
        </EmptyState>
      ) : (
        <TeamList teams={current} {...lists} />
      )}
      <ArchivedTeams teams={archived} {...lists} />
    </>
  );
}
