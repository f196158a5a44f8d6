import { type FormEvent, useId, useState } from 'react';

/** Splits "paperwork, paper work; forms" into keywords. */
export function parseKeywords(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((k) => k.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/** Name (or rename) a theme and say which words mark it. */
export function NameThemeForm({
  title,
  initialLabel = '',
  initialKeywords = [],
  submitLabel,
  onSubmit,
  onCancel,
}: {
  title: string;
  initialLabel?: string;
  initialKeywords?: string[];
  submitLabel: string;
  onSubmit: (label: string, keywords: string[]) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [label, setLabel] = useState(initialLabel);
  const [keywords, setKeywords] = useState(initialKeywords.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSubmit(label, parseKeywords(keywords));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The theme could not be saved.');
      setSaving(false);
    }
  }

  return (
    <form className="name-theme-form" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h4 id={`${id}-title`}>{title}</h4>
      <div className="field">
        <label htmlFor={`${id}-label`}>Theme name</label>
        <input
          id={`${id}-label`}
          value={label}
          maxLength={80}
          required
          onChange={(e) => setLabel(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-keywords`}>Words that mark it</label>
        <input
          id={`${id}-keywords`}
          value={keywords}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setKeywords(e.target.value)}
        />
        <p id={`${id}-hint`} className="field-hint">
          Separate with commas. "family" also finds "families"; "paperwork" also finds "paper work".
          With none, the name is used.
        </p>
      </div>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" disabled={saving}>
          {submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
