import { useState } from 'react';
import { type ActionId, actionById, isActionEnabled } from '../../domain/huddle/actions';
import { upNext } from '../../domain/huddle/agenda';
import { isWriting, phase } from '../../domain/huddle/selectors';
import { now } from '../../lib/clock';
import { selectMachine, useLiveHuddle } from './huddleStore';
import { ShortcutButton } from './ShortcutButton';

/** Back / skip / reveal / next, plus a confirmed "end now". The same actions as the keys. */
export function FlowControls({ onRun }: { onRun: (id: ActionId) => void }) {
  const machine = useLiveHuddle(selectMachine);
  const [confirmEnd, setConfirmEnd] = useState(false);
  if (!machine) return null;
  const at = now();
  const enabled = (id: ActionId) => isActionEnabled(actionById(id), machine, at);
  const current = phase(machine);
  // A participant holding the device to write must not be able to skip, end or move the huddle.
  if (current === 'lobby' || isWriting(machine)) return null;
  const next = upNext(machine);
  return (
    <div className="flow-controls">
      <ShortcutButton
        action="back"
        className="secondary"
        disabled={!enabled('back')}
        onClick={() => onRun('back')}
      >
        Back
      </ShortcutButton>
      {current === 'step' && (
        <>
          <ShortcutButton
            action="skip"
            className="secondary"
            disabled={!enabled('skip')}
            onClick={() => onRun('skip')}
          >
            Skip step
          </ShortcutButton>
          {enabled('reveal') && (
            <ShortcutButton action="reveal" className="secondary" onClick={() => onRun('reveal')}>
              Reveal answers
            </ShortcutButton>
          )}
          {confirmEnd ? (
            <span className="confirm">
              End now? Every answer so far is kept.
              <button type="button" className="danger" onClick={() => onRun('end-early')}>
                Yes, end the huddle
              </button>
              <button type="button" className="secondary" onClick={() => setConfirmEnd(false)}>
                Keep going
              </button>
            </span>
          ) : (
            <button type="button" className="secondary" onClick={() => setConfirmEnd(true)}>
              End early
            </button>
          )}
          <ShortcutButton action="next" disabled={!enabled('next')} onClick={() => onRun('next')}>
            {next?.kind === 'step' ? `Next: ${next.title}` : 'Next: summary'}
          </ShortcutButton>
        </>
      )}
    </div>
  );
}
