import { describe, expect, it } from 'vitest';
import { planTableMerge, planTombstoneMerge } from '../../../../src/domain/backup/merge';
import type { Deletion, ResponseTheme, Team } from '../../../../src/domain/types';

const team = (id: string, updatedAt: number, name = 'Clinic'): Team => ({
  id,
  name,
  archived: false,
  agreements: [],
  createdAt: 1,
  updatedAt,
});
const tomb = (recordId: string, deletedAt: number): Deletion => ({
  id: `teams:${recordId}`,
  table: 'teams',
  recordId,
  deletedAt,
});
const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const byRecord = (rows: Deletion[]) => new Map(rows.map((d) => [d.recordId, d]));

function plan(
  incoming: Team[],
  local: Team[],
  { incomingTombs = [] as Deletion[], localTombs = [] as Deletion[] } = {},
) {
  return planTableMerge({
    incoming,
    incomingTombstones: incomingTombs,
    local: byId(local),
    localTombstones: byRecord(localTombs),
  });
}

describe('merge planning', () => {
  it('adds what is new, keeps what is the same', () => {
    const result = plan([team('a', 5), team('b', 5)], [team('b', 5)]);
    expect(result.puts.map((r) => r.id)).toEqual(['a']);
    expect(result.counts).toEqual({ new: 1, updated: 0, unchanged: 1, conflicts: 0, deletions: 0 });
  });

  it('treats a missing optional field and an undefined one as the same content', () => {
    const stored = { ...team('a', 5), sample: undefined };
    expect(plan([team('a', 5)], [stored]).counts.unchanged).toBe(1);
  });

  it('treats the same fields written in another order as the same content', () => {
    const backwards = Object.fromEntries(Object.entries(team('a', 5)).reverse()) as Team;
    expect(plan([team('a', 5)], [backwards]).counts.unchanged).toBe(1);
    const nested = { ...team('a', 5), agreements: ['Listen', 'Breathe'] };
    const reordered = { ...backwards, agreements: ['Breathe', 'Listen'] };
    expect(plan([nested], [reordered]).counts.conflicts).toBe(1);
  });

  it('lets the newer updatedAt win and counts an older incoming change as a conflict', () => {
    const newer = plan([team('a', 9, 'File')], [team('a', 5, 'Here')]);
    expect(newer.puts).toEqual([team('a', 9, 'File')]);
    expect(newer.counts.updated).toBe(1);
    const older = plan([team('a', 3, 'File')], [team('a', 5, 'Here')]);
    expect(older.puts).toEqual([]);
    expect(older.counts.conflicts).toBe(1);
  });

  it('keeps this device’s copy when both changed at the same millisecond', () => {
    const tie = plan([team('a', 5, 'File')], [team('a', 5, 'Here')]);
    expect(tie.puts).toEqual([]);
    expect(tie.counts.conflicts).toBe(1);
  });

  it('deletes a record when the file’s tombstone is newer, and only then', () => {
    const newer = plan([], [team('a', 5)], { incomingTombs: [tomb('a', 6)] });
    expect(newer.deletes).toEqual(['a']);
    expect(newer.counts.deletions).toBe(1);
    // Edited here after it was deleted there (or at the same time): the edit is kept.
    expect(plan([], [team('a', 6)], { incomingTombs: [tomb('a', 6)] }).deletes).toEqual([]);
    expect(plan([], [team('a', 7)], { incomingTombs: [tomb('a', 6)] }).deletes).toEqual([]);
  });

  it('does not bring back a record deleted here after the file’s copy was changed', () => {
    const result = plan([team('a', 5)], [], { localTombs: [tomb('a', 6)] });
    expect(result.puts).toEqual([]);
    expect(result.counts.conflicts).toBe(1);
    // Changed in the file after the deletion here: it comes back.
    expect(plan([team('a', 7)], [], { localTombs: [tomb('a', 6)] }).puts).toHaveLength(1);
  });

  it('lets a record the file holds stand over the file’s own older tombstone', () => {
    const result = plan([team('a', 5)], [team('a', 5)], { incomingTombs: [tomb('a', 9)] });
    expect(result.deletes).toEqual([]);
  });

  it('skips a theme tag whose (answer, theme) pair is already held by another tag here', () => {
    const tag = (id: string, responseId: string): ResponseTheme => ({
      id,
      responseId,
      themeId: 'th',
      teamId: 't',
      createdAt: 1,
      updatedAt: 1,
    });
    const key = (t: ResponseTheme) => `${t.responseId}|${t.themeId}`;
    const here = tag('here', 'r1');
    const result = planTableMerge({
      incoming: [tag('there', 'r1'), tag('other', 'r2')],
      incomingTombstones: [],
      local: new Map(),
      localTombstones: new Map(),
      uniqueKey: key,
      localByUniqueKey: new Map([[key(here), here]]),
    });
    expect(result.puts.map((t) => t.id)).toEqual(['other']);
    expect(result.counts).toMatchObject({ new: 1, conflicts: 1 });
  });

  it('merges tombstones keeping the later deletion', () => {
    const result = planTombstoneMerge(
      [tomb('a', 5), tomb('b', 9), tomb('c', 1)],
      new Map([
        ['teams:b', tomb('b', 3)],
        ['teams:c', tomb('c', 4)],
      ]),
    );
    expect(result.puts).toEqual([tomb('a', 5), tomb('b', 9)]);
    expect(result.counts).toMatchObject({ new: 1, updated: 1, unchanged: 1 });
  });
});
