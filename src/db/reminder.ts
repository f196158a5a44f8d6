import { useLiveQuery } from 'dexie-react-hooks';
import { type ReminderInput, type ReminderSnooze, snoozeFrom } from '../lib/backupReminder';
import { db } from './db';
import { readSetting, writeSetting } from './settings';

/**
 * Setting written by the backup export (epoch ms of the last export): the same key as
 * LAST_EXPORT_SETTING in ./backup.ts (a test keeps them equal). Not imported from there, so the
 * banner on every screen does not pull the backup code and its validators into the first load.
 */
export const LAST_EXPORT_KEY = 'lastExportAt';
export const REMINDER_SNOOZE_KEY = 'backup-reminder-snooze';

/** Huddles completed after the given time (all of them when never exported). */
export async function countCompletedSince(since: number | null): Promise<number> {
  return db.sessions
    .where('status')
    .equals('completed')
    .filter((s) => (s.endedAt ?? 0) > (since ?? Number.NEGATIVE_INFINITY))
    .count();
}

export async function readReminderInput(): Promise<ReminderInput> {
  const [lastExportAt, snooze] = await Promise.all([
    readSetting<number | null>(LAST_EXPORT_KEY, null),
    readSetting<ReminderSnooze | null>(REMINDER_SNOOZE_KEY, null),
  ]);
  const exportedAt = typeof lastExportAt === 'number' ? lastExportAt : null;
  return {
    lastExportAt: exportedAt,
    completedSinceExport: await countCompletedSince(exportedAt),
    snooze,
  };
}

export function useReminderInput(): ReminderInput | undefined {
  return useLiveQuery(readReminderInput, []);
}

/** "Remind me later": quiet for a few more huddles. */
export async function snoozeBackupReminder(): Promise<void> {
  await writeSetting(REMINDER_SNOOZE_KEY, snoozeFrom(await readReminderInput()));
}
