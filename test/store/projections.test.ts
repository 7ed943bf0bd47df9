import { PGlite } from '@electric-sql/pglite';
import * as E from 'fp-ts/Either';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteEventStore, ensurePgliteSchema, pgliteDatabase } from '../../src/store/pglite';
import { ensurePostgresSchema, postgresDatabase, postgresEventStore } from '../../src/store/postgres';
import { positionsProjection, readOpenPositions } from '../../src/store/positions-projection';
import {
  APPEND_NOTIFY_SCHEMA,
  createProjectionRunner,
  pgAppendListener,
  pgliteTransactions,
  pgPoolTransactions,
} from '../../src/store/projection-runner';
import { inMemoryEventStore } from '../../src/store/in-memory';
import { readAllEvents, ReadAllFailed } from '../../src/store/read-all';
import type { EventStore, StoredEvent } from '../../src/store/event-store';
import { deadlineBoard, holdings } from '../../src/supervision/index';
import { deadlineBoardFromPositions, holdingsFromPositions } from '../../src/supervision/from-positions';
import { rightOf } from './support/contract';
import { expectedRows, persistedRows, STORY_LENGTH, storyEvent } from './support/projection-workload';
import { freshDatabase, testPool } from './support/postgres';

async function everything(store: EventStore): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for await (const e of readAllEvents(store, { pageSize: 7 })) out.push(e);
  return out;
}

/** Appends `streams` stories of `steps` events, interleaved one event per append across streams. */
async function appendStories(store: EventStore, prefix: string, streams: number, steps: number): Promise<void> {
  for (let k = 0; k < steps; k++) {
    for (let s = 0; s < streams; s++)
      rightOf(await store.append(`${prefix}-${s}`, [storyEvent(`${prefix}-${s}`, k)], { expectedVersion: k === 0 ? 'no-stream' : k }));
  }
}

describe('readAllEvents', () => {
  it('given events across streams, yields every one in position order from `after`, paging internally', async () => {
    const store = inMemoryEventStore();
    await appendStories(store, 'R', 3, 5);
    const all = await everything(store);
    expect(all.map((e) => e.position)).toEqual([...all.map((e) => e.position)].sort((a, b) => a - b));
    expect(all).toHaveLength(15);
    const later: StoredEvent[] = [];
    for await (const e of readAllEvents(store, { after: all[9]!.position, pageSize: 2 })) later.push(e);
    expect(later).toEqual(all.slice(10));
  });

  it('throws ReadAllFailed carrying the store error when the store fails', async () => {
    const failing: EventStore = {
      ...inMemoryEventStore(),
      readAll: async () => E.left({ _tag: 'StoreError', code: 'STORE_FAILURE', operation: 'read', message: 'down', cause: null } as never),
    };
    await expect(everything(failing)).rejects.toBeInstanceOf(ReadAllFailed);
  });
});

describe('the positions projection on PGlite', () => {
  it('given stories, catchUp persists the lifecycle fold; the boards from it equal the boards folded from events; rebuild gives the same', async () => {
    const db = await PGlite.create();
    rightOf(await ensurePgliteSchema(db));
    const store = pgliteEventStore(db);
    await appendStories(store, 'P', 6, STORY_LENGTH - 1);
    const runner = createProjectionRunner({ db: pgliteTransactions(db), projections: [positionsProjection], batchSize: 5 });
    rightOf(await runner.ensureSchema());
    rightOf(await runner.ensureSchema()); // idempotent
    expect(rightOf(await runner.catchUp()).events).toBe(6 * (STORY_LENGTH - 1));
    const events = (await everything(store)).map((e) => e.event);
    const persisted = await persistedRows(pgliteDatabase(db));
    expect({ rows: persisted.rows, skipped: persisted.skipped }).toEqual(expectedRows(events));
    expect(persisted.skipped).toBe(6);

    const open = rightOf(await readOpenPositions(pgliteDatabase(db)));
    expect(holdingsFromPositions(open.positions, open.skipped)).toEqual(holdings(events));
    const asOf = '2026-05-20T18:00:00+08:00';
    expect(deadlineBoardFromPositions(open.positions, asOf, undefined, open.skipped)).toEqual(deadlineBoard(events, asOf));
    const viaView = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM first_inquiry_holdings`)).rows[0]?.n;
    expect(viaView).toBe(holdings(events).open);

    expect(rightOf(await runner.catchUp()).events).toBe(0);
    expect(rightOf(await runner.rebuild()).events).toBe(events.length);
    expect(await persistedRows(pgliteDatabase(db))).toEqual(persisted);
    await db.close();
  });
});

describe('projection runners on a PostgreSQL server', () => {
  let url: string;
  let drop: () => Promise<void>;
  let pool: pg.Pool;
  beforeAll(async () => {
    ({ url, drop } = await freshDatabase());
    pool = testPool(url, 12);
    rightOf(await ensurePostgresSchema(pool));
  });
  afterAll(async () => {
    await pool.end();
    await drop();
  });

  it('two live runners on one projection, tailing while 6 writers append concurrently, apply every event exactly once', async () => {
    const store = postgresEventStore(pool);
    // The notify trigger is opt-in; one runner wakes on LISTEN/NOTIFY, the other only polls.
    const client = await pool.connect();
    for (const statement of APPEND_NOTIFY_SCHEMA) await client.query(statement);
    client.release();
    const wake = await pgAppendListener(pool);
    const runners = [undefined, wake].map((w) => {
      let applied = 0;
      const runner = createProjectionRunner({
        db: pgPoolTransactions(pool),
        projections: [positionsProjection],
        batchSize: 13,
        minDelayMs: 5,
        maxDelayMs: 40,
        ...(w === undefined ? {} : { wake: w }),
        onBatch: (_name, _cp, n) => {
          applied += n;
        },
      });
      return { runner, applied: () => applied };
    });
    rightOf(await runners[0]!.runner.ensureSchema());
    const live = runners.map((r) => r.runner.start());
    // Six writers, each its own streams, appending one event at a time: positions commit in an
    // order no single writer controls.
    await Promise.all([0, 1, 2, 3, 4, 5].map((w) => appendStories(store, `W${w}`, 5, STORY_LENGTH)));
    const events = (await everything(store)).map((e) => e.event);
    const last = (await everything(store)).at(-1)!.position;
    for (let i = 0; i < 400 && (await persistedRows(postgresDatabase(pool))).position < last; i++)
      await new Promise((r) => setTimeout(r, 25));
    await Promise.all(live.map((l) => l.stop()));
    const persisted = await persistedRows(postgresDatabase(pool));
    expect(persisted.position).toBe(last);
    expect({ rows: persisted.rows, skipped: persisted.skipped }).toEqual(expectedRows(events));
    // Exactly once: the two runners' batches add up to the log, no event counted by both.
    expect(runners[0]!.applied() + runners[1]!.applied()).toBe(events.length);
    expect(runners[0]!.applied()).toBeGreaterThan(0);
  });

  it('a live runner woken by LISTEN/NOTIFY applies a new append at once, long before its next poll', async () => {
    const store = postgresEventStore(pool);
    const client = await pool.connect();
    for (const statement of APPEND_NOTIFY_SCHEMA) await client.query(statement);
    client.release();
    const wake = await pgAppendListener(pool);
    const runner = createProjectionRunner({
      db: pgPoolTransactions(pool),
      projections: [positionsProjection],
      minDelayMs: 60_000,
      maxDelayMs: 60_000,
      wake,
    });
    rightOf(await runner.ensureSchema());
    const live = runner.start();
    await new Promise((r) => setTimeout(r, 300)); // caught up, now waiting a minute for the next poll
    const appended = rightOf(await store.append('N-1', [storyEvent('N-1', 0)], { expectedVersion: 'no-stream' }));
    const target = appended.events[0]!.position;
    const started = Date.now();
    while ((await persistedRows(postgresDatabase(pool))).position < target && Date.now() - started < 5_000)
      await new Promise((r) => setTimeout(r, 20));
    await live.stop();
    expect((await persistedRows(postgresDatabase(pool))).position).toBe(target);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
