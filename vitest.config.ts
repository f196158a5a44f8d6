import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit and component tests: jsdom + fake-indexeddb. Browser tests have their own config.
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Component and property tests do real work (fake-indexeddb, hundreds of generated cases);
    // on a loaded 2-core machine 5 s is too tight. Timings are never asserted here.
    testTimeout: 20_000,
  },
});
