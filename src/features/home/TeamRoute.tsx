import { Link, useParams } from 'react-router';
import { useActiveSessions, useTeam } from '../../db/hooks';
import type { Team } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { UserText } from '../../ui/UserText';
import { ActiveHuddle } from './ActiveHuddle';
import { AgreementsEditor } from './AgreementsEditor';
import { startHuddlePath } from './format';
import { MembersSection } from './MembersSection';
import { RecentHuddles } from './RecentHuddles';
import { TeamSettings } from './TeamSettings';

export function TeamRoute() {
  const { teamId } = useParams();
  const team = useTeam(teamId);
  if (team === undefined) {
    return (
      <div className="page">
        <p aria-live="polite">Loading team…</p>
      </div>
    );
  }
  if (team === null) {
    return (
      <div className="page">
        <h1>Team not found</h1>
        <EmptyState title="This team is not on this device">
          <p>
            It may have been removed, or the link came from another device. Everything is stored on
            the device where it was created.
          </p>
          <p>
            <Link to="/">See all teams</Link>
          </p>
        </EmptyState>
      </div>
    );
  }
  return <TeamPage team={team} />;
}

function TeamPage({ team }: { team: Team }) {
  const active = useActiveSessions()?.find((s) => s.teamId === team.id);
  return (
    <div className="page team-page">
      <p>
        <Link to="/">
          <span aria-hidden="true">← </span>All teams
        </Link>
      </p>
      <h1>
        <UserText text={team.name} clamp />
      </h1>
      {team.archived && (
        <p className="callout">
          This team is archived. Its people and huddles are kept; bring it back (below) to run
          huddles again.
        </p>
      )}
      {active ? (
        <ActiveHuddle session={active} teamName={team.name} />
      ) : (
        !team.archived && (
          <p>
            <Link className="button" to={startHuddlePath(team.id)}>
              Start a huddle
            </Link>
          </p>
        )
      )}
      <MembersSection teamId={team.id} />
      <AgreementsEditor team={team} />
      <RecentHuddles teamId={team.id} />
      <TeamSettings team={team} />
    </div>
  );
}
