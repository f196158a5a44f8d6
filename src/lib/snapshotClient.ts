// The page's side of the snapshot worker: starts it when a snapshot is asked for, sends the
// reason, and turns the answer back into the SnapshotInfo (or the error, name kept, so a full disk
// still reads as one). The worker is stopped once nothing is in flight: a snapshot's memory (the
// whole backup) goes with it, and snapshots are minutes apart.

import { registerWorker } from '../db/encryption/keyring';
import type { SnapshotInfo, SnapshotReason } from '../db/snapshotStore';
import type { SnapshotFromWorker, SnapshotToWorker } from '../workers/snapshotProtocol';

/** The worker as the client sees it (a real Worker, or an in-process stand-in in tests). */
export interface SnapshotPort {
  postMessage: (message: SnapshotToWorker) => void;
  onmessage: ((event: { data: SnapshotFromWorker }) => void) | null;
  /** A worker script that fails to load or throws reports here. */
  onerror?: ((event: unknown) => void) | null;
  terminate: () => void;
}

export interface SnapshotClient {
  take: (
    reason: SnapshotReason,
    options: { skipIfUnchanged?: boolean },
  ) => Promise<SnapshotInfo | null>;
}

export const SNAPSHOT_WORKER_CRASHED =
  'The snapshot stopped unexpectedly. Your data is unchanged; try again, or reload the app.';

interface Pending {
  resolve: (info: SnapshotInfo | null) => void;
  reject: (error: Error) => void;
}

export function createSnapshotClient(createPort: () => SnapshotPort): SnapshotClient {
  let port: SnapshotPort | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  function stopIfIdle() {
    if (pending.size > 0) return;
    port?.terminate();
    port = null;
  }

  function settle(id: number, outcome: (p: Pending) => void) {
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    outcome(request);
  }

  function receive(message: SnapshotFromWorker) {
    if (message.type === 'result') settle(message.id, (p) => p.resolve(message.info));
    else {
      const error = new Error(message.message);
      error.name = message.name;
      settle(message.id, (p) => p.reject(error));
    }
    stopIfIdle();
  }

  function ensurePort(): SnapshotPort {
    if (port) return port;
    const created = createPort();
    created.onmessage = (event) => receive(event.data);
    created.onerror = () => {
      created.terminate();
      if (port === created) port = null;
      for (const id of [...pending.keys()]) {
        settle(id, (p) => p.reject(new Error(SNAPSHOT_WORKER_CRASHED)));
      }
    };
    port = created;
    return created;
  }

  return {
    take(reason, options) {
      const worker = ensurePort();
      nextId += 1;
      const id = nextId;
      return new Promise<SnapshotInfo | null>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({
          type: 'take',
          id,
          reason,
          skipIfUnchanged: options.skipIfUnchanged ?? false,
        });
      });
    },
  };
}

function workerPort(): SnapshotPort {
  return registerWorker(
    new Worker(new URL('../workers/snapshot.worker.ts', import.meta.url), {
      type: 'module',
      name: 'snapshot',
    }),
  ) as unknown as SnapshotPort;
}

let shared: SnapshotClient | null | undefined;

/**
 * The client snapshots go through, or null where there is no Worker (unit tests in jsdom, or
 * inside a worker): snapshots are then built in-thread by the same code.
 */
export function snapshotWorkerClient(): SnapshotClient | null {
  if (shared === undefined) {
    const available = typeof Worker !== 'undefined' && typeof window !== 'undefined';
    shared = available ? createSnapshotClient(workerPort) : null;
  }
  return shared;
}

/** Tests put an in-process client in place of the worker (undefined restores the default). */
export function setSnapshotClientForTests(client: SnapshotClient | null | undefined): void {
  shared = client;
}
