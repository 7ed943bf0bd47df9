import { defineConfig } from 'tsup';
import { fpTsFileImports } from './scripts/fp-ts-file-imports';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    supervision: 'src/supervision/index.ts',
    log: 'src/log/index.ts',
    store: 'src/store/index.ts',
    testing: 'src/testing/index.ts',
    // Subpath entries, so the main entry never imports a database driver.
    pglite: 'src/store/pglite.ts',
    postgres: 'src/store/postgres.ts',
    cli: 'src/cli/bin.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // fp-ts/io-ts are peers: their types appear in ours, so the user's copy must be the one we see.
  external: ['fp-ts', 'io-ts', 'pg', '@electric-sql/pglite'],
  // Left to fpTsFileImports, which keeps them external under their file names.
  noExternal: [/^fp-ts\//],
  esbuildPlugins: [fpTsFileImports],
});
