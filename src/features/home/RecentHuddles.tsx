import { Link } from 'react-router';
import { useTeamSessions } from '../../db/hooks';
import { UserText } from '../../ui/UserText';
import { formatDateTime, STATUS_LABELS } from './format';

const RECENT_LIMIT = 10;

/** The team's latest huddles, newest first, each opening its summary. */
export function RecentHuddles({ teamId }: { teamId: string }) {
  const sessions = useTeamSessions(teamId, RECENT_LIMIT);
  return (
    <section aria-labelledby="recent-heading" className="team-section">
      <h2 id="recent-heading">Recent huddles</h2>
      {sessions === undefined ? (
        <p aria-live="polite">Loading huddles…</p>
      ) : sessions.length === 0 ? (
        <p className="hint">
          No huddles yet. When this team has run one, its summary appears here.
        </p>
      ) : (
        <>
          <ol className="history-list" aria-label="Recent huddles">
            {sessions.map((s) => (
              <li key={s.id} className="history-item">
                <Link to={`/history/${s.id}`}>
                  <time dateTime={new Date(s.startedAt).toISOString()}>
                    {formatDateTime(s.startedAt)}
                  </time>
                  {' · '}
                  <UserText text={s.planName} clamp />
                </Link>
                <span className={`status-badge status-${s.status}`}>{STATUS_LABELS[s.status]}</span>
              </li>
            ))}
          </ol>
          <p>
            <Link to="/history">All huddles in History</Link>
          </p>
        </>
      )}
    </section>
  );
}
