import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applyImport,
  exportAnswersCsv,
  exportBackup,
  exportBackupJson,
  exportCommitmentsCsv,
  LAST_EXPORT_SETTING,
  MAX_BACKUP_BYTES,
  previewImport,
  readBackupFile,
  recordExport,
  restoreBackupJson,
} from '../../../src/db/backup';
import { deleteCommitment, reviewCommitment } from '../../../src/db/commitments';
import { deleteAnswer, saveAnswer } from '../../../src/db/responses';
import type { AppDB } from '../../../src/db/schema';
import { readSetting } from '../../../src/db/settings';
import { renameTeam } from '../../../src/db/teams';
import { untagResponse } from '../../../src/db/themes';
import { canonicalJson } from '../../../src/domain/backup/canonical';
import { sha256Hex } from '../../../src/domain/backup/checksum';
import { BackupError } from '../../../src/domain/backup/errors';
import { parseBackupText } from '../../../src/domain/backup/parse';
import { backupTables, everyTable, seedHuddle, tickingClock } from '../domain/backup/dbHelpers';
import { freshDatabase } from './testDb';

let db: AppDB;
beforeEach(async () => {
  tickingClock();
  db = await freshDatabase();
});

const file = (text: string) => new Blob([text], { type: 'application/json' });

describe('exporting a backup', () => {
  it('writes the documented envelope, canonical data and a checksum over it', async () => {
    const seed = await seedHuddle();
    await deleteAnswer(seed.passed.id);
    const json = await exportBackupJson();
    const raw = JSON.parse(json);
    expect(Object.keys(raw)).toEqual([
      'format',
      'formatVersion',
      'appVersion',
      'exportedAt',
      'scope',
      'checksum',
      'data',
    ]);
    expect(raw).toMatchObject({
      format: 'parallel-process-backup',
      formatVersion: 2,
      appVersion: '0.1.0',
      scope: { kind: 'all' },
      checksum: { algorithm: 'SHA-256' },
    });
    const dataText = json.slice(json.indexOf(',"data":') + 8, -1);
    expect(dataText).toBe(canonicalJson(raw.data));
    expect(raw.checksum.value).toBe(await sha256Hex(dataText));
    expect(raw.data.responses).toHaveLength(2);
    expect(raw.data.deletions).toEqual([
      expect.objectContaining({ table: 'responses', recordId: seed.passed.id }),
    ]);
    expect((await parseBackupText(json)).data.teams[0]?.name).toBe('Family clinic');
  });

  it('names the file by date and counts what it holds', async () => {
    await seedHuddle();
    const exported = await exportBackup();
    expect(exported.fileName).toMatch(/^parallel-process-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.blob.type).toBe('application/json');
    expect(exported.counts).toMatchObject({ teams: 1, members: 2, responses: 3, deletions: 0 });
  });

  it('exports one team with only its own records and the prompts and plans it used', async () => {
    const mine = await seedHuddle('Youth outreach');
    const other = await seedHuddle('Family clinic');
    await deleteCommitment(other.commitment.id);
    const exported = await exportBackup({ kind: 'team', teamId: mine.team.id });
    expect(exported.fileName).toMatch(
      /^parallel-process-backup-youth-outreach-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const { data, scope } = await parseBackupText(await exported.blob.text());
    expect(scope).toEqual({ kind: 'team', teamId: mine.team.id });
    expect(data.teams.map((t) => t.id)).toEqual([mine.team.id]);
    for (const rows of [
      data.members,
      data.sessions,
      data.responses,
      data.commitments,
      data.themes,
    ]) {
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.teamId === mine.team.id)).toBe(true);
    }
    expect(data.prompts.map((p) => p.id)).toEqual([mine.prompt.id]);
    expect(data.plans.map((p) => p.id)).toEqual([mine.plan.id]);
    // A tombstone does not say which team its record belonged to: none travel in a team file.
    expect(data.deletions).toEqual([]);
  });

  it('records when the last backup was made', async () => {
    await recordExport();
    expect(await readSetting(LAST_EXPORT_SETTING, 0)).toBeGreaterThan(1_763_900_000_000);
  });
});

describe('round trip', () => {
  it('export → empty database → import reproduces every table exactly, tombstones included', async () => {
    const seed = await seedHuddle();
    await untagResponse(seed.said.id, seed.theme.id);
    await deleteAnswer(seed.passed.id);
    await seed.complete();
    const before = await backupTables(db);
    const json = await exportBackupJson();

    db = await freshDatabase();
    const backup = await readBackupFile(file(json));
    const preview = await previewImport(backup);
    expect(preview.tables.responses).toMatchObject({ new: 2, updated: 0, conflicts: 0 });
    expect(preview.tables.deletions.new).toBe(2);
    expect(await backupTables(db)).toEqual(
      Object.fromEntries(Object.keys(before).map((t) => [t, []])),
    );
    await applyImport(backup);
    expect(await backupTables(db)).toStrictEqual(before);
    // …and exporting again gives the same data, byte for byte.
    expect(JSON.parse(await exportBackupJson()).data).toEqual(JSON.parse(json).data);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    await seedHuddle();
    const json = await exportBackupJson();
    db = await freshDatabase();
    const backup = await parseBackupText(json);
    const first = await applyImport(backup);
    expect(first.changes).toBeGreaterThan(0);
    const after = await everyTable(db);
    const second = await applyImport(backup);
    expect(second.changes).toBe(0);
    expect(second.tables.responses).toMatchObject({ new: 0, unchanged: 3 });
    expect(await everyTable(db)).toEqual(after);
  });

  it('restores a snapshot by replacing everything with it', async () => {
    const seed = await seedHuddle();
    const json = await exportBackupJson();
    const before = await backupTables(db);
    await renameTeam(seed.team.id, 'Renamed later');
    await saveAnswer({
      sessionId: seed.session.id,
      stepIndex: 0,
      promptId: seed.prompt.id,
      memberId: seed.ben.id,
      text: 'added later',
    });
    await restoreBackupJson(json);
    expect(await backupTables(db)).toStrictEqual(before);
  });
});

describe('preview and merge', () => {
  it('counts new, updated, unchanged, conflicting and deleted records', async () => {
    const seed = await seedHuddle();
    const older = await exportBackupJson();
    // This device moves on: a rename (newer than the file) and a deleted commitment.
    await renameTeam(seed.team.id, 'Renamed here');
    await deleteCommitment(seed.commitment.id);
    const here = await exportBackupJson();
    // The other device: the older file, plus a change made later there.
    const other = JSON.parse(older);
    other.data.members[0].name = 'Ana M.';
    other.data.members[0].updatedAt = Date.now() + 10_000;
    const changed = await parseBackupText(
      JSON.stringify({
        ...other,
        checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(other.data)) },
      }),
    );
    const preview = await previewImport(changed);
    expect(preview.tables.teams).toEqual({
      new: 0,
      updated: 0,
      unchanged: 0,
      conflicts: 1,
      deletions: 0,
    });
    expect(preview.tables.members).toMatchObject({ updated: 1, unchanged: 1 });
    expect(preview.tables.commitments).toMatchObject({ new: 0, conflicts: 1 });
    expect(JSON.parse(await exportBackupJson()).data).toEqual(JSON.parse(here).data);

    const applied = await applyImport(changed);
    expect(applied).toEqual(preview);
    expect((await db.teams.get(seed.team.id))?.name).toBe('Renamed here');
    expect((await db.members.get(other.data.members[0].id))?.name).toBe('Ana M.');
    expect(await db.commitments.get(seed.commitment.id)).toBeUndefined();
  });

  it('applies a deletion made on the other device after the record last changed here', async () => {
    const seed = await seedHuddle();
    const json = await exportBackupJson();
    const otherDevice = JSON.parse(json);
    otherDevice.data.commitments = [];
    otherDevice.data.deletions = [
      {
        id: `commitments:${seed.commitment.id}`,
        table: 'commitments',
        recordId: seed.commitment.id,
        deletedAt: Date.now() + 5000,
      },
    ];
    const backup = await parseBackupText(
      JSON.stringify({
        ...otherDevice,
        checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(otherDevice.data)) },
      }),
    );
    const preview = await previewImport(backup);
    expect(preview.tables.commitments.deletions).toBe(1);
    expect(preview.tables.deletions.new).toBe(1);
    await applyImport(backup);
    expect(await db.commitments.count()).toBe(0);
    expect(await db.deletions.get(`commitments:${seed.commitment.id}`)).toBeDefined();
  });

  it('rolls everything back when a write fails half-way', async () => {
    await seedHuddle();
    const json = JSON.parse(await exportBackupJson());
    // 2,500 answers: three write chunks; the second fails.
    const template = json.data.responses[0];
    json.data.responses = Array.from({ length: 2500 }, (_, i) => ({
      ...template,
      id: `bulk-${String(i).padStart(5, '0')}`,
    }));
    json.checksum.value = await sha256Hex(canonicalJson(json.data));
    const backup = await parseBackupText(JSON.stringify(json));
    const before = await everyTable(db);
    // The import writes through db.table(name), which Dexie keeps apart from db.responses.
    const responses = db.table('responses');
    const bulkPut = responses.bulkPut.bind(responses);
    let calls = 0;
    vi.spyOn(responses, 'bulkPut').mockImplementation(((rows: never[]) => {
      calls += 1;
      if (calls === 2) return Promise.reject(new Error('disk full'));
      return bulkPut(rows);
    }) as never);
    await expect(applyImport(backup)).rejects.toThrow('disk full');
    expect(calls).toBe(2);
    expect(await everyTable(db)).toEqual(before);
  });
});

describe('refusing a file', () => {
  it('refuses an oversized file before reading it', async () => {
    const huge = { size: MAX_BACKUP_BYTES + 1, text: vi.fn() } as unknown as Blob;
    const error = await readBackupFile(huge).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).message).toBe(
      'This file is too large to be a backup (201 MB; the limit is 200 MB). Nothing was imported.',
    );
    expect(huge.text).not.toHaveBeenCalled();
  });

  it('writes nothing for any refused file', async () => {
    await seedHuddle();
    const json = await exportBackupJson();
    const before = await everyTable(db);
    const bad = [
      'not json',
      json.slice(0, 500),
      json.replace('"formatVersion":2', '"formatVersion":3'),
      json.replace('Family clinic', 'Family clinik'),
    ];
    for (const text of bad) {
      await expect(readBackupFile(file(text))).rejects.toBeInstanceOf(BackupError);
    }
    expect(await everyTable(db)).toEqual(before);
  });
});

describe('tombstones', () => {
  it('are recorded in the same transaction as each deletion', async () => {
    const seed = await seedHuddle();
    await untagResponse(seed.said.id, seed.theme.id);
    await deleteAnswer(seed.secret.id);
    await deleteCommitment(seed.commitment.id);
    const ids = (await db.deletions.toArray()).map((d) => d.id).sort();
    expect(ids).toEqual(
      [
        `commitments:${seed.commitment.id}`,
        `responseThemes:${seed.tag.id}`,
        `responses:${seed.secret.id}`,
      ].sort(),
    );
  });

  it('cover an answer’s theme tags and a carried copy removed during a review', async () => {
    const seed = await seedHuddle();
    await deleteAnswer(seed.said.id);
    expect(await db.deletions.get(`responseThemes:${seed.tag.id}`)).toBeDefined();
    const carried = await reviewCommitment(seed.commitment.id, seed.session.id, 'carried');
    await reviewCommitment(seed.commitment.id, seed.session.id, 'done');
    expect(await db.deletions.get(`commitments:${carried?.id}`)).toMatchObject({
      table: 'commitments',
      recordId: carried?.id,
    });
  });
});

describe('spreadsheet export', () => {
  it('lists answers with no name on anonymous ones, and neutralises formulas', async () => {
    const seed = await seedHuddle();
    const csv = await exportAnswersCsv();
    expect(csv.fileName).toMatch(/^parallel-process-answers-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.rows).toBe(3);
    // UTF-8 with a byte-order mark (Blob.text() would hide it while decoding).
    const bytes = new Uint8Array(await csv.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.blob.type).toBe('text/csv;charset=utf-8');
    const text = await csv.blob.text();
    expect(
      text.startsWith('date,team,plan,step,pillar,prompt,person,passed,answer,rating,feelings\r\n'),
    ).toBe(true);
    const lines = text.split('\r\n');
    const secret = lines.find((l) => l.includes('the rota is unfair'));
    expect(secret).toContain(',Privately,');
    expect(secret).toContain(`,,no,"'=cmd|""/c calc""!A1 the rota is unfair"`);
    expect(secret).not.toContain(seed.ana.name);
    expect(lines.find((l) => l.includes('Families were not asked'))).toContain(',Ana,no,');
  });

  it('lists commitments', async () => {
    await seedHuddle();
    const csv = await exportCommitmentsCsv();
    const text = await csv.blob.text();
    expect(text).toContain('date,team,text,owner,due,pillar,status\r\n');
    expect(text).toMatch(
      /\d{4}-\d{2}-\d{2},Family clinic,Ask two families before changing hours,Ana,,Shift Power,open\r\n/,
    );
  });
});
