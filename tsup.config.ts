import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    testing: 'src/testing.ts',
    cli: 'src/cli.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // fp-ts/io-ts are peers: their types appear in ours, so the user's copy must be the one we see.
  external: ['fp-ts', 'io-ts', 'pg', '@electric-sql/pglite'],
});
