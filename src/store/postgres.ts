/**
 * The event store on a PostgreSQL server through `pg` (node-postgres): the same schema and SQL
 * as the embedded `first-inquiry/pglite` store.
 *
 * `import { connectPostgresEventStore } from 'first-inquiry/postgres'` (needs `pg`).
 *
 * @packageDocumentation
 */
import * as E from 'fp-ts/Either';
import pg from 'pg';
import type { StoreError } from './errors';
import type { EventStore } from './event-store';
import { ensureSqlSchema, sqlEventStore, type SqlDatabase, type SqlStoreOptions } from './sql-store';

// model

/**
 * An event store with its own connection pool, and a way to close the pool.
 *
 * @example
 * import { connectPostgresEventStore } from 'first-inquiry/postgres';
 * const opened = await connectPostgresEventStore({ connection: { connectionString: process.env['DATABASE_URL'] } });
 * if (opened._tag === 'Right') await opened.right.close();
 *
 * @category store
 * @since 0.1.0
 */
export interface PostgresEventStore extends EventStore {
  readonly pool: pg.Pool;
  readonly close: () => Promise<void>;
}

/**
 * How to reach the server (`pg`'s own pool settings: `connectionString`, `host`, `max`, ...),
 * plus the store's options.
 *
 * @example
 * import type { PostgresStoreOptions } from 'first-inquiry/postgres';
 * const options: PostgresStoreOptions = { connection: { host: 'db.internal', database: 'helpdesk', max: 10 } };
 *
 * @category store
 * @since 0.1.0
 */
export interface PostgresStoreOptions extends SqlStoreOptions {
  readonly connection: pg.PoolConfig;
}

// constructors

/**
 * Connects a pool, makes sure the schema exists, and returns the store. A server that cannot be
 * reached is a `STORE_FAILURE` value, not an exception.
 *
 * @example
 * import { connectPostgresEventStore } from 'first-inquiry/postgres';
 * const opened = await connectPostgresEventStore({ connection: { connectionString: process.env['DATABASE_URL'] } });
 * if (opened._tag === 'Right') {
 *   // ... createCommandHandler({ store: opened.right }) ...
 *   await opened.right.close();
 * }
 *
 * @category store
 * @since 0.1.0
 */
export async function connectPostgresEventStore(options: PostgresStoreOptions): Promise<E.Either<StoreError, PostgresEventStore>> {
  const pool = new pg.Pool(options.connection);
  // An idle client losing its connection emits 'error' on the pool; unhandled, that would end the process.
  pool.on('error', () => undefined);
  const schema = await ensurePostgresSchema(pool);
  if (E.isLeft(schema)) {
    await pool.end().catch(() => undefined);
    return schema;
  }
  return E.right({ ...postgresEventStore(pool, options), pool, close: () => pool.end() });
}

/**
 * An event store on a pool you manage (run {@link ensurePostgresSchema} once first).
 *
 * @example
 * import pg from 'pg';
 * import { ensurePostgresSchema, postgresEventStore } from 'first-inquiry/postgres';
 * const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'] });
 * await ensurePostgresSchema(pool);
 * const store = postgresEventStore(pool);
 *
 * @category store
 * @since 0.1.0
 */
export function postgresEventStore(pool: pg.Pool, options: SqlStoreOptions = {}): EventStore {
  return sqlEventStore(postgresDatabase(pool), options);
}

/**
 * Creates the event table if it is missing (idempotent; your migration tool can run
 * `EVENT_STORE_SCHEMA` instead).
 *
 * @example
 * import pg from 'pg';
 * import { ensurePostgresSchema } from 'first-inquiry/postgres';
 * await ensurePostgresSchema(new pg.Pool()); // Right(undefined), or Left(STORE_FAILURE)
 *
 * @category store
 * @since 0.1.0
 */
export function ensurePostgresSchema(pool: pg.Pool): Promise<E.Either<StoreError, void>> {
  return ensureSqlSchema(postgresDatabase(pool));
}

/**
 * Adapts a `pg` pool to the {@link SqlDatabase} the SQL store runs on.
 *
 * @example
 * import pg from 'pg';
 * import { postgresDatabase } from 'first-inquiry/postgres';
 * const sql = postgresDatabase(new pg.Pool());
 *
 * @category store
 * @since 0.1.0
 */
export function postgresDatabase(pool: pg.Pool): SqlDatabase {
  return {
    query: (text, params) => pool.query(text, params === undefined ? [] : [...params]),
    exec: async (sql) => {
      await pool.query(sql);
    },
  };
}
