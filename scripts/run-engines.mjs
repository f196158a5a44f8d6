// Browser tests in WebKit and Firefox: the scenarios in tests/e2e-cross run once per engine with
// vitest (vitest.cross.config.ts, E2E_ENGINE=webkit|firefox), against the built app served on
// 127.0.0.1. WebKit is Debian's WebKitGTK MiniBrowser over WebDriver classic under xvfb-run;
// Firefox is Debian's firefox-esr over WebDriver BiDi (puppeteer-core).
// `npm run test:engines` builds first; extra arguments go to vitest, except `--engine=webkit`
// (or firefox), which runs one engine only. Writes test-results/e2e-<engine>.json.
// A missing engine is a failure that says what to install, never a skip.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENGINES, findEngine } from './find-engines.mjs';
import { bin, clearResults, header, ROOT, readVitestJson, run, seconds } from './lib.mjs';

export const engineResults = (engine) => resolve(ROOT, `test-results/e2e-${engine}.json`);

const LABELS = { webkit: 'WebKit (WebKitGTK MiniBrowser)', firefox: 'Firefox ESR' };

async function runEngine(engine, extraArgs) {
  const started = Date.now();
  const results = engineResults(engine);
  clearResults(results);
  header(`Browser tests: ${LABELS[engine]}`);
  try {
    const found = findEngine(engine);
    console.log(Object.values(found).join(' '));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\n${message}`);
    return { engine, code: 1, counts: null, ms: Date.now() - started, reason: message };
  }
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) {
    return { engine, code: 1, counts: null, ms: Date.now() - started, reason: 'no build (dist/)' };
  }
  const code = await run(
    bin('vitest'),
    [
      'run',
      '--config',
      'vitest.cross.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}`,
      ...extraArgs,
    ],
    { env: { ...process.env, E2E_ENGINE: engine } },
  );
  const counts = readVitestJson(results);
  let finalCode = code;
  let reason = code === 0 ? undefined : 'tests failed';
  if (code === 0 && !counts) {
    finalCode = 1;
    reason = 'no results written';
  } else if (code === 0 && counts && counts.passed === 0) {
    finalCode = 1;
    reason = `no ${engine} test ran`;
  } else if (code === 0 && counts && counts.skipped > 0 && extraArgs.length === 0) {
    finalCode = 1;
    reason = `${counts.skipped} ${engine} test(s) skipped`;
  }
  return { engine, code: finalCode, counts, ms: Date.now() - started, reason };
}

/**
 * Runs the cross-engine suite in each engine in turn (never in parallel: two browsers on a small
 * machine only make each other slow). Expects dist/ to be built unless `build` is true.
 * @returns {Promise<Array<{ engine: string, code: number, counts: object | null, ms: number, reason?: string }>>}
 */
export async function runEngines(args = [], { build = false } = {}) {
  const only = args.find((a) => a.startsWith('--engine='))?.slice('--engine='.length);
  if (only && !ENGINES.includes(only)) {
    throw new Error(`--engine must be one of ${ENGINES.join(', ')} (got "${only}")`);
  }
  const extraArgs = args.filter((a) => !a.startsWith('--engine='));
  if (build) {
    header('Browser tests: vite build');
    const buildCode = await run(bin('vite'), ['build']);
    if (buildCode !== 0) {
      const reason = `vite build failed (exit ${buildCode})`;
      return (only ? [only] : ENGINES).map((engine) => ({
        engine,
        code: 1,
        counts: null,
        ms: 0,
        reason,
      }));
    }
  }
  const results = [];
  for (const engine of only ? [only] : ENGINES) results.push(await runEngine(engine, extraArgs));
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await runEngines(process.argv.slice(2), { build: true });
  header('Browser tests in WebKit and Firefox: summary');
  for (const r of results) {
    const c = r.counts;
    console.log(
      `${r.engine.padEnd(8)} ${
        c
          ? `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped in ${seconds(r.ms)}`
          : `did not run: ${r.reason}`
      }`,
    );
    if (r.code !== 0 && c) console.error(`FAILED: ${r.engine}: ${r.reason}`);
  }
  process.exit(results.every((r) => r.code === 0) ? 0 : 1);
}
