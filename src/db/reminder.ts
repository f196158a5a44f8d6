import { useLiveQuery } from 'dexie-react-hooks';
import type { SessionStatus } from '../domain/types';
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

/**
 * Of each team's huddles started at or before an export, how many (newest first) are looked at
 * for one still running then. One device runs one huddle per team at a time (startSession), so
 * only the newest can straddle the export; the few more allow for huddles merged in from
 * another device's backup.
 */
export const STRADDLE_LOOKBACK = 4;

/** The statuses of a huddle that has ended; "abandoned" is shown as "Closed early". */
const FINISHED: readonly SessionStatus[] = ['completed', 'abandoned'];

/**
 * Finished huddles (completed, or closed early: both hold answers not yet exported) that ended
 * after the given time (all of them when never exported). Index-only, never a walk over every
 * finished huddle (~12,500 at 500,000 answers): the finished ones started after the export are
 * counted on the `[status+startedAt]` index, and the huddles that were running when the export
 * was made (started before it, finished after it) are found among each team's newest few
 * started before it (STRADDLE_LOOKBACK) on `[teamId+startedAt]`.
 */
export async function countCompletedSince(since: number | null): Promise<number> {
  if (since === null) {
    // One count per status: an anyOf() count reads every record, an equals() count does not.
    const counts = await Promise.all(
      FINISHED.map((status) => db.sessions.where('status').equals(status).count()),
    );
    return counts.reduce((a, b) => a + b, 0);
  }
  const [startedAfter, teamIds] = await Promise.all([
    Promise.all(
      FINISHED.map((status) =>
        db.sessions
          .where('[status+startedAt]')
          .between([status, since], [status, Number.POSITIVE_INFINITY], false, true)
          .count(),
      ),
    ),
    db.sessions.orderBy('teamId').uniqueKeys(),
  ]);
  const newestBefore = await Promise.all(
    teamIds.map((teamId) =>
      db.sessions
        .where('[teamId+startedAt]')
        .between([teamId, Number.NEGATIVE_INFINITY], [teamId, since], true, true)
        .reverse()
        .limit(STRADDLE_LOOKBACK)
        .toArray(),
    ),
  );
  const running = newestBefore
    .flat()
    .filter((s) => FINISHED.includes(s.status) && (s.endedAt ?? 0) > since).length;
  return startedAfter.reduce((a, b) => a + b, 0) + running;
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
