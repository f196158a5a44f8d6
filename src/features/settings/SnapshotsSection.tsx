import './snapshots.css';
import { useState } from 'react';
import { useSnapshots } from '../../db/snapshotHooks';
import {
  restoreSnapshot,
  SNAPSHOTS_KEPT,
  type SnapshotInfo,
  takeSnapshot,
} from '../../db/snapshots';
import { formatBytes } from '../../lib/format';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SnapshotFolder } from './SnapshotFolder';
import { describeCounts, formatSnapshotTime, REASON_LABELS } from './snapshotText';

/**
 * Settings › Automatic snapshots: the last few copies of everything, kept on this device, each
 * restorable. They undo mistakes; only an exported backup (or the folder copy) survives the
 * browser clearing this site's data, and the text says so.
 */
export function SnapshotsSection() {
  const snapshots = useSnapshots();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function takeNow() {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      await takeSnapshot('manual');
      setNotice('Snapshot taken.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function restore(snapshot: SnapshotInfo) {
    setNotice('');
    await restoreSnapshot(snapshot.id);
    setNotice(
      `Restored the snapshot of ${formatSnapshotTime(snapshot.createdAt)}. The data you had ` +
        'before is kept as the newest snapshot, in case you want it back.',
    );
  }

  return (
    <section className="card" id="snapshots" aria-labelledby="snapshots-heading">
      <h2 id="snapshots-heading">Automatic snapshots</h2>
      <p>
        A copy of all your data is kept on this device when a huddle ends, every 15 minutes while
        one runs, and before a restore. The last {SNAPSHOTS_KEPT} are kept. They help undo a
        mistake, but they live in the same browser storage as everything else: to be safe if the
        browser clears this site's data, also export a backup.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void takeNow()} disabled={busy}>
          Take a snapshot now
        </button>
      </div>
      <p className="snapshot-notice" role="status">
        {busy ? 'Taking a snapshot…' : notice}
      </p>
      <ErrorMessage error={error} />
      {snapshots === undefined ? (
        <p className="muted">Loading snapshots…</p>
      ) : snapshots.length === 0 ? (
        <p className="muted">No snapshots yet. The first is taken when a huddle ends.</p>
      ) : (
        <ol className="snapshot-list" aria-label="Snapshots, newest first">
          {snapshots.map((snapshot) => (
            <SnapshotItem key={snapshot.id} snapshot={snapshot} onRestore={restore} />
          ))}
        </ol>
      )}
      <SnapshotFolder />
    </section>
  );
}

function SnapshotItem({
  snapshot,
  onRestore,
}: {
  snapshot: SnapshotInfo;
  onRestore: (snapshot: SnapshotInfo) => Promise<void>;
}) {
  const time = formatSnapshotTime(snapshot.createdAt);
  return (
    <li className="snapshot-item">
      <div>
        <p className="snapshot-when">{time}</p>
        <p className="muted">
          {REASON_LABELS[snapshot.reason]} · {formatBytes(snapshot.sizeBytes)}
          {snapshot.encoding === 'identity' ? ' (not compressed)' : ''}
        </p>
        <p className="muted">{describeCounts(snapshot.counts)}</p>
      </div>
      <ConfirmButton
        message={
          <>
            Restore the snapshot of {time}? Everything stored on this device now is replaced by the
            data in this snapshot. A snapshot of the current data is taken first, so you can go
            back.
          </>
        }
        confirmLabel="Yes, replace my data with this snapshot"
        onConfirm={() => onRestore(snapshot)}
        danger
      >
        {/* Every row has a Restore button: the spoken name says which snapshot. */}
        <span aria-hidden="true">Restore</span>
        <span className="visually-hidden">Restore the snapshot of {time}</span>
      </ConfirmButton>
    </li>
  );
}
