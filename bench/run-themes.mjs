// Theme engine benchmark: bundles bench/themes.bench.ts with rolldown (Node cannot run .ts here),
// then runs it once per size in a fresh `node --expose-gc` process and prints a table: theme
// analysis time and peak memory, a plain tokenising pass over the same text in the same run,
// and their ratio. Usage: node bench/run-themes.mjs [answers …]   (default: 50000 500000)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';
import { record } from './lib/results.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (!sizes.length) sizes.push(50_000, 500_000);

const out = mkdtempSync(join(tmpdir(), 'pp-themes-bench-'));
try {
  await build({
    input: join(ROOT, 'bench/themes.bench.ts'),
    platform: 'node',
    logLevel: 'silent',
    output: { dir: out, format: 'esm', entryFileNames: 'themes.bench.mjs' },
  });
  const rows = [];
  for (const size of sizes) {
    process.stderr.write(`Analysing ${size.toLocaleString('en')} generated answers…\n`);
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', join(out, 'themes.bench.mjs'), String(size)],
      {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    if (run.status !== 0) {
      process.stderr.write(run.stderr);
      throw new Error(`The benchmark for ${size} answers failed (exit ${run.status}).`);
    }
    rows.push(JSON.parse(run.stdout.trim().split('\n').at(-1)));
  }
  printTable(rows);
  for (const r of rows) {
    const size = `${r.answers.toLocaleString('en')} answers`;
    const baseline = { baselineLabel: 'plain tokenising pass, same run' };
    record({
      section: 'Themes',
      metric: `Theme analysis, ${size}`,
      value: r.themesMs,
      unit: 'ms',
      baseline: r.tokeniseMs,
      ...baseline,
    });
    record({
      section: 'Themes',
      metric: `Theme analysis CPU, ${size}`,
      value: r.themesCpuMs,
      unit: 'ms',
      baseline: r.tokeniseCpuMs,
      ...baseline,
    });
    record({
      section: 'Themes',
      metric: `Peak heap + buffers, ${size}`,
      value: Math.round(r.heapPeakBytes / 1048576),
      unit: 'MB',
    });
    record({
      section: 'Themes',
      metric: `Peak RSS, ${size}`,
      value: Math.round(r.rssPeakBytes / 1048576),
      unit: 'MB',
    });
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

function printTable(rows) {
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const s = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  const header = [
    'answers',
    'words',
    'theme analysis',
    '(cpu)',
    'peak heap+buffers',
    'peak RSS',
    'tokenising pass',
    '(cpu)',
    'ratio',
    'ratio (cpu)',
    'themes',
    'evidence rows',
  ];
  const body = rows.map((r) => [
    r.answers.toLocaleString('en'),
    r.words.toLocaleString('en'),
    s(r.themesMs),
    s(r.themesCpuMs),
    mb(r.heapPeakBytes),
    mb(r.rssPeakBytes),
    s(r.tokeniseMs),
    s(r.tokeniseCpuMs),
    `${(r.themesMs / r.tokeniseMs).toFixed(1)}×`,
    `${(r.themesCpuMs / r.tokeniseCpuMs).toFixed(1)}×`,
    String(r.themes),
    r.evidence.toLocaleString('en'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(
    '\nTheme engine in Node, one thread. Times: medians of 3 runs up to 100,000 answers, else 1;',
  );
  console.log('wall-clock time first, CPU time in brackets (steadier on a busy machine).');
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of body) console.log(line(row));
  console.log(
    '\nPeak memory: above what was held before the analysis (the answers already in memory);',
  );
  console.log('heap+buffers sampled at each progress step, RSS every 5 ms from another thread.');
  for (const r of rows) {
    const checks = r.planted.map(
      (p) => `${p.label}: ${p.found}${p.found === p.expected ? '' : ` (planted ${p.expected})`}`,
    );
    console.log(`Planted topics at ${r.answers.toLocaleString('en')}: ${checks.join(', ')}`);
    console.log(`Themes named after a person: ${r.named}. Themes: ${r.labels.join(', ')}`);
  }
}
