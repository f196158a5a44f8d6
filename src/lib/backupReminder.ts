// When to remind someone to export a backup. Browsers may evict a site's data under storage
// pressure, and Safari erases script-written storage after 7 days without a visit, so the
// on-device snapshots are not enough on their own: a file elsewhere is.

/** Completed huddles since the last export before the reminder first appears. */
export const REMIND_AFTER_HUDDLES = 3;
/** "Remind me later" waits for this many more completed huddles. */
export const SNOOZE_HUDDLES = 3;

export interface ReminderSnooze {
  /** The export time the snooze was given against (null: never exported). */
  lastExportAt: number | null;
  /** Hidden until this many huddles have been completed since that export. */
  untilCount: number;
}

export interface ReminderInput {
  lastExportAt: number | null;
  completedSinceExport: number;
  snooze: ReminderSnooze | null;
}

export function shouldRemind({
  lastExportAt,
  completedSinceExport,
  snooze,
}: ReminderInput): boolean {
  if (completedSinceExport < REMIND_AFTER_HUDDLES) return false;
  // A snooze given before a later export no longer applies: the count started again.
  if (snooze && snooze.lastExportAt === lastExportAt) {
    return completedSinceExport >= snooze.untilCount;
  }
  return true;
}

export function snoozeFrom(input: Pick<ReminderInput, 'lastExportAt' | 'completedSinceExport'>) {
  return {
    lastExportAt: input.lastExportAt,
    untilCount: input.completedSinceExport + SNOOZE_HUDDLES,
  } satisfies ReminderSnooze;
}
