import { PILLAR_LABELS } from '../../domain/pillars';
import type { Commitment } from '../../domain/types';
import { UserText } from '../../ui/UserText';
import { formatDueDate, REVIEW_LABELS } from './format';

/** Commitments made in this huddle, with where each stands now. */
export function CommitmentsMade({ commitments }: { commitments: Commitment[] }) {
  return (
    <section className="summary-section" aria-labelledby="commitments-made">
      <h2 id="commitments-made">Commitments made</h2>
      {commitments.length === 0 ? (
        <p className="muted">No commitments were made in this huddle.</p>
      ) : (
        <table className="summary-table" aria-labelledby="commitments-made">
          <thead>
            <tr>
              <th scope="col">Commitment</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Pillar</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {commitments.map((c) => (
              <tr key={c.id}>
                <td>
                  <UserText text={c.text} />
                </td>
                <td>{c.owner ? <UserText text={c.owner} /> : '—'}</td>
                <td>{c.due ? formatDueDate(c.due) : '—'}</td>
                <td>{c.pillar ? PILLAR_LABELS[c.pillar] : '—'}</td>
                <td>{REVIEW_LABELS[c.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The outcome recorded for a commitment in the given huddle (its history keeps every review). */
function outcomeIn(c: Commitment, sessionId: string) {
  return c.history.findLast((h) => h.sessionId === sessionId)?.status ?? c.status;
}

/** Commitments from earlier huddles that were reviewed in this one, with the outcome given. */
export function CommitmentsReviewed({
  commitments,
  sessionId,
}: {
  commitments: Commitment[];
  sessionId: string;
}) {
  return (
    <section className="summary-section" aria-labelledby="commitments-reviewed">
      <h2 id="commitments-reviewed">Commitments reviewed</h2>
      {commitments.length === 0 ? (
        <p className="muted">No earlier commitments were reviewed in this huddle.</p>
      ) : (
        <table className="summary-table" aria-labelledby="commitments-reviewed">
          <thead>
            <tr>
              <th scope="col">Commitment</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Pillar</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {commitments.map((c) => (
              <tr key={c.id}>
                <td>
                  <UserText text={c.text} />
                </td>
                <td>{c.owner ? <UserText text={c.owner} /> : '—'}</td>
                <td>{c.due ? formatDueDate(c.due) : '—'}</td>
                <td>{c.pillar ? PILLAR_LABELS[c.pillar] : '—'}</td>
                <td>{REVIEW_LABELS[outcomeIn(c, sessionId)]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
