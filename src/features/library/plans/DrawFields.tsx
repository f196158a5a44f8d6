import { useId } from 'react';
import { CATEGORY_LABELS, PILLAR_LABELS } from '../../../domain/pillars';
import type { Pillar, Prompt, PromptCategory } from '../../../domain/types';
import { FieldError } from '../../../ui/FieldError';
import type { StepDraft } from './planDraft';

const PILLAR_KEYS = Object.keys(PILLAR_LABELS) as Pillar[];
const CATEGORY_KEYS = Object.keys(CATEGORY_LABELS) as PromptCategory[];

/** "Draw N prompts from pillar X (category Y)": fresh prompts each huddle, avoiding repeats. */
export function DrawFields({
  step,
  prompts,
  onChange,
  error,
}: {
  step: StepDraft;
  prompts: readonly Prompt[];
  onChange: (patch: Partial<StepDraft>) => void;
  error: string | undefined;
}) {
  const id = useId();
  const pool = prompts.filter(
    (p) => !p.retired && p.pillar === step.drawPillar && p.category === step.drawCategory,
  ).length;
  return (
    <div className="field-grid">
      <div className="form-field">
        <label htmlFor={`${id}-pillar`}>Pillar to draw from</label>
        <select
          id={`${id}-pillar`}
          value={step.drawPillar}
          onChange={(e) => onChange({ drawPillar: e.target.value as Pillar })}
        >
          {PILLAR_KEYS.map((p) => (
            <option key={p} value={p}>
              {PILLAR_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-category`}>Category</label>
        <select
          id={`${id}-category`}
          value={step.drawCategory}
          onChange={(e) => onChange({ drawCategory: e.target.value as PromptCategory })}
        >
          {CATEGORY_KEYS.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-count`}>How many prompts</label>
        <input
          id={`${id}-count`}
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          step={1}
          className="number-input"
          value={step.drawCount}
          onChange={(e) => onChange({ drawCount: e.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <FieldError id={`${id}-error`} message={error} alert={false} />
      </div>
      <p className="hint field-wide">
        {pool === 0
          ? 'No prompt in this pillar and category is offered right now: choose another, or add one under Prompts.'
          : `${pool} ${pool === 1 ? 'prompt' : 'prompts'} to draw from; the team's recent ones are drawn last.`}
        {step.drawCategory === 'pillar' &&
          ' In-depth prompts follow the focus pillar the facilitator picks when starting the huddle.'}
      </p>
    </div>
  );
}
