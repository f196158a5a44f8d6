import { type AppDB, createDatabase } from './schema';

type Listener = () => void;

/**
 * This tab's connection after another tab opened the database:
 * - `open`: as usual;
 * - `reopening`: another tab is upgrading the schema; saves wait and then go through;
 * - `newer`: reopened on the other tab's newer schema; saves work, and a reload brings this tab
 *   up to date;
 * - `unavailable`: it could not be reopened (the database was deleted, or opening failed), so
 *   nothing can be saved until a reload.
 */
export type ConnectionState = 'open' | 'reopening' | 'newer' | 'unavailable';

const stateListeners = new Set<Listener>();
const reopenListeners = new Set<Listener>();
let connectionState: ConnectionState = 'open';

function setConnectionState(next: ConnectionState): void {
  connectionState = next;
  for (const listener of stateListeners) listener();
}

/** Opens `handle` again once the other tab's upgrade is done, and wakes the waiting saves. */
async function reopen(handle: AppDB): Promise<void> {
  try {
    // Dexie opens a database whose version is higher than this build declares, as long as
    // every table and index this build uses is still there.
    await handle.open();
    if (handle !== db) return;
    const newer = handle.backendDB().version / 10 > handle.verno;
    setConnectionState(newer ? 'newer' : 'open');
    for (const listener of reopenListeners) listener();
  } catch {
    if (handle === db) setConnectionState('unavailable');
  }
}

function watchForUpgrades(handle: AppDB): AppDB {
  // Another tab opened a newer schema: close our connection at once so its upgrade is not
  // blocked, then reopen (the open waits for the upgrade to finish) so that what this tab is
  // still typing keeps being saved. Auto-open stays on: a save made meanwhile waits for the
  // reopen instead of failing.
  handle.on('versionchange', (event: IDBVersionChangeEvent) => {
    const deleted = event.newVersion === null;
    handle.close({ disableAutoOpen: deleted });
    if (deleted) {
      // Reopening would create an empty database under the deleting tab: stop instead.
      setConnectionState('unavailable');
    } else {
      setConnectionState('reopening');
      void reopen(handle);
    }
    return false;
  });
  return handle;
}

/** The app's single database connection. Only src/db/ touches it. */
export let db: AppDB = watchForUpgrades(createDatabase());

/** Tests swap in a fresh database; the app never calls this. */
export function replaceDatabaseForTests(next: AppDB): void {
  db = watchForUpgrades(next);
  connectionState = 'open';
}

export function onConnectionStateChange(listener: Listener): () => void {
  stateListeners.add(listener);
  return () => stateListeners.delete(listener);
}

export function getConnectionState(): ConnectionState {
  return connectionState;
}

/** Called each time the connection is open again after another tab's upgrade: retry saves now. */
export function onDatabaseReopened(listener: Listener): () => void {
  reopenListeners.add(listener);
  return () => reopenListeners.delete(listener);
}
