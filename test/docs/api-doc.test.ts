import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import tsupConfig from '../../tsup.config';

// docs/api/ is TypeDoc's Markdown over the public entries (typedoc.json), committed so that a
// change of the API shows in review. This test regenerates it and compares.

const root = resolve(__dirname, '../..');
const fresh = join(root, '.tmp', `api-doc-${process.pid}`);
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

function filesUnder(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), base) : [relative(base, join(dir, e.name))]))
    .sort();
}

describe('docs/api', () => {
  it('is what TypeDoc makes of the public entries today (if this fails, run `npm run docs:api` and commit docs/api)', async () => {
    await promisify(execFile)(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', fresh, '--logLevel', 'Error'], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    const made = filesUnder(fresh);
    expect(made).toContain('README.md');
    expect(filesUnder(join(root, 'docs/api')), 'docs/api is stale: run `npm run docs:api`').toEqual(made);
    for (const file of made) {
      expect(readFileSync(join(root, 'docs/api', file), 'utf8'), `docs/api/${file} is stale: run \`npm run docs:api\``).toBe(
        readFileSync(join(fresh, file), 'utf8'),
      );
    }
  });

  it('documents every entry point package.json exports (the sources tsup.config.ts builds them from)', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
    const config = (Array.isArray(tsupConfig) ? tsupConfig[0] : tsupConfig) as { entry: Record<string, string> };
    const entries = Object.keys(manifest.exports)
      .filter((k) => k !== './package.json')
      .map((k) => config.entry[k === '.' ? 'index' : k.slice(2)]);
    expect(entries).not.toContain(undefined);
    expect([...typedoc.entryPoints].sort()).toEqual(entries.sort());
  });
});
