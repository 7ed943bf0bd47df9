import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import tsupConfig from '../../tsup.config';

// package.json's entry points are written in three places that must agree: `exports` (Node 16+,
// bundlers), `typesVersions` (TypeScript's node10 resolution — `"module": "commonjs"` with no
// moduleResolution — which ignores `exports`), and tsup.config.ts's entries. Adding a subpath
// such as `first-inquiry/supervision`: add it to all three (and to tsconfig.json's paths and
// vitest.config.ts's alias); this test names what is missing.

const root = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { require?: { types?: string }; import?: { types?: string } }>;
  typesVersions: Record<string, Record<string, string[]>>;
  types: string;
};

const subpaths = Object.keys(manifest.exports).filter((k) => k !== '.' && k !== './package.json');

describe('package.json entry points', () => {
  it('gives node10 resolution (typesVersions) the same CJS types as exports gives require, for every subpath and no other', () => {
    const expected = Object.fromEntries(
      subpaths.map((sub) => {
        const entry = manifest.exports[sub];
        const types = typeof entry === 'object' ? entry.require?.types : undefined;
        return [sub.slice('./'.length), types === undefined ? [] : [types]];
      }),
    );
    expect(manifest.typesVersions, 'package.json typesVersions["*"] must map each exports subpath to its require types').toEqual({
      '*': expected,
    });
    const main = manifest.exports['.'];
    expect(manifest.types).toBe(typeof main === 'object' ? main.require?.types : undefined);
  });

  it('builds an entry for every subpath (tsup.config.ts)', () => {
    const config = (Array.isArray(tsupConfig) ? tsupConfig[0] : tsupConfig) as { entry: Record<string, string> };
    for (const sub of subpaths) expect(Object.keys(config.entry), sub).toContain(sub.slice('./'.length));
  });

  it('maps every subpath to its source for tsc and tsx (tsconfig.json paths)', () => {
    const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    for (const sub of subpaths)
      expect(Object.keys(tsconfig.compilerOptions.paths), sub).toContain(`first-inquiry/${sub.slice('./'.length)}`);
  });
});
