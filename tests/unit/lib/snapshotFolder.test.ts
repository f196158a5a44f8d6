import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  folderPermission,
  isFolderSupported,
  pickSnapshotFolder,
  pruneSnapshotFiles,
  snapshotFileName,
  writeSnapshotFile,
} from '../../../src/lib/snapshotFolder';
import { FakeDirectory } from './fakeDirectory';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('snapshot folder', () => {
  it('is not offered where the browser has no directory picker', async () => {
    expect(isFolderSupported()).toBe(false);
    await expect(pickSnapshotFolder()).resolves.toBeNull();
  });

  it('treats a cancelled picker as "no folder"', async () => {
    vi.stubGlobal(
      'showDirectoryPicker',
      vi.fn().mockRejectedValue(new DOMException('The user aborted a request.', 'AbortError')),
    );
    await expect(pickSnapshotFolder()).resolves.toBeNull();
  });

  it('names files by local date, time and reason, sortable in time order', () => {
    const at = new Date(2025, 2, 4, 9, 5, 7).getTime();
    expect(snapshotFileName(at, 'huddle-ended', true)).toBe(
      'parallel-process-snapshot-20250304-090507-huddle-ended.json.gz',
    );
    expect(snapshotFileName(at, 'manual', false)).toBe(
      'parallel-process-snapshot-20250304-090507-manual.json',
    );
  });

  it('asks for permission again only when told to (from a click)', async () => {
    const dir = new FakeDirectory();
    dir.permission = 'prompt';
    await expect(folderPermission(dir.asHandle())).resolves.toBe('prompt');
    expect(dir.requested).toBe(0);
    await expect(folderPermission(dir.asHandle(), true)).resolves.toBe('granted');
    expect(dir.requested).toBe(1);
  });

  it('writes whole files and prunes only its own oldest ones', async () => {
    const dir = new FakeDirectory();
    dir.files.set('notes.txt', new Uint8Array([1]));
    dir.files.set('parallel-process-snapshot-backup-copy.json', new Uint8Array([1]));
    for (let i = 0; i < 5; i += 1) {
      const name = snapshotFileName(new Date(2025, 0, 1 + i).getTime(), 'interval', true);
      await writeSnapshotFile(dir.asHandle(), name, new Uint8Array([i]));
    }
    await pruneSnapshotFiles(dir.asHandle(), 3);
    expect([...dir.files.keys()].sort()).toEqual([
      'notes.txt',
      'parallel-process-snapshot-20250103-000000-interval.json.gz',
      'parallel-process-snapshot-20250104-000000-interval.json.gz',
      'parallel-process-snapshot-20250105-000000-interval.json.gz',
      'parallel-process-snapshot-backup-copy.json',
    ]);
  });

  it('leaves no file behind when a write fails', async () => {
    const dir = new FakeDirectory();
    dir.failWrites = true;
    await expect(
      writeSnapshotFile(dir.asHandle(), 'parallel-process-snapshot-x.json', new Uint8Array([1])),
    ).rejects.toThrow();
    expect(dir.files.size).toBe(0);
  });
});
