import { type FormEvent, useId, useMemo, useState } from 'react';
import { type DraftKey, NEW_RECORD } from '../../../db/drafts';
import { createPrompt, updatePrompt } from '../../../db/library';
import { useTextDraft } from '../../../db/useTextDraft';
import {
  CATEGORY_LABELS,
  KIND_DESCRIPTIONS,
  KIND_LABELS,
  PILLAR_LABELS,
} from '../../../domain/pillars';
import type { Pillar, Prompt, PromptCategory, PromptKind } from '../../../domain/types';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { FieldError } from '../../../ui/FieldError';
import {
  draftToPromptInput,
  type PromptDraft,
  type PromptErrors,
  promptToDraft,
  samePromptDraft,
  validatePromptDraft,
} from './promptDraft';

const KINDS = Object.keys(KIND_LABELS) as PromptKind[];
const PILLAR_KEYS = Object.keys(PILLAR_LABELS) as Pillar[];
const CATEGORY_KEYS = Object.keys(CATEGORY_LABELS) as PromptCategory[];

/**
 * Writes a new custom prompt, or changes one (built-ins are never edited). What is typed is kept
 * as a draft (through leaving the page and a reload) until "Save" or a confirmed "Discard".
 */
export function PromptForm({
  prompt,
  onDone,
}: {
  /** null: a new prompt. */
  prompt: Prompt | null;
  onDone: (saved: boolean) => void;
}) {
  const id = useId();
  const ids = {
    pillar: `${id}-pillar`,
    category: `${id}-category`,
    kind: `${id}-kind`,
    kindHint: `${id}-kind-hint`,
    text: `${id}-text`,
    textError: `${id}-text-error`,
    choices: `${id}-choices`,
    choicesError: `${id}-choices-error`,
    note: `${id}-note`,
    noteHint: `${id}-note-hint`,
    draftNote: `${id}-draft-note`,
  };
  const saved = useMemo(() => promptToDraft(prompt), [prompt]);
  const promptId = prompt?.id;
  const draftKey = useMemo<DraftKey>(
    () => ({ kind: 'prompt', scope: promptId ?? NEW_RECORD }),
    [promptId],
  );
  const kept = useTextDraft(draftKey, saved, (d) => samePromptDraft(d, saved));
  const draft = kept.value;
  const [errors, setErrors] = useState<PromptErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  function set<K extends keyof PromptDraft>(key: K, value: PromptDraft[K]) {
    kept.set({ ...draft, [key]: value });
  }

  const flush = () => void kept.flush();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validatePromptDraft(draft);
    setErrors(found);
    if (found.text || found.choices) {
      document.getElementById(found.text ? ids.text : ids.choices)?.focus();
      return;
    }
    setBusy(true);
    try {
      const input = draftToPromptInput(draft);
      if (prompt) await updatePrompt(prompt.id, input);
      else await createPrompt(input);
      // Saved: the draft has done its job.
      void kept.clear();
      onDone(true);
    } catch (e) {
      setFailure(e);
      setBusy(false);
    }
  }

  const title = prompt ? 'Edit prompt' : 'New prompt';
  return (
    <form className="editor-form" onSubmit={onSubmit} noValidate aria-label={title}>
      <h3>{title}</h3>
      <div className="field-grid">
        <div className="form-field">
          <label htmlFor={ids.pillar}>Pillar</label>
          <select
            id={ids.pillar}
            value={draft.pillar}
            onChange={(e) => set('pillar', e.target.value as Pillar)}
          >
            {PILLAR_KEYS.map((p) => (
              <option key={p} value={p}>
                {PILLAR_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={ids.category}>Category</label>
          <select
            id={ids.category}
            value={draft.category}
            onChange={(e) => set('category', e.target.value as PromptCategory)}
          >
            {CATEGORY_KEYS.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={ids.kind}>Answer type</label>
          <select
            id={ids.kind}
            value={draft.kind}
            aria-describedby={ids.kindHint}
            onChange={(e) => set('kind', e.target.value as PromptKind)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <p id={ids.kindHint} className="hint">
            {KIND_DESCRIPTIONS[draft.kind]}
          </p>
        </div>
      </div>
      <div className="form-field">
        <label htmlFor={ids.text}>Prompt</label>
        <textarea
          id={ids.text}
          className="short-textarea"
          value={draft.text}
          onChange={(e) => set('text', e.target.value)}
          onBlur={flush}
          maxLength={1000}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={errors.text ? ids.textError : undefined}
        />
        <FieldError id={ids.textError} message={errors.text} />
      </div>
      {draft.kind === 'choice' && (
        <div className="form-field">
          <label htmlFor={ids.choices}>Choices, one per line</label>
          <textarea
            id={ids.choices}
            className="short-textarea"
            value={draft.choices}
            onChange={(e) => set('choices', e.target.value)}
            onBlur={flush}
            aria-invalid={errors.choices ? true : undefined}
            aria-describedby={errors.choices ? ids.choicesError : undefined}
          />
          <FieldError id={ids.choicesError} message={errors.choices} />
        </div>
      )}
      <div className="form-field">
        <label htmlFor={ids.note}>Facilitator note (optional)</label>
        <textarea
          id={ids.note}
          className="short-textarea"
          value={draft.facilitatorNote}
          onChange={(e) => set('facilitatorNote', e.target.value)}
          onBlur={flush}
          maxLength={2000}
          aria-describedby={kept.hasDraft ? `${ids.noteHint} ${ids.draftNote}` : ids.noteHint}
        />
        <p id={ids.noteHint} className="hint">
          Only the facilitator sees this: how to hold the prompt, what to do if it lands hard.
        </p>
      </div>
      {kept.hasDraft && (
        <p id={ids.draftNote} className="hint">
          {kept.status === 'error'
            ? 'Not saved yet, and the draft could not be kept: it stays on screen, and saving will retry.'
            : 'Not saved yet: kept as a draft on this device until you save or discard it.'}
        </p>
      )}
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {prompt ? 'Save prompt' : 'Add prompt'}
        </button>
        {kept.hasDraft ? (
          <ConfirmButton
            message={
              prompt
                ? 'Discard your changes? The prompt stays as it was saved.'
                : 'Discard this new prompt? What you wrote is deleted.'
            }
            confirmLabel="Yes, discard my changes"
            onConfirm={async () => {
              await kept.clear();
              onDone(false);
            }}
          >
            Discard changes
          </ConfirmButton>
        ) : (
          <button type="button" className="secondary" onClick={() => onDone(false)}>
            Cancel
          </button>
        )}
      </div>
      <ErrorMessage error={failure} />
    </form>
  );
}
