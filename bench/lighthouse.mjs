// Lighthouse (v12, default mobile settings: Moto G Power emulation, simulated slow 4G and 4× CPU
// slowdown) on Home, Facilitate and Insights of the built app served by `vite preview` on
// 127.0.0.1, in Debian Chromium. Each page runs RUNS times in a fresh browser profile; the median
// score per category is recorded against the targets (performance ≥ 95, accessibility
// and best practices 100). Lists the audits that cost points, and any request that left
// 127.0.0.1. Prints and records; asserts nothing. Run `vite build` first (bench/run.mjs does).
// Usage: node bench/lighthouse.mjs [runs]
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath, median, startPreview } from './lib/browser.mjs';
import { record } from './lib/results.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const PAGES = [
  { name: 'Home', path: '/' },
  { name: 'Facilitate', path: '/facilitate' },
  { name: 'Insights', path: '/insights' },
];
const CATEGORIES = [
  { id: 'performance', label: 'performance', target: 95 },
  { id: 'accessibility', label: 'accessibility', target: 100 },
  { id: 'best-practices', label: 'best practices', target: 100 },
];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** Audits in `category` that did not score full marks in a run: id → "title (value)". */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 || category !== 'performance')
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 1 &&
        !['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode),
    );
}

/** Every URL the page requested that is not on 127.0.0.1 (there must be none). */
function foreignRequests(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  return items
    .map((item) => item.url)
    .filter((url) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|chrome-extension:)/.test(url));
}

async function runOnce(url) {
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES.map((c) => c.id),
    });
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

const server = await startPreview();
try {
  for (const page of PAGES) {
    const url = `${server.url}${page.path}`;
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      const lhr = await runOnce(url);
      if (lhr.runtimeError) throw new Error(`${page.name}: ${lhr.runtimeError.message}`);
      runs.push(lhr);
      const scores = CATEGORIES.map((c) => Math.round(lhr.categories[c.id].score * 100));
      console.log(`  ${page.name} run ${i + 1}: ${scores.join(' / ')}`);
    }
    console.log(`\n${page.name} (${url}), median of ${RUNS} runs:`);
    for (const category of CATEGORIES) {
      const scores = runs.map((lhr) => Math.round(lhr.categories[category.id].score * 100));
      const value = median(scores);
      console.log(`  ${category.label.padEnd(15)} ${value} (runs: ${scores.join(', ')})`);
      record({
        section: 'First load',
        metric: `Lighthouse ${category.label}, ${page.name} (mobile, median of ${RUNS})`,
        value,
        unit: 'score',
        target: `${category.target === 100 ? '' : '≥ '}${category.target}`,
        meets: value >= category.target,
      });
      // Each audit that cost points in any run, with its value in every run that it did.
      const failing = new Map();
      for (const lhr of runs) {
        for (const audit of failingAudits(lhr, category.id)) {
          const entry = failing.get(audit.id) ?? { title: audit.title, values: [] };
          entry.values.push(audit.displayValue || `score ${audit.score}`);
          failing.set(audit.id, entry);
        }
      }
      if (value < 100) {
        for (const { title, values } of failing.values()) {
          console.log(`      - ${title}: ${values.join(', ')}`);
        }
      }
    }
    for (const id of METRICS) {
      const values = runs.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN);
      const unit = id === 'cumulative-layout-shift' ? '' : ' ms';
      const digits = id === 'cumulative-layout-shift' ? 3 : 0;
      console.log(`  ${id.padEnd(26)} ${median(values).toFixed(digits)}${unit}`);
    }
    const foreign = [...new Set(runs.flatMap(foreignRequests))];
    console.log(`  requests outside 127.0.0.1: ${foreign.length ? foreign.join(', ') : 'none'}`);
    record({
      section: 'First load',
      metric: `Lighthouse: requests outside 127.0.0.1, ${page.name}`,
      value: foreign.length,
      unit: 'requests',
      target: '0',
      meets: foreign.length === 0,
    });
  }
} finally {
  server.stop();
}
