import { type FormEvent, useId, useState } from 'react';
import {
  MIN_HUDDLES_CEILING,
  MIN_HUDDLES_FLOOR,
  saveMinHuddles,
  setSuggestionFlags,
  type ThemeInputs,
} from '../../db/insights';
import { updateTheme } from '../../db/themes';
import type { Team } from '../../domain/types';

/** The themes' privacy floor (device-wide) and what this team hid, to show again. */
export function ThemeSettings({
  team,
  inputs,
  minHuddles,
}: {
  team: Team;
  inputs: ThemeInputs;
  minHuddles: number;
}) {
  const id = useId();
  const [value, setValue] = useState(String(minHuddles));
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const hidden = inputs.themes.filter((t) => t.hidden);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await saveMinHuddles(Number(value));
      setMessage(`Saved: themes now need at least ${Number(value)} huddles.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not save.');
    }
  }

  return (
    <details className="theme-settings">
      <summary>Theme settings and hidden themes</summary>
      <form className="inline-form" noValidate onSubmit={save}>
        <div className="field">
          <label htmlFor={`${id}-min`}>Minimum huddles before a theme is shown</label>
          <input
            id={`${id}-min`}
            type="number"
            inputMode="numeric"
            min={MIN_HUDDLES_FLOOR}
            max={MIN_HUDDLES_CEILING}
            step={1}
            value={value}
            aria-describedby={`${id}-min-hint`}
            onChange={(e) => setValue(e.target.value)}
          />
          <p id={`${id}-min-hint`} className="field-hint">
            Never fewer than {MIN_HUDDLES_FLOOR}, so one voice cannot be singled out. Applies to
            every team on this device.
          </p>
        </div>
        <button type="submit">Save</button>
        {error && (
          <p className="error-message" role="alert">
            {error}
          </p>
        )}
        <p role="status" className="insights-note">
          {message}
        </p>
      </form>
      <h3 className="theme-settings-title">Hidden themes</h3>
      {hidden.length === 0 ? (
        <p className="muted">Nothing hidden for this team.</p>
      ) : (
        <ul className="hidden-themes">
          {hidden.map((theme) => (
            <li key={theme.id}>
              <span>{theme.label}</span>
              <button
                aria-label={`Show again “${theme.label}”`}
                type="button"
                className="secondary"
                onClick={() =>
                  void (
                    theme.curated
                      ? updateTheme(theme.id, { hidden: false })
                      : setSuggestionFlags(team.id, theme.keywords[0] ?? '', theme.label, {
                          hidden: false,
                        })
                  ).then(() => setMessage(`“${theme.label}” is shown again.`))
                }
              >
                Show again
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
