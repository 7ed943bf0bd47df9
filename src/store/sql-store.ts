import * as E from 'fp-ts/Either';
import { concurrencyConflict, storeFailure, type StoreError } from './errors';
import { checkAppend, checkReadAllBounds, checkReadStream } from './boundary';
import type { AppendOptions, EventMetadata, EventStore, ReadAllOptions, StoredEvent } from './event-store';
import { EVENT_STORE_SCHEMA, EVENT_STORE_SQL } from './sql';
import { decodeAllStored, keepAsStored, type StoredRecord, type Upcaster } from './upcast';

// model

/**
 * The little a store needs from a PostgreSQL driver: run a parameterised query (each append is
 * one statement, `first_inquiry_append`, so the store needs no client-side transactions). The
 * PGlite and `pg` adapters implement it; so can any other driver.
 *
 * @example
 * import type { SqlSession } from 'first-inquiry/store';
 * const versionOf = async (s: SqlSession, streamId: string) =>
 *   (await s.query('SELECT max(version) AS v FROM first_inquiry_events WHERE stream_id = $1', [streamId])).rows[0]?.['v'];
 *
 * @category store
 * @since 0.1.0
 */
export interface SqlSession {
  readonly query: (text: string, params?: readonly unknown[]) => Promise<{ readonly rows: readonly Record<string, unknown>[] }>;
}

/**
 * A {@link SqlSession} that can also run the schema script.
 *
 * @example
 * import type { SqlDatabase } from 'first-inquiry/store';
 * import pg from 'pg';
 * const pool = new pg.Pool();
 * const db: SqlDatabase = {
 *   query: (text, params = []) => pool.query(text, [...params]),
 *   exec: async (sql) => void (await pool.query(sql)),
 * };
 *
 * @category store
 * @since 0.1.0
 */
export interface SqlDatabase extends SqlSession {
  /** Runs several `;`-separated statements without parameters (the schema), as one transaction. */
  readonly exec: (sql: string) => Promise<void>;
}

/**
 * Options shared by the SQL stores.
 *
 * @example
 * import { keepAsStored, type SqlStoreOptions } from 'first-inquiry/store';
 * const options: SqlStoreOptions = { upcast: keepAsStored };
 *
 * @category store
 * @since 0.1.0
 */
export interface SqlStoreOptions {
  readonly upcast?: Upcaster;
}

// constructors

/**
 * An {@link EventStore} over any PostgreSQL driver that implements {@link SqlDatabase}. Use
 * `first-inquiry/pglite` or `first-inquiry/postgres` unless you bring your own driver.
 *
 * @example
 * import { sqlEventStore, ensureSqlSchema, type SqlDatabase } from 'first-inquiry/store';
 * import { PGlite } from '@electric-sql/pglite';
 * import { pgliteDatabase } from 'first-inquiry/pglite';
 * const db: SqlDatabase = pgliteDatabase(await PGlite.create()); // or your own driver's adapter
 * await ensureSqlSchema(db);
 * const store = sqlEventStore(db);
 *
 * @category store
 * @since 0.1.0
 */
export function sqlEventStore(db: SqlDatabase, options: SqlStoreOptions = {}): EventStore {
  const upcast = options.upcast ?? keepAsStored;

  const readStream: EventStore['readStream'] = async (streamId, readOptions = {}) => {
    const checked = checkReadStream(streamId, readOptions?.after);
    if (E.isLeft(checked)) return checked;
    const { after } = checked.right;
    const rows = await read(`read stream ${streamId}`, () => db.query(EVENT_STORE_SQL.readStream, [streamId, after]));
    if (E.isLeft(rows)) return rows;
    const decoded = decodeAllStored(rows.right.rows.map(toRecord), upcast);
    if (E.isLeft(decoded)) return decoded;
    const last = decoded.right[decoded.right.length - 1];
    if (last !== undefined || after === 0) return E.right({ streamId, version: last?.version ?? 0, events: decoded.right });
    // Nothing after `after`: say where the stream really is, so a caller holding a stale version notices.
    const now = await read(`read version of ${streamId}`, () => db.query(EVENT_STORE_SQL.streamVersion, [streamId]));
    if (E.isLeft(now)) return now;
    return E.right({ streamId, version: Number(now.right.rows[0]?.['version'] ?? 0), events: [] });
  };

  const append: EventStore['append'] = async (streamId, events, appendOptions) => {
    const checked = checkAppend(streamId, events, appendOptions);
    if (E.isLeft(checked)) return checked;
    const { expected, metadata } = checked.right;
    const metadataJson = JSON.stringify(metadata);
    const written = await attempt(`append to stream ${streamId}`, () =>
      db
        .query(EVENT_STORE_SQL.append, [
          streamId,
          expected,
          events.map((e) => e.type),
          events.map((e) => e.data.schemaVersion),
          events.map((e) => JSON.stringify(e.data)),
          metadataJson,
        ])
        .then(({ rows }): E.Either<StoreError, StoredEvent[]> => {
          const first = rows[0];
          if (first !== undefined && first['appended_version'] === null) {
            return E.left(concurrencyConflict(streamId, appendOptions.expectedVersion, Number(first['current_version'])));
          }
          const byVersion = new Map(rows.map((row) => [Number(row['appended_version']), row]));
          // The events were decoded once, by checkAppend; they are in the current shape, so they
          // come back as they went in (no second decode, no upcaster).
          return E.right(
            events.map((event, i): StoredEvent => ({
              streamId,
              version: expected + i + 1,
              position: Number(byVersion.get(expected + i + 1)?.['appended_position']),
              event,
              metadata,
              recordedAt: new Date(String(byVersion.get(expected + i + 1)?.['appended_at'])).toISOString(),
            })),
          );
        }),
    );
    if (E.isLeft(written)) return isRaceLost(written.left.cause) ? conflictAfterRace(streamId, appendOptions) : written;
    if (E.isLeft(written.right)) return written.right;
    return E.right({ streamId, nextExpectedVersion: expected + events.length, events: written.right.right });
  };

  // Reached when another writer got there first in a way the stream lock could not show: a
  // transaction isolation above READ COMMITTED (its snapshot predates the lock: the unique
  // constraint refuses the stale version, or the server reports a serialization failure), a
  // deadlock the server broke, or a writer that bypassed the function. Nothing was written; the
  // caller gets the usual conflict and the command handler decides again.
  const conflictAfterRace = async (streamId: string, appendOptions: AppendOptions): Promise<E.Either<StoreError, never>> => {
    const now = await read(`read version of ${streamId}`, () => db.query(EVENT_STORE_SQL.streamVersion, [streamId]));
    if (E.isLeft(now)) return now;
    return E.left(concurrencyConflict(streamId, appendOptions.expectedVersion, Number(now.right.rows[0]?.['version'] ?? 0)));
  };

  const readAll = async (readOptions: ReadAllOptions = {}) => {
    const bounds = checkReadAllBounds(readOptions);
    if (E.isLeft(bounds)) return bounds;
    const { after, limit } = bounds.right;
    // Past the last possible position there is nothing to read; the bigint parameter could not even hold it.
    if (after > Number.MAX_SAFE_INTEGER) return E.right({ events: [], lastPosition: after });
    const rows = await read('read the global log', () => db.query(EVENT_STORE_SQL.readAll, [after, limit]));
    if (E.isLeft(rows)) return rows;
    const decoded = decodeAllStored(rows.right.rows.map(toRecord), upcast);
    if (E.isLeft(decoded)) return decoded;
    return E.right({ events: decoded.right, lastPosition: decoded.right[decoded.right.length - 1]?.position ?? after });
  };

  return { readStream, append, readAll };
}

/**
 * Creates the event table if it is missing. Idempotent: run it at start-up.
 *
 * @example
 * import { ensureSqlSchema, type SqlDatabase } from 'first-inquiry/store';
 * import { PGlite } from '@electric-sql/pglite';
 * import { pgliteDatabase } from 'first-inquiry/pglite';
 * const db: SqlDatabase = pgliteDatabase(await PGlite.create()); // or your own driver's adapter
 * await ensureSqlSchema(db); // Right(undefined)
 *
 * @category store
 * @since 0.1.0
 */
export async function ensureSqlSchema(db: SqlDatabase): Promise<E.Either<StoreError, void>> {
  return attempt('create the event store schema', () => db.exec(EVENT_STORE_SCHEMA));
}

async function attempt<T>(operation: string, run: () => Promise<T>): Promise<E.Either<ReturnType<typeof storeFailure>, T>> {
  try {
    return E.right(await run());
  } catch (e) {
    return E.left(storeFailure(operation, e));
  }
}

// A read is one statement; under SERIALIZABLE the server may still cancel it as a serialization
// failure (or break a deadlock with it). Running it again is all a caller could do, so the store does.
async function read<T>(operation: string, run: () => Promise<T>): Promise<E.Either<ReturnType<typeof storeFailure>, T>> {
  for (let tries = 1; ; tries++) {
    const result = await attempt(operation, run);
    if (
      E.isRight(result) ||
      tries >= 5 ||
      !isRaceLost(result.left.cause) ||
      String((result.left.cause as { code?: unknown }).code) === '23505'
    )
      return result;
  }
}

// 23505 unique_violation, 40001 serialization_failure, 40P01 deadlock_detected.
const RACE_LOST = new Set(['23505', '40001', '40P01']);

function isRaceLost(cause: unknown): boolean {
  return typeof cause === 'object' && cause !== null && RACE_LOST.has(String((cause as { code?: unknown }).code));
}

/**
 * A row of the event table, as the SQL stores select it, turned into a {@link StoredRecord}.
 * The CLI's read-only `--store` reader uses it too, so a row means the same everywhere.
 *
 * @internal
 */
export function toRecord(row: Record<string, unknown>): StoredRecord {
  return {
    streamId: String(row['stream_id']),
    version: Number(row['version']),
    position: Number(row['position']),
    type: String(row['type']),
    schemaVersion: Number(row['schema_version']),
    data: JSON.parse(String(row['data'])),
    metadata: JSON.parse(String(row['metadata'])) as EventMetadata,
    recordedAt: new Date(String(row['recorded_at'])).toISOString(),
  };
}
