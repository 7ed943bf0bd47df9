import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite as PGliteDb } from '@electric-sql/pglite';
import * as E from 'fp-ts/Either';
import type pgDriver from 'pg';
import type { EventStore, StoredEvent } from '../store/event-store';
import { ReadAllFailed, readAllEvents } from '../store/read-all';
import { sqlEventStore, type SqlDatabase } from '../store/sql-store';

// The auditor's path without code: `export`, `check --store` and `audit --store` read a PGlite
// folder or a PostgreSQL database directly. Read-only by construction: one connection, one
// REPEATABLE READ READ ONLY transaction (a consistent snapshot; the server refuses any write), and
// no schema set-up — a folder or database without the event table is an error, never created.

// model

/**
 * An event store opened for reading only, with a way to let it go.
 *
 * @category cli
 * @since 0.2.0
 */
export interface ReadOnlyStore {
  readonly store: EventStore;
  readonly close: () => Promise<void>;
}

// utils

/**
 * Whether `--store` names a PostgreSQL server (a `postgres://` or `postgresql://` URL) rather than a
 * PGlite folder.
 *
 * @example
 * import { isPostgresUrl } from './cli/store-source'; // internal to the bin
 * isPostgresUrl('postgres://auditor@db/helpdesk'); // true
 *
 * @category cli
 * @since 0.2.0
 */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/**
 * Opens a PGlite folder or a PostgreSQL URL read-only, or says in one line why it cannot: no such
 * folder, a folder that is not a PGlite database, a database without the event table, a server
 * that cannot be reached. Never creates a database, a folder or a table.
 *
 * @example
 * import { openReadOnlyStore } from './cli/store-source'; // internal to the bin
 * const opened = await openReadOnlyStore('.tmp/demo-data'); // Right({ store, close }) or Left('…: no such folder')
 *
 * @category cli
 * @since 0.2.0
 */
export async function openReadOnlyStore(target: string): Promise<E.Either<string, ReadOnlyStore>> {
  return isPostgresUrl(target) ? openPostgres(target) : openPglite(target);
}

/**
 * The store's events, oldest first from position `after`, as JSONL lines (`{"type":…,"data":…}`,
 * the format `check` and `audit` read and `export` writes), streamed a page at a time; the store
 * is closed when the lines end or the reader stops. A failure while reading is thrown as an error
 * with a string `code` (the store error's), which the commands report as an I/O error.
 *
 * @example
 * import { openStoreLines } from './cli/store-source'; // internal to the bin
 * const lines = await openStoreLines('postgres://auditor@db/helpdesk'); // Right(lines) or Left(reason)
 *
 * @category cli
 * @since 0.2.0
 */
export async function openStoreLines(target: string, after = 0): Promise<E.Either<string, AsyncIterable<string>>> {
  const opened = await openReadOnlyStore(target);
  if (E.isLeft(opened)) return opened;
  return E.right(mapEvents(opened.right, after, eventLine));
}

/**
 * One stored event as a line of an exported log: exactly the `{ type, data }` an event log holds.
 *
 * @example
 * import { eventLine } from './cli/store-source'; // internal to the bin
 * // eventLine(stored) → '{"type":"InquiryReceived","data":{…}}'
 *
 * @category cli
 * @since 0.2.0
 */
export function eventLine(stored: StoredEvent): string {
  return JSON.stringify({ type: stored.event.type, data: stored.event.data });
}

/**
 * The stored events of an opened read-only store, mapped, closing the store at the end.
 *
 * @category cli
 * @since 0.2.0
 */
export async function* mapEvents<T>(opened: ReadOnlyStore, after: number, f: (stored: StoredEvent) => T): AsyncGenerator<T, void, undefined> {
  try {
    for await (const stored of readAllEvents(opened.store, { after, pageSize: 1000 })) yield f(stored);
  } catch (e) {
    if (e instanceof ReadAllFailed) throw Object.assign(new Error(e.message), { code: e.error.code });
    throw e;
  } finally {
    await opened.close();
  }
}

const BEGIN = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';
const HAS_EVENTS = `SELECT to_regclass('first_inquiry_events') IS NOT NULL AS present`;

async function openPglite(dir: string): Promise<E.Either<string, ReadOnlyStore>> {
  // PGlite.create on a folder without a database would initialise one there: look first.
  if (!existsSync(dir)) return E.left(`${dir}: no such folder (give a PGlite data folder or a postgres:// URL)`);
  if (!statSync(dir).isDirectory()) return E.left(`${dir}: not a folder (give a PGlite data folder or a postgres:// URL; an exported log is read without --store)`);
  if (!existsSync(join(dir, 'PG_VERSION'))) return E.left(`${dir}: not a PGlite database (no PG_VERSION file); nothing was created`);
  let PGlite: typeof PGliteDb;
  try {
    ({ PGlite } = await import('@electric-sql/pglite'));
  } catch {
    return E.left(`${dir}: reading a PGlite folder needs the @electric-sql/pglite package (npm install @electric-sql/pglite)`);
  }
  let db: PGliteDb;
  try {
    db = await PGlite.create(dir);
  } catch (e) {
    return E.left(`${dir}: cannot open the PGlite database: ${reason(e)}`);
  }
  const session = { query: (text: string, params: readonly unknown[] = []) => db.query<Record<string, unknown>>(text, [...params]) };
  return begin(dir, session, () => db.close());
}

async function openPostgres(url: string): Promise<E.Either<string, ReadOnlyStore>> {
  const shown = redact(url);
  let pg: typeof pgDriver;
  try {
    pg = (await import('pg')).default;
  } catch {
    return E.left(`${shown}: reading a PostgreSQL database needs the pg package (npm install pg)`);
  }
  const client = new pg.Client({ connectionString: url });
  // A connection lost mid-read is reported by the failing query; unhandled, 'error' would end the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    return E.left(`${shown}: cannot connect: ${reason(e)}`);
  }
  const session = { query: (text: string, params: readonly unknown[] = []) => client.query(text, [...params]) };
  return begin(shown, session, () => client.end());
}

async function begin(label: string, session: Pick<SqlDatabase, 'query'>, end: () => Promise<void>): Promise<E.Either<string, ReadOnlyStore>> {
  try {
    await session.query(BEGIN);
    const present = (await session.query(HAS_EVENTS)).rows[0]?.['present'] === true;
    if (!present) throw new Error('no first-inquiry event store here (table first_inquiry_events is missing); nothing was created');
  } catch (e) {
    await end().catch(() => undefined);
    return E.left(`${label}: ${reason(e)}`);
  }
  const db: SqlDatabase = {
    query: session.query,
    exec: () => Promise.reject(new Error('the store is open read-only')),
  };
  let closed = false;
  return E.right({
    store: sqlEventStore(db),
    close: async () => {
      if (closed) return;
      closed = true;
      await session.query('COMMIT').catch(() => undefined);
      await end().catch(() => undefined);
    },
  });
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}
