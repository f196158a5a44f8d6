import { useId, useState } from 'react';
import { addThemeKeywords, setSuggestionFlags } from '../../db/insights';
import { createTheme, updateTheme } from '../../db/themes';
import type { ThemeResult } from '../../domain/themes/types';
import type { Team, Theme } from '../../domain/types';
import { NameThemeForm } from './NameThemeForm';

type Mode = 'idle' | 'name' | 'merge' | 'edit';

/**
 * What a person can do with a theme. A suggestion can be named (becoming a named theme tracked
 * over time), merged into a named theme (its spellings become keywords), pinned or hidden. A named
 * theme can be renamed, pinned or hidden.
 */
export function ThemeActions({
  team,
  theme,
  named,
  onDone,
}: {
  team: Team;
  theme: ThemeResult;
  /** The team's named themes (curated records). */
  named: Theme[];
  /** Says what happened, for the section's status line. */
  onDone: (message: string) => void;
}) {
  const id = useId();
  const [mode, setMode] = useState<Mode>('idle');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const record = theme.curatedId ? named.find((t) => t.id === theme.curatedId) : undefined;
  const keywords = theme.variants.length ? theme.variants : [theme.label];
  const mergeTargets = named.filter((t) => !t.hidden);

  async function act(work: () => Promise<void>, message: string) {
    setError(null);
    try {
      await work();
      setMode('idle');
      onDone(message);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'That did not work. Try again.');
    }
  }

  if (mode === 'name' || mode === 'edit') {
    return (
      <NameThemeForm
        title={mode === 'name' ? `Name the theme “${theme.label}”` : `Edit “${theme.label}”`}
        initialLabel={record?.label ?? theme.label}
        initialKeywords={record?.keywords ?? keywords}
        submitLabel={mode === 'name' ? 'Save named theme' : 'Save changes'}
        onCancel={() => setMode('idle')}
        onSubmit={async (label, words) => {
          if (mode === 'edit' && record) {
            await updateTheme(record.id, { label, keywords: words });
            onDone(`Saved “${label}”.`);
          } else {
            await createTheme(team.id, label, words, true);
            onDone(`Named “${label}”. It is now tracked over time.`);
          }
          setMode('idle');
        }}
      />
    );
  }

  if (mode === 'merge') {
    const chosen = mergeTargets.find((t) => t.id === target);
    return (
      <form
        className="merge-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) {
            void act(
              () => addThemeKeywords(chosen.id, keywords),
              `Added “${theme.label}” to “${chosen.label}”.`,
            );
          }
        }}
      >
        <label htmlFor={`${id}-merge`}>Add “{theme.label}” to</label>
        <select id={`${id}-merge`} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Choose a named theme</option>
          {mergeTargets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        <div className="button-row">
          <button type="submit" disabled={!chosen}>
            Add to theme
          </button>
          <button type="button" className="secondary" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </div>
        {error && (
          <p className="error-message" role="alert">
            {error}
          </p>
        )}
      </form>
    );
  }

  const pin = !theme.pinned;
  return (
    <div className="theme-actions">
      <div className="button-row">
        {theme.kind === 'suggested' ? (
          <>
            <button type="button" className="secondary" onClick={() => setMode('name')}>
              Name this theme
            </button>
            {mergeTargets.length > 0 && (
              <button type="button" className="secondary" onClick={() => setMode('merge')}>
                Add to a named theme
              </button>
            )}
          </>
        ) : (
          record && (
            <button type="button" className="secondary" onClick={() => setMode('edit')}>
              Edit
            </button>
          )
        )}
        <button
          aria-label={`Pin “${theme.label}”`}
          type="button"
          className="secondary"
          aria-pressed={theme.pinned}
          onClick={() =>
            void act(
              () =>
                record
                  ? updateTheme(record.id, { pinned: pin })
                  : setSuggestionFlags(team.id, theme.key, theme.label, { pinned: pin }),
              pin ? `Pinned “${theme.label}” to the top.` : `Unpinned “${theme.label}”.`,
            )
          }
        >
          Pin
        </button>
        <button
          aria-label={`Hide “${theme.label}”`}
          type="button"
          className="secondary"
          onClick={() =>
            void act(
              () =>
                record
                  ? updateTheme(record.id, { hidden: true })
                  : setSuggestionFlags(team.id, theme.key, theme.label, { hidden: true }),
              `Hid “${theme.label}”. Settings below can show it again.`,
            )
          }
        >
          Hide
        </button>
      </div>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
