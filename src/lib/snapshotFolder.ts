// A folder on the person's own disk that also receives every automatic snapshot (File System
// Access API: Chrome and Edge on desktop). Files there survive the browser clearing site data,
// which is the one loss the on-device snapshots cannot protect against. Elsewhere the feature
// is simply not offered.

/** The parts of the File System Access API used here; not all of it is in TypeScript's DOM lib. */
type PermissionMode = { mode: 'readwrite' };
interface PermissionHandle {
  queryPermission?: (options: PermissionMode) => Promise<PermissionState>;
  requestPermission?: (options: PermissionMode) => Promise<PermissionState>;
}
interface KeyedDirectory {
  keys?: () => AsyncIterable<string>;
}
type DirectoryPicker = (options?: {
  id?: string;
  mode?: 'readwrite';
  startIn?: string;
}) => Promise<FileSystemDirectoryHandle>;

/** Files written here are named `parallel-process-snapshot-<date>-<reason>.json[.gz]`. */
export const SNAPSHOT_FILE_PREFIX = 'parallel-process-snapshot-';
/** Only files matching this are ever removed when pruning: nothing else in the folder is touched. */
const OWN_FILE = /^parallel-process-snapshot-\d{8}-\d{6}-[a-z-]+\.json(\.gz)?$/;

function picker(): DirectoryPicker | null {
  const candidate = (globalThis as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  return typeof candidate === 'function' ? candidate : null;
}

/** Whether this browser can write snapshots to a folder the person picks. */
export function isFolderSupported(): boolean {
  return picker() !== null && window.isSecureContext;
}

/** Asks the person to pick a folder (needs a click). Null when they cancel. */
export async function pickSnapshotFolder(): Promise<FileSystemDirectoryHandle | null> {
  const show = picker();
  if (!show) return null;
  try {
    return await show({ id: 'parallel-process-snapshots', mode: 'readwrite' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/**
 * Whether the app may write to the folder now. Permission lapses when the browser restarts; it
 * can only be asked for again from a click (`request: true`), never in the background.
 */
export async function folderPermission(
  handle: FileSystemDirectoryHandle,
  request = false,
): Promise<PermissionState> {
  const h = handle as unknown as PermissionHandle;
  const options: PermissionMode = { mode: 'readwrite' };
  const current = h.queryPermission ? await h.queryPermission(options) : 'granted';
  if (current === 'granted' || !request || !h.requestPermission) return current;
  return h.requestPermission(options);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `parallel-process-snapshot-20250314-093005-huddle-ended.json.gz`, in local time. */
export function snapshotFileName(at: number, reason: string, gzipped: boolean): string {
  const d = new Date(at);
  const date = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  const safeReason = reason.toLowerCase().replace(/[^a-z-]+/g, '-');
  return `${SNAPSHOT_FILE_PREFIX}${date}-${time}-${safeReason}.json${gzipped ? '.gz' : ''}`;
}

/**
 * Writes one file. `createWritable` writes to a temporary file and swaps it in on close, so a
 * crash mid-write leaves no half-written snapshot behind.
 */
export async function writeSnapshotFile(
  handle: FileSystemDirectoryHandle,
  name: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<void> {
  const file = await handle.getFileHandle(name, { create: true });
  const writable = await file.createWritable();
  try {
    await writable.write(bytes);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

/** Removes this app's oldest snapshot files beyond `keep`; other files are never touched. */
export async function pruneSnapshotFiles(
  handle: FileSystemDirectoryHandle,
  keep: number,
): Promise<void> {
  const keys = (handle as unknown as KeyedDirectory).keys;
  if (!keys) return;
  const names: string[] = [];
  for await (const name of keys.call(handle)) if (OWN_FILE.test(name)) names.push(name);
  // The date-time in the name sorts in time order.
  names.sort();
  for (const name of names.slice(0, Math.max(0, names.length - keep))) {
    await handle.removeEntry(name).catch(() => undefined);
  }
}
