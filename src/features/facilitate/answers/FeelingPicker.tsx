import { type KeyboardEvent, memo, useId, useState } from 'react';
import { FEELING_FAMILIES } from '../../../domain/library/feelings';

/** Where an arrow key moves within a row of `count` chips; null for keys the row ignores. */
export function rovingTarget(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * Feeling words grouped by family; any number can be picked, none is required. Each family is a
 * toolbar of toggle buttons with one tab stop (a roving tabindex): Tab moves family to family,
 * arrow keys (wrapping), Home and End move within one, Space or Enter picks. Eleven tab stops,
 * not sixty-six. Memoised: typing in the text box next to it must not re-render the buttons.
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
  const baseId = useId();
  // The chip of each family that holds the family's tab stop: the last one used.
  const [current, setCurrent] = useState<Record<string, number>>({});
  const toggle = (word: string) =>
    onChange(selected.includes(word) ? selected.filter((w) => w !== word) : [...selected, word]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, familyId: string) => {
    const chips = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const index = chips.indexOf(event.target as HTMLButtonElement);
    const target = index < 0 ? null : rovingTarget(event.key, index, chips.length);
    if (target === null) return;
    // Handled here: the huddle's arrow-key shortcuts (next/back step) must not also fire.
    event.preventDefault();
    setCurrent((c) => ({ ...c, [familyId]: target }));
    chips[target]?.focus();
  };

  return (
    <fieldset className="feeling-picker">
      <legend>{legend}</legend>
      <p className="muted">Pick any words that fit, or none. Arrow keys move within a group.</p>
      <div className="feeling-families">
        {FEELING_FAMILIES.map((family) => {
          const labelId = `${baseId}-${family.id}`;
          const firstPicked = family.words.findIndex((w) => selected.includes(w));
          const stop = current[family.id] ?? Math.max(firstPicked, 0);
          return (
            <div key={family.id} className="feeling-family">
              <p id={labelId} className="feeling-family-label">
                {family.label}
              </p>
              <div
                role="toolbar"
                aria-labelledby={labelId}
                className="chip-row"
                onKeyDown={(event) => onKeyDown(event, family.id)}
              >
                {family.words.map((word, index) => (
                  <button
                    key={word}
                    type="button"
                    className="chip"
                    tabIndex={index === stop ? 0 : -1}
                    aria-pressed={selected.includes(word)}
                    onClick={() => toggle(word)}
                    onFocus={() =>
                      stop !== index && setCurrent((c) => ({ ...c, [family.id]: index }))
                    }
                  >
                    {word}
                  </button>
                ))}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
});
