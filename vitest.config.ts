import {defineConfig} from 'vitest/config';

const shared = {testTimeout: 60_000, hookTimeout: 600_000};

export default defineConfig({
  test: {
    // Two cores are all CI has; model loading and the site build are heavy.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['plugins/**/__tests__/**/*.test.ts', 'src/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'site',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/globalSetup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
