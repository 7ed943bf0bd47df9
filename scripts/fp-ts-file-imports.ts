import type { Plugin } from 'esbuild';

/**
 * fp-ts 2 has no `exports` map: `fp-ts/Either` is a folder that bundlers and require() resolve but
 * Node's ESM loader refuses (ERR_UNSUPPORTED_DIR_IMPORT). Built files import the module file
 * itself, left external: the published build (tsup.config.ts) and the benchmark's bundled CLI
 * (bench/cli.bench.ts), which must load fp-ts as the published CLI does.
 */
export const fpTsFileImports: Plugin = {
  name: 'fp-ts-file-imports',
  setup(build) {
    build.onResolve({ filter: /^fp-ts\/[A-Za-z]+$/ }, (args) => ({
      path: `fp-ts/lib/${args.path.slice('fp-ts/'.length)}.js`,
      external: true,
    }));
  },
};
