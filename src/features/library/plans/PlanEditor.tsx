import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type DraftKey, NEW_RECORD } from '../../../db/drafts';
import { usePrompts } from '../../../db/hooks';
import { createPlan, updatePlan } from '../../../db/library';
import { useTextDraft } from '../../../db/useTextDraft';
import type { Plan } from '../../../domain/types';
import { ConfirmButton } from '../../../ui/ConfirmButton';
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
  samePlanDraft,
  validatePlanDraft,
} from './planDraft';
import { StepEditor } from './StepEditor';

/**
 * Edits a custom plan (or writes a new one) as a draft; nothing is stored until "Save plan". The
 * draft is kept on this device (through leaving the page and a reload) until saved or discarded.
 */
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
  const planId = plan?.id;
  // `plan` is the record as it was when the editor opened: what "unchanged" means.
  const [saved] = useState<PlanDraft>(() => (plan ? planToDraft(plan) : emptyPlanDraft()));
  const draftKey = useMemo<DraftKey>(
    () => ({ kind: 'plan', scope: planId ?? NEW_RECORD }),
    [planId],
  );
  const kept = useTextDraft(draftKey, saved, (d) => samePlanDraft(d, saved));
  const draft = kept.value;
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
    kept.set({ ...draft, ...next });
  }

  function updateStep(stepId: string, patch: Partial<StepDraft>) {
    update({ steps: draft.steps.map((s) => (s.id === stepId ? { ...s, ...patch } : s)) });
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
      // Saved: the draft has done its job.
      void kept.clear();
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
      {/* Leaving any field saves the draft at once (React's blur bubbles up to the form). */}
      <form
        onSubmit={onSubmit}
        onBlur={() => void kept.flush()}
        noValidate
        aria-labelledby={`${id}-heading`}
      >
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
        {kept.hasDraft && (
          <p className="hint">
            {kept.status === 'error'
              ? 'Not saved yet, and the draft could not be kept: it stays on screen, and saving will retry.'
              : 'Not saved yet: kept as a draft on this device until you save or discard it.'}
          </p>
        )}
        <div className="button-row">
          <button type="submit" disabled={busy}>
            Save plan
          </button>
          {kept.hasDraft ? (
            <ConfirmButton
              message={
                plan
                  ? 'Discard your changes? The plan stays as it was saved.'
                  : 'Discard this new plan? What you wrote is deleted.'
              }
              confirmLabel="Yes, discard my changes"
              onConfirm={async () => {
                await kept.clear();
                onDone('');
              }}
            >
              Discard changes
            </ConfirmButton>
          ) : (
            <button type="button" className="secondary" onClick={() => onDone('')}>
              Cancel
            </button>
          )}
        </div>
        <ErrorMessage error={failure} />
      </form>
    </section>
  );
}
