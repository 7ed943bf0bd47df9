import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Services start only for the test files that need them: a run of the rules starts no PostgreSQL,
// a run of a store test does. The cluster setup writes each start to $FI_TEST_SERVICES_LOG.

const exec = promisify(execFile);
const root = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'first-inquiry-services-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function vitestRun(files: readonly string[], log: string): Promise<string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|FI_TEST_POSTGRES_URL$)/.test(k)));
  await exec(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...files], {
    cwd: root,
    env: { ...env, FI_TEST_SERVICES_LOG: log },
    maxBuffer: 16 * 1024 * 1024,
  });
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}

describe('services on demand', () => {
  it('`vitest run test/rules` starts no PostgreSQL server', async () => {
    expect(await vitestRun(['test/rules/fi-01-first-receiver.test.ts'], join(work, 'rules.log'))).toBe('');
  });

  it('a store test file gets one (the control: the log does record starts)', async () => {
    expect(await vitestRun(['test/store/postgres-cluster.test.ts'], join(work, 'store.log'))).toMatch(/^PostgreSQL: /);
  });
});
