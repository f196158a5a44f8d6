import { useLiveQuery } from 'dexie-react-hooks';
import {
  type FolderStatus,
  getFolderStatus,
  getSnapshotFolder,
  listSnapshots,
  type SnapshotInfo,
} from './snapshots';

/** Stored snapshots, newest first; undefined while loading. */
export function useSnapshots(): SnapshotInfo[] | undefined {
  return useLiveQuery(listSnapshots, []);
}

export interface SnapshotFolderState {
  handle: FileSystemDirectoryHandle | null;
  status: FolderStatus;
}

/** The folder snapshots are copied to (null when none) and how the last copy went. */
export function useSnapshotFolder(): SnapshotFolderState | undefined {
  return useLiveQuery(async () => {
    const [handle, status] = await Promise.all([getSnapshotFolder(), getFolderStatus()]);
    return { handle, status };
  }, []);
}
