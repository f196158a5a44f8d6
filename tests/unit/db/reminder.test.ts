// The backup reminder's count, read from indexes: the same answer as reading every finished
// huddle, without reading them.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { countCompletedSince, STRADDLE_LOOKBACK } from '../../../src/db/reminder';
import type { Session, SessionStatus } from '../../../src/domain/types';
import { freshDatabase } from './testDb';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2025, 0, 6, 9);

function huddle(
  id: string,
  teamId: string,
  startedAt: number,
  status: SessionStatus,
  endedAt: number | null,
): Session {
  return {
    id,
    teamId,
    planId: 'plan',
    planName: 'Plan',
    status,
    currentStep: status === 'active' ? 0 : 1,
    steps: [],
    attendance: [],
    guests: [],
    startedAt,
    endedAt,
    pillars: [],
    createdAt: startedAt,
    updatedAt: endedAt ?? startedAt,
  };
}

/** The plain way: every finished huddle (completed or closed early) read and filtered. */
async function byReadingEveryHuddle(since: number | null): Promise<number> {
  const all = await db.sessions.where('status').anyOf(['completed', 'abandoned']).toArray();
  return all.filter((s) => (s.endedAt ?? 0) > (since ?? Number.NEGATIVE_INFINITY)).length;
}

/**
 * Three teams, sixty days of one huddle a day each: most completed within the hour, some
 * abandoned, one still active per team, and a few left open overnight and completed the next
 * day (so an export made that night falls inside them).
 */
async function seed(): Promise<number[]> {
  const sessions: Session[] = [];
  const exportTimes = [T0 - DAY, T0, T0 + 30 * DAY + 12 * HOUR];
  for (const [t, teamId] of ['team-a', 'team-b', 'team-c'].entries()) {
    for (let day = 0; day < 60; day += 1) {
      const start = T0 + day * DAY + t * HOUR;
      const id = `${teamId}-${day}`;
      if (day === 59) sessions.push(huddle(id, teamId, start, 'active', null));
      else if (day % 7 === 3) sessions.push(huddle(id, teamId, start, 'abandoned', start + HOUR));
      else if (day % 11 === 5) {
        // Left open overnight, completed the next morning; an export made at midnight.
        sessions.push(huddle(id, teamId, start, 'completed', start + 20 * HOUR));
        exportTimes.push(T0 + (day + 1) * DAY - 9 * HOUR);
      } else sessions.push(huddle(id, teamId, start, 'completed', start + HOUR));
      // An export made at the very moment a huddle started and at the moment one ended.
      if (day === 20) exportTimes.push(start, start + HOUR);
    }
  }
  await db.sessions.bulkAdd(sessions);
  return exportTimes;
}

beforeEach(async () => {
  await freshDatabase();
});

describe('countCompletedSince', () => {
  it('gives the same answer as reading every finished huddle', async () => {
    const exports = await seed();
    expect(exports.length).toBeGreaterThan(10);
    for (const since of [null, ...exports, T0 + 100 * DAY]) {
      expect(await countCompletedSince(since), `since ${since}`).toBe(
        await byReadingEveryHuddle(since),
      );
    }
    // The straddling case is really there: a huddle running at an export, completed after it.
    const completed = await db.sessions.where('status').equals('completed').toArray();
    const straddled = exports.filter((e) =>
      completed.some((s) => s.startedAt <= e && (s.endedAt ?? 0) > e),
    );
    expect(straddled.length).toBeGreaterThan(3);
  });

  it('counts a huddle merged in from another device that overlaps this one', async () => {
    await db.sessions.bulkAdd([
      huddle('here', 'team-a', T0, 'completed', T0 + 3 * HOUR),
      huddle('there', 'team-a', T0 + HOUR, 'completed', T0 + 4 * HOUR),
    ]);
    expect(await countCompletedSince(T0 + 2 * HOUR)).toBe(2);
  });

  it('counts a huddle closed early: its answers are not backed up either', async () => {
    await db.sessions.bulkAdd([
      huddle('done', 'team-a', T0, 'completed', T0 + HOUR),
      huddle('early', 'team-b', T0 + 2 * HOUR, 'abandoned', T0 + 3 * HOUR),
      huddle('running', 'team-c', T0 + 2 * HOUR, 'active', null),
    ]);
    expect(await countCompletedSince(null)).toBe(2);
    expect(await countCompletedSince(T0 + HOUR)).toBe(1);
  });

  it('reads a few huddles per team, not every finished one', async () => {
    await seed();
    let reads = 0;
    const onRead = (s: Session) => {
      reads += 1;
      return s;
    };
    db.sessions.hook('reading', onRead);
    try {
      await countCompletedSince(null);
      expect(reads).toBe(0);
      await countCompletedSince(T0 + 30 * DAY);
      expect(reads).toBeLessThanOrEqual(3 * STRADDLE_LOOKBACK);
      reads = 0;
      await byReadingEveryHuddle(T0 + 30 * DAY);
      expect(reads).toBeGreaterThan(100);
    } finally {
      db.sessions.hook('reading').unsubscribe(onRead);
    }
  });
});
