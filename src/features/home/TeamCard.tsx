import { Link } from 'react-router';
import type { Session, Team } from '../../domain/types';
import { shownText, UserText } from '../../ui/UserText';
import { ActiveHuddle } from './ActiveHuddle';
import { peopleCount, startHuddlePath } from './format';

export function TeamCard({
  team,
  memberCount,
  active,
}: {
  team: Team;
  memberCount: number;
  active: Session | undefined;
}) {
  return (
    <li className="card team-card">
      <h3>
        <Link to={`/teams/${team.id}`}>
          <UserText text={team.name} clamp />
        </Link>
      </h3>
      <p className="muted">
        {memberCount === 0 ? 'No people yet: open the team to add them.' : peopleCount(memberCount)}
      </p>
      {active ? (
        <ActiveHuddle session={active} teamName={team.name} />
      ) : (
        !team.archived && (
          <Link className="button secondary" to={startHuddlePath(team.id)}>
            Start a huddle <span className="visually-hidden">with {shownText(team.name)}</span>
          </Link>
        )
      )}
    </li>
  );
}
