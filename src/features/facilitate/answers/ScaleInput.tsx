import { memo, useId } from 'react';
import type { Scale } from '../../../domain/library/scales';

/** A 1–5 rating. Memoised: an autosave or a keystroke elsewhere does not re-render it. */
export const ScaleInput = memo(function ScaleInput({
  legend,
  value,
  onChange,
  scale,
}: {
  legend: string;
  value: number | undefined;
  onChange: (rating: number) => void;
  scale: Scale;
}) {
  const name = useId();
  return (
    <fieldset className="scale-input">
      <legend>{legend}</legend>
      <div className="scale-options">
        {scale.labels.map((label, i) => {
          const rating = i + 1;
          return (
            <label key={label} className="scale-option">
              <input
                type="radio"
                name={name}
                value={rating}
                checked={value === rating}
                onChange={() => onChange(rating)}
                aria-label={`${rating}: ${label}`}
              />
              <span className="scale-number">{rating}</span>
              <span className="scale-label">{label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
});
