// Locking and unlocking the app as a whole: the order of steps is what keeps typed text safe.
import { startKeySharing } from '../../db/encryption/keyShare';
import { loadLockState, lockNow, lockStatus, unlock } from '../../db/encryption/session';
import { whenWritesSettled, writesInFlight } from '../../db/encryption/writeTracker';
import { useLock } from './lockStore';

/** No write for this long after the screen unmounted: the last autosave has landed. */
const QUIET_MS = 80;
/** Never hold the lock back longer than this (a save that hangs must not keep data open). */
const MAX_FLUSH_MS = 3_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function settleWrites(): Promise<void> {
  const deadline = Date.now() + MAX_FLUSH_MS;
  while (Date.now() < deadline) {
    await Promise.race([whenWritesSettled(), sleep(Math.max(0, deadline - Date.now()))]);
    await sleep(QUIET_MS);
    if (writesInFlight() === 0) return;
  }
}

let locking: Promise<void> | null = null;

/**
 * Locks: the lock screen goes up first, so the app unmounts and every answer field saves what
 * was typed (the key is still in memory); once the writes have settled the key is dropped.
 * After unlocking, the huddle screen mounts again and reads its saved state back.
 */
export function lockApp(apply: () => void = lockNow): Promise<void> {
  if (locking) return locking;
  if (lockStatus() !== 'unlocked') {
    apply();
    return Promise.resolve();
  }
  useLock.setState({ locking: true, exitOpen: false });
  locking = (async () => {
    try {
      await settleWrites();
      apply();
    } finally {
      useLock.setState({ locking: false });
      locking = null;
    }
  })();
  return locking;
}

/** Throws WrongPassphraseError (after a delay) when the passphrase is wrong. */
export async function unlockApp(passphrase: string): Promise<void> {
  const { migration } = await unlock(passphrase);
  useLock.setState({ migrationError: null, status: lockStatus() });
  migration?.catch((error: unknown) => useLock.setState({ migrationError: error }));
}

/** Started once per window; kept for the window's life. */
let sharing = false;

/** At start-up, before the first render: a stored passphrase means the app opens locked. */
export async function startLock(): Promise<void> {
  await loadLockState();
  useLock.setState({ status: lockStatus() });
  if (sharing) return;
  sharing = true;
  startKeySharing({ onRemoteLock: (apply) => void lockApp(apply) });
}
