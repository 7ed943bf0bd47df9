// A PostgreSQL cluster for the store benchmark on durable settings: fsync, synchronous_commit and
// full_page_writes on (the server defaults), optionally with a fixed delay added to every flush
// (an LD_PRELOAD shim around fsync/fdatasync, built with the C compiler when there is one) to
// stand in for cloud block storage, where a flush takes milliseconds. Separate from the test
// cluster, which runs with fsync off because no test simulates an operating-system crash.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  readonly url: string;
  readonly settings: string;
  readonly stop: () => void;
}

export type Durability = { readonly fsync: false } | { readonly fsync: true; readonly flushDelayMicros: number };

/** Where initdb and pg_ctl are: $PG_BIN, the newest /usr/lib/postgresql/<n>/bin, or `pg_config --bindir`. */
export function postgresBin(): string {
  const candidates = [
    ...(process.env['PG_BIN'] === undefined ? [] : [process.env['PG_BIN']]),
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
  ];
  const fromPgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (fromPgConfig.status === 0) candidates.push(fromPgConfig.stdout.trim());
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (found === undefined) throw new Error('the store benchmark needs PostgreSQL server binaries (initdb, pg_ctl): set PG_BIN');
  return found;
}

const SHIM = `#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <time.h>
static void delay(void) {
  static long us = -1;
  if (us < 0) { const char *e = getenv("FI_FLUSH_DELAY_US"); us = e ? atol(e) : 0; }
  struct timespec t = { us / 1000000, (us % 1000000) * 1000 };
  if (us > 0) nanosleep(&t, NULL);
}
int fsync(int fd) { static int (*real)(int); if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync"); delay(); return real(fd); }
int fdatasync(int fd) { static int (*real)(int); if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync"); delay(); return real(fd); }
`;

/** Builds the flush-delay shim into `dir`; undefined when there is no C compiler. */
export function buildFlushDelayShim(dir: string): string | undefined {
  const source = join(dir, 'flush-delay.c');
  const library = join(dir, 'flush-delay.so');
  writeFileSync(source, SHIM);
  const built = spawnSync('cc', ['-shared', '-fPIC', '-O2', '-o', library, source, '-ldl'], { encoding: 'utf8' });
  if (built.status !== 0) return undefined;
  chmodSync(library, 0o755);
  return library;
}

/** Starts a throwaway cluster with the given durability; `stop` stops it and deletes its files. */
export async function startDurableCluster(durability: Durability): Promise<Cluster> {
  const bin = postgresBin();
  const asRoot = process.getuid?.() === 0;
  const root = mkdtempSync(join(asRoot ? '/tmp' : tmpdir(), 'first-inquiry-bench-pg-'));
  chmodSync(root, 0o777);
  const prefix = asRoot ? ['runuser', '-u', 'postgres', '--'] : [];
  if (asRoot) execFileSync('chown', ['postgres:postgres', root]);
  const dataDir = join(root, 'data');
  const run = (args: readonly string[], env: Record<string, string> = {}) => {
    const envArgs = Object.keys(env).length === 0 ? [] : ['env', ...Object.entries(env).map(([k, v]) => `${k}=${v}`)];
    const [head, ...rest] = [...prefix, ...envArgs, ...args] as [string, ...string[]];
    const result = spawnSync(head, rest, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stdout}${result.stderr}`);
  };
  run([join(bin, 'initdb'), '-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C']);
  const port = await freePort();
  const durable = durability.fsync
    ? '-c fsync=on -c synchronous_commit=on -c full_page_writes=on'
    : '-c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const settings = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=100 ${durable}`;
  let env: Record<string, string> = {};
  let described = durability.fsync ? 'fsync on, synchronous_commit on' : 'fsync off, synchronous_commit off';
  if (durability.fsync && durability.flushDelayMicros > 0) {
    const shim = buildFlushDelayShim(root);
    if (shim === undefined) throw new Error('no C compiler (cc) to build the flush-delay shim');
    env = { LD_PRELOAD: shim, FI_FLUSH_DELAY_US: String(durability.flushDelayMicros) };
    described += `, +${durability.flushDelayMicros / 1000} ms per fsync/fdatasync (LD_PRELOAD shim)`;
  }
  run([join(bin, 'pg_ctl'), '-D', dataDir, '-o', settings, '-l', join(root, 'server.log'), '-w', 'start'], env);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    settings: described,
    stop: () => {
      const line: string[] = [...prefix, join(bin, 'pg_ctl'), '-D', dataDir, '-m', 'fast', '-w', 'stop'];
      spawnSync(line[0] as string, line.slice(1), { stdio: 'ignore' });
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Whether `cc` is there to build the flush-delay shim. */
export function haveCompiler(): boolean {
  return spawnSync('cc', ['--version'], { stdio: 'ignore' }).status === 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
