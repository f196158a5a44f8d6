import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

// Browser benchmarks: the e2e harness against the built app, but files that print numbers.
// Spread, not mergeConfig: mergeConfig concatenates `include`, which would run every browser test.
export default defineConfig({
  test: { ...e2e.test, include: ['tests/e2e/perf/**/*.perf.ts'], testTimeout: 600_000 },
});
