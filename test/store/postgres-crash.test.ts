import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePostgresSchema, postgresEventStore } from '../../src/postgres';
import { BATCH_SIZE } from './support/append-forever';
import { readAllEvents, rightOf } from './support/contract';
import { freshDatabase, testPool } from './support/postgres';

const RUNS = 100;
const outDir = join('.tmp', `crash-writer-${process.pid}`);
let url: string;
let drop: () => Promise<void>;
let pool: pg.Pool;

beforeAll(async () => {
  ({ url, drop } = await freshDatabase());
  pool = testPool(url, 2);
  rightOf(await ensurePostgresSchema(pool));
  // Bundled once, so each of the 100 writers starts in a fraction of a second.
  await build({
    entry: { writer: 'test/store/support/append-forever.ts' },
    outDir,
    format: ['cjs'],
    config: false,
    silent: true,
    dts: false,
    sourcemap: false,
    target: 'node20',
    external: ['pg'],
  });
});

afterAll(async () => {
  await pool.end();
  await drop();
  rmSync(outDir, { recursive: true, force: true });
});

interface Killed {
  readonly midBatch: boolean;
  readonly committed: number;
}

/** Starts a writer, lets it append for a random moment, and kills it with SIGKILL. */
function killWriterMidway(run: number): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(outDir, 'writer.cjs'), url, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
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
      if (line === 'begin 0') setTimeout(() => child.kill('SIGKILL'), 5 + Math.random() * 60);
    });
    child.on('exit', (code, signal) => {
      lines.close();
      if (signal !== 'SIGKILL') reject(new Error(`writer ${run} ended by itself (${String(code)}): ${stderr}`));
      else resolve({ midBatch: last.startsWith('begin '), committed });
    });
  });
}

describe('a writer killed with SIGKILL in the middle of batch appends (PostgreSQL)', () => {
  it(`never leaves a partial batch visible, over ${RUNS} kills`, async () => {
    const kills: Killed[] = [];
    for (let run = 0; run < RUNS; run++) kills.push(await killWriterMidway(run));

    const events = await readAllEvents(postgresEventStore(pool));
    const byStream = new Map<string, number[]>();
    for (const e of events) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e.version]);
    const complete = Array.from({ length: BATCH_SIZE }, (_, i) => i + 1);
    for (const [streamId, versions] of byStream) expect(versions, streamId).toEqual(complete);
    // Every batch a writer saw committed is there; a batch it was killed inside is all or nothing.
    const committed = kills.reduce((n, k) => n + k.committed, 0);
    expect(byStream.size).toBeGreaterThanOrEqual(committed);
    expect(byStream.size).toBeLessThanOrEqual(committed + kills.filter((k) => k.midBatch).length);
    const midBatch = kills.filter((k) => k.midBatch).length;
    console.info(`crash test: ${RUNS} kills, ${midBatch} inside an append, ${byStream.size} complete batches stored, ${committed} acknowledged`);
    // The test is only worth something if most kills land inside an append.
    expect(midBatch).toBeGreaterThan(RUNS / 2);
  });
});
