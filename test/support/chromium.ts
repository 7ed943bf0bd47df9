// The Chromium the browser tests drive with playwright-core, found so that plain `npm test` works on
// any machine after `npm ci`. In order: $FI_CHROMIUM, $CHROMIUM_PATH (an executable the user names),
// /usr/bin/chromium (Debian's package, scripts/ci-setup-chromium.sh), else the Linux build that the
// `@sparticuz/chromium` dev dependency ships (unpacked once into the temporary folder). It fails
// loudly, naming FI_CHROMIUM, when there is none; a browser test never skips.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export interface ChromiumFound {
  readonly path: string;
  readonly source: 'FI_CHROMIUM' | 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Where the Chromium executable is; see the module comment for the order. */
export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  system: string = SYSTEM_CHROMIUM,
  shipped: () => Promise<string | undefined> = unpackShippedChromium,
): Promise<ChromiumFound> {
  for (const name of ['FI_CHROMIUM', 'CHROMIUM_PATH'] as const) {
    const given = env[name];
    if (given === undefined || given === '') continue;
    if (isExecutableFile(given)) return { path: given, source: name };
    // The user asked for this one: using another would hide their mistake.
    throw new Error(
      `${name} is set to ${given}, which is not an executable file: point ${name} at a Chromium or Chrome executable, or unset it.`,
    );
  }
  if (isExecutableFile(system)) return { path: system, source: 'system' };
  const unpacked = await shipped();
  if (unpacked !== undefined) return { path: unpacked, source: '@sparticuz/chromium' };
  throw new Error(
    `No Chromium for the browser tests: FI_CHROMIUM and CHROMIUM_PATH are unset, ${system} is missing, and @sparticuz/chromium ships a Linux build only ` +
      `(this is ${process.platform}-${process.arch}; run \`npm ci\` if it is Linux). Set FI_CHROMIUM to a Chromium or Chrome executable, ` +
      "or install Debian's with `bash scripts/ci-setup-chromium.sh`.",
  );
}

/** A headless Chromium driven by playwright-core, from {@link findChromium}. Close it in `afterAll`. */
export async function launchChromium(): Promise<Browser> {
  const { path, source } = await findChromium();
  // Each launch is written to $FI_TEST_SERVICES_LOG when set, so CI can show which Chromium ran.
  const log = process.env['FI_TEST_SERVICES_LOG'];
  if (log !== undefined && log !== '') appendFileSync(log, `Chromium: ${source} (${path})\n`);
  return chromium.launch({
    executablePath: path,
    args: [
      '--headless',
      '--no-sandbox',
      '--no-zygote',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

function isExecutableFile(path: string): boolean {
  try {
    const stat = statSync(path);
    return stat.isFile() && stat.size > 0 && (stat.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/**
 * Unpacks @sparticuz/chromium's build (into the temporary folder, where that package puts it) and
 * returns its path; undefined off Linux or when the package is not installed. Test files run in
 * parallel processes: a lock folder lets one unpack while the others wait, and a build that does
 * not start (a run killed mid-unpack) is unpacked again once.
 */
async function unpackShippedChromium(): Promise<string | undefined> {
  if (process.platform !== 'linux') return undefined;
  let Shipped: { executablePath(): Promise<string> };
  try {
    Shipped = (await import('@sparticuz/chromium')).default;
  } catch {
    return undefined;
  }
  return withLock(join(tmpdir(), 'first-inquiry-chromium.lock'), async () => {
    for (let attempt = 0; ; attempt++) {
      const path = await Shipped.executablePath();
      if (spawnSync(path, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0) return path;
      if (attempt > 0)
        throw new Error(`@sparticuz/chromium's build at ${path} does not start: set FI_CHROMIUM to a Chromium or Chrome executable.`);
      rmSync(path, { force: true });
    }
  });
}

function ageOf(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

async function withLock<A>(lock: string, body: () => Promise<A>): Promise<A> {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // A holder killed outright leaves its lock; unpacking takes a few seconds, so two minutes is stale.
      if (ageOf(lock) > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 180_000) throw new Error(`waited 3 minutes for ${lock}: remove it if no test run is unpacking Chromium`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
