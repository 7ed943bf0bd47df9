import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as E from 'fp-ts/Either';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectoryLocked, openPgliteEventStore } from '../../src/store/pglite';
import { received } from '../support/events';
import { leftOf, rightOf } from './support/contract';

const LOCK = 'first-inquiry.lock';
const scratch: string[] = [];
const children: ChildProcessWithoutNullStreams[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'first-inquiry-lock-'));
  scratch.push(dir);
  return dir;
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts a process that opens the store on `dataDir`; resolves with its first line (`open` or `refused {...}`). */
function openInChild(dataDir: string): Promise<{ child: ChildProcessWithoutNullStreams; line: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/support/hold-pglite.ts', dataDir], { stdio: 'pipe' });
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve({ child, line }));
    child.once('exit', (code) => reject(new Error(`child exited (${String(code)}) before opening: ${stderr}`)));
  });
}

function exited(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

function deadPid(): number {
  const done = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(done.stdout);
}

describe('openPgliteEventStore and its data directory', () => {
  it('creates missing parent folders of a nested data directory (the docs use .data/inquiries)', async () => {
    const dataDir = join(tempDir(), 'not', 'yet', 'there', 'inquiries');
    const store = rightOf(await openPgliteEventStore({ dataDir }));
    try {
      rightOf(await store.append('INQ-N-1', [received({ inquiryId: 'INQ-N-1' })], { expectedVersion: 'no-stream' }));
      expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('given a store open on a directory, when this process opens it again, then the second is refused naming this process, and opens after close', async () => {
    const dataDir = tempDir();
    const first = rightOf(await openPgliteEventStore({ dataDir }));
    const refused = leftOf(await openPgliteEventStore({ dataDir }));
    expect(refused.code).toBe('STORE_FAILURE');
    const cause = (refused as { cause: unknown }).cause;
    expect(cause).toBeInstanceOf(DirectoryLocked);
    expect((cause as DirectoryLocked).holder).toMatchObject({ pid: process.pid, host: hostname() });
    expect(refused.message).toContain(`process ${process.pid} on ${hostname()}`);
    expect(refused.message).toMatch(/since \d{4}-\d\d-\d\dT/);
    // The refused opener did not disturb the holder.
    rightOf(await first.append('INQ-L-1', [received({ inquiryId: 'INQ-L-1' })], { expectedVersion: 'no-stream' }));
    await first.close();
    await first.close(); // twice is harmless
    const second = rightOf(await openPgliteEventStore({ dataDir }));
    expect(rightOf(await second.readStream('INQ-L-1')).version).toBe(1);
    await second.close();
    expect(existsSync(join(dataDir, LOCK))).toBe(false);
  });

  it('given two opens racing in one process, then exactly one gets the directory', async () => {
    const dataDir = tempDir();
    const results = await Promise.all([
      openPgliteEventStore({ dataDir }),
      openPgliteEventStore({ dataDir }),
      openPgliteEventStore({ dataDir }),
    ]);
    expect(results.filter(E.isRight)).toHaveLength(1);
    for (const r of results) if (E.isRight(r)) await r.right.close();
  });

  it('given a store open in another process, then this process is refused naming that process; once it is killed, the stale lock is taken over', async () => {
    const dataDir = tempDir();
    const { child, line } = await openInChild(dataDir);
    expect(line).toBe('open');
    const refused = leftOf(await openPgliteEventStore({ dataDir }));
    expect(refused.message).toContain(`process ${child.pid} on ${hostname()}`);
    child.kill('SIGKILL');
    await exited(child);
    const store = rightOf(await openPgliteEventStore({ dataDir }));
    await store.close();
  });

  it('given a store open in this process, then another process is refused naming this one', async () => {
    const dataDir = tempDir();
    const store = rightOf(await openPgliteEventStore({ dataDir }));
    try {
      const { line } = await openInChild(dataDir);
      expect(line.startsWith('refused ')).toBe(true);
      const report = JSON.parse(line.slice('refused '.length)) as { code: string; message: string; name: string; holder: { pid: number } };
      expect(report).toMatchObject({ code: 'STORE_FAILURE', name: 'DirectoryLocked', holder: { pid: process.pid, host: hostname() } });
      expect(report.message).toContain(`process ${process.pid}`);
    } finally {
      await store.close();
    }
  });

  it('takes over a lock left by a process that is gone, and a lock file cut short long ago', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, LOCK), JSON.stringify({ pid: deadPid(), host: hostname(), since: '2026-01-01T00:00:00.000Z' }));
    await rightOf(await openPgliteEventStore({ dataDir })).close();
    writeFileSync(join(dataDir, LOCK), '{"pid":');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dataDir, LOCK), old, old);
    await rightOf(await openPgliteEventStore({ dataDir })).close();
  });

  it('takes over a lock a former process with this same pid left (a restarted container, where the app is pid 1 each time)', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, LOCK), JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-01-01T00:00:00.000Z' }));
    const store = rightOf(await openPgliteEventStore({ dataDir }));
    // The lock is now this process's own: a second opener here is still refused.
    expect(leftOf(await openPgliteEventStore({ dataDir })).message).toContain(`process ${process.pid}`);
    await store.close();
  });

  it('refuses a lock held on another host (a shared disk: its liveness cannot be checked), naming that host', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, LOCK), JSON.stringify({ pid: deadPid(), host: 'other-host.example', since: '2026-01-01T00:00:00.000Z' }));
    const refused = leftOf(await openPgliteEventStore({ dataDir }));
    expect(refused.message).toContain('on other-host.example (since 2026-01-01T00:00:00.000Z)');
    expect(refused.message).toContain(join(dataDir, LOCK));
  });
});
