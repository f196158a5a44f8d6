import { useState } from 'react';
import { useSnapshotFolder } from '../../db/snapshotHooks';
import { copyLatestToFolder, setSnapshotFolder } from '../../db/snapshots';
import { folderPermission, isFolderSupported, pickSnapshotFolder } from '../../lib/snapshotFolder';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatSnapshotTime } from './snapshotText';

/**
 * Where the browser can write to a folder (File System Access API), snapshots are also saved
 * there as files, which outlive the browser clearing this site's data. Not shown elsewhere.
 */
export function SnapshotFolder() {
  const folder = useSnapshotFolder();
  const [error, setError] = useState<unknown>(null);
  if (!isFolderSupported() || folder === undefined) return null;

  async function act(work: () => Promise<void>) {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    }
  }

  const choose = () =>
    act(async () => {
      const handle = await pickSnapshotFolder();
      if (!handle) return;
      await setSnapshotFolder(handle);
      await copyLatestToFolder();
    });

  const allow = (handle: FileSystemDirectoryHandle) =>
    act(async () => {
      if ((await folderPermission(handle, true)) === 'granted') await copyLatestToFolder();
    });

  const { handle, status } = folder;
  return (
    <div className="snapshot-folder">
      <h3>Also save snapshots to a folder</h3>
      {handle === null ? (
        <>
          <p>
            Pick a folder on this computer (for example one your organisation backs up) and each
            snapshot is also saved there as a file.
          </p>
          <button type="button" className="secondary" onClick={() => void choose()}>
            Choose a folder
          </button>
        </>
      ) : (
        <>
          <p>
            Snapshots are also saved to the folder <strong>{handle.name}</strong>
            {status.lastWrittenAt
              ? `; the last one on ${formatSnapshotTime(status.lastWrittenAt)}.`
              : '.'}
          </p>
          {status.problem === 'permission' && (
            <p className="callout">
              The browser needs your permission again before it writes to this folder.
            </p>
          )}
          {status.problem === 'error' && (
            <p className="callout">
              The last snapshot could not be saved to the folder
              {status.message ? `: ${status.message}` : '.'} It is kept on this device.
            </p>
          )}
          <div className="button-row">
            {status.problem === 'permission' && (
              <button type="button" onClick={() => void allow(handle)}>
                Allow saving to {handle.name}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => void choose()}>
              Choose another folder
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => void act(() => setSnapshotFolder(null))}
            >
              Stop writing to folder
            </button>
          </div>
        </>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
