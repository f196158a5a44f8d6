// Measures (prints, never asserts) a backup round trip of a 50,000-answer database on
// fake-indexeddb. Opt-in, it takes a while: BACKUP_PERF=1 npx vitest run tests/unit/db/backup.perf.test.ts
import { expect, it } from 'vitest';
import { applyImport, exportBackup, previewImport, readBackupFile } from '../../../src/db/backup';
import { BUILT_IN_PLANS } from '../../../src/domain/library/plans';
import { BUILT_IN_PROMPTS } from '../../../src/domain/library/prompts';
import { generateAnswers } from '../../../src/domain/sample/answers';
import { generateSampleData } from '../../../src/domain/sample/generate';
import { freshDatabase } from './testDb';

const ANSWERS = 50_000;

it.runIf(process.env.BACKUP_PERF)(
  `round trip of a ${ANSWERS.toLocaleString()}-answer database`,
  async () => {
    const now = Date.UTC(2026, 10, 23);
    const sample = generateSampleData({ now });
    const bulk = generateAnswers({
      count: ANSWERS - sample.responses.length,
      now,
      teams: sample.teams.map((t) => t.id),
    });
    let db = await freshDatabase();
    await db.transaction('rw', db.tables, async () => {
      await db.prompts.bulkPut(BUILT_IN_PROMPTS);
      await db.plans.bulkPut(BUILT_IN_PLANS);
      await db.teams.bulkPut(sample.teams);
      await db.members.bulkPut(sample.members);
      await db.sessions.bulkPut(sample.sessions);
      await db.commitments.bulkPut(sample.commitments);
      for (const rows of [sample.responses, bulk]) {
        for (let i = 0; i < rows.length; i += 1000)
          await db.responses.bulkPut(rows.slice(i, i + 1000));
      }
    });
    expect(await db.responses.count()).toBe(ANSWERS);

    const t0 = performance.now();
    const exported = await exportBackup();
    const t1 = performance.now();
    db = await freshDatabase();
    const backup = await readBackupFile(exported.blob);
    const t2 = performance.now();
    const preview = await previewImport(backup);
    const t3 = performance.now();
    await applyImport(backup);
    const t4 = performance.now();
    expect(preview.tables.responses.new).toBe(ANSWERS);
    expect(await db.responses.count()).toBe(ANSWERS);

    const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
    console.log(
      [
        `[backup perf] ${ANSWERS.toLocaleString()} answers, ${exported.counts.sessions} huddles, ${exported.counts.commitments} commitments (fake-indexeddb, Node ${process.version})`,
        `  export size:               ${(exported.blob.size / 1024 / 1024).toFixed(1)} MB`,
        `  export (read + serialise): ${ms(t0, t1)}`,
        `  parse + validate:          ${ms(t1, t2)}`,
        `  preview (plan):            ${ms(t2, t3)}`,
        `  apply (plan + write):      ${ms(t3, t4)}`,
        `  import total:              ${ms(t1, t4)}`,
      ].join('\n'),
    );
  },
  300_000,
);
