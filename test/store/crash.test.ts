import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteEventStore } from '../../src/store/pglite';
import { ensurePostgresSchema, postgresEventStore } from '../../src/store/postgres';
import type { EventStore } from '../../src/store/event-store';
import { BATCH_SIZE } from './support/append-forever';
import { readAllEvents, rightOf } from './support/contract';
import { bundleChild } from './support/bundle-child';
import { freshDatabase, testPool } from './support/postgres';

const outDir = join('.tmp', `crash-writer-${process.pid}`);
const pgliteDir = mkdtempSync(join(tmpdir(), 'first-inquiry-crash-'));
let url: string;
let drop: () => Promise<void>;
let pool: pg.Pool;

beforeAll(async () => {
  ({ url, drop } = await freshDatabase());
  pool = testPool(url, 2);
  rightOf(await ensurePostgresSchema(pool));
  // Bundled once, so each writer starts in a fraction of a second.
  await bundleChild('writer', 'test/store/support/append-forever.ts', outDir);
});

afterAll(async () => {
  await pool.end();
  await drop();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(pgliteDir, { recursive: true, force: true });
});

interface Killed {
  readonly midBatch: boolean;
  readonly committed: number;
}

/** Starts a writer, lets it append for a random moment (within `windowMs` of its first append), and kills it with SIGKILL. */
function killWriterMidway(target: string, run: number, windowMs: readonly [number, number]): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(outDir, 'writer.cjs'), target, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = '';
    let committed = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      last = line;
      if (line.startsWith('end ')) committed++;
      if (line === 'begin 0') setTimeout(() => child.kill('SIGKILL'), windowMs[0] + Math.random() * (windowMs[1] - windowMs[0]));
    });
    child.on('exit', (code, signal) => {
      lines.close();
      if (signal !== 'SIGKILL') reject(new Error(`writer ${run} ended by itself (${String(code)}): ${stderr}`));
      else resolve({ midBatch: last.startsWith('begin '), committed });
    });
  });
}

async function expectOnlyWholeBatches(store: EventStore, kills: readonly Killed[], label: string): Promise<void> {
  const events = await readAllEvents(store);
  const byStream = new Map<string, number[]>();
  for (const e of events) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e.version]);
  const whole = Array.from({ length: BATCH_SIZE }, (_, i) => i + 1);
  for (const [streamId, versions] of byStream) expect(versions, streamId).toEqual(whole);
  // Every batch a writer saw committed is there; a batch it was killed inside is all or nothing.
  const committed = kills.reduce((n, k) => n + k.committed, 0);
  const midBatch = kills.filter((k) => k.midBatch).length;
  expect(byStream.size).toBeGreaterThanOrEqual(committed);
  expect(byStream.size).toBeLessThanOrEqual(committed + midBatch);
  console.info(
    `${label}: ${kills.length} kills, ${midBatch} inside an append; ${byStream.size} whole batches stored, ${committed} acknowledged`,
  );
  // The test is only worth something if kills land inside an append; how many depends on the
  // machine's load (CI runs the suite four times), so a quarter is required, not most.
  expect(midBatch).toBeGreaterThanOrEqual(Math.max(1, Math.floor(kills.length / 4)));
}

describe('a writer killed with SIGKILL in the middle of batch appends', () => {
  it('PostgreSQL: never shows a partial batch, over 100 kills', async () => {
    const kills: Killed[] = [];
    // Four writers at a time, each on its own streams: the server sees concurrent crashes too.
    for (let round = 0; round < 25; round++) {
      kills.push(...(await Promise.all([0, 1, 2, 3].map((i) => killWriterMidway(url, round * 4 + i, [5, 65])))));
    }
    await expectOnlyWholeBatches(postgresEventStore(pool), kills, 'crash test (PostgreSQL)');
  });

  it('PGlite: reopens its data directory with no partial batch, over 8 kills', async () => {
    const kills: Killed[] = [];
    // The first append after a crash recovery takes about a second, hence the wider window.
    for (let run = 0; run < 8; run++) kills.push(await killWriterMidway(`pglite:${pgliteDir}`, run, [300, 1500]));
    const reopened = rightOf(await openPgliteEventStore({ dataDir: pgliteDir }));
    try {
      await expectOnlyWholeBatches(reopened, kills, 'crash test (PGlite)');
    } finally {
      await reopened.close();
    }
  });
});
