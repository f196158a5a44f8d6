// `npm test`: unit/component suite (vitest, jsdom), then the browser suite in Chromium
// (scripts/run-e2e.mjs, which builds), then the cross-engine scenarios in WebKit and Firefox
// (scripts/run-engines.mjs). All always run; exits non-zero if any fails. The last line is
// "N passed, N failed" across every suite (CI reads it). A suite that could not run (a missing
// engine, a failed build) counts as at least one failure.
import { resolve } from 'node:path';
import { bin, clearResults, header, ROOT, readVitestJson, run, seconds } from './lib.mjs';
import { runE2e } from './run-e2e.mjs';
import { runEngines } from './run-engines.mjs';

const UNIT_RESULTS = resolve(ROOT, 'test-results/unit.json');

async function runUnit() {
  const started = Date.now();
  clearResults(UNIT_RESULTS);
  header('Unit and component tests: vitest (tests/unit)');
  const code = await run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${UNIT_RESULTS}`,
  ]);
  const counts = readVitestJson(UNIT_RESULTS);
  let reason = code === 0 ? undefined : 'tests failed';
  if (code !== 0 && counts && counts.total === 0) reason = 'no unit tests found or they crashed';
  if (code !== 0 && !counts) reason = 'vitest crashed before reporting';
  return { code, counts, ms: Date.now() - started, reason };
}

function line(label, result) {
  const c = result.counts;
  const status = result.code === 0 ? 'ok  ' : 'FAIL';
  const detail = c
    ? `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`
    : `did not run (${result.reason})`;
  const why = result.code !== 0 && c && result.reason ? ` — ${result.reason}` : '';
  return `${status} ${label.padEnd(10)} ${detail}${why}  [${seconds(result.ms)}]`;
}

/**
 * Failures to count: failed tests plus files that crashed without a failed test; at least 1 when
 * the suite failed at all (build error, no Chromium, no tests found...).
 */
function failures(result) {
  const counted = (result.counts?.failed ?? 0) + (result.counts?.brokenFiles ?? 0);
  return result.code === 0 ? counted : Math.max(counted, 1);
}

const started = Date.now();
const unit = await runUnit();
const e2e = await runE2e();
// Chromium's run builds dist/; when it stopped before building (no Chromium), build here.
const engines = await runEngines([], { build: !e2e.built });

header('Summary');
console.log(line('unit', unit));
console.log(line('chromium', e2e));
for (const result of engines) console.log(line(result.engine, result));
const suites = [unit, e2e, ...engines];
const passed = suites.reduce((sum, suite) => sum + (suite.counts?.passed ?? 0), 0);
const failed = suites.reduce((sum, suite) => sum + failures(suite), 0);
const ok = suites.every((suite) => suite.code === 0);
console.log(`${ok ? 'All tests passed' : 'TESTS FAILED'} in ${seconds(Date.now() - started)}.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
