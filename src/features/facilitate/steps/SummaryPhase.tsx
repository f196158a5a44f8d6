import { useState } from 'react';
import { useNavigate } from 'react-router';
import { completeSession } from '../../../db/sessions';
import type { ActionId } from '../../../domain/huddle/actions';
import { agenda } from '../../../domain/huddle/agenda';
import { participantCount } from '../../../domain/huddle/participants';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useDraftRegistry } from '../answers/draftRegistry';
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
  if (!machine) return null;
  const items = agenda(machine);
  const answered = responses.filter((r) => !r.passed).length;
  const passes = responses.filter((r) => r.passed).length;

  async function finish() {
    try {
      await registry?.flushAll();
      await completeSession(data.session.id);
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
      <h1 id="summary-heading">Thank you, everyone</h1>
      <p className="lead">
        {participantCount(machine)} people · {items.filter((i) => i.status === 'done').length} of{' '}
        {items.length} steps · {answered} answers and {passes} passes
        {machine.endedEarly ? ' · ended early' : ''}
      </p>
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
        <button type="button" className="secondary" onClick={() => onRun('back')}>
          Back to the last step
        </button>
      </div>
      <ErrorMessage error={error} />
    </section>
  );
}
