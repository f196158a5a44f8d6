import { useSyncExternalStore } from 'react';
import { isUpgradeRequested, onUpgradeRequested } from '../db/db';

/** Shown when another tab opened a newer version of the app's data: this tab must reload. */
export function UpgradeBanner() {
  const requested = useSyncExternalStore(onUpgradeRequested, isUpgradeRequested);
  if (!requested) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        A newer version of Parallel Process was opened in another tab. Reload this tab to keep
        working; everything saved so far is safe.
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload now
      </button>
    </div>
  );
}
