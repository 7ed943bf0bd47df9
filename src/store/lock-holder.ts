// The error a second opener of a PGlite data directory gets. Kept apart from the lock itself
// (which needs node:fs) so that `first-inquiry/pglite` can export it and still load in a browser.

// model

/**
 * Who holds a data directory: the process id, the host name, and since when (ISO 8601).
 *
 * @example
 * import type { LockHolder } from 'first-inquiry/pglite';
 * const holder: LockHolder = { pid: 4242, host: 'desk-3', since: '2026-05-04T01:30:00.000Z' };
 *
 * @category store
 * @since 0.1.0
 */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/**
 * A PGlite data directory is already open in another store (this process or another one). It
 * arrives as the `cause` of the `STORE_FAILURE` that `openPgliteEventStore` returns; `holder` is
 * null when the lock file cannot be read.
 *
 * @example
 * import { DirectoryLocked, openPgliteEventStore } from 'first-inquiry/pglite';
 * const opened = await openPgliteEventStore({ dataDir: '.data/inquiries' });
 * if (opened._tag === 'Left' && opened.left.code === 'STORE_FAILURE' && opened.left.cause instanceof DirectoryLocked) {
 *   console.error(`in use by process ${opened.left.cause.holder?.pid}`);
 * }
 *
 * @category store
 * @since 0.1.0
 */
export class DirectoryLocked extends Error {
  constructor(
    readonly directory: string,
    readonly holder: LockHolder | null,
    readonly file: string,
  ) {
    super(
      holder === null
        ? `the data directory ${directory} is locked by ${file}, which cannot be read; if no process uses the directory, delete that file` +
            ` / 数据目录 ${directory} 被 ${file} 锁定且该文件无法读取；若确无进程在用，请删除该文件`
        : `the data directory ${directory} is already open in process ${holder.pid} on ${holder.host} (since ${holder.since}); ` +
            `close that store first — two stores on one directory overwrite each other's events. ` +
            `If that process is gone (its pid reused, or another machine), delete ${file}` +
            ` / 数据目录 ${directory} 已被主机 ${holder.host} 上的进程 ${holder.pid} 打开（自 ${holder.since} 起）；` +
            `请先关闭那个存储，两个存储共用一个目录会互相覆盖事件。若该进程已不存在，请删除 ${file}`,
    );
    this.name = 'DirectoryLocked';
  }
}
