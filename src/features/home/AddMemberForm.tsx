import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import type { DraftKey } from '../../db/drafts';
import { addMember } from '../../db/teams';
import { useTextDraft } from '../../db/useTextDraft';
import { ErrorMessage } from '../../ui/ErrorMessage';

export function AddMemberForm({ teamId }: { teamId: string }) {
  const inputId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const draftKey = useMemo<DraftKey>(() => ({ kind: 'member-name', scope: teamId }), [teamId]);
  // A name typed but not added is kept (leaving the page, a reload) until added or cleared.
  const draft = useTextDraft<string>(draftKey, '', isBlank);
  const name = draft.value;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await addMember(teamId, name);
      await draft.clear();
      setError(null);
      // Ready for the next name: people are usually added several at once.
      inputRef.current?.focus();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label="Add a person">
      <label htmlFor={inputId}>Name</label>
      <input
        ref={inputRef}
        id={inputId}
        value={name}
        onChange={(e) => draft.set(e.target.value)}
        onBlur={() => void draft.flush()}
        maxLength={80}
        autoComplete="off"
        aria-describedby={error ? errorId : undefined}
        aria-invalid={error ? true : undefined}
      />
      <button type="submit" disabled={busy}>
        Add person
      </button>
      <ErrorMessage error={error} id={errorId} />
    </form>
  );
}

const isBlank = (text: string) => !text.trim();
