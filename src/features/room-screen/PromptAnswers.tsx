import { useId } from 'react';
import { useMembers, usePromptsByIds, useStepResponses } from '../../db/hooks';
import { scaleFor } from '../../domain/library/scales';
import type { Prompt, Response, Session, SessionStep } from '../../domain/types';
import { UserText } from '../../ui/UserText';
import {
  finishedRows,
  isRatingPrompt,
  mayShowAnswers,
  type RoomCard,
  ratingsOf,
  roomAnswers,
} from './answers';
import { PulseBars } from './PulseBars';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A prompts step: each prompt in large type, and its answers only when the room may see them. */
export function PromptStep({
  session,
  stepIndex,
  step,
  someoneWriting,
  doneTurns,
}: {
  session: Session;
  stepIndex: number;
  step: SessionStep;
  someoneWriting: boolean;
  doneTurns: readonly string[] | undefined;
}) {
  const loadedPrompts = usePromptsByIds(step.promptIds);
  const loadedResponses = useStepResponses(session.id, stepIndex);
  const members = useMembers(session.teamId);
  if (!loadedPrompts || !loadedResponses || !members) return null;
  // Belt and braces against a stale live-query result (see the key in RoomView): only this
  // step's prompts and this step's answers, whatever the hooks hand back.
  const prompts = loadedPrompts.filter((p) => step.promptIds.includes(p.id));
  const responses = finishedRows(
    loadedResponses.filter((r) => r.sessionId === session.id && r.stepIndex === stepIndex),
    step.mode,
    doneTurns,
  );

  const names = new Map<string, string>();
  for (const m of members) names.set(m.id, m.name);
  for (const g of session.guests) names.set(g.id, g.name);
  const hidden = prompts.some((p) => !mayShowAnswers(step, p, someoneWriting));
  const many = prompts.length > 1;
  // Side by side, the bars drop their words; one line says what the ends of the scale mean.
  const legends = many
    ? [
        ...new Set(
          prompts
            .filter((p) => isRatingPrompt(step.mode, p) && mayShowAnswers(step, p, someoneWriting))
            .map((p) => {
              const labels = scaleFor(p).labels;
              return `1 = ${labels[0]} · 5 = ${labels[4]}`;
            }),
        ),
      ]
    : [];

  return (
    <>
      {legends.map((legend) => (
        <p key={legend} className="room-legend">
          {legend}
        </p>
      ))}
      <div className={`room-prompts${many ? ' room-prompts-many' : ''}`}>
        {prompts.map((prompt) => (
          <PromptBlock
            key={prompt.id}
            prompt={prompt}
            step={step}
            show={mayShowAnswers(step, prompt, someoneWriting)}
            rows={responses.filter((r) => r.promptId === prompt.id)}
            seed={`${session.id}:${stepIndex}:${prompt.id}`}
            nameOf={(id) => names.get(id)}
          />
        ))}
      </div>
      {someoneWriting ? (
        <p className="room-status room-writing">Someone is writing…</p>
      ) : (
        hidden && (
          <p className="room-status">Answers stay private until the facilitator reveals them.</p>
        )
      )}
    </>
  );
}

function PromptBlock({
  prompt,
  step,
  show,
  rows,
  seed,
  nameOf,
}: {
  prompt: Prompt;
  step: SessionStep;
  show: boolean;
  rows: Response[];
  seed: string;
  nameOf: (id: string) => string | undefined;
}) {
  const headingId = useId();
  const rating = isRatingPrompt(step.mode, prompt);
  return (
    <section className="room-prompt" aria-labelledby={headingId}>
      <h2 id={headingId} className="room-prompt-text">
        <UserText text={prompt.text} />
      </h2>
      {show &&
        (rating ? (
          <PulseBars prompt={prompt} ratings={ratingsOf(rows)} />
        ) : (
          <AnswerCards {...roomAnswers(rows, { mode: step.mode, seed, nameOf })} />
        ))}
      {show && rating && <Passes n={rows.filter((r) => r.passed).length} />}
    </section>
  );
}

function Passes({ n }: { n: number }) {
  return n > 0 ? <p className="room-passes">{n} passed</p> : null;
}

function AnswerCards({ cards, passed }: { cards: RoomCard[]; passed: number }) {
  if (cards.length === 0 && passed === 0) return <p className="room-empty">No answers yet.</p>;
  const size = cards.length <= 1 ? 'one' : cards.length <= 4 ? 'few' : 'many';
  return (
    <>
      {cards.length > 0 && (
        <ul className={`room-cards room-cards-${size}`}>
          {cards.map((card) => (
            <li key={card.id} className="room-card">
              {card.name && (
                <p className="room-card-by">
                  <UserText text={card.name} clamp />
                </p>
              )}
              {card.feelings.length > 0 && (
                <p className="room-card-feelings">{card.feelings.join(', ')}</p>
              )}
              {card.text && (
                <p className="room-card-text">
                  <UserText text={card.text} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="room-count">
        {count(cards.length, 'answer', 'answers')}
        {passed > 0 && ` · ${passed} passed`}
      </p>
    </>
  );
}
