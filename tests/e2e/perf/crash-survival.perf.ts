// Measurement, not a test: how much of an answer typed at one key per 150 ms survives a SIGKILL
// of the browser, killed mid-burst or 0 / 100 / 400 / 1000 ms after the last key. Prints a
// table (characters typed vs characters on disk after relaunching on the same profile).
//   npx vitest run --config vitest.bench.config.ts tests/e2e/perf/crash-survival.perf.ts
// CRASH_BASE_URL measures another build (e.g. an older commit served by `vite preview`).
// CRASH_REPEATS (default 1) repeats every case.
import { inject, test } from 'vitest';
import { uniqueTeamName } from '../support/app-page';
import {
  launchKillable,
  newProfileDir,
  removeProfileDir,
  sleep,
  startCrashHuddle,
  storedTexts,
  typeSteadily,
} from '../support/crash';

const KEY_MS = 150;
const BURST_MS = 7_000;
const TEXT =
  'The new intake form took most of my week and the families never saw it, again and again and again.';
const CASES: Array<{ name: string; afterLastKeyMs: number | null }> = [
  { name: 'mid-burst', afterLastKeyMs: null },
  { name: '0 ms after last key', afterLastKeyMs: 0 },
  { name: '100 ms after last key', afterLastKeyMs: 100 },
  { name: '400 ms after last key', afterLastKeyMs: 400 },
  { name: '1000 ms after last key', afterLastKeyMs: 1000 },
];

test('characters typed vs characters recovered after a SIGKILL', async () => {
  const chromePath = inject('chromePath');
  const baseURL = process.env.CRASH_BASE_URL ?? inject('baseURL');
  const repeats = Number(process.env.CRASH_REPEATS ?? 1);
  const rows: string[] = [];
  for (const c of CASES) {
    for (let r = 0; r < repeats; r += 1) {
      const profile = await newProfileDir();
      try {
        const first = await launchKillable(chromePath, profile);
        await startCrashHuddle(first.page, baseURL, uniqueTeamName());
        const box = first.page.locator('section.turn').getByLabel('What is your goal today?');
        let typed: number;
        if (c.afterLastKeyMs === null) {
          // Keys keep coming; the kill lands between two of them, 7 s in.
          const started = Date.now();
          const typing = typeSteadily(box, TEXT, KEY_MS, () => Date.now() - started > BURST_MS);
          await sleep(BURST_MS - 500);
          await first.kill();
          typed = (await typing).length;
        } else {
          const keys = BURST_MS / KEY_MS;
          typed = (await typeSteadily(box, TEXT.slice(0, keys), KEY_MS)).length;
          await sleep(c.afterLastKeyMs);
          await first.kill();
        }
        const second = await launchKillable(chromePath, profile);
        await second.page.goto(baseURL);
        await second.page.getByRole('heading', { level: 1 }).waitFor();
        const texts = await storedTexts(second.page);
        const recovered = Math.max(0, ...texts.map((t) => (TEXT.startsWith(t) ? t.length : 0)));
        rows.push(`| ${c.name} | ${typed} | ${recovered} | ${typed - recovered} |`);
        console.log(rows.at(-1));
        await second.kill();
      } finally {
        await removeProfileDir(profile);
      }
    }
  }
  console.log(
    [
      `Crash survival against ${baseURL} (one key per ${KEY_MS} ms):`,
      '| kill | typed | recovered | lost |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
  );
});
