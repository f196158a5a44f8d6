import { describe, expect, it } from 'vitest';
import {
  REMIND_AFTER_HUDDLES,
  SNOOZE_HUDDLES,
  shouldRemind,
  snoozeFrom,
} from '../../../src/lib/backupReminder';

describe('backup reminder', () => {
  it(`appears after ${REMIND_AFTER_HUDDLES} completed huddles with no export since`, () => {
    for (const [count, expected] of [
      [0, false],
      [REMIND_AFTER_HUDDLES - 1, false],
      [REMIND_AFTER_HUDDLES, true],
      [20, true],
    ] as const) {
      expect(shouldRemind({ lastExportAt: null, completedSinceExport: count, snooze: null })).toBe(
        expected,
      );
      expect(shouldRemind({ lastExportAt: 1000, completedSinceExport: count, snooze: null })).toBe(
        expected,
      );
    }
  });

  it(`"Remind me later" waits ${SNOOZE_HUDDLES} more huddles`, () => {
    const input = { lastExportAt: 1000, completedSinceExport: 4 };
    const snooze = snoozeFrom(input);
    expect(shouldRemind({ ...input, snooze })).toBe(false);
    expect(shouldRemind({ ...input, completedSinceExport: 4 + SNOOZE_HUDDLES - 1, snooze })).toBe(
      false,
    );
    expect(shouldRemind({ ...input, completedSinceExport: 4 + SNOOZE_HUDDLES, snooze })).toBe(true);
  });

  it('a snooze from before the last export no longer applies', () => {
    const snooze = snoozeFrom({ lastExportAt: 1000, completedSinceExport: 10 });
    expect(shouldRemind({ lastExportAt: 5000, completedSinceExport: 3, snooze })).toBe(true);
    expect(shouldRemind({ lastExportAt: 5000, completedSinceExport: 2, snooze })).toBe(false);
  });
});
