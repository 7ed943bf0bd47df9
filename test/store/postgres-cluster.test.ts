import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPostgresBin } from './support/postgres-cluster';

const empty = mkdtempSync(join(tmpdir(), 'first-inquiry-no-pg-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('the test cluster setup', () => {
  it('fails loudly, naming the install script, when the PostgreSQL binaries are missing (it never skips)', () => {
    expect(() => findPostgresBin({ PG_BIN: join(empty, 'bin') }, join(empty, 'postgresql'))).toThrow(/bash scripts\/ci-setup-postgres\.sh/);
  });

  it('finds the installed server binaries on this machine', () => {
    expect(findPostgresBin({})).toMatch(/bin$/);
  });
});
