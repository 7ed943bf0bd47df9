import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Examples import the package by name, as users do; under test that name means src, never a
  // dist/ left over from an earlier build (tsconfig.json's paths say the same for tsc and tsx).
  resolve: {
    alias: [
      { find: /^first-inquiry$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^first-inquiry\/(supervision|log|store|testing)$/, replacement: fileURLToPath(new URL('./src/$1/index.ts', import.meta.url)) },
      { find: /^first-inquiry\/(pglite|postgres)$/, replacement: fileURLToPath(new URL('./src/store/$1.ts', import.meta.url)) },
    ],
  },
  test: {
    // Property tests live beside the unit tests as *.test-prop.ts (remeda/ts-pattern style).
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A throwaway PostgreSQL cluster for the store tests (test/store/support/postgres-cluster.ts).
    globalSetup: ['test/store/support/postgres-cluster.ts'],
  },
});
