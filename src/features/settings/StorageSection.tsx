import { useCallback, useEffect, useState } from 'react';
import { formatBytes } from '../../lib/format';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '../../lib/storage';

export function StorageSection() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const refresh = useCallback(async () => setStatus(await readStorageStatus()), []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function askToKeep() {
    await requestPersistentStorage();
    await refresh();
  }

  return (
    <section className="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      {status === null ? (
        <p aria-live="polite">Checking storage…</p>
      ) : (
        <dl className="facts">
          <dt>Persistence</dt>
          <dd>
            {status.persisted === true
              ? 'Persistent: the browser will not clear this data to free space.'
              : status.persisted === false
                ? 'Not persistent: the browser may clear this data when space runs low. Export backups regularly.'
                : 'Unknown: this browser does not say whether data is kept.'}
          </dd>
          <dt>Used on this device</dt>
          <dd>
            {status.usageBytes === null
              ? 'Unknown'
              : `${formatBytes(status.usageBytes)}${
                  status.quotaBytes ? ` of ${formatBytes(status.quotaBytes)} available` : ''
                }`}
          </dd>
        </dl>
      )}
      {status?.persisted === false && (
        <button type="button" onClick={() => void askToKeep()}>
          Ask the browser to keep this data
        </button>
      )}
    </section>
  );
}
