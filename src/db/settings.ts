import { now } from '../lib/clock';
import { db } from './db';

export async function readSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function writeSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value, updatedAt: now() });
}

/** Setting key of a live huddle's machine snapshot (timers, skips, turns). Changing it loses them. */
export function huddleSnapshotKey(sessionId: string): string {
  return `huddle-snapshot:${sessionId}`;
}
