import './history.css';
import { useEffect, useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useSessionRecord } from '../../db/hooks';
import { UnaddedCommitment } from '../facilitate/steps/UnaddedCommitment';
import { CommitmentsMade, CommitmentsReviewed } from './SummaryCommitments';
import { SummaryHeader } from './SummaryHeader';
import { SummaryStep } from './SummaryStep';
import { stepNotes } from './summaryModel';

/** One huddle, read-only and printable: who came, what was said, what was promised. */
/**
 * Once the huddle has rendered, brings the part named in the address (#step-2, from a search
 * result) into view and moves focus there, so keyboard and screen-reader users start reading
 * at the step they chose. Runs once per address, not on every live update.
 */
function useFocusHash(ready: boolean) {
  const { hash, key } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` re-runs it for each visit.
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [ready, hash, key]);
}

export function SummaryRoute() {
  const { sessionId } = useParams();
  const record = useSessionRecord(sessionId);
  useFocusHash(Boolean(record));
  const promptsById = useMemo(
    () => new Map((record?.prompts ?? []).map((p) => [p.id, p])),
    [record],
  );

  if (record === undefined) {
    return (
      <div className="page">
        <h1>Huddle summary</h1>
        <p className="muted">Loading the huddle…</p>
      </div>
    );
  }
  if (record === null) {
    return (
      <div className="page">
        <h1>Huddle not found</h1>
        <p>This huddle is not stored on this device. It may have been removed.</p>
        <p>
          <Link to="/history">Back to history</Link>
        </p>
      </div>
    );
  }

  const { session } = record;
  const notes = stepNotes(record);
  // Copies carried over from an earlier huddle show under "reviewed" (as carried over), once.
  const made = record.commitmentsMade.filter((c) => !c.carriedFromId);

  return (
    <article className="page summary-page">
      <div className="summary-actions no-print">
        <Link to="/history">Back to history</Link>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <SummaryHeader record={record} />
      {session.status === 'active' && (
        <p className="summary-callout">
          This huddle is still in progress; the summary fills in as it runs.{' '}
          <Link to={`/facilitate/${session.id}`}>Resume the huddle</Link>
        </p>
      )}
      {session.status === 'abandoned' && (
        <p className="summary-callout">
          This huddle was closed early. The answers given before then are kept here.
        </p>
      )}
      {session.steps.map((step, index) => (
        <SummaryStep
          // A stored huddle's steps never reorder; the index also keeps a repeated step apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed order, see above.
          key={`${step.planStepId}-${index}`}
          record={record}
          index={index}
          note={notes[index] ?? null}
          promptsById={promptsById}
          made={made.length}
          reviewed={record.commitmentsReviewed.length}
        />
      ))}
      <UnaddedCommitment sessionId={session.id} />
      <CommitmentsMade commitments={made} />
      <CommitmentsReviewed commitments={record.commitmentsReviewed} sessionId={session.id} />
    </article>
  );
}
