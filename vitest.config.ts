import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['plugins/**/__tests__/**/*.test.ts', 'src/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Model loading and the site build are heavy; two cores are all CI has.
    pool: 'forks',
    maxWorkers: 2,
  },
});
