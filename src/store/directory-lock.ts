// A data directory has one writer at a time. PGlite is a single-user PostgreSQL: two instances
// on one directory each keep their own WAL and buffers, and each overwrites what the other
// acknowledged. Node-only (node:fs); `first-inquiry/pglite` loads this file only for a directory
// on disk, so the entry still loads in a browser (idb://, memory://).
import { linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

import { DirectoryLocked, type LockHolder } from './lock-holder';

// model

/** A held lock; `release` removes the lock file if it is still ours (idempotent). */
export interface DirectoryLock {
  readonly file: string;
  readonly release: () => void;
}

/** The lock file's name inside the data directory (PostgreSQL ignores files it does not know). */
export const LOCK_FILE = 'first-inquiry.lock';

// constructors

/**
 * Creates `directory` (and its parents) if missing and takes its lock: a file created with
 * O_EXCL, so of two openers racing exactly one wins. A lock left by a process of this host that
 * is no longer alive (killed, crashed) is taken over; a live holder, or a holder on another host
 * (a shared network disk, where liveness cannot be checked), is refused with a
 * {@link DirectoryLocked} naming it.
 */
export function lockDirectory(directory: string, now: () => Date = () => new Date()): DirectoryLock {
  mkdirSync(directory, { recursive: true });
  const file = join(directory, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), since: now().toISOString() };
  const mine = JSON.stringify(me);
  for (let tries = 0; ; tries++) {
    try {
      writeFileSync(file, mine, { flag: 'wx' });
      heldHere.add(mine);
      return { file, release: () => releaseIfMine(file, mine) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || tries >= 3) throw e;
    }
    const holder = readHolder(file);
    if (holder === 'gone') continue;
    if (!isStale(holder, file)) throw new DirectoryLocked(directory, holder === 'unreadable' ? null : holder, file);
    takeOverStale(file, holder);
  }
}

function releaseIfMine(file: string, mine: string): void {
  heldHere.delete(mine);
  try {
    if (readFileSync(file, 'utf8') === mine) unlinkSync(file);
  } catch {
    // Already gone: nothing to release.
  }
}

function readHolder(file: string): LockHolder | 'unreadable' | 'gone' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    return 'unreadable';
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.since === 'string') {
      return { pid: parsed.pid, host: parsed.host, since: parsed.since };
    }
  } catch {
    // Fall through: a file cut short by a crash between its creation and its write.
  }
  return 'unreadable';
}

// A half-written lock file is stale once it is older than any write could take.
const UNREADABLE_GRACE_MS = 5_000;

function isStale(holder: LockHolder | 'unreadable', file: string): boolean {
  if (holder === 'unreadable') {
    try {
      return Date.now() - statSync(file).mtimeMs > UNREADABLE_GRACE_MS;
    } catch {
      return true;
    }
  }
  if (holder.host !== hostname()) return false;
  // Our own pid: either this process holds the lock (a second opener here: refused), or a former
  // process with the same pid left it — a container restarted after a crash, where the app is
  // pid 1 each time. Only the locks this process took are live.
  if (holder.pid === process.pid) return !heldHere.has(JSON.stringify(holder));
  return !isAlive(holder.pid);
}

// The locks this process holds, by their file's content. Shared through the global registry so
// that the ESM and CommonJS builds, if both are loaded into one process, see each other's locks.
const heldHere: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('first-inquiry.directory-locks')] ??=
  new Set<string>()) as Set<string>;

// Two openers may find the same stale lock. Each moves it aside under its own name first; only
// the one whose moved file is the stale one goes on, so neither can delete a lock the other has
// just taken. Then both retry the O_EXCL create, which exactly one wins.
function takeOverStale(file: string, holder: LockHolder | 'unreadable'): void {
  const aside = `${file}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // someone else moved it first; retry the create
  }
  const moved = readHolder(aside);
  const same =
    holder === 'unreadable'
      ? moved === 'unreadable'
      : moved !== 'gone' && moved !== 'unreadable' && moved.pid === holder.pid && moved.since === holder.since;
  if (same) {
    unlinkSync(aside);
    return;
  }
  // We moved a fresh lock another opener had just taken: put it back (link, unlike rename, never
  // replaces a lock created in the meantime).
  try {
    linkSync(aside, file);
  } catch {
    // a newer lock is in place; ours to drop
  }
  unlinkSync(aside);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
