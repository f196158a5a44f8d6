import { type AppDB, createDatabase } from './schema';

type Listener = () => void;
const upgradeListeners = new Set<Listener>();
let upgradeRequested = false;

function watchForUpgrades(handle: AppDB): AppDB {
  // Another tab opened a newer schema: close our connection so its upgrade is not blocked,
  // then ask the person to reload instead of letting writes fail silently.
  handle.on('versionchange', () => {
    handle.close();
    upgradeRequested = true;
    for (const listener of upgradeListeners) listener();
    return false;
  });
  return handle;
}

/** The app's single database connection. Only src/db/ touches it. */
export let db: AppDB = watchForUpgrades(createDatabase());

/** Tests swap in a fresh database; the app never calls this. */
export function replaceDatabaseForTests(next: AppDB): void {
  db = watchForUpgrades(next);
}

export function onUpgradeRequested(listener: Listener): () => void {
  upgradeListeners.add(listener);
  return () => upgradeListeners.delete(listener);
}

export function isUpgradeRequested(): boolean {
  return upgradeRequested;
}
