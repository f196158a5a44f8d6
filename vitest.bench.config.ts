import { defineConfig, mergeConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

// Browser benchmarks: the e2e harness against the built app, but files that print numbers.
export default mergeConfig(
  e2e,
  defineConfig({ test: { include: ['tests/e2e/perf/**/*.perf.ts'], testTimeout: 600_000 } }),
);
