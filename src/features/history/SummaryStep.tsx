import { useId } from 'react';
import type { SessionRecord } from '../../db/queries';
import { neutralOrder } from '../../domain/library/random';
import { MODE_LABELS } from '../../domain/pillars';
import type { Prompt, Response, SessionStep } from '../../domain/types';
import { UserText } from '../../ui/UserText';
import { plural } from './format';
import { PulseSpread } from './PulseSpread';
import {
  answerText,
  isRatingPrompt,
  isUnattributed,
  participantNamer,
  type StepNote,
} from './summaryModel';

/** What each way of answering meant for what this summary can show. */
const MODE_NOTES: Record<SessionStep['mode'], string> = {
  round: 'answers spoken in turn, with names',
  private: 'written on the device unseen, with names',
  anonymous: 'no names kept; answers in no particular order',
  pulse: 'ratings from 1 to 5, shown only as a spread',
};

const NOTE_TEXT: Record<Exclude<StepNote, null>, string> = {
  skipped: 'Skipped',
  'not-reached': 'Not reached',
  upcoming: 'Not reached yet',
};

export function SummaryStep({
  record,
  index,
  note,
  promptsById,
  made,
  reviewed,
}: {
  record: SessionRecord;
  index: number;
  note: StepNote;
  promptsById: Map<string, Prompt>;
  made: number;
  reviewed: number;
}) {
  const step = record.session.steps[index];
  if (!step) return null;
  const rows = record.responses.filter((r) => r.stepIndex === index);
  // `step-N` is the address of the step (search results link to /history/<id>#step-N).
  const headingId = `step-${index}-heading`;
  return (
    <section
      id={`step-${index}`}
      tabIndex={-1}
      className="summary-step"
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>
        <span className="summary-step-number">Step {index + 1}:</span>{' '}
        <UserText text={step.title} />
      </h2>
      {step.kind === 'prompts' && (
        <p className="muted summary-mode">{`${MODE_LABELS[step.mode]}: ${MODE_NOTES[step.mode]}`}</p>
      )}
      {note && <p className="summary-step-note">{NOTE_TEXT[note]}</p>}
      {step.kind === 'review-commitments' && note === null && (
        <p>
          {plural(reviewed, 'commitment')} from earlier huddles reviewed.{' '}
          <a href="#commitments-reviewed">See the review outcomes</a>.
        </p>
      )}
      {step.kind === 'commitments' && note === null && (
        <p>
          {plural(made, 'commitment')} made. <a href="#commitments-made">See the commitments</a>.
        </p>
      )}
      {step.kind === 'prompts' &&
        step.promptIds.map((promptId) => (
          <PromptAnswers
            key={promptId}
            record={record}
            step={step}
            stepIndex={index}
            promptId={promptId}
            prompt={promptsById.get(promptId)}
            rows={rows.filter((r) => r.promptId === promptId)}
            hideEmpty={note !== null}
          />
        ))}
    </section>
  );
}

function PromptAnswers({
  record,
  step,
  stepIndex,
  promptId,
  prompt,
  rows,
  hideEmpty,
}: {
  record: SessionRecord;
  step: SessionStep;
  stepIndex: number;
  promptId: string;
  prompt: Prompt | undefined;
  rows: Response[];
  hideEmpty: boolean;
}) {
  const headingId = useId();
  const passes = rows.filter((r) => r.passed).length;
  const given = rows.filter((r) => !r.passed);
  const rating = isRatingPrompt(step.mode, prompt);
  const answers = rating ? [] : given.filter((r) => answerText(r));
  const ratings = rating ? given.flatMap((r) => (r.rating === undefined ? [] : [r.rating])) : [];
  const nothing = answers.length === 0 && ratings.length === 0 && passes === 0;
  if (nothing && hideEmpty) {
    return (
      <div className="summary-prompt">
        <h3 id={headingId}>{prompt?.text ?? 'A prompt no longer in the library'}</h3>
      </div>
    );
  }
  return (
    <div className="summary-prompt">
      <h3 id={headingId}>{prompt?.text ?? 'A prompt no longer in the library'}</h3>
      {rating && ratings.length > 0 ? (
        <PulseSpread ratings={ratings} labelledBy={headingId} />
      ) : rating ? (
        <p className="muted">No ratings.</p>
      ) : nothing ? (
        <p className="muted">No answers.</p>
      ) : answers.length > 0 ? (
        <AnswerList
          record={record}
          answers={answers}
          anonymous={isUnattributed(step.mode)}
          seedText={`${record.session.id}:${stepIndex}:${promptId}`}
          labelledBy={headingId}
        />
      ) : null}
      {passes > 0 && <p className="summary-passes">{passes} passed</p>}
    </div>
  );
}

function AnswerList({
  record,
  answers,
  anonymous,
  seedText,
  labelledBy,
}: {
  record: SessionRecord;
  answers: Response[];
  anonymous: boolean;
  seedText: string;
  labelledBy: string;
}) {
  if (anonymous) {
    // No names, and an order that says nothing about who wrote what or when.
    const ordered = neutralOrder(answers, seedText, answerText);
    return (
      <ul className="summary-answers" aria-labelledby={labelledBy}>
        {ordered.map((r) => (
          <li key={r.id}>{answerText(r)}</li>
        ))}
      </ul>
    );
  }
  const nameOf = participantNamer(record);
  // The order of the round: members as listed at attendance, then guests.
  const seat = new Map(
    [...record.session.attendance, ...record.session.guests.map((g) => g.id)].map((id, i) => [
      id,
      i,
    ]),
  );
  const seatOf = (r: Response) => (r.memberId ? (seat.get(r.memberId) ?? seat.size) : seat.size);
  const ordered = [...answers].sort((a, b) => seatOf(a) - seatOf(b) || a.createdAt - b.createdAt);
  return (
    <ul className="summary-answers" aria-labelledby={labelledBy}>
      {ordered.map((r) => (
        <li key={r.id}>
          <span className="summary-answer-by">
            <UserText text={nameOf(r.memberId)} />:
          </span>{' '}
          <UserText text={answerText(r)} />
        </li>
      ))}
    </ul>
  );
}
