// Messages between the page (src/lib/snapshotClient.ts) and the snapshot worker. Plain data only:
// the page asks for a snapshot by reason; the worker reads the database itself, builds and stores
// the backup, and answers with what was stored (never the data itself).
import type { SnapshotInfo, SnapshotReason } from '../db/snapshotStore';

export interface SnapshotRequest {
  type: 'take';
  id: number;
  reason: SnapshotReason;
  /** Skip (answer null) when the newest snapshot holds the same data. */
  skipIfUnchanged: boolean;
}

export type SnapshotToWorker = SnapshotRequest;

export interface SnapshotResult {
  type: 'result';
  id: number;
  /** null when skipped as unchanged. */
  info: SnapshotInfo | null;
}

export interface SnapshotError {
  type: 'error';
  id: number;
  /** The error's name ('QuotaExceededError' when storage ran out anywhere in its chain). */
  name: string;
  message: string;
}

export type SnapshotFromWorker = SnapshotResult | SnapshotError;
