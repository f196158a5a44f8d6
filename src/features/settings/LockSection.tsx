import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useLockStatus, useMigrationProgress } from '../../db/encryption/hooks';
import { IDLE_CHOICES, setIdleMinutes, useIdleMinutes } from '../../db/encryption/idle';
import {
  changePassphrase,
  disableLock,
  enableLock,
  MIN_PASSPHRASE_LENGTH,
} from '../../db/encryption/session';

/** A rough, honest hint: length matters most; a few unrelated words beat clever symbols. */
export function passphraseStrength(passphrase: string): string {
  if (passphrase.length === 0) return `At least ${MIN_PASSPHRASE_LENGTH} characters.`;
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `Too short: at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  }
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(passphrase));
  const words = passphrase.trim().split(/\s+/).length;
  const score =
    (passphrase.length >= 12 ? 1 : 0) +
    (passphrase.length >= 16 ? 1 : 0) +
    (kinds.length >= 3 ? 1 : 0) +
    (words >= 3 ? 1 : 0);
  if (score >= 3) return 'Strong.';
  if (score >= 1) return 'Fair: a few more words would make it stronger.';
  return 'Weak: use a longer phrase, for example three or four unrelated words.';
}

function problemText(error: unknown): string {
  if (error instanceof Error && error.name === 'WrongPassphraseError') {
    return 'That passphrase is not right. Check it (capital letters count) and try again.';
  }
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}

function PassphraseInput({
  label,
  value,
  onChange,
  autoComplete,
  hint,
}: {
  label: string;
  value: string;
  onChange: (next: string) => void;
  autoComplete: 'new-password' | 'current-password';
  hint?: ReactNode;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint" aria-live="polite">
          {hint}
        </p>
      )}
    </>
  );
}

/** Runs one lock operation with a busy message, progress, and an error or a notice after. */
function useOperation() {
  const [busy, setBusy] = useState('');
  const [chunks, setChunks] = useState(0);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  async function run(
    label: string,
    done: string,
    work: (onChunk: (n: number) => void) => Promise<void>,
  ) {
    setBusy(label);
    setChunks(0);
    setError('');
    setNotice('');
    try {
      await work(setChunks);
      setNotice(done);
      return true;
    } catch (e) {
      setError(problemText(e));
      return false;
    } finally {
      setBusy('');
    }
  }
  const status = busy ? `${busy}${chunks > 0 ? ` (${chunks} batches done)` : ''}` : notice;
  return { run, busy: busy !== '', status, error, setError };
}

/**
 * Settings › Lock and encryption: a passphrase that encrypts answers, commitments, themes and
 * snapshots on this device, locks the app when idle or on demand, and enables participant mode.
 */
export function LockSection() {
  const status = useLockStatus();
  const op = useOperation();
  return (
    <section className="card lock-section" aria-labelledby="lock-heading">
      <h2 id="lock-heading">Lock and encryption</h2>
      <p>
        With a passphrase, the answers, commitments, themes and automatic snapshots stored on this
        device are encrypted, and the app locks itself when nobody has used it for a while or when
        you press “Lock now”. “Participant mode” then lets people answer on this device without
        reaching History, Insights, the Library or Settings.
      </p>
      {status === 'off' ? <TurnOn op={op} /> : <LockOn op={op} />}
      <p className="status-text" role="status">
        {op.status}
      </p>
      {op.error && (
        <p className="error-message" role="alert">
          {op.error}
        </p>
      )}
    </section>
  );
}

type Operation = ReturnType<typeof useOperation>;

function TurnOn({ op }: { op: Operation }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const checkId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (op.busy) return;
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
      op.setError(`The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`);
    } else if (passphrase !== confirm) {
      op.setError('The two passphrases are not the same.');
    } else if (!understood) {
      op.setError('Tick the box to say you understand a forgotten passphrase cannot be reset.');
    } else {
      await op.run(
        'Encrypting the data stored on this device…',
        'Done: the stored data is encrypted.',
        (onChunk) => enableLock(passphrase, { onChunk }),
      );
    }
  }

  return (
    <>
      <div className="callout">
        <p>
          <strong>
            If the passphrase is forgotten, the data cannot be read by anyone — not even us.
          </strong>{' '}
          There is no reset and no recovery. Write it down somewhere safe, away from this device.
        </p>
        <p>
          <a href="#backup-heading">Export a backup first</a>: a backup file is not encrypted, so
          keep it somewhere as safe as a case file.
        </p>
      </div>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <PassphraseInput
          label="New passphrase"
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="new-password"
          hint={passphraseStrength(passphrase)}
        />
        <PassphraseInput
          label="Confirm passphrase"
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
        />
        <div>
          <input
            id={checkId}
            type="checkbox"
            checked={understood}
            onChange={(e) => setUnderstood(e.target.checked)}
          />{' '}
          <label htmlFor={checkId}>I understand that a forgotten passphrase cannot be reset</label>
        </div>
        <div>
          <button type="submit" aria-disabled={op.busy || undefined}>
            Turn on the lock
          </button>
        </div>
      </form>
    </>
  );
}

function LockOn({ op }: { op: Operation }) {
  const migration = useMigrationProgress();
  return (
    <>
      <p>
        <strong>The lock is on.</strong> Stored answers, commitments, themes and snapshots are
        encrypted on this device.
      </p>
      {migration && !op.busy && (
        <p className="callout">
          {migration.direction === 'encrypt'
            ? 'Still encrypting some stored data; this carries on by itself while the app is open.'
            : 'Still turning the lock off; this carries on by itself while the app is open.'}
        </p>
      )}
      <IdleSetting />
      <ChangePassphrase op={op} />
      <TurnOff op={op} />
    </>
  );
}

function IdleSetting() {
  const minutes = useIdleMinutes();
  const id = useId();
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={id}>Lock after this long without use</label>
      <select id={id} value={minutes} onChange={(e) => void setIdleMinutes(Number(e.target.value))}>
        {IDLE_CHOICES.map((m) => (
          <option key={m} value={m}>
            {m} minutes
          </option>
        ))}
      </select>
    </form>
  );
}

function ChangePassphrase({ op }: { op: Operation }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (op.busy) return;
    if (next.length < MIN_PASSPHRASE_LENGTH) {
      op.setError(`The new passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`);
      return;
    }
    if (next !== confirm) {
      op.setError('The two new passphrases are not the same.');
      return;
    }
    const ok = await op.run(
      'Re-encrypting the data with a new key…',
      'The passphrase is changed and the data re-encrypted.',
      (onChunk) => changePassphrase(current, next, { onChunk }),
    );
    if (ok) {
      setCurrent('');
      setNext('');
      setConfirm('');
    }
  }

  return (
    <fieldset>
      <legend>Change the passphrase</legend>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <PassphraseInput
          label="Current passphrase"
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <PassphraseInput
          label="New passphrase"
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          hint={passphraseStrength(next)}
        />
        <PassphraseInput
          label="Confirm new passphrase"
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
        />
        <div>
          <button type="submit" aria-disabled={op.busy || undefined}>
            Change passphrase
          </button>
        </div>
      </form>
    </fieldset>
  );
}

function TurnOff({ op }: { op: Operation }) {
  const [passphrase, setPassphrase] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (op.busy) return;
    const ok = await op.run(
      'Decrypting the data stored on this device…',
      'The lock is off. The data on this device is no longer encrypted.',
      (onChunk) => disableLock(passphrase, { onChunk }),
    );
    if (ok) setPassphrase('');
  }

  return (
    <fieldset>
      <legend>Turn the lock off</legend>
      <p className="hint">The data is decrypted on this device and the app no longer locks.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <PassphraseInput
          label="Passphrase"
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
        />
        <div>
          <button type="submit" className="danger" aria-disabled={op.busy || undefined}>
            Turn off the lock
          </button>
        </div>
      </form>
    </fieldset>
  );
}
