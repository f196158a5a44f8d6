// When an automatic snapshot is due, kept apart from snapshots.ts so start-up and the live huddle
// can check without fetching the snapshot code (and, through it, the backup format): that loads
// only when a snapshot is actually taken.
import { db } from './db';

/** True when a huddle ended after the newest snapshot (it never got its 'huddle-ended' one). */
export async function snapshotMissed(): Promise<boolean> {
  // The index key alone: the newest snapshot's data (a whole backup) is not read.
  const since = ((await db.snapshots.orderBy('createdAt').lastKey()) as number | undefined) ?? -1;
  const missed = await db.sessions
    .where('status')
    // Closed early counts too: its answers are as worth keeping as a completed huddle's.
    .anyOf(['completed', 'abandoned'])
    .filter((s) => (s.endedAt ?? 0) > since)
    .first();
  return missed !== undefined;
}

/**
 * While a huddle runs: checks every minute whether an interval snapshot is due. Returns the
 * function that stops it. A failure is silent here (the huddle must go on); Settings shows the
 * snapshots there are.
 */
export function startSnapshotSchedule(checkEveryMs = 60_000): () => void {
  const timer = setInterval(() => {
    void import('./snapshots')
      .then(({ takeSnapshotIfDue }) => takeSnapshotIfDue())
      .catch(() => undefined);
  }, checkEveryMs);
  return () => clearInterval(timer);
}
