import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../src/domain/backup/canonical';
import { BackupError } from '../../../../src/domain/backup/errors';
import { emptyBackupData } from '../../../../src/domain/backup/format';
import { migrateToCurrent } from '../../../../src/domain/backup/migrations';
import { parseBackupText } from '../../../../src/domain/backup/parse';
import { responseSchema } from '../../../../src/domain/backup/schemas';
import fixtureV1 from './fixtures/backup-v1.json?raw';
import fixtureV2 from './fixtures/backup-v2.json?raw';
import { backupObject, backupText, resign } from './helpers';

const team = {
  id: 't1',
  name: 'Clinic',
  archived: false,
  agreements: ['Listen'],
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};

function dataWith(extra: Record<string, unknown[]> = {}) {
  return { ...emptyBackupData(), teams: [team], ...extra };
}

async function rejection(text: string): Promise<BackupError> {
  const error = await parseBackupText(text).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

describe('reading a backup file', () => {
  it('accepts an answer saved before its Done (draft: true) and one without the flag', () => {
    const answer = {
      id: 'r1',
      sessionId: 's1',
      teamId: 't1',
      stepIndex: 0,
      promptId: 'p1',
      pillar: 'power',
      memberId: null,
      slot: 7,
      passed: false,
      text: 'half written',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    };
    expect(responseSchema.parse({ ...answer, draft: true })).toEqual({ ...answer, draft: true });
    expect(responseSchema.parse(answer)).toEqual(answer);
    // Only `true` or absent: a finished answer never carries the flag.
    expect(responseSchema.safeParse({ ...answer, draft: false }).success).toBe(false);
  });

  it('accepts a valid file and returns its data', async () => {
    const backup = await parseBackupText(await backupText(dataWith()));
    expect(backup.data.teams).toEqual([team]);
    expect(backup.scope).toEqual({ kind: 'all' });
  });

  it('accepts a file with a byte-order mark added by an editor', async () => {
    const backup = await parseBackupText(`\uFEFF${await backupText(dataWith())}`);
    expect(backup.data.teams).toHaveLength(1);
  });

  it('says a non-JSON file is not a backup', async () => {
    const error = await rejection('Name,Answer\nAna,hello');
    expect(error.problem).toBe('not-json');
    expect(error.message).toBe(
      'This file is not a Parallel Process backup: it is not a JSON file. Backup files are named like “parallel-process-backup-2026-11-23.json”. Nothing was imported.',
    );
    expect((await rejection('')).problem).toBe('not-json');
  });

  it('says JSON in another format is not a backup', async () => {
    for (const text of ['{"hello":1}', '[1,2]', '"text"', 'null', '{"format":"other"}']) {
      const error = await rejection(text);
      expect(error.problem).toBe('not-backup');
      expect(error.message).toBe(
        'This file is not a Parallel Process backup: it is JSON, but not in the backup format. Nothing was imported.',
      );
    }
  });

  it('says a cut-off file is damaged or incomplete', async () => {
    const text = await backupText(dataWith());
    const error = await rejection(text.slice(0, Math.floor(text.length / 2)));
    expect(error.problem).toBe('damaged');
    expect(error.message).toBe(
      'This backup file is damaged or incomplete: it may have been cut off while it was copied. Nothing was imported.',
    );
  });

  it('asks to update the app for a file of a newer format version', async () => {
    const file = { ...(await backupObject(dataWith())), formatVersion: 7 };
    const error = await rejection(JSON.stringify(file));
    expect(error.problem).toBe('newer-version');
    expect(error.message).toBe(
      'This backup was made by a newer version of the app (backup format 7; this version reads up to 2). Update the app first, then import the file again. Nothing was imported.',
    );
  });

  it('refuses an unknown or missing format version', async () => {
    for (const formatVersion of [0, -1, 1.5, '1', null, undefined]) {
      const file = { ...(await backupObject(dataWith())), formatVersion };
      const error = await rejection(JSON.stringify(file));
      expect(error.problem).toBe('unsupported-version');
      expect(error.message).toMatch(
        /^This backup’s format version \(.*\) is not one this app knows\. Nothing was imported\.$/,
      );
    }
  });

  it('reports a checksum mismatch when the data was changed after export', async () => {
    const file = await backupObject(dataWith());
    const changed = { ...file, data: dataWith({ teams: [{ ...team, name: 'Changed' }] }) };
    const error = await rejection(JSON.stringify(changed));
    expect(error.problem).toBe('checksum-mismatch');
    expect(error.message).toBe(
      'This backup file was changed or damaged after it was exported: its contents do not match its checksum. Nothing was imported.',
    );
  });

  it('verifies a file in canonical form, as the exporter writes it, and notices a change', async () => {
    const data = dataWith();
    const { data: _d, ...header } = await backupObject(data);
    const text = `${JSON.stringify(header).slice(0, -1)},"data":${canonicalJson(data)}}`;
    expect((await parseBackupText(text)).data.teams).toEqual([team]);
    const error = await rejection(text.replace('"Clinic"', '"Clinix"'));
    expect(error.problem).toBe('checksum-mismatch');
  });

  it('verifies a pretty-printed file and one whose keys are in another order', async () => {
    const file = await backupObject(dataWith());
    expect((await parseBackupText(JSON.stringify(file, null, 2))).data.teams).toEqual([team]);
    const backwards = Object.fromEntries(Object.entries(team).reverse());
    const text = await backupText(dataWith({ teams: [backwards] }));
    expect(text).toContain('{"updatedAt":');
    expect((await parseBackupText(text)).data.teams).toEqual([team]);
  });

  it('verifies canonical data whose integer-like keys JSON.parse moves to the front', async () => {
    // Canonical order puts "10" before "9"; a parsed object lists "9" first. The checksum still
    // matches (the file then fails validation for its unknown table, not as a changed file).
    const data = { ...dataWith(), extra: { '10': 1, '9': 2 } };
    const { data: _d, ...header } = await backupObject(data);
    const text = `${JSON.stringify(header).slice(0, -1)},"data":${canonicalJson(data)}}`;
    expect(text).toContain('{"10":1,"9":2}');
    expect((await rejection(text)).problem).toBe('invalid');
  });

  it('reports a missing checksum or data as damage', async () => {
    const file = await backupObject(dataWith());
    const { checksum: _c, ...noChecksum } = file;
    expect((await rejection(JSON.stringify(noChecksum))).message).toBe(
      'This backup file is damaged or incomplete (its checksum is missing): it may have been cut off while it was copied. Nothing was imported.',
    );
    const { data: _d, ...noData } = file;
    expect((await rejection(JSON.stringify(noData))).message).toContain('(it holds no data)');
    const md5 = { ...file, checksum: { algorithm: 'MD5', value: 'x' } };
    expect((await rejection(JSON.stringify(md5))).message).toContain(
      '(its checksum is of an unknown kind)',
    );
  });

  it('names the table, record and field of a validation problem', async () => {
    const wrongType = await resign(await backupObject(dataWith({ responses: [{ id: 'r1' }] })));
    const error = await rejection(JSON.stringify(wrongType));
    expect(error.problem).toBe('invalid');
    expect(error.message).toBe(
      'This backup file is damaged: Answers, record 1: “createdAt” is missing. Nothing was imported.',
    );

    const badType = await resign(
      await backupObject(dataWith({ teams: [{ ...team, archived: 'no' }] })),
    );
    expect((await rejection(JSON.stringify(badType))).message).toBe(
      'This backup file is damaged: Teams, record 1: “archived” has the wrong type (expected boolean). Nothing was imported.',
    );
  });

  it('refuses unknown fields, "__proto__" included, huge strings and control characters in ids', async () => {
    const proto = JSON.parse(
      JSON.stringify(await backupObject(dataWith())).replace(
        '"id":"t1"',
        '"id":"t1","__proto__":{"x":1}',
      ),
    );
    expect((await rejection(JSON.stringify(await resign(proto)))).message).toBe(
      'This backup file is damaged: Teams, record 1: it has a field this app does not know (“__proto__”). Nothing was imported.',
    );
    const huge = await resign(
      await backupObject(dataWith({ teams: [{ ...team, name: 'x'.repeat(60_000) }] })),
    );
    expect((await rejection(JSON.stringify(huge))).message).toBe(
      'This backup file is damaged: Teams, record 1: “name” is too long. Nothing was imported.',
    );
    const control = await resign(
      await backupObject(dataWith({ teams: [{ ...team, id: 't\u00001' }] })),
    );
    expect((await rejection(JSON.stringify(control))).message).toContain('Teams, record 1: “id”');
  });

  it('refuses an unknown value of a closed list (a pillar this app does not know)', async () => {
    const commitment = {
      id: 'c1',
      teamId: 't1',
      sessionId: 's1',
      text: 'Ask families',
      pillar: 'joy',
      status: 'open',
      history: [],
      createdAt: 1,
      updatedAt: 1,
    };
    const file = await resign(await backupObject(dataWith({ commitments: [commitment] })));
    expect((await rejection(JSON.stringify(file))).message).toBe(
      'This backup file is damaged: Commitments, record 1: “pillar” has a value this app does not know. Nothing was imported.',
    );
  });

  it('refuses a file listing the same record twice', async () => {
    const file = await backupObject(dataWith({ teams: [team, team] }));
    expect((await rejection(JSON.stringify(file))).message).toBe(
      'This backup file is damaged: Teams lists the same record twice. Nothing was imported.',
    );
  });

  it('refuses a one-team file holding another team’s records', async () => {
    const other = {
      id: 'm1',
      teamId: 'elsewhere',
      name: 'A',
      archived: false,
      createdAt: 1,
      updatedAt: 1,
    };
    const text = await backupText(dataWith({ members: [other] }), { kind: 'team', teamId: 't1' });
    expect((await rejection(text)).message).toContain(
      'a one-team backup holds records of another team',
    );
  });

  it('refuses a tombstone whose id does not match its table and record', async () => {
    const text = await backupText(
      dataWith({ deletions: [{ id: 'teams:x', table: 'teams', recordId: 'y', deletedAt: 5 }] }),
    );
    expect((await rejection(text)).message).toContain('an id does not match its table and record');
  });
});

describe('format versions', () => {
  it('still reads the version 1 fixture (never edit it: add one per new version)', async () => {
    const backup = await parseBackupText(fixtureV1);
    expect(backup.formatVersion).toBe(2);
    expect(backup.data.teams.map((t) => t.name)).toEqual(['Family clinic']);
    expect(backup.data.responses).toHaveLength(3);
    expect(backup.data.responses.find((r) => r.memberId === null)?.text).toBe(
      'We need a say in the rota',
    );
    expect(backup.data.deletions).toHaveLength(1);
    expect(backup.data.sessions.every((s) => s.stoppedAtStep === undefined)).toBe(true);
  });

  it('reads the version 2 fixture: where a huddle closed early stopped, and draft answers', async () => {
    const backup = await parseBackupText(fixtureV2);
    expect(backup.formatVersion).toBe(2);
    const closed = backup.data.sessions.find((s) => s.status === 'abandoned');
    expect(closed?.stoppedAtStep).toBe(0);
    expect(backup.data.responses.filter((r) => r.draft === true).map((r) => r.text)).toEqual([
      'Half a thought',
    ]);
  });

  it('runs a file through the migration chain, one version at a time', () => {
    const chain = {
      1: (f: Record<string, unknown>) => ({ ...f, renamed: f.old, old: undefined }),
      2: (f: Record<string, unknown>) => ({ ...f, added: true }),
    };
    const migrated = migrateToCurrent({ formatVersion: 1, old: 'x' }, 1, chain, 3);
    expect(migrated).toEqual({ formatVersion: 3, renamed: 'x', old: undefined, added: true });
    expect(() => migrateToCurrent({}, 1, { 1: (f) => f }, 3)).toThrow(
      /Missing migration from format 2/,
    );
    expect(() => migrateToCurrent({}, 0)).toThrow(RangeError);
    // 1 → 2 only added optional fields.
    expect(migrateToCurrent({ formatVersion: 1, data: {} }, 1)).toEqual({
      formatVersion: 2,
      data: {},
    });
  });
});
