import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { endParticipantMode } from '../../db/encryption/participant';
import { verifyPassphrase } from '../../db/encryption/session';
import { setExitOpen } from './lockStore';
import { passphraseErrorText } from './passphraseMessages';

/** Leaving participant mode takes the passphrase: a participant cannot wander into History. */
export function ParticipantExit() {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      await verifyPassphrase(passphrase);
      await endParticipantMode();
      setExitOpen(false);
    } catch (e) {
      setError(passphraseErrorText(e));
      setPassphrase('');
      inputRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="participant-exit"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setExitOpen(false);
      }}
      noValidate
    >
      <h2 id={`${id}-title`}>Leave participant mode</h2>
      <label htmlFor={`${id}-passphrase`}>Passphrase</label>
      <input
        ref={inputRef}
        id={`${id}-passphrase`}
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <div className="button-row">
        <button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Checking…' : 'Leave participant mode'}
        </button>
        <button type="button" className="secondary" onClick={() => setExitOpen(false)}>
          Cancel
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="error-message" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
