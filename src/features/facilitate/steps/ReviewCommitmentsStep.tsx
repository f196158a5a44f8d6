import { useId, useState } from 'react';
import { reviewCommitment } from '../../../db/commitments';
import { useCommitmentsToReview } from '../../../db/hooks';
import type { Commitment, CommitmentStatus } from '../../../domain/types';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { UserText } from '../../../ui/UserText';
import { useHuddleData } from '../huddleData';

type ReviewChoice = Exclude<CommitmentStatus, 'open'>;

const CHOICES: { value: ReviewChoice; label: string }[] = [
  { value: 'done', label: 'Done' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'dropped', label: 'Dropped' },
  { value: 'carried', label: 'Carry over' },
];

/** Opens the huddle by looking back: did we do what we said we would? */
export function ReviewCommitmentsStep() {
  const data = useHuddleData();
  const commitments = useCommitmentsToReview(data.team.id, data.session.id);
  if (commitments === undefined) return <p>Loading commitments…</p>;
  if (commitments.length === 0) {
    return (
      <p className="card">
        No commitments are waiting for review. New ones made later in this huddle will come back
        here next time.
      </p>
    );
  }
  return (
    <ul className="review-list">
      {commitments.map((c) => (
        <ReviewItem key={c.id} commitment={c} sessionId={data.session.id} />
      ))}
    </ul>
  );
}

function ReviewItem({ commitment, sessionId }: { commitment: Commitment; sessionId: string }) {
  const name = useId();
  const [error, setError] = useState<unknown>(null);
  const reviewedHere = commitment.reviewedInSessionId === sessionId;
  const stored = reviewedHere ? commitment.status : undefined;
  // Shown at once; the stored review follows a moment later (and wins if the save fails).
  const [picked, setPicked] = useState<CommitmentStatus | undefined>(undefined);
  const current = picked ?? stored;
  const choose = async (status: ReviewChoice) => {
    setPicked(status);
    try {
      await reviewCommitment(commitment.id, sessionId, status);
      setError(null);
    } catch (e) {
      setPicked(undefined);
      setError(e);
    }
  };
  return (
    <li className="card review-item">
      <fieldset>
        <legend>
          <span className="commitment-text">
            <UserText text={commitment.text} />
          </span>
          {(commitment.owner || commitment.due) && (
            <span className="muted commitment-meta">
              {commitment.owner && (
                <>
                  {' '}
                  · <UserText text={commitment.owner} />
                </>
              )}
              {commitment.due && ` · due ${commitment.due}`}
            </span>
          )}
          {commitment.carriedFromId && <span className="muted"> · carried over before</span>}
        </legend>
        <div className="segmented">
          {CHOICES.map((choice) => (
            <label key={choice.value} className="segment">
              <input
                type="radio"
                name={name}
                checked={current === choice.value}
                onChange={() => void choose(choice.value)}
              />
              {choice.label}
            </label>
          ))}
        </div>
      </fieldset>
      <ErrorMessage error={error} />
    </li>
  );
}
