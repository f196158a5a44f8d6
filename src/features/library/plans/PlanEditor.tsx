import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { usePrompts } from '../../../db/hooks';
import { createPlan, updatePlan } from '../../../db/library';
import type { Plan } from '../../../domain/types';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { FieldError } from '../../../ui/FieldError';
import { moveItem } from '../../../ui/ReorderButtons';
import { ProblemSummary } from './ProblemSummary';
import {
  draftMinutes,
  draftToInput,
  emptyPlanDraft,
  MAX_STEPS,
  newStepDraft,
  type PlanDraft,
  planToDraft,
  type StepDraft,
  validatePlanDraft,
} from './planDraft';
import { StepEditor } from './StepEditor';

/** Edits a custom plan (or writes a new one) as a draft; nothing is stored until "Save plan". */
export function PlanEditor({
  plan,
  intro,
  onDone,
}: {
  /** null: a new plan. */
  plan: Plan | null;
  intro?: string;
  /** Back to the list, with a message for the status line. */
  onDone: (message: string) => void;
}) {
  const id = useId();
  const prompts = usePrompts();
  const [draft, setDraft] = useState<PlanDraft>(() =>
    plan ? planToDraft(plan) : emptyPlanDraft(),
  );
  const [checked, setChecked] = useState(false);
  const [newStepId, setNewStepId] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepsHeadingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const errors = validatePlanDraft(draft);
  const shown = checked ? errors : undefined;

  function update(next: Partial<PlanDraft>) {
    setDraft((d) => ({ ...d, ...next }));
  }

  function updateStep(stepId: string, patch: Partial<StepDraft>) {
    setDraft((d) => ({
      ...d,
      steps: d.steps.map((s) => (s.id === stepId ? { ...s, ...patch } : s)),
    }));
  }

  function addStep() {
    const step = newStepDraft();
    setNewStepId(step.id);
    update({ steps: [...draft.steps, step] });
  }

  function removeStep(stepId: string) {
    update({ steps: draft.steps.filter((s) => s.id !== stepId) });
    stepsHeadingRef.current?.focus();
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (errors.count > 0) {
      // Wait for the summary to render, then take the person to it.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const input = draftToInput(draft);
      if (plan) await updatePlan(plan.id, input);
      else await createPlan(input);
      onDone(`Plan "${input.name.trim()}" saved.`);
    } catch (e) {
      setFailure(e);
      setBusy(false);
    }
  }

  const title = plan ? `Edit plan: ${plan.name}` : 'New plan';
  return (
    <section aria-labelledby={`${id}-heading`} className="plan-editor">
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {intro && <p className="callout">{intro}</p>}
      <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
        {shown && shown.count > 0 && (
          <ProblemSummary ref={summaryRef} errors={shown} draft={draft} />
        )}
        <div className="form-field">
          <label htmlFor={`${id}-name`}>Plan name</label>
          <input
            id={`${id}-name`}
            className="wide-input"
            value={draft.name}
            onChange={(e) => update({ name: e.target.value })}
            maxLength={80}
            autoComplete="off"
            aria-invalid={shown?.name ? true : undefined}
            aria-describedby={shown?.name ? `${id}-name-error` : undefined}
          />
          <FieldError id={`${id}-name-error`} message={shown?.name} alert={false} />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-description`}>Description (optional)</label>
          <textarea
            id={`${id}-description`}
            className="short-textarea"
            value={draft.description}
            onChange={(e) => update({ description: e.target.value })}
            maxLength={1000}
          />
        </div>
        <h3 ref={stepsHeadingRef} tabIndex={-1}>
          Steps
        </h3>
        <p className="muted" aria-live="polite">
          About {draftMinutes(draft)} minutes in all. Most huddles take 10 to 20.
        </p>
        <FieldError id={`${id}-steps-error`} message={shown?.steps} alert={false} />
        {prompts === undefined ? (
          <p aria-live="polite">Loading prompts…</p>
        ) : (
          <ol className="step-editor-list" aria-label="Steps">
            {draft.steps.map((step, i) => (
              <StepEditor
                key={step.id}
                step={step}
                index={i}
                count={draft.steps.length}
                errors={shown?.byStep[step.id]}
                prompts={prompts}
                isNew={step.id === newStepId}
                onChange={(patch) => updateStep(step.id, patch)}
                onMove={(from, to) => update({ steps: moveItem(draft.steps, from, to) })}
                onRemove={() => removeStep(step.id)}
              />
            ))}
          </ol>
        )}
        <p>
          <button
            type="button"
            className="secondary"
            onClick={addStep}
            disabled={draft.steps.length >= MAX_STEPS}
          >
            Add step
          </button>
        </p>
        <div className="button-row">
          <button type="submit" disabled={busy}>
            Save plan
          </button>
          <button type="button" className="secondary" onClick={() => onDone('')}>
            Cancel
          </button>
        </div>
        <ErrorMessage error={failure} />
      </form>
    </section>
  );
}
