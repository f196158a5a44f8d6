import { type ReactNode, startTransition } from 'react';
import type { Root } from 'react-dom/client';
import { openDatabase } from '../db/open';
import { snapshotMissed } from '../db/snapshotTriggers';
import { LockGate } from '../features/lock/LockGate';
import { startLock } from '../features/lock/lockActions';
import { requestPersistentStorage } from '../lib/storage';
import { StartupError } from './StartupError';
import { registerServiceWorker } from './serviceWorker';

/**
 * Opens the database (and installs the built-in library) before the first render, so no screen
 * can write before the stored data has loaded. If IndexedDB is unavailable (some private
 * browsing modes, blocked storage) the person is told plainly instead of the app failing silently.
 */
export async function startApp(
  root: Root,
  renderApp: () => ReactNode,
  /** Settles when the current screen's code has loaded (or failed to: the screen then says so). */
  screenReady: Promise<unknown> = Promise.resolve(),
): Promise<void> {
  try {
    await openDatabase();
    // A stored passphrase: the app opens on the lock screen (the key is never stored).
    await startLock();
  } catch (error) {
    root.render(<StartupError error={error} />);
    return;
  }
  await screenReady.catch(() => undefined);
  // A transition: React renders the first screen in short slices instead of one long task, so
  // a slow phone's main thread is never blocked for long while the app starts.
  startTransition(() => root.render(<LockGate>{renderApp()}</LockGate>));
  void requestPersistentStorage();
  registerServiceWorker();
  // A huddle that ended without its snapshot (tab closed too soon) gets one now, in the background.
  // The snapshot code loads only then.
  void snapshotMissed()
    .then((missed) => (missed ? import('../db/snapshots') : null))
    .then((snapshots) => snapshots?.takeMissedSnapshot())
    .catch(() => undefined);
}
