// `npm run bench`: builds the app once, runs each benchmark in turn (each prints its own detail),
// then prints one table of every number against its same-run baseline and its target.
// Benchmarks print; they never assert. `npm run bench -- themes step-latency` runs a subset.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);

const BENCHES = [
  { name: 'size', file: 'bench/first-load-size.mjs', args: [], needsBuild: true },
  { name: 'lighthouse', file: 'bench/lighthouse.mjs', args: [], needsBuild: true },
  { name: 'step-latency', file: 'bench/step-latency.mjs', args: [], needsBuild: true },
  { name: 'import', file: 'bench/import-throughput.mjs', args: [], needsBuild: true },
  { name: 'history-insights', file: 'bench/history-insights.mjs', args: [], needsBuild: true },
  { name: 'themes', file: 'bench/run-themes.mjs', args: [], needsBuild: false },
  { name: 'search', file: 'bench/run-search.mjs', args: [], needsBuild: false },
  {
    name: 'backup',
    file: 'node_modules/vitest/vitest.mjs',
    args: ['run', '--config', 'vitest.bench.config.ts'],
    needsBuild: true,
  },
];

function run(cmd, args, env) {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env });
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
const resultsDir = mkdtempSync(join(tmpdir(), 'pp-bench-'));
const resultsFile = join(resultsDir, 'results.jsonl');
const env = { ...process.env, BENCH_RESULTS: resultsFile };
const unfinished = [];
for (const bench of selected) {
  console.log(`\n== ${bench.name} ==`);
  if (run(process.execPath, ['--expose-gc', bench.file, ...bench.args], env) !== 0) {
    console.log(`(${bench.name} did not finish)`);
    unfinished.push(bench.name);
  }
}
const rows = existsSync(resultsFile)
  ? readFileSync(resultsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
rmSync(resultsDir, { recursive: true, force: true });
printTable(rows);
if (unfinished.length) console.log(`\nDid not finish: ${unfinished.join(', ')}`);
process.exit(unfinished.length ? 1 : 0);

function number(value, unit) {
  if (typeof value !== 'number') return String(value ?? '');
  if (unit === 'ms' && value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

function printTable(results) {
  if (!results.length) return;
  const header = ['section', 'metric', 'value', 'baseline', 'ratio', 'target', 'meets'];
  const body = results.map((r) => [
    r.section ?? '',
    r.metric ?? '',
    number(r.value, r.unit),
    r.baseline === undefined
      ? ''
      : `${number(r.baseline, r.baselineUnit ?? r.unit)}${r.baselineLabel ? ` (${r.baselineLabel})` : ''}`,
    typeof r.ratio === 'number' ? `${r.ratio.toFixed(2)}×` : '',
    r.target ?? '',
    r.meets === undefined ? '' : r.meets ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log('\n== Summary: every number with its same-run baseline and target ==');
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of body) console.log(line(row));
}
