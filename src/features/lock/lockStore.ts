import { create } from 'zustand';
import { subscribeKeyring } from '../../db/encryption/keyring';
import { type LockStatus, lockStatus } from '../../db/encryption/session';

// The lock as the screen sees it. The key itself lives in src/db/encryption/keyring.ts; this
// store mirrors its status and holds what only the UI needs.
interface LockState {
  status: LockStatus;
  /** Locking is under way: the lock screen is up while the last autosaves finish. */
  locking: boolean;
  /** The "Leave participant mode" form is open. */
  exitOpen: boolean;
  /** An interrupted encryption change could not be finished after unlocking. */
  migrationError: unknown;
}

export const useLock = create<LockState>(() => ({
  status: lockStatus(),
  locking: false,
  exitOpen: false,
  migrationError: null,
}));

subscribeKeyring(() => {
  useLock.setState({ status: lockStatus() });
});

export const selectStatus = (s: LockState) => s.status;
export const selectLocking = (s: LockState) => s.locking;
export const selectExitOpen = (s: LockState) => s.exitOpen;
export const selectMigrationError = (s: LockState) => s.migrationError;
/** The lock screen replaces the whole app: nothing of the data stays in the page. */
export const selectShowLockScreen = (s: LockState) => s.status === 'locked' || s.locking;

export function setExitOpen(open: boolean): void {
  useLock.setState({ exitOpen: open });
}
