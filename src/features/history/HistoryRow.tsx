import { Link } from 'react-router';
import { PILLAR_LABELS } from '../../domain/pillars';
import type { Session } from '../../domain/types';
import { shownText, UserText } from '../../ui/UserText';
import {
  attendanceCount,
  formatDateTime,
  huddleSummaryLine,
  plural,
  STATUS_LABELS,
} from './format';

/** One huddle in the list: a self-contained block so a virtual window can draw any slice. */
export function HistoryRow({
  session,
  teamName,
  commitments,
}: {
  session: Session;
  teamName: string;
  commitments: number;
}) {
  const pillars = session.pillars ?? [];
  return (
    <div className="history-row">
      <div className="history-row-main">
        <h3>
          <Link className="history-row-link" to={`/history/${session.id}`}>
            <time dateTime={new Date(session.startedAt).toISOString()}>
              {formatDateTime(session.startedAt)}
            </time>
            {' · '}
            <UserText text={teamName} clamp />
          </Link>
        </h3>
        <p className="history-row-meta">
          <span>
            <UserText text={session.planName} clamp />
          </span>
          <span className={`status-badge status-${session.status}`}>
            {STATUS_LABELS[session.status]}
          </span>
          <span>{plural(attendanceCount(session), 'person', 'people')}</span>
        </p>
        <p className="history-row-pillars">
          <span className="visually-hidden">Pillars: </span>
          {pillars.length > 0 ? (
            pillars.map((p) => (
              <span key={p} className="pillar-chip">
                {PILLAR_LABELS[p]}
              </span>
            ))
          ) : (
            <span className="muted">No pillar prompts</span>
          )}
        </p>
        <p className="muted">{huddleSummaryLine(session, commitments)}</p>
      </div>
      {session.status === 'active' && (
        <Link className="button secondary" to={`/facilitate/${session.id}`}>
          Resume<span className="visually-hidden"> the huddle of {shownText(teamName)}</span>
        </Link>
      )}
    </div>
  );
}
