import * as E from 'fp-ts/Either';
import { storeFailure, type StoreError } from './errors';
import type { StoredEvent } from './event-store';
import { sqlEventStore, type SqlDatabase, type SqlSession } from './sql-store';
import type { Upcaster } from './upcast';

// A projection runner keeps persisted read models current from the global log. Each batch is one
// transaction that (1) locks the projection's checkpoint row, (2) reads the next page of the log
// after the checkpoint, (3) applies it to the projection's tables and (4) moves the checkpoint:
// a crash rolls all four back together, so no event is applied twice or skipped, and a second
// runner on the same projection waits on the row lock and then starts after the first's batch.

// model

/**
 * What a runner needs from the database: a transaction on one connection. `run` gets a session
 * bound to the transaction; the transaction commits when `run` resolves and rolls back when it
 * rejects. {@link pgliteTransactions} and {@link pgPoolTransactions} adapt the two drivers.
 *
 * @example
 * import type { SqlTransactions } from 'first-inquiry/store';
 * export async function example(db: SqlTransactions) {
 *   await db.transaction((tx) => tx.query('SELECT 1'));
 * }
 *
 * @category projections
 * @since 0.2.0
 */
export interface SqlTransactions {
  readonly transaction: <T>(run: (tx: SqlSession) => Promise<T>) => Promise<T>;
}

/**
 * A read model persisted in SQL tables (投影), fed batch by batch by a {@link ProjectionRunner}.
 * `schema` is idempotent DDL, one statement per entry; `apply` updates the tables for a batch of
 * events in position order, inside the runner's transaction, and returns how many events the
 * lifecycle skipped; `clear` empties the tables for a rebuild.
 *
 * @example
 * import { positionsProjection, type SqlProjection } from 'first-inquiry/store';
 * const projection: SqlProjection = positionsProjection;
 * projection.name; // 'positions'
 *
 * @category projections
 * @since 0.2.0
 */
export interface SqlProjection {
  readonly name: string;
  readonly schema: readonly string[];
  readonly apply: (tx: SqlSession, events: readonly StoredEvent[]) => Promise<{ readonly skipped: number }>;
  readonly clear: (tx: SqlSession) => Promise<void>;
}

/**
 * Where a projection stands: the global position of the last event it applied and how many
 * events the lifecycle skipped so far.
 *
 * @example
 * import type { Checkpoint } from 'first-inquiry/store';
 * const c: Checkpoint = { name: 'positions', position: 1200, skipped: 0 };
 *
 * @category projections
 * @since 0.2.0
 */
export interface Checkpoint {
  readonly name: string;
  readonly position: number;
  readonly skipped: number;
}

/**
 * Options of {@link createProjectionRunner}: the database, the projections it owns, the page
 * size of a batch, the store's upcaster, and (for live running) the polling back-off and an
 * optional wake-up source such as {@link pgAppendListener}.
 *
 * @example
 * import { createProjectionRunner, positionsProjection, type ProjectionRunnerOptions } from 'first-inquiry/store';
 * export async function example(db: ProjectionRunnerOptions['db']) {
 *   const options: ProjectionRunnerOptions = { db, projections: [positionsProjection], batchSize: 200 };
 * }
 *
 * @category projections
 * @since 0.2.0
 */
export interface ProjectionRunnerOptions {
  readonly db: SqlTransactions;
  readonly projections: readonly SqlProjection[];
  readonly batchSize?: number;
  readonly upcast?: Upcaster;
  /** Polling back-off when caught up: from `minDelayMs` (default 50) doubling to `maxDelayMs` (default 2000). */
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Subscribes to "something was appended" (LISTEN/NOTIFY); returns the unsubscribe. */
  readonly wake?: (notify: () => void) => () => void;
  /** Called after every committed batch (progress, tests). */
  readonly onBatch?: (projection: string, checkpoint: Checkpoint, events: number) => void;
  /** Called when a batch fails while running live; the runner backs off and tries again. */
  readonly onError?: (error: StoreError) => void;
}

/**
 * A running live tail: `stop` ends it after the batch in flight and resolves when it has ended.
 *
 * @example
 * import type { LiveProjections } from 'first-inquiry/store';
 * export async function example(live: LiveProjections) {
 *   await live.stop();
 * }
 *
 * @category projections
 * @since 0.2.0
 */
export interface LiveProjections {
  readonly stop: () => Promise<void>;
}

/**
 * Keeps SQL projections current from the global log. `ensureSchema` creates the checkpoint table
 * and the projections' tables; `catchUp` applies every event committed so far; `rebuild` empties
 * the projections and replays from position 0; `start` tails the log live.
 *
 * @example
 * import { createProjectionRunner, positionsProjection } from 'first-inquiry/store';
 * export async function example(db: import('first-inquiry/store').SqlTransactions) {
 *   const runner = createProjectionRunner({ db, projections: [positionsProjection] });
 *   await runner.ensureSchema();
 *   await runner.catchUp(); // Right({ events: n })
 * }
 *
 * @category projections
 * @since 0.2.0
 */
export interface ProjectionRunner {
  readonly ensureSchema: () => Promise<E.Either<StoreError, void>>;
  readonly catchUp: () => Promise<E.Either<StoreError, { readonly events: number }>>;
  readonly rebuild: () => Promise<E.Either<StoreError, { readonly events: number }>>;
  readonly checkpoints: () => Promise<E.Either<StoreError, readonly Checkpoint[]>>;
  readonly start: () => LiveProjections;
}

// constants

/**
 * The checkpoint table: one row per projection, moved in the same transaction as the
 * projection's tables.
 *
 * @example
 * import { CHECKPOINT_SCHEMA } from 'first-inquiry/store';
 * CHECKPOINT_SCHEMA.length; // 2
 *
 * @category projections
 * @since 0.2.0
 */
export const CHECKPOINT_SCHEMA: readonly string[] = [
  // Serialise set-up: concurrent CREATE ... IF NOT EXISTS can otherwise collide.
  `SELECT pg_advisory_xact_lock(4242424244)`,
  `CREATE TABLE IF NOT EXISTS first_inquiry_projection_checkpoints (
     name       text PRIMARY KEY,
     position   bigint NOT NULL DEFAULT 0,
     skipped    bigint NOT NULL DEFAULT 0,
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
];

/**
 * Opt-in: a statement trigger on the event table that sends `NOTIFY first_inquiry_events` when
 * events are appended, so a runner wakes at once instead of at its next poll. The notification is
 * delivered at commit, so it never announces an event a reader cannot see yet.
 *
 * @example
 * import { APPEND_NOTIFY_SCHEMA } from 'first-inquiry/store';
 * APPEND_NOTIFY_SCHEMA.some((s) => s.includes('pg_notify')); // true
 *
 * @category projections
 * @since 0.2.0
 */
export const APPEND_NOTIFY_SCHEMA: readonly string[] = [
  `SELECT pg_advisory_xact_lock(4242424244)`,
  `CREATE OR REPLACE FUNCTION first_inquiry_notify_append() RETURNS trigger LANGUAGE plpgsql AS $fn$
   BEGIN PERFORM pg_notify('first_inquiry_events', ''); RETURN NULL; END $fn$`,
  `CREATE OR REPLACE TRIGGER first_inquiry_events_notify AFTER INSERT ON first_inquiry_events
     FOR EACH STATEMENT EXECUTE FUNCTION first_inquiry_notify_append()`,
];

const SQL = {
  ensureRow: `INSERT INTO first_inquiry_projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`,
  // The row lock is what keeps two runners from applying the same batch: the second waits here,
  // then reads the checkpoint the first committed.
  lock: `SELECT position::text AS position, skipped::text AS skipped FROM first_inquiry_projection_checkpoints WHERE name = $1 FOR UPDATE`,
  move: `UPDATE first_inquiry_projection_checkpoints SET position = $2, skipped = skipped + $3, updated_at = now() WHERE name = $1`,
  reset: `UPDATE first_inquiry_projection_checkpoints SET position = 0, skipped = 0, updated_at = now() WHERE name = $1`,
  all: `SELECT name, position::text AS position, skipped::text AS skipped FROM first_inquiry_projection_checkpoints ORDER BY name`,
} as const;

// constructors

/**
 * A {@link ProjectionRunner} over the given projections. Run several runners (processes,
 * machines) on one database safely: batches of one projection are serialised by its checkpoint
 * row; give each runner its own set of projections to spread the work.
 *
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * import { createProjectionRunner, pgliteTransactions, positionsProjection } from 'first-inquiry/store';
 * const runner = createProjectionRunner({ db: pgliteTransactions(await PGlite.create('.data')), projections: [positionsProjection] });
 * await runner.ensureSchema();
 * const live = runner.start();
 * // … later
 * await live.stop();
 *
 * @category projections
 * @since 0.2.0
 */
export function createProjectionRunner(options: ProjectionRunnerOptions): ProjectionRunner {
  const { db, projections } = options;
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 500));
  const upcast = options.upcast;

  const ensureSchema: ProjectionRunner['ensureSchema'] = () =>
    attempt('create the projection tables', () =>
      db.transaction(async (tx) => {
        for (const statement of CHECKPOINT_SCHEMA) await tx.query(statement);
        for (const projection of projections) {
          for (const statement of projection.schema) await tx.query(statement);
          await tx.query(SQL.ensureRow, [projection.name]);
        }
      }),
    );

  // One batch of one projection, in one transaction; the number of events applied (0: caught up).
  const batch = async (projection: SqlProjection): Promise<number> => {
    const done = await db.transaction(async (tx): Promise<{ readonly events: number; readonly checkpoint?: Checkpoint }> => {
      const row = (await tx.query(SQL.lock, [projection.name])).rows[0];
      if (row === undefined) throw new Error(`projection ${projection.name} has no checkpoint row: run ensureSchema first`);
      const after = Number(row['position']);
      // The page is read in the same transaction, after the lock: what the checkpoint says was
      // applied and what is read next can never disagree.
      const page = await sqlEventStore(asDatabase(tx), upcast === undefined ? {} : { upcast }).readAll({ after, limit: batchSize });
      if (E.isLeft(page)) throw new StoreErrorThrown(page.left);
      const events = page.right.events;
      if (events.length === 0) return { events: 0 };
      const { skipped } = await projection.apply(tx, events);
      await tx.query(SQL.move, [projection.name, page.right.lastPosition, skipped]);
      return {
        events: events.length,
        checkpoint: { name: projection.name, position: page.right.lastPosition, skipped: Number(row['skipped']) + skipped },
      };
    });
    // Reported only once committed.
    if (done.checkpoint !== undefined) options.onBatch?.(projection.name, done.checkpoint, done.events);
    return done.events;
  };

  const catchUp: ProjectionRunner['catchUp'] = async () => {
    let total = 0;
    for (const projection of projections) {
      for (;;) {
        const applied = await attempt(`project ${projection.name}`, () => batch(projection));
        if (E.isLeft(applied)) return applied;
        total += applied.right;
        if (applied.right === 0) break;
      }
    }
    return E.right({ events: total });
  };

  const rebuild: ProjectionRunner['rebuild'] = async () => {
    const cleared = await attempt('clear the projections', () =>
      db.transaction(async (tx) => {
        for (const projection of projections) {
          // Lock first, so a live runner's batch cannot interleave with the clearing.
          await tx.query(SQL.lock, [projection.name]);
          await projection.clear(tx);
          await tx.query(SQL.reset, [projection.name]);
        }
      }),
    );
    if (E.isLeft(cleared)) return cleared;
    return catchUp();
  };

  const checkpoints: ProjectionRunner['checkpoints'] = () =>
    attempt('read the projection checkpoints', () =>
      db.transaction(async (tx) => {
        const names = new Set(projections.map((p) => p.name));
        return (await tx.query(SQL.all)).rows
          .map((r) => ({ name: String(r['name']), position: Number(r['position']), skipped: Number(r['skipped']) }))
          .filter((c) => names.has(c.name));
      }),
    );

  const start: ProjectionRunner['start'] = () => {
    const minDelay = Math.max(1, options.minDelayMs ?? 50);
    const maxDelay = Math.max(minDelay, options.maxDelayMs ?? 2000);
    let stopped = false;
    let wakeUp: () => void = () => undefined;
    const unsubscribe = options.wake?.(() => wakeUp()) ?? (() => undefined);
    const loop = (async () => {
      let delay = minDelay;
      while (!stopped) {
        const r = await catchUp();
        if (E.isLeft(r)) options.onError?.(r.left);
        else if (r.right.events > 0) {
          delay = minDelay;
          continue;
        }
        if (stopped) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = () => undefined;
        delay = Math.min(maxDelay, delay * 2);
      }
    })();
    return {
      stop: async () => {
        stopped = true;
        wakeUp();
        unsubscribe();
        await loop;
      },
    };
  };

  return { ensureSchema, catchUp, rebuild, checkpoints, start };
}

/**
 * Adapts a PGlite database (anything with PGlite's `transaction`) to {@link SqlTransactions}.
 *
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * import { pgliteTransactions } from 'first-inquiry/store';
 * const db = pgliteTransactions(await PGlite.create());
 *
 * @category projections
 * @since 0.2.0
 */
export function pgliteTransactions(db: {
  readonly transaction: <T>(
    run: (tx: { query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }) => Promise<T>,
  ) => Promise<T>;
}): SqlTransactions {
  return {
    transaction: (run) =>
      db.transaction((tx) =>
        run({
          query: async (text, params) => ({
            rows: (await tx.query(text, params === undefined ? [] : [...params])).rows as Record<string, unknown>[],
          }),
        }),
      ),
  };
}

/**
 * Adapts a `pg` pool (anything with `connect()` giving a client with `query` and `release`) to
 * {@link SqlTransactions}: BEGIN, run, COMMIT (or ROLLBACK), on one pooled client.
 *
 * @example
 * import pg from 'pg';
 * import { pgPoolTransactions } from 'first-inquiry/store';
 * const db = pgPoolTransactions(new pg.Pool({ connectionString: process.env['DATABASE_URL'] }));
 *
 * @category projections
 * @since 0.2.0
 */
export function pgPoolTransactions(pool: {
  readonly connect: () => Promise<{
    query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;
    release: (error?: Error | boolean) => void;
  }>;
}): SqlTransactions {
  return {
    transaction: async (run) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await run({
          query: async (text, params) => ({
            rows: (await client.query(text, params === undefined ? [] : [...params])).rows as Record<string, unknown>[],
          }),
        });
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch((r: unknown) => {
          broken = r instanceof Error ? r : new Error(String(r));
        });
        throw e;
      } finally {
        // A client whose ROLLBACK failed is dropped, not returned to the pool mid-transaction.
        client.release(broken);
      }
    },
  };
}

/**
 * Wakes a live runner when events are appended: LISTEN on a dedicated pooled client for the
 * notifications {@link APPEND_NOTIFY_SCHEMA} sends. Pass the result as the runner's `wake`.
 *
 * @example
 * import pg from 'pg';
 * import { pgAppendListener } from 'first-inquiry/store';
 * export async function listen(pool: pg.Pool) {
 *   return pgAppendListener(pool); // wakes a live runner on every append
 * }
 *
 * @category projections
 * @since 0.2.0
 */
export async function pgAppendListener(pool: {
  readonly connect: () => Promise<{
    query: (text: string) => Promise<unknown>;
    on: (event: 'notification', listener: () => void) => unknown;
    release: (error?: Error | boolean) => void;
  }>;
}): Promise<(notify: () => void) => () => void> {
  const client = await pool.connect();
  await client.query('LISTEN first_inquiry_events');
  const listeners = new Set<() => void>();
  client.on('notification', () => listeners.forEach((l) => l()));
  return (notify) => {
    listeners.add(notify);
    return () => {
      listeners.delete(notify);
      // The LISTEN session is not handed back to the pool for other work.
      if (listeners.size === 0) client.release(true);
    };
  };
}

// utils

class StoreErrorThrown extends Error {
  constructor(readonly error: StoreError) {
    super(error.message);
  }
}

function asDatabase(tx: SqlSession): SqlDatabase {
  return { query: tx.query, exec: (sql) => tx.query(sql).then(() => undefined) };
}

async function attempt<T>(operation: string, run: () => Promise<T>): Promise<E.Either<StoreError, T>> {
  try {
    return E.right(await run());
  } catch (e) {
    return E.left(e instanceof StoreErrorThrown ? e.error : storeFailure(operation, e));
  }
}
