/**
 * The embedded event store: real PostgreSQL compiled to WebAssembly (`@electric-sql/pglite`),
 * keeping its data in a local directory. No server to run; the same schema and SQL as
 * `first-inquiry/postgres`, so moving to a server later is a dump and restore.
 *
 * `import { openPgliteEventStore } from 'first-inquiry/pglite'` (needs `@electric-sql/pglite`).
 *
 * @packageDocumentation
 */
import { PGlite } from '@electric-sql/pglite';
import * as E from 'fp-ts/Either';
import { storeFailure, type StoreError } from './errors';
import type { EventStore } from './event-store';
import { ensureSqlSchema, sqlEventStore, type SqlDatabase, type SqlStoreOptions } from './sql-store';

export { DirectoryLocked, type LockHolder } from './lock-holder';

// model

/**
 * An event store on an open PGlite database, with the database itself and a way to close it.
 *
 * @example
 * import { openPgliteEventStore } from 'first-inquiry/pglite';
 * const opened = await openPgliteEventStore({ dataDir: '.data/inquiries' });
 * if (opened._tag === 'Right') await opened.right.close();
 *
 * @category store
 * @since 0.1.0
 */
export interface PgliteEventStore extends EventStore {
  readonly db: PGlite;
  readonly close: () => Promise<void>;
}

/**
 * Where the embedded database lives: `dataDir` on disk, or (without it) only in memory.
 *
 * @example
 * import type { PgliteStoreOptions } from 'first-inquiry/pglite';
 * const onDisk: PgliteStoreOptions = { dataDir: '.data/inquiries' };
 * const inMemory: PgliteStoreOptions = {};
 *
 * @category store
 * @since 0.1.0
 */
export interface PgliteStoreOptions extends SqlStoreOptions {
  readonly dataDir?: string;
}

// constructors

/**
 * Opens (or creates) an embedded database, makes sure the schema exists, and returns the store.
 * A `dataDir` on disk is created with any missing parent folders, and locked for as long as the
 * store is open: PGlite is single-user, so a second store on the same directory (in this process
 * or another) is refused with a `STORE_FAILURE` whose `cause` is a {@link DirectoryLocked} naming
 * the holder (pid, host, since when). `close()` releases the lock; a lock left by a process that
 * died is taken over.
 *
 * @example
 * import { openPgliteEventStore } from 'first-inquiry/pglite';
 * const opened = await openPgliteEventStore({ dataDir: '.data/inquiries' });
 * if (opened._tag === 'Right') {
 *   const store = opened.right;
 *   // ... createCommandHandler({ store }) ...
 *   await store.close();
 * }
 *
 * @category store
 * @since 0.1.0
 */
export async function openPgliteEventStore(options: PgliteStoreOptions = {}): Promise<E.Either<StoreError, PgliteEventStore>> {
  const where = options.dataDir === undefined ? '' : ` in ${options.dataDir}`;
  let lock: { readonly release: () => void } | undefined;
  const onDisk = localDirectory(options.dataDir);
  if (onDisk !== undefined) {
    try {
      // Loaded only for a directory on disk, so this entry still runs in a browser (idb://).
      const { lockDirectory } = await import('./directory-lock');
      lock = lockDirectory(onDisk);
    } catch (e) {
      return E.left(storeFailure(`open the PGlite database${where}`, e));
    }
  }
  let db: PGlite;
  try {
    db = await PGlite.create(options.dataDir);
  } catch (e) {
    lock?.release();
    return E.left(storeFailure(`open the PGlite database${where}`, e));
  }
  const schema = await ensurePgliteSchema(db);
  if (E.isLeft(schema)) {
    await db.close();
    lock?.release();
    return schema;
  }
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= db.close().finally(() => lock?.release()));
  return E.right({ ...pgliteEventStore(db, options), db, close });
}

// A plain path (or file://) is a directory on disk; other schemes (idb://, memory://, opfs-ahp://)
// are PGlite's own storage, which it creates and guards itself.
function localDirectory(dataDir: string | undefined): string | undefined {
  if (dataDir === undefined) return undefined;
  if (dataDir.startsWith('file://')) return dataDir.slice('file://'.length);
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(dataDir) ? undefined : dataDir;
}

/**
 * An event store on a PGlite database you opened yourself (run {@link ensurePgliteSchema} once first).
 *
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * import { ensurePgliteSchema, pgliteEventStore } from 'first-inquiry/pglite';
 * const db = await PGlite.create();
 * await ensurePgliteSchema(db);
 * const store = pgliteEventStore(db);
 *
 * @category store
 * @since 0.1.0
 */
export function pgliteEventStore(db: PGlite, options: SqlStoreOptions = {}): EventStore {
  return sqlEventStore(pgliteDatabase(db), options);
}

/**
 * Creates the event table in a PGlite database if it is missing (idempotent).
 *
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * import { ensurePgliteSchema } from 'first-inquiry/pglite';
 * await ensurePgliteSchema(await PGlite.create()); // Right(undefined)
 *
 * @category store
 * @since 0.1.0
 */
export function ensurePgliteSchema(db: PGlite): Promise<E.Either<StoreError, void>> {
  return ensureSqlSchema(pgliteDatabase(db));
}

/**
 * Adapts a PGlite database to the {@link SqlDatabase} the SQL store runs on.
 *
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * import { pgliteDatabase } from 'first-inquiry/pglite';
 * const sql = pgliteDatabase(await PGlite.create());
 * await sql.query('SELECT 1 AS one'); // { rows: [{ one: 1 }] }
 *
 * @category store
 * @since 0.1.0
 */
export function pgliteDatabase(db: PGlite): SqlDatabase {
  return {
    query: (text, params) => db.query<Record<string, unknown>>(text, params === undefined ? [] : [...params]),
    exec: async (sql) => {
      await db.exec(sql);
    },
  };
}
