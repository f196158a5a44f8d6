// One size of the theme benchmark, run by bench/run-themes.mjs in a fresh Node process (so
// each size's peak memory is its own). Prints one JSON line. Usage (after bundling):
//   node --expose-gc themes.bench.js <answers>
import { Worker } from 'node:worker_threads';
import { analyseThemes } from '../src/domain/themes/analyse';
import { tokenize } from '../src/domain/themes/tokenize';
import type { ThemeAnalysis, ThemeAnswer } from '../src/domain/themes/types';
import { generateAnswers, NAMES, PLANTED } from './themesSample';

const count = Number(process.argv[2] ?? 50_000);
const runs = count <= 100_000 ? 3 : 1;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Heap plus typed-array memory of this thread: what the engine itself holds. */
const heapNow = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/**
 * Peak resident memory of the whole process, sampled every 5 ms from another thread: the main
 * thread is busy for the whole analysis and could not sample itself.
 */
function startRssSampler(): { stop: () => Promise<number> } {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = process.memoryUsage.rss();
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 5);
     parentPort.on('message', () => { clearInterval(timer); parentPort.postMessage(peak); });`,
    { eval: true },
  );
  return {
    stop: () =>
      new Promise((resolve) => {
        worker.once('message', (peak: number) => {
          void worker.terminate();
          resolve(peak);
        });
        worker.postMessage('stop');
      }),
  };
}

function tokenisingPass(answers: readonly ThemeAnswer[]): number {
  let words = 0;
  for (const a of answers) words += tokenize(a.text).length;
  return words;
}

/**
 * CPU time of this process since `start` (all threads, so it includes the 5 ms RSS sampler's
 * few milliseconds): unlike wall time, it does not grow when other programs share the machine.
 */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function main() {
  const answers = generateAnswers({ count });
  // Warm both code paths up on a slice, as a long-lived worker would be after its first use.
  tokenisingPass(answers.slice(0, 5_000));
  analyseThemes(answers.slice(0, 5_000), { period: 'week', personNames: NAMES });

  const tokenTimes: number[] = [];
  const tokenCpu: number[] = [];
  let words = 0;
  for (let r = 0; r < runs; r += 1) {
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    words = tokenisingPass(answers);
    tokenTimes.push(performance.now() - t0);
    tokenCpu.push(cpuMs(c0));
  }

  const themeTimes: number[] = [];
  const themeCpu: number[] = [];
  let heapPeak = 0;
  let rssPeak = 0;
  let result: ThemeAnalysis | undefined;
  for (let r = 0; r < runs; r += 1) {
    result = undefined;
    gc();
    const heapBase = heapNow();
    const rssBase = process.memoryUsage.rss();
    const sampler = startRssSampler();
    let peak = heapBase;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = analyseThemes(answers, {
      period: 'week',
      personNames: NAMES,
      onProgress: () => {
        peak = Math.max(peak, heapNow());
      },
    });
    themeTimes.push(performance.now() - t0);
    themeCpu.push(cpuMs(c0));
    peak = Math.max(peak, heapNow());
    const rss = await sampler.stop();
    if (r === 0) {
      heapPeak = peak - heapBase;
      rssPeak = rss - rssBase;
    }
  }

  const planted = Object.entries(PLANTED).flatMap(([trend, labels]) =>
    labels.map((label) => {
      const theme = result?.themes.find((t) => t.label === label || t.variants.includes(label));
      return { label, expected: trend, found: theme?.trend ?? 'missing' };
    }),
  );
  const evidence = result?.themes.reduce((n, t) => n + t.evidence.length, 0) ?? 0;
  // Names of people must never be themes (they are passed as personNames): counted to show it.
  const names = new Set(NAMES.map((n) => n.toLowerCase()));
  const named = (result?.themes ?? []).filter((t) =>
    t.label.split(/\s+/).some((w) => names.has(w.replace(/'s$/, ''))),
  ).length;
  console.log(
    JSON.stringify({
      answers: count,
      words,
      runs,
      tokeniseMs: median(tokenTimes),
      tokeniseCpuMs: median(tokenCpu),
      themesMs: median(themeTimes),
      themesCpuMs: median(themeCpu),
      heapPeakBytes: heapPeak,
      rssPeakBytes: rssPeak,
      themes: result?.themes.length ?? 0,
      evidence,
      named,
      labels: result?.themes.map((t) => t.label) ?? [],
      planted,
    }),
  );
}

void main();
