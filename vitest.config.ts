import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Property tests live beside the unit tests as *.test-prop.ts (remeda/ts-pattern style).
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A throwaway PostgreSQL cluster for the store tests (test/store/support/postgres-cluster.ts).
    globalSetup: ['test/store/support/postgres-cluster.ts'],
  },
});
