import { useId } from 'react';
import type { Prompt, StepKind } from '../../../domain/types';
import { FieldError } from '../../../ui/FieldError';
import { ReorderButtons } from '../../../ui/ReorderButtons';
import { DrawFields } from './DrawFields';
import { ModePicker } from './ModePicker';
import { PromptPicker } from './PromptPicker';
import type { StepDraft, StepErrors } from './planDraft';
import { STEP_KIND_LABELS } from './planSummary';

const KINDS = Object.keys(STEP_KIND_LABELS) as StepKind[];

export interface StepEditorProps {
  step: StepDraft;
  index: number;
  count: number;
  errors: StepErrors | undefined;
  prompts: readonly Prompt[];
  /** Focus the title when the step has just been added. */
  isNew: boolean;
  onChange: (patch: Partial<StepDraft>) => void;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}

export function StepEditor(props: StepEditorProps) {
  const { step, index, count, errors, isNew, onChange } = props;
  const id = useId();
  const label = `Step ${index + 1}`;
  return (
    <li className="step-editor">
      <fieldset>
        <legend>
          {label}: {step.title.trim() || 'untitled'}
        </legend>
        <div className="field-grid">
          <div className="form-field">
            <label htmlFor={`${id}-title`}>Title</label>
            <input
              id={`${id}-title`}
              value={step.title}
              onChange={(e) => onChange({ title: e.target.value })}
              maxLength={80}
              // biome-ignore lint/a11y/noAutofocus: the person just pressed "Add step".
              autoFocus={isNew}
              aria-invalid={errors?.title ? true : undefined}
              aria-describedby={errors?.title ? `${id}-title-error` : undefined}
            />
            <FieldError id={`${id}-title-error`} message={errors?.title} alert={false} />
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-kind`}>What happens</label>
            <select
              id={`${id}-kind`}
              value={step.kind}
              onChange={(e) => onChange({ kind: e.target.value as StepKind })}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {STEP_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-minutes`}>Time box (minutes)</label>
            <input
              id={`${id}-minutes`}
              type="number"
              inputMode="decimal"
              min={0.25}
              max={60}
              step={0.25}
              className="number-input"
              value={step.minutes}
              onChange={(e) => onChange({ minutes: e.target.value })}
              aria-invalid={errors?.minutes ? true : undefined}
              aria-describedby={`${id}-minutes-hint${errors?.minutes ? ` ${id}-minutes-error` : ''}`}
            />
            <p id={`${id}-minutes-hint`} className="hint">
              Running out of time never cuts anyone off.
            </p>
            <FieldError id={`${id}-minutes-error`} message={errors?.minutes} alert={false} />
          </div>
        </div>
        {step.kind === 'prompts' && <PromptSource {...props} />}
        <div className="button-row step-actions">
          <ReorderButtons index={index} count={count} itemLabel={label} onMove={props.onMove} />
          <button type="button" className="danger" onClick={props.onRemove}>
            Remove <span className="visually-hidden">{label}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}

function PromptSource({ step, errors, prompts, onChange }: StepEditorProps) {
  const name = useId();
  return (
    <>
      <fieldset className="choice-group">
        <legend className="choice-legend">Which prompts</legend>
        <div className="choice">
          <input
            id={`${name}-draw`}
            type="radio"
            name={name}
            checked={step.sourceType === 'draw'}
            onChange={() => onChange({ sourceType: 'draw' })}
          />
          <label htmlFor={`${name}-draw`}>Draw from a pillar each time</label>
        </div>
        <div className="choice">
          <input
            id={`${name}-prompts`}
            type="radio"
            name={name}
            checked={step.sourceType === 'prompts'}
            onChange={() => onChange({ sourceType: 'prompts' })}
          />
          <label htmlFor={`${name}-prompts`}>The same chosen prompts every time</label>
        </div>
      </fieldset>
      {step.sourceType === 'draw' ? (
        <DrawFields step={step} prompts={prompts} onChange={onChange} error={errors?.count} />
      ) : (
        <PromptPicker
          prompts={prompts}
          selected={step.promptIds}
          onChange={(promptIds) => onChange({ promptIds })}
          error={errors?.prompts}
        />
      )}
      <ModePicker value={step.mode} onChange={(mode) => onChange({ mode })} />
    </>
  );
}
