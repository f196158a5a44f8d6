// Benchmark, not a test: `npm run bench -- backup` runs it (vitest.bench.config.ts). It prints
// the 50,000-answer backup round trip in Chromium through the Settings UI and asserts no timing.
import { readFile } from 'node:fs/promises';
import { BUILT_IN_PLANS } from '../../../src/domain/library/plans';
import { BUILT_IN_PROMPTS } from '../../../src/domain/library/prompts';
import { generateAnswers } from '../../../src/domain/sample/answers';
import { generateSampleData } from '../../../src/domain/sample/generate';
import { expect, test } from '../support/fixtures';
import { seedTables } from '../support/seed';

test('measures a 50,000-answer round trip in Chromium', async ({
  session: { app, page },
  openApp,
}) => {
  const now = Date.now();
  const sample = generateSampleData({ now });
  const bulk = generateAnswers({
    count: 50_000 - sample.responses.length,
    now,
    teams: sample.teams.map((t) => t.id),
  });
  await app.goto('/settings');
  await seedTables(page, {
    prompts: BUILT_IN_PROMPTS,
    plans: BUILT_IN_PLANS,
    teams: sample.teams,
    members: sample.members,
    sessions: sample.sessions,
    commitments: sample.commitments,
    responses: [...sample.responses, ...bulk],
  });
  await app.reload();
  // The app snapshots the seeded (snapshot-less) huddles at start: let that finish first.
  await page.getByRole('list', { name: 'Snapshots, newest first' }).waitFor({ timeout: 60_000 });
  let t = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  await page.getByText(/^Saved parallel-process-backup-/).waitFor({ timeout: 120_000 });
  const exportMs = Date.now() - t;
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text).data.responses).toHaveLength(50_000);

  const fresh = await openApp();
  await fresh.app.goto('/settings');
  t = Date.now();
  // A file path, not a buffer: the browser reads the file itself, as it would for a person.
  await fresh.page.getByLabel('Choose a backup file').setInputFiles(path);
  await fresh.page
    .getByRole('heading', { name: 'Before you import' })
    .waitFor({ timeout: 120_000 });
  const previewMs = Date.now() - t;
  t = Date.now();
  await fresh.page.getByRole('button', { name: 'Apply import' }).click();
  await fresh.page.getByText(/^Import finished: /).waitFor({ timeout: 300_000 });
  const applyMs = Date.now() - t;
  console.log(
    [
      '[backup perf, Chromium] 50,000 answers',
      `  export size:                          ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB`,
      `  export (click → file handed over):    ${exportMs} ms`,
      `  read + parse + validate + preview:    ${previewMs} ms`,
      `  apply (safety snapshot + merge):      ${applyMs} ms`,
      `  import total:                         ${previewMs + applyMs} ms`,
    ].join('\n'),
  );
}, 300_000);
