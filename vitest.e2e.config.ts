import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium and Firefox, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
