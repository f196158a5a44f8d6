import type { Session, Team } from '../../domain/types';
import { TeamCard } from './TeamCard';

export interface TeamListProps {
  teams: Team[];
  memberCounts: Record<string, number>;
  activeByTeam: Map<string, Session>;
}

export function TeamList({ teams, memberCounts, activeByTeam }: TeamListProps) {
  return (
    <section aria-labelledby="team-list-heading">
      <h2 id="team-list-heading">Your teams</h2>
      <ul className="card-list" aria-label="Teams">
        {teams.map((team) => (
          <TeamCard
            key={team.id}
            team={team}
            memberCount={memberCounts[team.id] ?? 0}
            active={activeByTeam.get(team.id)}
          />
        ))}
      </ul>
    </section>
  );
}
