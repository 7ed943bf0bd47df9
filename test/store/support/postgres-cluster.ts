// Vitest globalSetup: a throwaway PostgreSQL cluster for the store tests, so plain `npm test`
// works on any machine with PostgreSQL installed (scripts/ci-setup-postgres.sh installs it).
// It fails loudly, never skips, when the binaries are missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function startPostgres(project: TestProject): Promise<() => Promise<void>> {
  const bin = findPostgresBin();
  // As root the cluster runs as `postgres`, which must be able to reach the directory: /tmp always is.
  const parent = process.getuid?.() === 0 ? '/tmp' : tmpdir();
  stopOrphanedClusters(bin, parent);
  const root = mkdtempSync(join(parent, CLUSTER_PREFIX));
  writeFileSync(join(root, OWNER_FILE), String(process.pid));
  const dataDir = join(root, 'data');
  chmodSync(root, 0o777);
  const asOwner = ownerPrefix(root);
  const port = await freePort();
  run(asOwner, join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  // fsync and synchronous_commit only protect against an operating-system crash, which no test
  // simulates; a killed client is handled by the server either way.
  const settings = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
  run(asOwner, join(bin, 'pg_ctl'), ['-D', dataDir, '-o', settings, '-l', join(root, 'server.log'), '-w', 'start']);
  project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  return async () => {
    const [head, ...rest] = commandLine(asOwner, join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    spawnSync(head, rest, { stdio: 'ignore' });
    rmSync(root, { recursive: true, force: true });
  };
}

const CLUSTER_PREFIX = 'first-inquiry-pg-';
const OWNER_FILE = 'owner.pid';

// A test run killed outright (SIGKILL, a closed terminal) never reaches its teardown; its server
// would run on. The next run stops the clusters whose owning process is gone, and only those.
function stopOrphanedClusters(bin: string, parent: string): void {
  for (const name of readdirSync(parent).filter((n) => n.startsWith(CLUSTER_PREFIX))) {
    const root = join(parent, name);
    const owner = Number(readIfExists(join(root, OWNER_FILE)));
    if (!Number.isInteger(owner) || owner <= 0 || isAlive(owner)) continue;
    const [head, ...rest] = commandLine(process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [], join(bin, 'pg_ctl'), ['-D', join(root, 'data'), '-m', 'immediate', '-w', 'stop']);
    spawnSync(head, rest, { stdio: 'ignore' });
    rmSync(root, { recursive: true, force: true });
  }
}

function readIfExists(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Where initdb and pg_ctl are: $PG_BIN, else the newest /usr/lib/postgresql/<version>/bin. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env, versionsDir = '/usr/lib/postgresql'): string {
  const fromEnv = env['PG_BIN'];
  const candidates = [
    ...(fromEnv === undefined ? [] : [fromEnv]),
    ...(existsSync(versionsDir)
      ? readdirSync(versionsDir).sort((a, b) => Number(b) - Number(a)).map((v) => join(versionsDir, v, 'bin'))
      : []),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (found === undefined) {
    throw new Error(
      `PostgreSQL server binaries (initdb, pg_ctl) were not found in $PG_BIN or ${versionsDir}/*/bin. ` +
        'The store tests run against a real server: install it with `bash scripts/ci-setup-postgres.sh` (Debian/Ubuntu) ' +
        'or point PG_BIN at the directory holding initdb.',
    );
  }
  return found;
}

// initdb refuses to run as root; run the cluster as the `postgres` OS user then.
function ownerPrefix(root: string): string[] {
  if (process.getuid?.() !== 0) return [];
  execFileSync('chown', ['postgres:postgres', root]);
  return ['runuser', '-u', 'postgres', '--'];
}

function run(prefix: readonly string[], command: string, args: readonly string[]): void {
  const [head, ...rest] = commandLine(prefix, command, args);
  const result = spawnSync(head, rest, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
  }
}

function commandLine(prefix: readonly string[], command: string, args: readonly string[]): [string, ...string[]] {
  return [...prefix, command, ...args] as [string, ...string[]];
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
