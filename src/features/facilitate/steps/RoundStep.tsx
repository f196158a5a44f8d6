import { useCallback } from 'react';
import { participants } from '../../../domain/huddle/participants';
import { currentProgress, currentSpeaker } from '../../../domain/huddle/selectors';
import type { Prompt } from '../../../domain/types';
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
import { finishTurn, savePasses } from './saveTurn';

/** Going round the room: the facilitator types what each person says (or hands the device). */
export function RoundStep({ stepIndex, prompts }: { stepIndex: number; prompts: Prompt[] }) {
  const machine = useLiveHuddle(selectMachine);
  const dispatch = useLiveHuddle(selectDispatch);
  const data = useHuddleData();
  const registry = useDraftRegistry();
  const stepResponses = useStepAnswers(stepIndex);
  const speaker = machine ? currentSpeaker(machine) : null;
  const sessionId = data.session.id;

  const done = useCallback(async () => {
    if (!speaker) return;
    await registry?.flushAll();
    // Until Done the speaker's words are a draft: a reload comes back to them, not past them.
    const answered = await finishTurn({ sessionId, stepIndex, memberId: speaker.id });
    // Moving on without a word said is recorded as a pass, never as a blank.
    if (!answered) await savePasses({ sessionId, stepIndex, prompts, memberId: speaker.id });
    dispatch({ type: answered ? 'ANSWER_RECORDED' : 'PASS', at: now() });
  }, [speaker, registry, sessionId, stepIndex, prompts, dispatch]);

  const pass = useCallback(async () => {
    if (!speaker) return;
    await registry?.flushAll();
    await savePasses({ sessionId, stepIndex, prompts, memberId: speaker.id });
    dispatch({ type: 'PASS', at: now() });
  }, [speaker, registry, sessionId, stepIndex, prompts, dispatch]);

  const later = useCallback(async () => {
    await registry?.flushAll();
    dispatch({ type: 'HAND_TO_NEXT', at: now() });
  }, [registry, dispatch]);

  useStepCommand('pass', speaker ? pass : null);
  useStepCommand('hand-to-next', speaker ? later : null);
  const exclusive = useExclusive();
  // Each new turn takes focus (and comes into view), so the next name is never off screen.
  const turnFocus = useFocusOnChange(speaker?.id ?? null);

  if (!machine) return null;
  const floor = currentProgress(machine)?.floor;
  const marks = floor?.kind === 'round' ? floor.marks : {};
  const people = participants(machine);

  return (
    <div className="round-step">
      <ul className="prompt-list">
        {prompts.map((p) => (
          <li key={p.id} className="prompt-text">
            <UserText text={p.text} />
          </li>
        ))}
      </ul>
      <section aria-labelledby="round-people" className="round-people">
        <h2 id="round-people">Round</h2>
        <ul className="people-row">
          {people.map((person, index) => {
            const mark = marks[person.id];
            const isSpeaker = speaker?.id === person.id;
            return (
              <li key={person.id}>
                <button
                  type="button"
                  className={`person-chip${isSpeaker ? ' speaking' : ''}`}
                  aria-current={isSpeaker ? 'true' : undefined}
                  onClick={() => dispatch({ type: 'CHOOSE_SPEAKER', index, at: now() })}
                >
                  <UserText text={participantName(data, person.id)} clamp />
                  <span className="person-mark">
                    {mark === 'answered' ? ' ✓ shared' : mark === 'passed' ? ' · passed' : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      {speaker ? (
        <section className="card turn" aria-labelledby="turn-heading">
          <h2 id="turn-heading" tabIndex={-1} ref={turnFocus}>
            <span className="lines-clamp">
              <UserText text={participantName(data, speaker.id)} />
              's turn
            </span>
          </h2>
          {/* No autofocus here: the facilitator's single-key shortcuts stay live between turns. */}
          {prompts.map((prompt) => (
            <AnswerField
              key={`${speaker.id}:${prompt.id}`}
              prompt={prompt}
              target={{ sessionId, stepIndex, memberId: speaker.id }}
              saved={stepResponses.find(
                (r) => r.memberId === speaker.id && r.promptId === prompt.id && !r.passed,
              )}
            />
          ))}
          <div className="button-row">
            <button type="button" onClick={() => void exclusive('done', done, 'drop')}>
              Done — next person
            </button>
            <ShortcutButton
              action="pass"
              className="secondary"
              onClick={() => void exclusive('pass', pass, 'drop')}
            >
              Pass
            </ShortcutButton>
            <ShortcutButton
              action="hand-to-next"
              className="secondary"
              onClick={() => void exclusive('hand-to-next', later, 'drop')}
            >
              Come back to them
            </ShortcutButton>
          </div>
        </section>
      ) : (
        <p className="card" tabIndex={-1} ref={turnFocus}>
          Everyone has had a turn. Move on when the room is ready.
        </p>
      )}
      <AnswerList stepIndex={stepIndex} prompts={prompts} showNames />
    </div>
  );
}
