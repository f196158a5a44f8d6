// Property tests of backups against a real (fake-indexeddb) database. Run counts are bounded so
// the suite stays fast; each property prints how many cases it tried.
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  applyImport,
  exportBackupJson,
  readBackupFile,
  restoreBackupJson,
} from '../../../src/db/backup';
import type { AppDB } from '../../../src/db/schema';
import { dataChecksum } from '../../../src/domain/backup/checksum';
import { BackupError, type BackupProblem } from '../../../src/domain/backup/errors';
import { type BackupData, RECORD_TABLES } from '../../../src/domain/backup/format';
import { parseBackupText } from '../../../src/domain/backup/parse';
import { MAX_STRING_LENGTH } from '../../../src/domain/backup/schemas';
import { FORMAT_VERSION } from '../../../src/domain/backup/version';
import { backupDataArb } from '../domain/backup/arbitraries';
import { everyTable, seedHuddle } from '../domain/backup/dbHelpers';
import {
  backupObject,
  backupText,
  canonicalData,
  resign,
  sortedData,
} from '../domain/backup/helpers';
import { referenceMerge, twoDevices } from '../domain/backup/mutations';
import { freshDatabase } from './testDb';

const tried: Record<string, number> = {};
const count = (name: string) => {
  tried[name] = (tried[name] ?? 0) + 1;
};
afterAll(() => {
  const total = Object.values(tried).reduce((a, b) => a + b, 0);
  console.log(`[backup fuzz] ${total} cases:`, JSON.stringify(tried));
});

let db: AppDB;
beforeEach(async () => {
  db = await freshDatabase();
});

/** A fresh empty database for one run; the previous one is closed and deleted. */
async function emptyDatabase(): Promise<AppDB> {
  const previous = db;
  db = await freshDatabase();
  previous.close();
  await previous.delete().catch(() => undefined);
  return db;
}

async function readData(): Promise<BackupData> {
  return JSON.parse(await exportBackupJson()).data;
}

describe('round trip (property)', () => {
  it('serialise → parse → validate → apply to an empty database → export gives the same data', async () => {
    await fc.assert(
      fc.asyncProperty(backupDataArb, async (data) => {
        count('round-trip');
        await emptyDatabase();
        const backup = await readBackupFile(new Blob([await backupText(data)]));
        await applyImport(backup);
        for (const table of [...RECORD_TABLES, 'deletions'] as const) {
          expect(await db.table(table).toArray()).toEqual(sortedData(data)[table]);
        }
        const exported = await readData();
        expect(exported).toEqual(sortedData(data));
        expect(canonicalData(exported)).toBe(canonicalData(data));
      }),
      { numRuns: 60 },
    );
  });
});

// ── Corruptions ──────────────────────────────────────────────────────────────────────────

type File = Record<string, unknown>;

/** The corrupted text, and the problem it must be reported as when that is certain. */
interface Corrupted {
  text: string;
  expect?: BackupProblem;
}
interface Corruption {
  name: string;
  apply: (file: File, text: string) => Promise<Corrupted>;
}

const OPTIONAL: Record<string, string[]> = {
  teams: ['sample'],
  prompts: ['choices', 'facilitatorNote'],
  responses: ['slot', 'text', 'rating', 'feelings'],
  commitments: ['owner', 'due', 'pillar', 'reviewedInSessionId', 'carriedFromId'],
};

/** A field of some record (table, row, key), chosen by three numbers; null if no record. */
function pickField(
  file: File,
  [a, b, c]: number[],
  keep: (table: string, key: string, value: unknown) => boolean,
) {
  const data = file.data as Record<string, Record<string, unknown>[]>;
  const candidates = Object.entries(data).flatMap(([table, rows]) =>
    rows.flatMap((row, index) =>
      Object.keys(row)
        .filter((key) => keep(table, key, row[key]))
        .map((key) => ({ table, index, key })),
    ),
  );
  if (candidates.length === 0) return null;
  const pick = candidates[((a ?? 0) + (b ?? 0) * 7 + (c ?? 0) * 31) % candidates.length];
  return pick ? { ...pick, row: data[pick.table]![pick.index]! } : null;
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const OTHER: Record<string, unknown> = {
  string: 42,
  number: 'x',
  boolean: 'yes',
  array: {},
  object: [],
  null: 7,
};
const three = fc.tuple(fc.nat(), fc.nat(), fc.nat());
const resigned = fc.boolean();

/** A damaged record: re-signed, only validation can see it; otherwise the checksum does. */
async function recordDamage(file: File, sign: boolean): Promise<Corrupted> {
  return sign
    ? { text: JSON.stringify(await resign(file)), expect: 'invalid' }
    : { text: JSON.stringify(file), expect: 'checksum-mismatch' };
}

/** With no record to damage, the header is damaged instead (the checksum does not cover it). */
function headerDamage(file: File, change: File, expect?: BackupProblem): Corrupted {
  return { text: JSON.stringify({ ...file, ...change }), ...(expect ? { expect } : {}) };
}

const corruptions: fc.Arbitrary<Corruption> = fc.oneof(
  fc.nat().map((n) => ({
    name: 'truncate',
    apply: async (_f: File, text: string) => ({ text: text.slice(0, n % text.length) }),
  })),
  fc.tuple(three, resigned).map(([pick, sign]) => ({
    name: sign ? 'change-type (re-signed)' : 'change-type',
    apply: async (file: File) => {
      const hit = pickField(file, pick, () => true);
      if (!hit) return headerDamage(file, { scope: 5 }, 'invalid');
      hit.row[hit.key] = OTHER[typeOf(hit.row[hit.key])];
      return recordDamage(file, sign);
    },
  })),
  fc.tuple(three, resigned).map(([pick, sign]) => ({
    name: sign ? 'drop-required (re-signed)' : 'drop-required',
    apply: async (file: File) => {
      const hit = pickField(file, pick, (table, key) => !OPTIONAL[table]?.includes(key));
      if (!hit) return headerDamage(file, { exportedAt: undefined }, 'invalid');
      delete hit.row[hit.key];
      return recordDamage(file, sign);
    },
  })),
  fc
    .constantFrom(
      'format',
      'formatVersion',
      'checksum',
      'data',
      'scope',
      'appVersion',
      'exportedAt',
    )
    .map((key) => ({
      name: 'drop-envelope-field',
      apply: async (file: File) => headerDamage(file, { [key]: undefined }),
    })),
  fc.stringMatching(/^[0-9a-f]{64}$/).map((value) => ({
    name: 'wrong-checksum',
    apply: async (file: File) =>
      headerDamage(file, { checksum: { algorithm: 'SHA-256', value } }, 'checksum-mismatch'),
  })),
  fc.integer({ min: FORMAT_VERSION + 1, max: 1_000_000 }).map((formatVersion) => ({
    name: 'newer-version',
    apply: async (file: File) => headerDamage(file, { formatVersion }, 'newer-version'),
  })),
  fc.constantFrom<unknown>(0, -1, 1.5, '1', null, true, [1]).map((formatVersion) => ({
    name: 'unknown-version',
    apply: async (file: File) => headerDamage(file, { formatVersion }, 'unsupported-version'),
  })),
  fc.tuple(three, resigned).map(([pick, sign]) => ({
    name: sign ? '__proto__-key (re-signed)' : '__proto__-key',
    apply: async (file: File): Promise<Corrupted> => {
      const hit = pickField(file, pick, () => true);
      const target = hit?.row ?? (file.scope as Record<string, unknown>);
      Object.defineProperty(target, '__proto__', { value: { polluted: true }, enumerable: true });
      return hit ? recordDamage(file, sign) : { text: JSON.stringify(file), expect: 'invalid' };
    },
  })),
  fc.tuple(three, fc.integer({ min: 1, max: 5000 })).map(([pick, extra]) => ({
    name: 'huge-string (re-signed)',
    apply: async (file: File) => {
      const hit = pickField(file, pick, (_t, _k, v) => typeof v === 'string');
      if (!hit) return headerDamage(file, { appVersion: 'x'.repeat(MAX_STRING_LENGTH) }, 'invalid');
      hit.row[hit.key] = '<script>'.repeat(Math.ceil((MAX_STRING_LENGTH + extra) / 8));
      return recordDamage(file, true);
    },
  })),
  fc
    .tuple(three, fc.constantFrom('<script>alert(1)</script>', '=1+1', '\u0000', '__proto__'))
    .map(([pick, hostile]) => ({
      name: 'hostile-string',
      apply: async (file: File, text: string): Promise<Corrupted> => {
        const hit = pickField(file, pick, (_t, _k, v) => typeof v === 'string');
        if (!hit) return { text: text.slice(0, -1), expect: 'damaged' };
        hit.row[hit.key] = `${hit.row[hit.key]}${hostile}`;
        return recordDamage(file, false);
      },
    })),
  fc
    .tuple(
      fc.nat(),
      fc.integer({ min: 0, max: 0x1f }).filter((c) => ![9, 10, 13].includes(c)),
    )
    .map(([at, code]) => ({
      name: 'raw-control-char',
      apply: async (_f: File, text: string) => {
        const i = at % (text.length + 1);
        return { text: `${text.slice(0, i)}${String.fromCharCode(code)}${text.slice(i)}` };
      },
    })),
  fc.tuple(fc.nat(), fc.integer({ min: 32, max: 126 })).map(([at, code]) => ({
    name: 'flip-char-in-data',
    apply: async (_f: File, text: string) => {
      const start = text.indexOf('"data":') + 7;
      const i = start + (at % (text.length - start - 1));
      const wanted = String.fromCharCode(code);
      const c = wanted === text[i] ? (code === 65 ? 'B' : 'A') : wanted;
      return { text: `${text.slice(0, i)}${c}${text.slice(i + 1)}` };
    },
  })),
);

describe('corrupted files (property)', () => {
  it('are each refused with a message, and the database is unchanged', async () => {
    await seedHuddle();
    const before = await everyTable(db);
    await fc.assert(
      fc.asyncProperty(backupDataArb, corruptions, async (data, corruption) => {
        count(corruption.name);
        const file = structuredClone(await backupObject(data)) as File;
        const corrupted = await corruption.apply(file, JSON.stringify(await backupObject(data)));
        const error = await readBackupFile(new Blob([corrupted.text]))
          .then((backup) => applyImport(backup))
          .then(
            () => null,
            (e: unknown) => e,
          );
        expect(error, corruption.name).toBeInstanceOf(BackupError);
        const { problem, message } = error as BackupError;
        if (corrupted.expect) expect(problem, corruption.name).toBe(corrupted.expect);
        expect(message).toMatch(/\S.*Nothing was imported\.$/);
        expect(await everyTable(db)).toEqual(before);
      }),
      { numRuns: 400 },
    );
  });

  it('accepts hostile text that was really exported, and keeps it exactly', async () => {
    const data = await backupObject({
      ...(await readData()),
      teams: [
        {
          id: 'x',
          name: '<img src=x onerror=alert(1)>',
          archived: false,
          agreements: ['__proto__', '=HYPERLINK("http://evil")', '\u0000\u001b[2J'],
          createdAt: 1,
          updatedAt: 1,
        },
      ],
    });
    const backup = await parseBackupText(JSON.stringify(data));
    await applyImport(backup);
    expect(await db.teams.get('x')).toEqual((data.data as BackupData).teams[0]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// ── Merging ──────────────────────────────────────────────────────────────────────────────

describe('merging two devices (property)', () => {
  it('matches the documented rules, is idempotent, lets newer win and honours tombstones', async () => {
    await fc.assert(
      fc.asyncProperty(twoDevices, async ({ local, incoming }) => {
        count('merge');
        await emptyDatabase();
        await restoreBackupJson(await backupText(local));
        const file = await parseBackupText(await backupText(incoming));
        await applyImport(file);
        const once = await readData();
        const expected = referenceMerge(local, incoming);
        expect(canonicalData(once)).toBe(canonicalData(expected));

        // Newer updatedAt wins (this device's copy on a tie).
        for (const table of RECORD_TABLES) {
          const mine = new Map(local[table].map((r) => [r.id, r]));
          const result = new Map(once[table].map((r) => [r.id, r]));
          for (const theirs of incoming[table]) {
            const here = mine.get(theirs.id);
            if (!here) continue;
            const winner = theirs.updatedAt > here.updatedAt ? theirs : here;
            expect(result.get(theirs.id)?.updatedAt).toBe(winner.updatedAt);
          }
          // Tombstones honoured: deleted there after the last change here, and not alive there.
          const alive = new Set(incoming[table].map((r) => r.id));
          for (const d of incoming.deletions) {
            const here = d.table === table && !alive.has(d.recordId) && mine.get(d.recordId);
            if (here && d.deletedAt > here.updatedAt) expect(result.has(d.recordId)).toBe(false);
          }
        }
        // Every tombstone is kept.
        const kept = new Set(once.deletions.map((d) => d.id));
        for (const d of [...local.deletions, ...incoming.deletions])
          expect(kept.has(d.id)).toBe(true);

        // Idempotent: a second import changes nothing.
        const before = await everyTable(db);
        const again = await applyImport(file);
        expect(again.changes).toBe(0);
        expect(await everyTable(db)).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });

  it('never changes the checksum of what it exports when nothing changed', async () => {
    await fc.assert(
      fc.asyncProperty(backupDataArb, async (data) => {
        count('stable-checksum');
        expect(await dataChecksum(sortedData(data))).toBe(
          await dataChecksum(structuredClone(sortedData(data))),
        );
      }),
      { numRuns: 50 },
    );
  });
});
