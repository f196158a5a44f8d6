import './lock.css';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { unlockApp } from './lockActions';
import { selectLocking, useLock } from './lockStore';
import { passphraseErrorText } from './passphraseMessages';

/**
 * Full screen, and deliberately bare: no team, huddle or answer is named here, so a person
 * glancing at a locked shared screen learns nothing.
 */
export function LockScreen() {
  const locking = useLock(selectLocking);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  // The field is disabled while the last saves finish: focus it once it can take the passphrase.
  useEffect(() => {
    if (!locking) inputRef.current?.focus();
  }, [locking]);

  useEffect(() => {
    // The tab title may name a huddle: hide it too while locked.
    const previous = document.title;
    document.title = 'Locked · Parallel Process';
    return () => {
      document.title = previous;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!passphrase) {
      setError('Enter the passphrase.');
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError('');
    try {
      await unlockApp(passphrase);
    } catch (e) {
      setError(passphraseErrorText(e));
      setPassphrase('');
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  const errorId = `${id}-error`;
  return (
    <main id="main" className="lock-screen" tabIndex={-1}>
      <div className="lock-card">
        <h1>Parallel Process is locked</h1>
        <p>
          {locking ? 'Saving and locking…' : 'Enter the passphrase to go on where you left off.'}
        </p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <label htmlFor={`${id}-passphrase`}>Passphrase</label>
          <input
            ref={inputRef}
            id={`${id}-passphrase`}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            disabled={locking}
          />
          <button type="submit" disabled={locking} aria-disabled={busy || undefined}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
          {error && (
            <p id={errorId} className="error-message" role="alert">
              {error}
            </p>
          )}
        </form>
      </div>
    </main>
  );
}
