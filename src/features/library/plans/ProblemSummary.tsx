import type { Ref } from 'react';
import type { PlanDraft, PlanErrors } from './planDraft';

/** What stops the plan from saving, listed in one alert at the top of the form. */
export function ProblemSummary({
  errors,
  draft,
  ref,
}: {
  errors: PlanErrors;
  draft: PlanDraft;
  ref?: Ref<HTMLDivElement>;
}) {
  const lines: string[] = [];
  if (errors.name) lines.push(`Plan name: ${errors.name}`);
  if (errors.steps) lines.push(errors.steps);
  draft.steps.forEach((step, i) => {
    const found = errors.byStep[step.id];
    if (!found) return;
    for (const message of [found.title, found.prompts, found.count, found.minutes]) {
      if (message) lines.push(`Step ${i + 1}: ${message}`);
    }
  });
  return (
    <div ref={ref} className="problem-summary" role="alert" tabIndex={-1}>
      <p>
        <strong>
          {lines.length === 1 ? 'One thing to fix' : `${lines.length} things to fix`} before saving:
        </strong>
      </p>
      <ul className="problem-list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
