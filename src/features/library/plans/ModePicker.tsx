import { useId } from 'react';
import { MODE_DESCRIPTIONS, MODE_LABELS } from '../../../domain/pillars';
import type { AnswerMode } from '../../../domain/types';

const MODES = Object.keys(MODE_LABELS) as AnswerMode[];

/** The four ways a step collects answers, each explained in plain words. */
export function ModePicker({
  value,
  onChange,
}: {
  value: AnswerMode;
  onChange: (mode: AnswerMode) => void;
}) {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend className="choice-legend">How people answer</legend>
      {MODES.map((mode) => {
        const id = `${name}-${mode}`;
        return (
          <div key={mode} className="choice">
            <input
              id={id}
              type="radio"
              name={name}
              value={mode}
              checked={value === mode}
              onChange={() => onChange(mode)}
              aria-describedby={`${id}-hint`}
            />
            <label htmlFor={id}>{MODE_LABELS[mode]}</label>
            <p id={`${id}-hint`} className="hint">
              {MODE_DESCRIPTIONS[mode]}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
