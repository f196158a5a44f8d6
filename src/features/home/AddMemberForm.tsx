import { type FormEvent, useId, useRef, useState } from 'react';
import { addMember } from '../../db/teams';
import { ErrorMessage } from '../../ui/ErrorMessage';

export function AddMemberForm({ teamId }: { teamId: string }) {
  const inputId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await addMember(teamId, name);
      setName('');
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
        onChange={(e) => setName(e.target.value)}
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
