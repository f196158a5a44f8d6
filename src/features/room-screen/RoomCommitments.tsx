import { useCommitmentsToReview, useSessionCommitments } from '../../db/hooks';
import type { Commitment, CommitmentStatus } from '../../domain/types';
import { UserText } from '../../ui/UserText';

const REVIEW_LABELS: Record<CommitmentStatus, string | null> = {
  open: null,
  done: 'Done',
  'in-progress': 'In progress',
  dropped: 'Let go',
  carried: 'Carried over',
};

/** "Due 12 Mar" in the device's language; the date is a plain calendar day. */
export function formatDue(due: string): string {
  const [y, m, d] = due.split('-').map(Number);
  if (!y || !m || !d) return `Due ${due}`;
  const date = new Date(y, m - 1, d);
  return `Due ${date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}`;
}

function CommitmentList({
  items,
  empty,
  reviewedIn,
}: {
  items: Commitment[];
  empty: string;
  reviewedIn?: string;
}) {
  if (items.length === 0) return <p className="room-empty">{empty}</p>;
  return (
    <ul className="room-commitments">
      {items.map((c) => {
        const review = reviewedIn && c.reviewedInSessionId === reviewedIn ? c.status : 'open';
        const label = REVIEW_LABELS[review];
        return (
          <li key={c.id} className="room-commitment">
            <p className="room-commitment-text">
              <UserText text={c.text} />
            </p>
            {(c.owner || c.due || label) && (
              <p className="room-commitment-meta">
                {c.owner && (
                  <span>
                    <UserText text={c.owner} clamp />
                  </span>
                )}
                {c.due && <span>{formatDue(c.due)}</span>}
                {label && <span className="room-commitment-status">{label}</span>}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Commitments made in this huddle so far (spoken and typed by the facilitator). */
export function MadeCommitments({ sessionId }: { sessionId: string }) {
  const items = useSessionCommitments(sessionId);
  if (!items) return null;
  // Only this huddle's: a live query can hand back the previous huddle's list while loading.
  return (
    <CommitmentList
      items={items.filter((c) => c.sessionId === sessionId)}
      empty="No commitments yet."
    />
  );
}

/** Last time's commitments, with how each was reviewed here once it has been. */
export function ReviewCommitments({ teamId, sessionId }: { teamId: string; sessionId: string }) {
  const items = useCommitmentsToReview(teamId, sessionId);
  if (!items) return null;
  return (
    <CommitmentList
      items={items.filter((c) => c.teamId === teamId)}
      empty="No commitments to look back on."
      reviewedIn={sessionId}
    />
  );
}
