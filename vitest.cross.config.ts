import { defineConfig } from 'vitest/config';

// Browser tests in WebKit and Firefox: one run per engine (E2E_ENGINE=webkit|firefox), the same
// scenario files in both. Run through `npm run test:engines` (or `npm test`), which builds first.
// See tests/e2e-cross/support/ for the two drivers (WebDriver classic, WebDriver BiDi).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-cross/**/*.cross.ts'],
    globalSetup: ['tests/e2e-cross/support/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
