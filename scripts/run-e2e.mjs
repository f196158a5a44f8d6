// Browser suite: builds the app, then runs tests/e2e with vitest (vitest.e2e.config.ts), which
// serves dist/ with `vite preview` on 127.0.0.1 and drives Chromium through playwright-core.
// Extra arguments go to vitest (e.g. `npm run test:e2e -- -t "offline"`).
// Writes test-results/e2e.json (vitest JSON report), read by scripts/test.mjs.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium } from './find-chromium.mjs';
import { bin, clearResults, header, ROOT, readVitestJson, run, seconds } from './lib.mjs';

export const E2E_RESULTS = resolve(ROOT, 'test-results/e2e.json');

export async function runE2e(extraArgs = []) {
  const started = Date.now();
  clearResults(E2E_RESULTS);

  header('Browser tests: Chromium');
  let chromePath;
  try {
    chromePath = findChromium();
  } catch (error) {
    console.error(`\nBrowser tests cannot run: ${error instanceof Error ? error.message : error}`);
    return { code: 1, counts: null, ms: Date.now() - started, reason: 'no Chromium' };
  }
  console.log(chromePath);

  header('Browser tests: vite build');
  const buildStarted = Date.now();
  const buildCode = await run(bin('vite'), ['build']);
  if (buildCode !== 0) {
    console.error(`\nvite build failed (exit ${buildCode}); the browser tests did not run.`);
    return { code: buildCode, counts: null, ms: Date.now() - started, reason: 'build failed' };
  }
  console.log(`Built in ${seconds(Date.now() - buildStarted)}.`);

  header('Browser tests: vitest (tests/e2e)');
  const code = await run(
    bin('vitest'),
    [
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${E2E_RESULTS}`,
      ...extraArgs,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath } },
  );
  const counts = readVitestJson(E2E_RESULTS);
  let finalCode = code;
  let reason = code === 0 ? undefined : 'tests failed';
  if (code === 0 && !counts) {
    finalCode = 1;
    reason = 'no results written';
  } else if (code === 0 && counts && counts.passed === 0) {
    finalCode = 1;
    reason = 'no browser test ran';
  } else if (code === 0 && counts && counts.skipped > 0 && extraArgs.length === 0) {
    // A skipped browser test is a hidden failure; filters (-t, file names) legitimately skip.
    finalCode = 1;
    reason = `${counts.skipped} browser test(s) skipped`;
  }
  // `built`: dist/ is fresh from this run, so the other engines can test it without a rebuild.
  return { code: finalCode, counts, ms: Date.now() - started, reason, built: true };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runE2e(process.argv.slice(2));
  const c = result.counts;
  header('Browser tests: summary');
  console.log(
    c
      ? `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped in ${seconds(result.ms)}`
      : `did not run: ${result.reason}`,
  );
  if (result.code !== 0) console.error(`FAILED: ${result.reason}`);
  process.exit(result.code);
}
