import { PULSE_RATINGS, pulseDistribution } from '../../../domain/huddle/pulse';
import { neutralOrder } from '../../../domain/library/random';
import type { Prompt, Response } from '../../../domain/types';
import { UserText } from '../../../ui/UserText';
import { participantName, useHuddleData } from '../huddleData';
import { useStepAnswers } from '../sessionAnswers';

function answerText(r: Response): string {
  const feelings = r.feelings?.length ? r.feelings.join(', ') : '';
  const text = r.text?.trim() ?? '';
  return feelings && text ? `${feelings} — ${text}` : feelings || text;
}

/**
 * A step's answers as cards. Passes are counted, never shown as blanks; anonymous answers carry
 * no name and come in a shuffled order; ratings show only their spread, withheld under three.
 */
export function AnswerList({
  stepIndex,
  prompts,
  showNames,
}: {
  stepIndex: number;
  prompts: Prompt[];
  showNames: boolean;
}) {
  const data = useHuddleData();
  const all = useStepAnswers(stepIndex);
  const step = data.session.steps[stepIndex];
  if (!step) return null;
  const anonymous = step.mode === 'anonymous' || step.mode === 'pulse';
  return (
    <section className="answers" aria-label="Answers">
      {prompts.map((prompt) => {
        // On a shared device a draft is not an answer until its turn is done. A round's
        // facilitator sees what they type as they type it (the room screen shows only done turns).
        const rows = all.filter(
          (r) => r.promptId === prompt.id && (r.draft !== true || step.mode === 'round'),
        );
        const passes = rows.filter((r) => r.passed).length;
        if (prompt.kind === 'scale') {
          const dist = pulseDistribution(
            rows.flatMap((r) => (!r.passed && r.rating !== undefined ? [r.rating] : [])),
          );
          return (
            <div key={prompt.id} className="answer-group">
              <h3>
                <UserText text={prompt.text} />
              </h3>
              <Distribution dist={dist} />
              {passes > 0 && <p className="muted">{passes} passed</p>}
            </div>
          );
        }
        const given = rows.filter((r) => !r.passed && answerText(r));
        const ordered = anonymous
          ? neutralOrder(given, `${data.session.id}:${stepIndex}:${prompt.id}`, answerText)
          : [...given].sort((a, b) => a.createdAt - b.createdAt);
        return (
          <div key={prompt.id} className="answer-group">
            {prompts.length > 1 && (
              <h3>
                <UserText text={prompt.text} />
              </h3>
            )}
            {ordered.length === 0 && passes === 0 ? (
              <p className="muted">No answers yet.</p>
            ) : (
              <ul className="answer-cards">
                {ordered.map((r) => (
                  <li key={r.id} className="answer-card">
                    <p>
                      <UserText text={answerText(r)} />
                    </p>
                    {showNames && !anonymous && r.memberId && (
                      <p className="answer-by">
                        — <UserText text={participantName(data, r.memberId)} clamp />
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {passes > 0 && (
              <p className="muted">
                {passes} {passes === 1 ? 'person' : 'people'} passed
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}

function Distribution({ dist }: { dist: ReturnType<typeof pulseDistribution> }) {
  if (dist.withheld) {
    return (
      <p className="muted">
        Too few answers to show safely ({dist.count} so far; at least 3 are needed).
      </p>
    );
  }
  const counts = PULSE_RATINGS.map((rating) => dist.counts[rating]);
  const max = Math.max(1, ...counts);
  return (
    <div className="distribution">
      <p>
        {dist.count} answers · average {dist.mean.toFixed(1)}
      </p>
      <ul className="bars" aria-label="Spread of answers from 1 to 5">
        {counts.map((n, i) => (
          <li key={PULSE_RATINGS[i]}>
            <span className="bar-label">{i + 1}</span>
            <span className="bar" style={{ width: `${(n / max) * 100}%` }} aria-hidden="true" />
            <span className="bar-count">
              {n}
              <span className="visually-hidden">
                {' '}
                {n === 1 ? 'answer' : 'answers'} of {i + 1}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
