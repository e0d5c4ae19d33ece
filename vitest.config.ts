import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
    environment: 'node',
    setupFiles: ['tests/setup/unit.ts'],
    // A timeout only catches a hang: the property tests walk big hostile pages, and a busy machine runs them slowly.
    testTimeout: 60_000,
  },
});
