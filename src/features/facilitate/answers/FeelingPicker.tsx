import { memo } from 'react';
import { FEELING_FAMILIES } from '../../../domain/library/feelings';

/**
 * Feeling words grouped by family; any number can be picked, none is required. Memoised: it is
 * sixty-odd buttons, and typing in the text box next to it must not re-render them.
 */
export const FeelingPicker = memo(function FeelingPicker({
  legend,
  selected,
  onChange,
}: {
  legend: string;
  selected: string[];
  onChange: (words: string[]) => void;
}) {
  const toggle = (word: string) =>
    onChange(selected.includes(word) ? selected.filter((w) => w !== word) : [...selected, word]);
  return (
    <fieldset className="feeling-picker">
      <legend>{legend}</legend>
      <p className="muted">Pick any words that fit, or none.</p>
      <div className="feeling-families">
        {FEELING_FAMILIES.map((family) => (
          <fieldset key={family.id} className="feeling-family">
            <legend className="feeling-family-label">{family.label}</legend>
            <div className="chip-row">
              {family.words.map((word) => (
                <button
                  key={word}
                  type="button"
                  className="chip"
                  aria-pressed={selected.includes(word)}
                  onClick={() => toggle(word)}
                >
                  {word}
                </button>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
});
