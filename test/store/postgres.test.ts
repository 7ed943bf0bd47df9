import * as E from 'fp-ts/Either';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgresEventStore, ensurePostgresSchema, postgresDatabase, postgresEventStore } from '../../src/store/postgres';
import { EVENT_STORE_SQL } from '../../src/store/sql';
import { followedUp, received } from '../support/events';
import {
  describeCommandHandlerContract,
  describeEventStoreContract,
  describeStoreBoundaryContract,
  leftOf,
  readAllEvents,
  rightOf,
} from './support/contract';
import type { StoreHarness } from './support/harness';
import { freshDatabase, testPool } from './support/postgres';
import { describeSqlStoreContract } from './support/sql-contract';

let pool: pg.Pool;
let drop: () => Promise<void>;
let url: string;
let harness: StoreHarness;

beforeAll(async () => {
  ({ url, drop } = await freshDatabase());
  pool = testPool(url, 10);
  rightOf(await ensurePostgresSchema(pool));
  harness = {
    name: 'postgres',
    store: postgresEventStore(pool),
    sql: postgresDatabase(pool),
    reset: async () => {
      await pool.query('TRUNCATE first_inquiry_events RESTART IDENTITY');
    },
    withUpcaster: (upcast) => postgresEventStore(pool, { upcast }),
  };
});

afterAll(async () => {
  await pool.end();
  await drop();
});

describe('PostgreSQL event store', () => {
  describeEventStoreContract(() => harness);
  describe('input the caller got wrong', () => describeStoreBoundaryContract(() => harness));
  describeSqlStoreContract(() => harness);

  it('never lets a reader paging by position skip an append that commits late', async () => {
    // An append that stalls after its insert, before its commit (a slow network, a paused process):
    // the store's own append statement, inside a transaction held open on its own connection.
    const slowEvent = received({ inquiryId: 'INQ-SLOW' });
    const slowClient = await pool.connect();
    try {
      await slowClient.query('BEGIN');
      await slowClient.query(EVENT_STORE_SQL.append, [
        'INQ-SLOW',
        0,
        [slowEvent.type],
        [slowEvent.data.schemaVersion],
        [JSON.stringify(slowEvent.data)],
        '{}',
      ]);
      const fast = harness.store.append('INQ-FAST', [received({ inquiryId: 'INQ-FAST' })], { expectedVersion: 'no-stream' });
      await new Promise((r) => setTimeout(r, 300));
      // A projection catches up while the slow append is still open...
      const seen = [...(await readAllEvents(harness.store))];
      const checkpoint = seen[seen.length - 1]?.position ?? 0;
      await slowClient.query('COMMIT');
      rightOf(await fast);
      // ...and then reads on from its checkpoint: it must get both, the late commit included.
      for (let after = checkpoint; ;) {
        const page = rightOf(await harness.store.readAll({ after }));
        if (page.events.length === 0) break;
        seen.push(...page.events);
        after = page.lastPosition;
      }
      expect(seen.map((e) => e.streamId).sort()).toEqual(['INQ-FAST', 'INQ-SLOW']);
    } finally {
      slowClient.release();
    }
  });

  it('given 8 writers appending batches at once while a projection tails the log, then the projection sees every event once, in position order', async () => {
    // Positions must grow with transaction ids (the log lock), or the tailing filter lets a
    // reader pass a position that a younger transaction drew earlier and commits later.
    const writers = Array.from({ length: 8 }, (_, w) => w);
    const BATCHES = 30;
    const expected = writers.length * BATCHES * 5;
    let done = false;
    const seen: number[] = [];
    // Once every append is acknowledged the tail reads on until it has seen them all, for at most
    // a few seconds: `readAll` shows an event only when every older transaction on the server has
    // ended, and other test files write to the same server meanwhile. A skipped position is never
    // read again (the tail pages past it), so a skip still fails below.
    let deadline = Number.POSITIVE_INFINITY;
    const tail = (async () => {
      for (let after = 0; ;) {
        const page = rightOf(await harness.store.readAll({ after, limit: 50 }));
        seen.push(...page.events.map((e) => e.position));
        after = page.lastPosition;
        if (page.events.length === 0) {
          if (done && (seen.length >= expected || Date.now() > deadline)) return;
          await new Promise((r) => setTimeout(r, 1));
        }
      }
    })();
    await Promise.all(
      writers.map(async (w) => {
        for (let b = 0; b < BATCHES; b++) {
          const id = `INQ-TAIL-${w}-${b}`;
          const batch = [
            received({ inquiryId: id }),
            ...Array.from({ length: 4 }, (_, i) => followedUp({ inquiryId: id, note: String(i) })),
          ];
          rightOf(await harness.store.append(id, batch, { expectedVersion: 'no-stream' }));
        }
      }),
    );
    deadline = Date.now() + 10_000;
    done = true;
    await tail;
    const all = (await readAllEvents(harness.store)).map((e) => e.position);
    expect(all).toHaveLength(expected);
    expect(seen).toEqual(all);
    const inversions = await pool.query(
      `SELECT count(*)::int AS n FROM first_inquiry_events a JOIN first_inquiry_events b
         ON a.transaction_id < b.transaction_id AND a.position > b.position`,
    );
    expect(inversions.rows[0].n).toBe(0);
  });

  it('refuses to append inside a transaction that already wrote (its transaction id could be older than positions drawn since)', async () => {
    const client = await pool.connect();
    const event = received({ inquiryId: 'INQ-LATE-XID' });
    try {
      await client.query('BEGIN');
      await client.query(`CREATE TEMP TABLE scratch (x int)`);
      await client.query(`INSERT INTO scratch VALUES (1)`);
      await expect(
        client.query(EVENT_STORE_SQL.append, [
          'INQ-LATE-XID',
          0,
          [event.type],
          [event.data.schemaVersion],
          [JSON.stringify(event.data)],
          '{}',
        ]),
      ).rejects.toMatchObject({ code: '55000' });
      await client.query('ROLLBACK');
      // The log lock was not left behind: the next append goes through.
      rightOf(await harness.store.append('INQ-LATE-XID', [event], { expectedVersion: 'no-stream' }));
    } finally {
      client.release();
    }
  });

  it('releases the log lock when an append fails while holding it (a session lock outlives the failed transaction)', async () => {
    const client = await pool.connect();
    const event = received({ inquiryId: 'INQ-BAD-JSON' });
    try {
      // Fails inside the locked insert: the data is not JSON (the store itself never sends this).
      await expect(client.query(EVENT_STORE_SQL.append, ['INQ-BAD-JSON', 0, [event.type], [1], ['not json'], '{}'])).rejects.toMatchObject({
        code: '22P02',
      });
      // The failed session stays open; another connection must still get the lock at once.
      const other = harness.store.append('INQ-BAD-JSON', [event], { expectedVersion: 'no-stream' });
      const timeout = new Promise<'blocked'>((r) => setTimeout(() => r('blocked'), 5_000));
      const outcome = await Promise.race([other, timeout]);
      expect(outcome).not.toBe('blocked');
      rightOf(await other);
    } finally {
      client.release();
    }
  });

  it('connects its own pool and creates the schema', async () => {
    const store = rightOf(await connectPostgresEventStore({ connection: { connectionString: url } }));
    rightOf(await store.append('INQ-PG-1', [received({ inquiryId: 'INQ-PG-1' })], { expectedVersion: 'no-stream' }));
    expect(rightOf(await store.readStream('INQ-PG-1')).version).toBe(1);
    await store.close();
  });

  it('works for an application role that may only SELECT and INSERT: history is append-only', async () => {
    const role = `fi_app_${process.pid}`;
    await pool.query(`CREATE ROLE ${role} LOGIN`);
    await pool.query(`GRANT SELECT, INSERT ON first_inquiry_events TO ${role}`);
    const asApp = new URL(url);
    asApp.username = role;
    const appPool = testPool(asApp.toString(), 1);
    try {
      const store = postgresEventStore(appPool);
      rightOf(await store.append('INQ-PG-3', [received({ inquiryId: 'INQ-PG-3' })], { expectedVersion: 'no-stream' }));
      expect(rightOf(await store.readStream('INQ-PG-3')).version).toBe(1);
      await expect(appPool.query(`DELETE FROM first_inquiry_events`)).rejects.toMatchObject({ code: '42501' });
    } finally {
      await appPool.end();
      await pool.query(`DROP OWNED BY ${role}`);
      await pool.query(`DROP ROLE ${role}`);
    }
  });

  it('reports a server it cannot reach as a STORE_FAILURE value, not an exception', async () => {
    const refused = leftOf(await connectPostgresEventStore({ connection: { host: '127.0.0.1', port: 1, connectionTimeoutMillis: 2000 } }));
    expect(refused).toMatchObject({ _tag: 'StoreError', code: 'STORE_FAILURE' });
    expect(refused.message).toContain('create the event store schema failed');
  });

  it('reports a query on a closed pool as a STORE_FAILURE value', async () => {
    const closed = new pg.Pool({ connectionString: url });
    await closed.end();
    const result = await postgresEventStore(closed).readStream('INQ-PG-2');
    expect(E.isLeft(result) && result.left.code).toBe('STORE_FAILURE');
  });
});

describe('command handler on the PostgreSQL store', () => {
  describeCommandHandlerContract(() => harness);
});
