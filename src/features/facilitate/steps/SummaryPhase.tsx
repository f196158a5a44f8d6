import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { completeSession, endSessionEarly } from '../../../db/sessions';
import type { ActionId } from '../../../domain/huddle/actions';
import { agenda } from '../../../domain/huddle/agenda';
import { participantCount } from '../../../domain/huddle/participants';
import { peopleTally } from '../../../domain/huddle/persist';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useDraftRegistry } from '../answers/draftRegistry';
import { moveFocusTo } from '../focus';
import { useHuddleData } from '../huddleData';
import { selectMachine, useLiveHuddle } from '../huddleStore';
import { useSessionAnswers } from '../sessionAnswers';
import { announceHuddleEnded } from '../useRoomSync';
import { UnaddedCommitment } from './UnaddedCommitment';

/** The end of the flow: a quick look back, then the huddle is saved as finished. */
export function SummaryPhase({ onRun }: { onRun: (id: ActionId) => void }) {
  const machine = useLiveHuddle(selectMachine);
  const data = useHuddleData();
  const registry = useDraftRegistry();
  const responses = useSessionAnswers();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  // This part may arrive after the screen changed (it loads on demand): its heading takes focus
  // when it mounts, so focus never falls to the page body.
  const headingRef = useCallback((heading: HTMLHeadingElement | null) => moveFocusTo(heading), []);
  if (!machine) return null;
  const items = agenda(machine);
  // People, not rows: a pulse step saves one row per statement for each person.
  const { answered, passed: passes } = peopleTally(responses, machine.steps.length);
  const stoppedAt = machine.stoppedAtStep;

  async function finish() {
    try {
      await registry?.flushAll();
      // Ended early: already saved as closed early (useHuddlePersistence); this only makes sure.
      if (stoppedAt !== null) await endSessionEarly(data.session.id, stoppedAt);
      else await completeSession(data.session.id);
      // A rolling backup of the finished huddle; in the background, never in the way.
      // (The snapshot code loads only now: it is not part of the huddle's first load.)
      void import('../../../db/snapshots')
        .then(({ takeSnapshot }) => takeSnapshot('huddle-ended'))
        .catch(() => undefined);
      announceHuddleEnded(data.session.id);
      navigate(`/history/${data.session.id}`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="summary-phase" aria-labelledby="summary-heading">
      <h1 id="summary-heading" tabIndex={-1} ref={headingRef}>
        Thank you, everyone
      </h1>
      <p className="lead">
        {participantCount(machine)} people · {items.filter((i) => i.status === 'done').length} of{' '}
        {items.length} steps · {answered} {answered === 1 ? 'answer' : 'answers'} and {passes}{' '}
        {passes === 1 ? 'pass' : 'passes'}
        {machine.endedEarly ? ' · ended early' : ''}
      </p>
      {stoppedAt !== null && (
        <p>
          The huddle is closed early at step {stoppedAt + 1} of {items.length} and saved with every
          answer. Look back together, then open its summary.
        </p>
      )}
      <ul className="step-outcomes">
        {items.map((item) => (
          <li key={item.index}>
            {item.title}: {item.status === 'done' ? 'done' : item.status.replace('-', ' ')}
            {item.wentOver ? ' (took longer)' : ''}
          </li>
        ))}
      </ul>
      <UnaddedCommitment sessionId={data.session.id} />
      <div className="button-row">
        <button type="button" onClick={() => void finish()}>
          Finish and save the summary
        </button>
        {stoppedAt === null && (
          <button type="button" className="secondary" onClick={() => onRun('back')}>
            Back to the last step
          </button>
        )}
      </div>
      <ErrorMessage error={error} />
    </section>
  );
}
