// Two devices editing a common past: arbitraries that change a backup's data the way a device
// would (edit with a later — or, with clock skew, equal or earlier — time; delete leaving a
// tombstone; add), plus a reference merge written straight from the documented rules, to check
// the real planner and the database against.
import fc from 'fast-check';
import { canonicalJson } from '../../../../src/domain/backup/canonical';
import { type BackupData, RECORD_TABLES, tombstoneId } from '../../../../src/domain/backup/format';
import type { BaseRecord, Deletion, SyncedTable } from '../../../../src/domain/types';
import {
  backupDataArb,
  commitmentArb,
  memberArb,
  responseArb,
  responseThemeArb,
  teamArb,
  themeArb,
} from './arbitraries';

/** A field each table can change without breaking its schema. */
const EDITABLE: Record<SyncedTable, string> = {
  teams: 'name',
  members: 'name',
  prompts: 'text',
  plans: 'description',
  sessions: 'planName',
  responses: 'promptId',
  commitments: 'text',
  themes: 'label',
  responseThemes: 'teamId',
};

type Action = { kind: 'keep' | 'edit' | 'delete' | 'recreate'; delta: number; value: string };

const action: fc.Arbitrary<Action> = fc.record({
  // 'recreate': deleted, then saved again under the same id (a late draft save), so the record
  // and its tombstone both exist; with clock skew the tombstone may even be the newer.
  kind: fc.constantFrom('keep', 'edit', 'delete', 'recreate'),
  // Mostly later; sometimes the same millisecond or earlier (clock skew between devices).
  delta: fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: -3, max: 0 })),
  value: fc.uuid(),
});

const ADDABLE = {
  teams: teamArb,
  members: memberArb,
  responses: responseArb,
  commitments: commitmentArb,
  themes: themeArb,
  responseThemes: responseThemeArb,
} as const;

/** One device's version of the common data. */
export function deviceChanges(common: BackupData): fc.Arbitrary<BackupData> {
  const perTable = RECORD_TABLES.map((table) =>
    fc.array(action, { minLength: common[table].length, maxLength: common[table].length }),
  );
  const additions = fc.record(
    Object.fromEntries(
      Object.entries(ADDABLE).map(([t, arb]) => [
        t,
        fc.array(arb as fc.Arbitrary<BaseRecord>, { maxLength: 2 }),
      ]),
    ) as Record<keyof typeof ADDABLE, fc.Arbitrary<BaseRecord[]>>,
  );
  return fc.tuple(fc.tuple(...perTable), additions).map(([actions, added]) => {
    const out = { ...common } as Record<string, unknown[]>;
    const tombstones = new Map(common.deletions.map((d) => [d.id, d]));
    RECORD_TABLES.forEach((table, t) => {
      const rows: BaseRecord[] = [];
      (common[table] as BaseRecord[]).forEach((row, i) => {
        const act = actions[t]?.[i] ?? { kind: 'keep', delta: 0, value: '' };
        if (act.kind === 'keep') rows.push(row);
        else if (act.kind === 'edit') {
          rows.push({ ...row, [EDITABLE[table]]: act.value, updatedAt: row.updatedAt + act.delta });
        } else if (act.kind === 'recreate') {
          const updatedAt = row.updatedAt + Math.abs(act.delta);
          rows.push({ ...row, [EDITABLE[table]]: act.value, updatedAt });
          const id = tombstoneId(table, row.id);
          const deletedAt = updatedAt + (act.delta % 7) - 3;
          tombstones.set(id, { id, table, recordId: row.id, deletedAt });
        } else {
          const id = tombstoneId(table, row.id);
          const deletedAt = Math.max(row.updatedAt + act.delta, tombstones.get(id)?.deletedAt ?? 0);
          tombstones.set(id, { id, table, recordId: row.id, deletedAt });
        }
      });
      const extra = (added as Record<string, BaseRecord[] | undefined>)[table] ?? [];
      const ids = new Set(rows.map((r) => r.id));
      for (const row of extra) {
        if (ids.has(row.id)) continue;
        ids.add(row.id);
        rows.push(row);
      }
      out[table] = rows;
    });
    // Theme tags must stay unique per (answer, theme) on one device.
    const pairs = new Set<string>();
    out.responseThemes = (out.responseThemes as BackupData['responseThemes']).filter((tag) => {
      const pair = `${tag.responseId}|${tag.themeId}`;
      if (pairs.has(pair)) return false;
      pairs.add(pair);
      return true;
    });
    out.deletions = [...tombstones.values()];
    return out as unknown as BackupData;
  });
}

/** Two devices that started from the same data. */
export const twoDevices = backupDataArb.chain((common) =>
  fc.record({ local: deviceChanges(common), incoming: deviceChanges(common) }),
);

/**
 * The merge rules of docs/BACKUP-FORMAT.md, written as plainly as possible, independent of
 * src/domain/backup/merge.ts.
 */
export function referenceMerge(local: BackupData, incoming: BackupData): BackupData {
  const out = {} as Record<string, unknown[]>;
  const tomb = (data: BackupData, table: SyncedTable, id: string): Deletion | undefined =>
    data.deletions.find((d) => d.table === table && d.recordId === id);
  for (const table of RECORD_TABLES) {
    const l = new Map((local[table] as BaseRecord[]).map((r) => [r.id, r]));
    const f = new Map((incoming[table] as BaseRecord[]).map((r) => [r.id, r]));
    const ids = new Set([
      ...l.keys(),
      ...f.keys(),
      ...incoming.deletions.filter((d) => d.table === table).map((d) => d.recordId),
    ]);
    const rows: BaseRecord[] = [];
    for (const id of ids) {
      const mine = l.get(id);
      const theirs = f.get(id);
      if (mine && theirs) {
        const same = canonicalJson(mine) === canonicalJson(theirs);
        rows.push(!same && theirs.updatedAt > mine.updatedAt ? theirs : mine);
      } else if (mine) {
        const deletion = tomb(incoming, table, id);
        if (!deletion || deletion.deletedAt <= mine.updatedAt) rows.push(mine);
      } else if (theirs) {
        const deletion = tomb(local, table, id);
        if (!deletion || deletion.deletedAt <= theirs.updatedAt) rows.push(theirs);
      }
    }
    out[table] = rows;
  }
  const deletions = new Map(local.deletions.map((d) => [d.id, d]));
  for (const d of incoming.deletions) {
    const stored = deletions.get(d.id);
    if (!stored || d.deletedAt > stored.deletedAt) deletions.set(d.id, d);
  }
  out.deletions = [...deletions.values()];
  return out as unknown as BackupData;
}
