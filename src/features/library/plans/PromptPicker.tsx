import { useId, useMemo } from 'react';
import { CATEGORY_LABELS, PILLAR_LABELS } from '../../../domain/pillars';
import { PILLARS, type Prompt } from '../../../domain/types';
import { FieldError } from '../../../ui/FieldError';
import { moveItem, ReorderButtons } from '../../../ui/ReorderButtons';

/**
 * Chooses specific prompts for a step: the chosen ones in asking order (reorderable), then every
 * prompt still offered, grouped by pillar. A hidden prompt already in the plan stays chosen.
 */
export function PromptPicker({
  prompts,
  selected,
  onChange,
  error,
}: {
  prompts: readonly Prompt[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
}) {
  const id = useId();
  const byId = useMemo(() => new Map(prompts.map((p) => [p.id, p])), [prompts]);
  const groups = useMemo(
    () =>
      PILLARS.map((pillar) => ({
        pillar,
        prompts: prompts.filter((p) => p.pillar === pillar && !p.retired),
      })),
    [prompts],
  );
  const chosen = new Set(selected);

  function toggle(promptId: string, on: boolean) {
    onChange(on ? [...selected, promptId] : selected.filter((x) => x !== promptId));
  }

  return (
    <div className="prompt-picker">
      <h4 id={`${id}-chosen`}>Chosen prompts, in the order they are asked</h4>
      {selected.length === 0 ? (
        <p className="hint">None yet: tick prompts below.</p>
      ) : (
        <ol className="row-list" aria-labelledby={`${id}-chosen`}>
          {selected.map((promptId, i) => {
            const label = `prompt ${i + 1}`;
            const prompt = byId.get(promptId);
            return (
              <li key={promptId} className="row-item">
                <span className="row-main">
                  {prompt?.text ?? 'A prompt no longer in the library'}
                  {prompt?.retired && <span className="muted"> (hidden)</span>}
                </span>
                <span className="button-row">
                  <ReorderButtons
                    index={i}
                    count={selected.length}
                    itemLabel={label}
                    onMove={(from, to) => onChange(moveItem(selected, from, to))}
                  />
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => toggle(promptId, false)}
                  >
                    Remove <span className="visually-hidden">{label}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <FieldError id={`${id}-error`} message={error} alert={false} />
      {groups.map((group) => {
        const count = group.prompts.filter((p) => chosen.has(p.id)).length;
        return (
          <details key={group.pillar} className="fold picker-group">
            <summary>
              {PILLAR_LABELS[group.pillar]} ({count} of {group.prompts.length} chosen)
            </summary>
            <fieldset>
              <legend className="visually-hidden">{PILLAR_LABELS[group.pillar]} prompts</legend>
              {group.prompts.map((p) => (
                <div key={p.id} className="choice">
                  <input
                    id={`${id}-${p.id}`}
                    type="checkbox"
                    checked={chosen.has(p.id)}
                    onChange={(e) => toggle(p.id, e.target.checked)}
                  />
                  <label htmlFor={`${id}-${p.id}`}>
                    {p.text} <span className="muted">({CATEGORY_LABELS[p.category]})</span>
                  </label>
                </div>
              ))}
            </fieldset>
          </details>
        );
      })}
    </div>
  );
}
