import { useState, useSyncExternalStore } from 'react';
import { getConnectionState, onConnectionStateChange } from '../db/db';
import { whenWritesSettled } from '../db/encryption/writeTracker';

/** Longest wait for the last saves before reloading anyway (a stuck write must not trap the tab). */
const SAVE_WAIT_MS = 3000;

/**
 * Reloads only once what was typed is on disk: the click has already moved focus off the
 * field (so it saved), a tick lets that save begin, then open writes settle.
 */
async function reloadAfterSaving(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await Promise.race([
    whenWritesSettled(),
    new Promise((resolve) => setTimeout(resolve, SAVE_WAIT_MS)),
  ]);
  window.location.reload();
}

/** Says what another tab's schema upgrade means for this tab, and offers a safe reload. */
export function UpgradeBanner() {
  const state = useSyncExternalStore(onConnectionStateChange, getConnectionState);
  const [reloading, setReloading] = useState(false);
  if (state === 'open') return null;
  if (state === 'reopening') {
    return (
      <div className="banner" role="status">
        <p>
          A newer version of Parallel Process is updating the data in another tab. Keep typing: it
          is saved as soon as the update finishes.
        </p>
      </div>
    );
  }
  const reloadButton = (
    <button
      type="button"
      disabled={reloading}
      onClick={() => {
        setReloading(true);
        void reloadAfterSaving();
      }}
    >
      {reloading ? 'Saving, then reloading…' : 'Reload now'}
    </button>
  );
  if (state === 'newer') {
    return (
      <div className="banner banner-warning" role="status">
        <p>
          A newer version of Parallel Process was opened in another tab. This tab still saves
          everything you type; reload it when convenient to use the new version.
        </p>
        {reloadButton}
      </div>
    );
  }
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        Parallel Process's data was changed in another tab and this tab can no longer save.
        Everything saved before is safe; copy anything typed since, then reload.
      </p>
      {reloadButton}
    </div>
  );
}
