import { defineConfig } from 'vitest/config';

/**
 * Two kinds of tests: `unit` (pure functions, fast) and `e2e` (the built site in
 * real Chromium, plus builds of broken fixture sites). `npm test` runs both.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/build-steps/**/*.test.ts', 'tests/tools/**/*.test.ts', 'tests/quality/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
