import { useCallback, useMemo, useState } from 'react';
import { listStepResponses } from '../../../db/queries';
import { deleteAnswer } from '../../../db/responses';
import { participantCount } from '../../../domain/huddle/participants';
import {
  canShowAnswers,
  currentWriter,
  isDraftSaved,
  isRevealed,
  screen,
  turn,
} from '../../../domain/huddle/selectors';
import type { AnswerMode, Prompt } from '../../../domain/types';
import { now } from '../../../lib/clock';
import { AnswerField } from '../answers/AnswerField';
import { useDraftRegistry } from '../answers/draftRegistry';
import { useStepCommand } from '../commands';
import { participantName, useHuddleData } from '../huddleData';
import { selectDispatch, selectMachine, useLiveHuddle } from '../huddleStore';
import { useStepAnswers } from '../sessionAnswers';
import { AnswerList } from './AnswerList';
import { hasAnswered, newAnonymousSlot, savePasses } from './saveTurn';
import { writingNotice } from './writingNotice';

/**
 * Pass-the-device: each person writes unseen, then hands on to a cleared screen. On anonymous
 * and pulse steps no member id is used at all; a random per-turn slot groups one person's
 * answers without naming them.
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
  const [slot, setSlot] = useState(newAnonymousSlot);
  const sessionId = data.session.id;
  const writer = machine ? currentWriter(machine) : null;
  const memberId = mode === 'private' ? (writer?.id ?? null) : null;
  const who = useMemo(
    () => ({ sessionId, stepIndex, memberId, ...(memberId === null ? { slot } : {}) }),
    [sessionId, stepIndex, memberId, slot],
  );

  const handOn = useCallback(async () => {
    await registry?.flushAll();
    if (await hasAnswered(who)) {
      dispatch({ type: 'ANSWER_RECORDED', at: now() });
      dispatch({ type: 'HAND_TO_NEXT', at: now() });
    } else {
      // Handing on with nothing written is a pass, recorded as one.
      await savePasses({ ...who, prompts });
      dispatch({ type: 'PASS', at: now() });
    }
    setSlot(newAnonymousSlot());
  }, [registry, who, prompts, dispatch]);

  const pass = useCallback(async () => {
    await registry?.flushAll();
    await savePasses({ ...who, prompts });
    dispatch({ type: 'PASS', at: now() });
    setSlot(newAnonymousSlot());
  }, [registry, who, prompts, dispatch]);

  const cancel = useCallback(async () => {
    await registry?.flushAll();
    // Opened by mistake: whatever this turn saved is removed so nobody is counted twice.
    const stored = await listStepResponses(sessionId, stepIndex);
    const mine = stored.filter((r) =>
      memberId !== null ? r.memberId === memberId : r.slot === slot,
    );
    for (const r of mine) await deleteAnswer(r.id);
    dispatch({ type: 'CANCEL_TURN', at: now() });
  }, [registry, sessionId, stepIndex, memberId, slot, dispatch]);

  const writing = machine ? screen(machine) === 'writing' : false;
  const draftSaved = machine ? isDraftSaved(machine) : false;
  useStepCommand('pass', !draftSaved ? pass : null);
  useStepCommand('hand-to-next', writing ? handOn : null);

  if (!machine) return null;
  const total = participantCount(machine);
  const current = turn(machine) ?? 0;
  const everyoneIn = current >= total;

  if (writing) {
    return (
      <section className="card writing" aria-labelledby="writing-heading">
        <h2 id="writing-heading">
          {mode === 'private' && writer
            ? `${participantName(data, writer.id)}, this is just for you`
            : 'This is just for you'}
        </h2>
        <p className="muted">{writingNotice(mode, isRevealed(machine))}</p>
        {prompts.map((prompt, i) => (
          <AnswerField
            key={`${current}:${prompt.id}`}
            prompt={prompt}
            target={who}
            saved={
              memberId !== null
                ? stepResponses.find(
                    (r) => r.memberId === memberId && r.promptId === prompt.id && !r.passed,
                  )
                : undefined
            }
            autoFocus={i === 0}
          />
        ))}
        <div className="button-row">
          <button type="button" onClick={() => void handOn()}>
            Done — hand to the next person
          </button>
          {!draftSaved && (
            <button type="button" className="secondary" onClick={() => void pass()}>
              Pass
            </button>
          )}
          <button type="button" className="secondary" onClick={() => void cancel()}>
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
            {p.text}
          </li>
        ))}
      </ul>
      <p className="turn-progress" aria-live="polite">
        {Math.min(current, total)} of {total} {total === 1 ? 'person has' : 'people have'} had a
        turn.
      </p>
      {!everyoneIn && (
        <section className="card handoff" aria-labelledby="handoff-heading">
          <h2 id="handoff-heading">
            {mode === 'private' && writer
              ? `Pass the device to ${participantName(data, writer.id)}`
              : 'Pass the device to the next person'}
          </h2>
          <p>When you have it, tap "I'm ready to write". Anyone may pass.</p>
          <div className="button-row">
            <button type="button" onClick={() => dispatch({ type: 'BEGIN_TURN', at: now() })}>
              I'm ready to write
            </button>
            <button type="button" className="secondary" onClick={() => void pass()}>
              Pass <kbd>P</kbd>
            </button>
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
