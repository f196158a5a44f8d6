// Every benchmark reports its numbers here as well as printing its own detail. When
// `npm run bench` runs them, BENCH_RESULTS names a JSON-lines file; bench/run.mjs reads it at the
// end and prints one table of every measurement against its baseline and target.
import { appendFileSync } from 'node:fs';

/**
 * One measured number.
 * - section: the heading ("First load", "Huddle step latency", "Storage throughput",
 *   "History and insights", "Themes", "Search").
 * - metric: what was measured, with its condition ("Step: Next → painted, 500,000 answers").
 * - value + unit: the number ("ms", "s", "KB", "score", "MB").
 * - baseline (optional): the same-run comparison it is read against, with baselineLabel.
 * - ratio (optional): value / baseline, or given explicitly.
 * - target (optional): human-readable target ("≤ 1.2×", "≥ 95", "< 3 s"), and meets: boolean.
 */
export function record(row) {
  const full = { ...row };
  if (full.ratio === undefined && typeof full.baseline === 'number' && full.baseline > 0) {
    full.ratio = full.value / full.baseline;
  }
  const file = process.env.BENCH_RESULTS;
  if (file) appendFileSync(file, `${JSON.stringify(full)}\n`);
  return full;
}
