import { useMemo } from 'react';
import { useActiveSessions, useMemberCounts, useTeams } from '../../db/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { ArchivedTeams } from './ArchivedTeams';
import { CreateTeamForm } from './CreateTeamForm';
import { TeamList } from './TeamList';

export function HomeRoute() {
  const teams = useTeams();
  const active = useActiveSessions();
  const memberCounts = useMemberCounts();
  const activeByTeam = useMemo(() => new Map((active ?? []).map((s) => [s.teamId, s])), [active]);

  if (teams === undefined || active === undefined || memberCounts === undefined) {
    return (
      <div className="page">
        <h1>Teams</h1>
        <p aria-live="polite">Loading teams…</p>
      </div>
    );
  }
  const current = teams.filter((t) => !t.archived);
  const archived = teams.filter((t) => t.archived);
  const lists = { memberCounts, activeByTeam };
  return (
    <div className="page">
      <h1>Teams</h1>
      <p className="lead">
        Run short, structured reflection huddles with your team. Everything is kept on this device.
      </p>
      <CreateTeamForm />
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
    </div>
  );
}
