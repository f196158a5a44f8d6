import { type FormEvent, useId, useState } from 'react';
import { type DraftKey, NEW_RECORD } from '../../db/drafts';
import { createTeam } from '../../db/teams';
import { useTextDraft } from '../../db/useTextDraft';
import { ErrorMessage } from '../../ui/ErrorMessage';

const DRAFT_KEY: DraftKey = { kind: 'team-name', scope: NEW_RECORD };
const isBlank = (text: string) => !text.trim();

export function CreateTeamForm() {
  const inputId = useId();
  const errorId = useId();
  // A name typed but not created yet is kept (leaving the page, a reload) until created or cleared.
  const draft = useTextDraft<string>(DRAFT_KEY, '', isBlank);
  const name = draft.value;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await createTeam(name);
      await draft.clear();
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label="Create a team">
      <label htmlFor={inputId}>Team name</label>
      <input
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
        Create team
      </button>
      <ErrorMessage error={error} id={errorId} />
    </form>
  );
}
