// Small helpers shared by the test runner scripts.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const bin = (name) => resolve(ROOT, 'node_modules/.bin', name);

/** Runs a command with inherited stdio; resolves to its exit code (signals count as failure). */
export function run(command, args, options = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      done(127);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

export function header(title) {
  const line = '='.repeat(Math.max(8, 72 - title.length - 4));
  console.log(`\n== ${title} ${line}`);
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Removes a stale results file so an old run can never be read as this one. */
export function clearResults(path) {
  rmSync(path, { force: true });
}

/**
 * Reads vitest's JSON report. Returns counts; `null` when the file is missing or unreadable
 * (the run crashed before reporting).
 */
export function readVitestJson(path) {
  if (!existsSync(path)) return null;
  try {
    const report = JSON.parse(readFileSync(path, 'utf8'));
    return {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
      total: report.numTotalTests ?? 0,
      // Files that failed without a failed test: they crashed on import or in a hook.
      brokenFiles: (report.testResults ?? []).filter(
        (file) =>
          file.status === 'failed' &&
          !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
      ).length,
    };
  } catch {
    return null;
  }
}
