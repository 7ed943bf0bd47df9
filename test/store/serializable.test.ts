import { PGlite } from '@electric-sql/pglite';
import * as E from 'fp-ts/Either';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePgliteSchema, pgliteDatabase, pgliteEventStore } from '../../src/store/pglite';
import { ensurePostgresSchema, postgresDatabase, postgresEventStore } from '../../src/store/postgres';
import { createCommandHandler } from '../../src/store/command-handler';
import { followUp, receive } from '../support/commands';
import { minute } from '../support/time';
import { describeCommandHandlerContract, describeEventStoreContract, readAllEvents, rightOf } from './support/contract';
import type { StoreHarness } from './support/harness';
import { freshDatabase, testPool } from './support/postgres';

// A server (or role) whose default isolation is SERIALIZABLE: every statement of the store then
// runs in a serializable transaction whose snapshot is taken before the store's locks. Lost races
// must still come back as conflicts (the handler decides again), never as STORE_FAILURE.

describe('PostgreSQL with default_transaction_isolation = serializable', () => {
  let pool: pg.Pool;
  let drop: () => Promise<void>;
  let harness: StoreHarness;
  let url: string;

  beforeAll(async () => {
    ({ url, drop } = await freshDatabase());
    const admin = testPool(url, 1);
    await admin.query(`ALTER DATABASE ${new URL(url).pathname.slice(1)} SET default_transaction_isolation = 'serializable'`);
    await admin.end();
    pool = testPool(url, 10);
    rightOf(await ensurePostgresSchema(pool));
    harness = {
      name: 'postgres-serializable',
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

  it('really runs serializable', async () => {
    expect((await pool.query('SHOW transaction_isolation')).rows[0].transaction_isolation).toBe('serializable');
  });

  describeEventStoreContract(() => harness);
  describeCommandHandlerContract(() => harness);

  it('given 8 writers, each on its own connection, handling 40 commands on one inquiry, then every command is stored once and none fails', async () => {
    await harness.reset();
    const id = 'INQ-SER-1';
    const pools = Array.from({ length: 8 }, () => testPool(url, 1));
    try {
      rightOf(await createCommandHandler({ store: postgresEventStore(pools[0]!) })(receive({ inquiryId: id })));
      const failures = (
        await Promise.all(
          pools.map(async (p, w) => {
            const handle = createCommandHandler({
              store: postgresEventStore(p),
              maxRetries: 1000,
              backoff: () => new Promise((r) => setTimeout(r, Math.random() * 3)),
            });
            const out: string[] = [];
            for (let i = 0; i < 40; i++) {
              const result = await handle({
                ...followUp({ inquiryId: id, at: minute(1), note: `${w}/${i}` }),
                metadata: { commandId: `${w}/${i}` },
              });
              if (E.isLeft(result)) out.push(`${result.left.code}: ${result.left.message}`);
            }
            return out;
          }),
        )
      ).flat();
      expect(failures).toEqual([]);
      const read = rightOf(await harness.store.readStream(id));
      expect(read.events.map((e) => e.version)).toEqual(Array.from({ length: 321 }, (_, i) => i + 1));
      expect(new Set(read.events.slice(1).map((e) => e.metadata.commandId)).size).toBe(320);
      expect(await readAllEvents(harness.store)).toHaveLength(321);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });
});

describe('PGlite with default_transaction_isolation = serializable', () => {
  let db: PGlite;
  let harness: StoreHarness;

  beforeAll(async () => {
    db = await PGlite.create();
    await db.exec(`SET default_transaction_isolation = 'serializable'`);
    rightOf(await ensurePgliteSchema(db));
    harness = {
      name: 'pglite-serializable',
      store: pgliteEventStore(db),
      sql: pgliteDatabase(db),
      reset: async () => {
        await db.exec('TRUNCATE first_inquiry_events RESTART IDENTITY');
      },
      withUpcaster: (upcast) => pgliteEventStore(db, { upcast }),
    };
  });

  afterAll(async () => {
    await db.close();
  });

  it('really runs serializable', async () => {
    expect((await db.query<{ transaction_isolation: string }>('SHOW transaction_isolation')).rows[0]?.transaction_isolation).toBe(
      'serializable',
    );
  });

  describeEventStoreContract(() => harness);
  describeCommandHandlerContract(() => harness);
});
