import { useId, useState } from 'react';
import { tagResponse, untagResponse } from '../../db/themes';
import type { ResponseTheme, Theme } from '../../domain/types';
import { UserText } from '../../ui/UserText';

/** Tag one answer to a named theme by hand (or take a tag off). */
export function AnswerTags({
  responseId,
  named,
  tags,
}: {
  responseId: string;
  named: Theme[];
  tags: ResponseTheme[];
}) {
  const id = useId();
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const tagged = new Set(tags.map((t) => t.themeId));
  const current = named.filter((t) => tagged.has(t.id));
  const choices = named.filter((t) => !tagged.has(t.id) && !t.hidden);

  const run = (work: Promise<unknown>) => {
    setError(null);
    work.catch((e: unknown) => setError(e instanceof Error ? e.message : 'That did not work.'));
  };

  return (
    <div className="answer-tags">
      {current.length > 0 && (
        <ul className="tag-list" aria-label="Tagged to">
          {current.map((theme) => (
            <li key={theme.id}>
              <span className="theme-badge">
                <UserText text={theme.label} />
              </span>
              <button
                aria-label={`Remove tag “${theme.label}”`}
                type="button"
                className="secondary small"
                onClick={() => run(untagResponse(responseId, theme.id))}
              >
                Remove tag
              </button>
            </li>
          ))}
        </ul>
      )}
      {choices.length > 0 && (
        <form
          className="tag-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!target) return;
            run(tagResponse(responseId, target).then(() => setTarget('')));
          }}
        >
          <label htmlFor={`${id}-tag`}>Tag to a named theme</label>
          <select id={`${id}-tag`} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">Choose…</option>
            {choices.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
          <button type="submit" className="secondary small" disabled={!target}>
            Tag
          </button>
        </form>
      )}
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
