import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite as PGliteDb } from '@electric-sql/pglite';
import { lockDirectory, type DirectoryLock } from '../store/directory-lock';
import { DirectoryLocked } from '../store/lock-holder';
import * as E from 'fp-ts/Either';
import type pgDriver from 'pg';
import type { EventStore, StoredEvent } from '../store/event-store';
import { EVENT_STORE_SQL } from '../store/sql';
import { sqlEventStore, toRecord, type SqlDatabase, type SqlSession } from '../store/sql-store';
import { decodeStored, keepAsStored } from '../store/upcast';
import { cliMessage, type CliMessage } from './messages';

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
  /** The read-only transaction itself, for reading rows as stored. */
  readonly session: SqlSession;
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
 * Opens a PGlite folder or a PostgreSQL URL read-only, or says why it cannot (a {@link CliMessage}): no such
 * folder, a folder that is not a PGlite database, a database without the event table, a server
 * that cannot be reached. Never creates a database, a folder or a table.
 *
 * @example
 * import { openReadOnlyStore } from './cli/store-source'; // internal to the bin
 * const opened = await openReadOnlyStore('.tmp/demo-data'); // Right({ store, close }) or Left({ code: 'STORE_NO_SUCH_FOLDER', … })
 *
 * @category cli
 * @since 0.2.0
 */
export async function openReadOnlyStore(target: string): Promise<E.Either<CliMessage, ReadOnlyStore>> {
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
export async function openStoreLines(target: string, after = 0): Promise<E.Either<CliMessage, AsyncIterable<string>>> {
  const opened = await openReadOnlyStore(target);
  if (E.isLeft(opened)) return opened;
  return E.right(mapEvents(opened.right, after, (entry) => entry.line));
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
 * One row of the log as the CLI hands it on: its global position and its JSONL line.
 *
 * @category cli
 * @since 0.2.0
 */
export interface LogEntry {
  readonly position: number;
  readonly line: string;
}

/**
 * The rows of an opened read-only store after `after`, mapped, closing the store at the end. A row
 * that decodes is written as the decoded event; a row that does not (damaged, or written by
 * another tool) is written exactly as stored, so `check` and `audit` report it with its line
 * number as they would in an exported file, instead of one bad row stopping the whole audit.
 *
 * @category cli
 * @since 0.2.0
 */
export async function* mapEvents<T>(opened: ReadOnlyStore, after: number, f: (entry: LogEntry) => T): AsyncGenerator<T, void, undefined> {
  try {
    for (let from = after; ;) {
      let rows: readonly Record<string, unknown>[];
      try {
        rows = (await opened.session.query(EVENT_STORE_SQL.readAll, [from, PAGE])).rows;
      } catch (e) {
        const message = cliMessage('STORE_READ_FAILED', { after: from, detail: reason(e) });
        throw Object.assign(new Error(`reading the event log after position ${from} failed: ${reason(e)}`), {
          code: 'STORE_FAILURE',
          cliMessage: message,
        });
      }
      if (rows.length === 0) return;
      for (const row of rows) {
        const record = toRecord(row);
        const decoded = decodeStored(record, keepAsStored);
        yield f({
          position: record.position,
          line: E.isRight(decoded) ? eventLine(decoded.right) : JSON.stringify({ type: record.type, data: record.data }),
        });
        from = record.position;
      }
    }
  } finally {
    await opened.close();
  }
}

const PAGE = 1000;

const BEGIN = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';
const HAS_EVENTS = `SELECT to_regclass('first_inquiry_events') IS NOT NULL AS present`;

async function openPglite(dir: string): Promise<E.Either<CliMessage, ReadOnlyStore>> {
  // PGlite.create on a folder without a database would initialise one there: look first.
  if (!existsSync(dir)) return E.left(cliMessage('STORE_NO_SUCH_FOLDER', { target: dir }));
  if (!statSync(dir).isDirectory()) return E.left(cliMessage('STORE_NOT_A_FOLDER', { target: dir }));
  if (!existsSync(join(dir, 'PG_VERSION'))) return E.left(cliMessage('STORE_NOT_PGLITE', { target: dir }));
  let PGlite: typeof PGliteDb;
  try {
    ({ PGlite } = await import('@electric-sql/pglite'));
  } catch {
    return E.left(cliMessage('STORE_NEEDS_PACKAGE', { target: dir, kind: 'PGlite', pkg: '@electric-sql/pglite' }));
  }
  // PGlite is one process's database: reading it while an application writes it would lose that
  // application's events, so the reader takes the same directory lock the store does.
  let lock: DirectoryLock;
  try {
    lock = lockDirectory(dir);
  } catch (e) {
    if (!(e instanceof DirectoryLocked)) return E.left(cliMessage('STORE_QUERY_FAILED', { target: dir, detail: reason(e) }));
    return E.left(
      e.holder === null
        ? cliMessage('STORE_LOCK_UNREADABLE', { target: dir, file: e.file })
        : cliMessage('STORE_LOCKED', { target: dir, file: e.file, pid: e.holder.pid, host: e.holder.host, since: e.holder.since }),
    );
  }
  let db: PGliteDb;
  try {
    db = await PGlite.create(dir);
  } catch (e) {
    lock.release();
    return E.left(cliMessage('STORE_CANNOT_OPEN', { target: dir, detail: reason(e) }));
  }
  const session = { query: (text: string, params: readonly unknown[] = []) => db.query<Record<string, unknown>>(text, [...params]) };
  const opened = await begin(dir, session, () => db.close().finally(() => lock.release()));
  if (E.isLeft(opened)) lock.release();
  return opened;
}

async function openPostgres(url: string): Promise<E.Either<CliMessage, ReadOnlyStore>> {
  const shown = redact(url);
  let pg: typeof pgDriver;
  try {
    pg = (await import('pg')).default;
  } catch {
    return E.left(cliMessage('STORE_NEEDS_PACKAGE', { target: shown, kind: 'PostgreSQL', pkg: 'pg' }));
  }
  let client: pgDriver.Client;
  try {
    // The driver parses the URL (and reads sslrootcert and the like) here: a bad one throws.
    client = new pg.Client({ connectionString: url });
  } catch (e) {
    return E.left(cliMessage('STORE_BAD_URL', { target: shown, detail: reason(e).split(url).join(shown) }));
  }
  // A connection lost mid-read is reported by the failing query; unhandled, 'error' would end the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    return E.left(cliMessage('STORE_CANNOT_CONNECT', { target: shown, detail: reason(e) }));
  }
  const session = { query: (text: string, params: readonly unknown[] = []) => client.query(text, [...params]) };
  return begin(shown, session, () => client.end());
}

async function begin(
  label: string,
  session: Pick<SqlDatabase, 'query'>,
  end: () => Promise<void>,
): Promise<E.Either<CliMessage, ReadOnlyStore>> {
  let present: boolean;
  try {
    await session.query(BEGIN);
    present = (await session.query(HAS_EVENTS)).rows[0]?.['present'] === true;
  } catch (e) {
    await end().catch(() => undefined);
    return E.left(cliMessage('STORE_QUERY_FAILED', { target: label, detail: reason(e) }));
  }
  if (!present) {
    await end().catch(() => undefined);
    return E.left(cliMessage('STORE_NO_EVENT_TABLE', { target: label }));
  }
  const db: SqlDatabase = {
    query: session.query,
    exec: () => Promise.reject(new Error('the store is open read-only')),
  };
  let closed = false;
  return E.right({
    store: sqlEventStore(db),
    session: { query: session.query },
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

/**
 * How a `--store` target is shown in messages and reports: a folder as given, a PostgreSQL URL
 * without its password (in the user part or a `password=` parameter).
 *
 * @example
 * import { storeLabel } from './cli/store-source'; // internal to the bin
 * storeLabel('postgres://auditor:secret@db/helpdesk'); // 'postgres://auditor:***@db/helpdesk'
 *
 * @category cli
 * @since 0.2.0
 */
export function storeLabel(target: string): string {
  return isPostgresUrl(target) ? redact(target) : target;
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@').replace(/([?&]password=)[^&#]*/gi, '$1***');
}
