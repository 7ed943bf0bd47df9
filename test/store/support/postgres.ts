import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * A fresh database on the throwaway cluster the globalSetup started, one per test file, so test
 * files can run in parallel without seeing each other's events.
 */
export async function freshDatabase(): Promise<{ readonly url: string; readonly drop: () => Promise<void> }> {
  const adminUrl = inject('postgresUrl') as string | undefined;
  if (adminUrl === undefined) {
    throw new Error(
      'No PostgreSQL server was started for this test file: add it to POSTGRES_TESTS in vitest.config.ts, whose project starts one.',
    );
  }
  const name = `fi_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/**
 * A pool for a test. Dropping the database at the end terminates connections the pool is still
 * closing; without a listener that 'error' event would fail the run after the tests passed.
 */
export function testPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', () => undefined);
  return pool;
}
