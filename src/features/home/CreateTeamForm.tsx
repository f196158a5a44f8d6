import { type FormEvent, useId, useState } from 'react';
import { createTeam } from '../../db/teams';
import { ErrorMessage } from '../../ui/ErrorMessage';

export function CreateTeamForm() {
  const inputId = useId();
  const errorId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await createTeam(name);
      setName('');
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
        onChange={(e) => setName(e.target.value)}
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
