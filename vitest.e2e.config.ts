import { defineConfig } from 'vitest/config';

// Browser tests: Node drives Debian/system Chromium through playwright-core against the built
// app served by `vite preview` on 127.0.0.1 (see tests/e2e/support/global-setup.ts).
// Run through `npm run test:e2e`, which builds first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
