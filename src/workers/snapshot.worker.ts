/// <reference lib="webworker" />
// The snapshot worker: reads the whole database, builds the backup text, compresses and stores it
// (src/db/snapshotStore.ts, the same code the page runs where there is no Worker), so a snapshot
// of hundreds of thousands of answers never blocks the page. The page posts only the reason.
import { installWorkerKeyListener } from '../db/encryption/keyring';
import { storeSnapshot } from '../db/snapshotStore';
import type { SnapshotFromWorker, SnapshotToWorker } from './snapshotProtocol';

/** True when storage ran out anywhere in an error's chain (Dexie wraps the browser's error). */
function isQuota(error: unknown, depth = 0): boolean {
  if (depth > 4 || !error || typeof error !== 'object') return false;
  const e = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (typeof e.message === 'string' && e.message.includes('QuotaExceeded')) return true;
  return isQuota(e.inner, depth + 1) || isQuota(e.cause, depth + 1);
}

/** An error as plain data: its name survives, so the page still recognises a full disk. */
export function describeError(error: unknown): { name: string; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (isQuota(error)) return { name: 'QuotaExceededError', message };
  return { name: error instanceof Error ? error.name : 'Error', message };
}

/** Handles the page's requests, one at a time in arrival order. */
export function createSnapshotHandler(post: (message: SnapshotFromWorker) => void) {
  let queue: Promise<void> = Promise.resolve();
  return (message: SnapshotToWorker): Promise<void> => {
    const run = async () => {
      try {
        const info = await storeSnapshot(message.reason, {
          skipIfUnchanged: message.skipIfUnchanged,
        });
        post({ type: 'result', id: message.id, info });
      } catch (error) {
        post({ type: 'error', id: message.id, ...describeError(error) });
      }
    };
    queue = queue.then(run);
    return queue;
  };
}

// The entry point, only when loaded as a dedicated worker (tests import the functions above).
if (
  typeof DedicatedWorkerGlobalScope !== 'undefined' &&
  self instanceof DedicatedWorkerGlobalScope
) {
  const scope = self;
  // Before onmessage: takes the page's key messages (reading and writing need the key).
  installWorkerKeyListener(scope);
  const handle = createSnapshotHandler((message) => scope.postMessage(message));
  scope.onmessage = (event: MessageEvent<SnapshotToWorker>) => {
    void handle(event.data);
  };
}
