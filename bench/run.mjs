// `npm run bench`: builds the app once, then runs each benchmark in turn and prints its numbers.
// Benchmarks print; they never assert. Timings are compared with a baseline from the same run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);

const BENCHES = [
  { name: 'themes', file: 'bench/run-themes.mjs', args: [], needsBuild: false },
  { name: 'search', file: 'bench/run-search.mjs', args: [], needsBuild: false },
  {
    name: 'backup',
    file: 'node_modules/vitest/vitest.mjs',
    args: ['run', '--config', 'vitest.bench.config.ts'],
    needsBuild: true,
  },
  { name: 'history', file: 'bench/history-first-page.mjs', args: [], needsBuild: true },
  { name: 'step-latency-50k', file: 'bench/step-latency.mjs', args: ['50000'], needsBuild: true },
  { name: 'step-latency-500k', file: 'bench/step-latency.mjs', args: ['500000'], needsBuild: true },
];

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  return result.status ?? 1;
}

const selected = BENCHES.filter(
  (b) => existsSync(resolve(ROOT, b.file)) && (only.length === 0 || only.includes(b.name)),
);
if (selected.some((b) => b.needsBuild)) {
  console.log('\n== build ==');
  if (run(resolve(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']) !== 0) {
    process.exit(1);
  }
}
let failed = 0;
for (const bench of selected) {
  console.log(`\n== ${bench.name} ==`);
  if (run(process.execPath, ['--expose-gc', bench.file, ...bench.args]) !== 0) {
    console.log(`(${bench.name} did not finish)`);
    failed += 1;
  }
}
process.exit(failed ? 1 : 0);
