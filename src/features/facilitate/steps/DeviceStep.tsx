import { useCallback, useMemo, useState } from 'react';
import { participantCount } from '../../../domain/huddle/participants';
import {
  canShowAnswers,
  currentProgress,
  currentWriter,
  isDraftSaved,
  isRevealed,
  screen,
  turn,
} from '../../../domain/huddle/selectors';
import type { AnswerMode, Prompt } from '../../../domain/types';
import { now } from '../../../lib/clock';
import { UserText } from '../../../ui/UserText';
import { AnswerField } from '../answers/AnswerField';
import { useDraftRegistry } from '../answers/draftRegistry';
import { useExclusive, useStepCommand } from '../commands';
import { useFocusOnChange } from '../focus';
import { participantName, useHuddleData } from '../huddleData';
import { selectDispatch, selectMachine, useLiveHuddle } from '../huddleStore';
import { ShortcutButton } from '../ShortcutButton';
import { useStepAnswers } from '../sessionAnswers';
import { AnswerList } from './AnswerList';
import { finishTurn, newAnonymousSlot, savePasses } from './saveTurn';
import { writingNotice } from './writingNotice';

/**
 * Pass-the-device: each person writes unseen, then hands on to a cleared screen. On anonymous
 * and pulse steps no member id is used at all; a random per-turn slot groups one person's
 * answers without naming them. The huddle state keeps the slot of the turn in progress, so a
 * turn put back ("Not yet") or cut short by a reload resumes with the words it saved.
 */
export function DeviceStep({
  stepIndex,
  prompts,
  mode,
}: {
  stepIndex: number;
  prompts: Prompt[];
  mode: Exclude<AnswerMode, 'round'>;
}) {
  const machine = useLiveHuddle(selectMachine);
  const dispatch = useLiveHuddle(selectDispatch);
  const data = useHuddleData();
  const registry = useDraftRegistry();
  const stepResponses = useStepAnswers(stepIndex);
  // Used until a turn begins (a pass straight from the handoff screen); renewed after each turn.
  const [freshSlot, setFreshSlot] = useState(newAnonymousSlot);
  const floor = machine ? currentProgress(machine)?.floor : undefined;
  const slot = (floor?.kind === 'device' ? floor.slot : undefined) ?? freshSlot;
  const sessionId = data.session.id;
  const writer = machine ? currentWriter(machine) : null;
  const memberId = mode === 'private' ? (writer?.id ?? null) : null;
  const who = useMemo(
    () => ({ sessionId, stepIndex, memberId, ...(memberId === null ? { slot } : {}) }),
    [sessionId, stepIndex, memberId, slot],
  );

  const handOn = useCallback(async () => {
    await registry?.flushAll();
    // Done: the drafts become this person's answers, and only now is their turn taken.
    if (await finishTurn(who)) {
      dispatch({ type: 'ANSWER_RECORDED', at: now() });
      dispatch({ type: 'HAND_TO_NEXT', at: now() });
    } else {
      // Handing on with nothing written is a pass, recorded as one.
      await savePasses({ ...who, prompts });
      dispatch({ type: 'PASS', at: now() });
    }
    setFreshSlot(newAnonymousSlot());
  }, [registry, who, prompts, dispatch]);

  const pass = useCallback(async () => {
    await registry?.flushAll();
    await savePasses({ ...who, prompts });
    dispatch({ type: 'PASS', at: now() });
    setFreshSlot(newAnonymousSlot());
  }, [registry, who, prompts, dispatch]);

  // Not ready yet: what they wrote stays a draft (not an answer) and comes back with their turn.
  const cancel = useCallback(async () => {
    await registry?.flushAll();
    dispatch({ type: 'CANCEL_TURN', at: now() });
  }, [registry, dispatch]);

  const begin = useCallback(
    () => dispatch({ type: 'BEGIN_TURN', slot: freshSlot, at: now() }),
    [dispatch, freshSlot],
  );

  const writing = machine ? screen(machine) === 'writing' : false;
  const draftSaved = machine ? isDraftSaved(machine) : false;
  useStepCommand('pass', !draftSaved ? pass : null);
  useStepCommand('hand-to-next', writing ? handOn : null);
  const exclusive = useExclusive();
  // Each change of hands takes focus: the writing screen (unless an answer box has it), then
  // the cleared hand-off screen.
  const turnFocus = useFocusOnChange(machine ? `${screen(machine)}:${turn(machine)}` : null);

  if (!machine) return null;
  const total = participantCount(machine);
  const current = turn(machine) ?? 0;
  const everyoneIn = current >= total;
  // A turn was begun and not finished ("Not yet", or a reload): it is still that person's.
  const resumed = floor?.kind === 'device' && floor.slot !== undefined;

  if (writing) {
    return (
      <section className="card writing" aria-labelledby="writing-heading">
        <h2 id="writing-heading" tabIndex={-1} ref={turnFocus}>
          {mode === 'private' && writer ? (
            <span className="lines-clamp">
              <UserText text={participantName(data, writer.id)} />, this is just for you
            </span>
          ) : (
            'This is just for you'
          )}
        </h2>
        <p className="muted">{writingNotice(mode, isRevealed(machine))}</p>
        {prompts.map((prompt, i) => (
          <AnswerField
            key={`${current}:${prompt.id}`}
            prompt={prompt}
            target={who}
            saved={stepResponses.find(
              (r) =>
                r.promptId === prompt.id &&
                !r.passed &&
                (memberId !== null
                  ? r.memberId === memberId
                  : r.memberId === null && r.slot === slot),
            )}
            autoFocus={i === 0}
          />
        ))}
        <div className="button-row">
          <button type="button" onClick={() => void exclusive('hand-to-next', handOn, 'drop')}>
            Done — hand to the next person
          </button>
          {!draftSaved && (
            <button
              type="button"
              className="secondary"
              onClick={() => void exclusive('pass', pass, 'drop')}
            >
              Pass
            </button>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => void exclusive('cancel-turn', cancel, 'drop')}
          >
            Not yet — back
          </button>
        </div>
      </section>
    );
  }

  return (
    <div className="device-step">
      <ul className="prompt-list">
        {prompts.map((p) => (
          <li key={p.id} className="prompt-text">
            <UserText text={p.text} />
          </li>
        ))}
      </ul>
      <p className="turn-progress" tabIndex={-1} ref={everyoneIn ? turnFocus : undefined}>
        {Math.min(current, total)} of {total} {total === 1 ? 'person has' : 'people have'} had a
        turn.
      </p>
      {!everyoneIn && (
        <section className="card handoff" aria-labelledby="handoff-heading">
          <h2 id="handoff-heading" tabIndex={-1} ref={turnFocus}>
            {mode === 'private' && writer ? (
              <>
                Pass the device to <UserText text={participantName(data, writer.id)} clamp />
              </>
            ) : resumed ? (
              'Pass the device back to the person who was writing'
            ) : (
              'Pass the device to the next person'
            )}
          </h2>
          <p>
            {resumed ? 'Their turn is not finished: what they wrote is kept for them. ' : ''}
            When you have it, tap "I'm ready to write". Anyone may pass.
          </p>
          <div className="button-row">
            <button type="button" onClick={begin}>
              I'm ready to write
            </button>
            <ShortcutButton
              action="pass"
              className="secondary"
              onClick={() => void exclusive('pass', pass, 'drop')}
            >
              Pass
            </ShortcutButton>
          </div>
        </section>
      )}
      {canShowAnswers(machine) ? (
        <AnswerList stepIndex={stepIndex} prompts={prompts} showNames={false} />
      ) : (
        <p className="card muted">
          {isRevealed(machine)
            ? ''
            : everyoneIn
              ? 'Everyone is in.'
              : 'Answers stay hidden until everyone has answered or you reveal them.'}
        </p>
      )}
    </div>
  );
}
