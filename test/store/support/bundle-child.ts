import { build } from 'tsup';

/**
 * Bundles a child-process script of the crash tests into one CommonJS file under `outDir`, once,
 * so that each of the many processes the tests start and kill loads in a fraction of a second.
 * Returns nothing; the file is `outDir/<name>.cjs`.
 */
export async function bundleChild(name: string, entry: string, outDir: string): Promise<void> {
  await build({
    entry: { [name]: entry },
    outDir,
    format: ['cjs'],
    config: false,
    silent: true,
    dts: false,
    sourcemap: false,
    target: 'node20',
    external: ['pg', '@electric-sql/pglite'],
  });
}
