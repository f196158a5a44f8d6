/** An in-memory stand-in for a FileSystemDirectoryHandle: enough for the snapshot folder code. */
export class FakeDirectory {
  readonly kind = 'directory';
  readonly files = new Map<string, Uint8Array>();
  permission: PermissionState = 'granted';
  requested = 0;
  failWrites = false;

  constructor(readonly name = 'Backups') {}

  async queryPermission(): Promise<PermissionState> {
    return this.permission;
  }

  async requestPermission(): Promise<PermissionState> {
    this.requested += 1;
    this.permission = 'granted';
    return this.permission;
  }

  async getFileHandle(name: string) {
    return {
      createWritable: async () => {
        let staged: Uint8Array | null = null;
        return {
          write: async (bytes: Uint8Array) => {
            if (this.failWrites) throw new DOMException('Disk full', 'QuotaExceededError');
            staged = bytes.slice();
          },
          // Like the real API: the file changes only on close.
          close: async () => {
            if (staged) this.files.set(name, staged);
          },
          abort: async () => {
            staged = null;
          },
        };
      },
    };
  }

  async removeEntry(name: string): Promise<void> {
    this.files.delete(name);
  }

  async *keys(): AsyncIterable<string> {
    for (const name of [...this.files.keys()]) yield name;
  }

  asHandle(): FileSystemDirectoryHandle {
    return this as unknown as FileSystemDirectoryHandle;
  }
}
