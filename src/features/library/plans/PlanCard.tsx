import { useState } from 'react';
import { setPlanRetired } from '../../../db/library';
import { plansEstimatedMinutes } from '../../../domain/library/planSteps';
import type { Plan } from '../../../domain/types';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { shownText, UserText } from '../../../ui/UserText';
import { stepSummary } from './planSummary';

export function PlanCard({
  plan,
  hasDraft,
  onEdit,
  onDuplicate,
}: {
  plan: Plan;
  /** Unsaved edits are kept on this device. */
  hasDraft: boolean;
  onEdit: (plan: Plan) => void;
  onDuplicate: (plan: Plan) => Promise<void>;
}) {
  const [error, setError] = useState<unknown>(null);

  async function run(action: () => Promise<void>) {
    try {
      await action();
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  const minutes = plansEstimatedMinutes(plan);
  return (
    <li className="card lib-plan-card">
      <h3>
        <UserText text={plan.name} clamp />
      </h3>
      <ul className="tag-list" aria-label="About this plan">
        <li className="tag tag-strong">{plan.builtIn ? 'Built-in' : 'Your own'}</li>
        <li className="tag">
          {plan.steps.length} {plan.steps.length === 1 ? 'step' : 'steps'} · about {minutes} min
        </li>
        {plan.retired && <li className="tag tag-warn">Retired: not offered</li>}
        {hasDraft && <li className="tag tag-warn">Unsaved changes kept</li>}
      </ul>
      {plan.description && <p className="lib-plan-description">{plan.description}</p>}
      <details className="fold">
        <summary>
          Steps <span className="visually-hidden">of {shownText(plan.name)}</span>
        </summary>
        <ol className="step-summary">
          {plan.steps.map((step) => (
            <li key={step.id}>
              <strong>
                <UserText text={step.title} />
              </strong>
              <br />
              <span className="muted">{stepSummary(step)}</span>
            </li>
          ))}
        </ol>
      </details>
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => run(() => onDuplicate(plan))}>
          Duplicate <span className="visually-hidden">{shownText(plan.name)}</span>
        </button>
        {!plan.builtIn && (
          <>
            <button type="button" className="secondary" onClick={() => onEdit(plan)}>
              {hasDraft ? 'Continue editing' : 'Edit'}{' '}
              <span className="visually-hidden">{shownText(plan.name)}</span>
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => run(() => setPlanRetired(plan.id, !plan.retired))}
            >
              {plan.retired ? 'Restore' : 'Retire'}{' '}
              <span className="visually-hidden">{shownText(plan.name)}</span>
            </button>
          </>
        )}
      </div>
      <ErrorMessage error={error} />
    </li>
  );
}
