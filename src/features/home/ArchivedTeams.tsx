import { TeamCard } from './TeamCard';
import type { TeamListProps } from './TeamList';

/** Archived teams, folded away: their history is kept and each can be brought back. */
export function ArchivedTeams({ teams, memberCounts, activeByTeam }: TeamListProps) {
  if (teams.length === 0) return null;
  return (
    <details className="fold">
      <summary>Archived teams ({teams.length})</summary>
      <p className="muted">
        Archived teams keep their people and huddle history. Open one to bring it back.
      </p>
      <ul className="card-list" aria-label="Archived teams">
        {teams.map((team) => (
          <TeamCard
            key={team.id}
            team={team}
            memberCount={memberCounts[team.id] ?? 0}
            active={activeByTeam.get(team.id)}
          />
        ))}
      </ul>
    </details>
  );
}
