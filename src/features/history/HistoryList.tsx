import { type Ref, useImperativeHandle, useRef } from 'react';
import { Link } from 'react-router';
import type { Session } from '../../domain/types';
import { formatDateTime, huddleSummaryLine, STATUS_LABELS } from './format';

export interface HistoryListHandle {
  /** Moves keyboard focus to the row at `index` (the first one "Show more" added). */
  focusRow: (index: number) => void;
}

/**
 * The huddles, newest first. Each row is self-contained (one session, a team name and a count)
 * so a virtualised window can render any slice of a long list later.
 */
export function HistoryList({
  sessions,
  teamNames,
  commitmentCounts,
  ref,
}: {
  sessions: Session[];
  teamNames: Map<string, string>;
  commitmentCounts: Record<string, number>;
  ref?: Ref<HistoryListHandle>;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  useImperativeHandle(ref, () => ({
    focusRow(index) {
      listRef.current?.querySelectorAll<HTMLAnchorElement>('a.history-item-link')[index]?.focus();
    },
  }));
  return (
    <ol ref={listRef} className="history-list" aria-label="Huddles, newest first">
      {sessions.map((session) => (
        <HistoryRow
          key={session.id}
          session={session}
          teamName={teamNames.get(session.teamId) ?? 'Unknown team'}
          commitments={commitmentCounts[session.id] ?? 0}
        />
      ))}
    </ol>
  );
}

function HistoryRow({
  session,
  teamName,
  commitments,
}: {
  session: Session;
  teamName: string;
  commitments: number;
}) {
  return (
    <li className="history-item">
      <div className="history-item-main">
        <h3>
          <Link className="history-item-link" to={`/history/${session.id}`}>
            <time dateTime={new Date(session.startedAt).toISOString()}>
              {formatDateTime(session.startedAt)}
            </time>
            {' · '}
            {teamName}
          </Link>
        </h3>
        <p className="history-item-meta">
          <span>{session.planName}</span>{' '}
          <span className={`status-badge status-${session.status}`}>
            {STATUS_LABELS[session.status]}
          </span>
        </p>
        <p className="muted">{huddleSummaryLine(session, commitments)}</p>
      </div>
      {session.status === 'active' && (
        <Link className="button secondary" to={`/facilitate/${session.id}`}>
          Resume<span className="visually-hidden"> the huddle of {teamName}</span>
        </Link>
      )}
    </li>
  );
}
