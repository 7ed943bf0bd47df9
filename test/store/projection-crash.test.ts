import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePostgresSchema, postgresDatabase, postgresEventStore } from '../../src/store/postgres';
import { positionsProjection } from '../../src/store/positions-projection';
import { createProjectionRunner, pgPoolTransactions } from '../../src/store/projection-runner';
import { readAllEvents } from '../../src/store/read-all';
import type { EventStore } from '../../src/store/event-store';
import type { InquiryEvent } from '../../src/inquiry/events';
import { rightOf } from './support/contract';
import { expectedRows, persistedRows, STORY_LENGTH, storyEvent } from './support/projection-workload';
import { bundleChild } from './support/bundle-child';
import { freshDatabase, testPool } from './support/postgres';

// Issue 13: a projection runner killed with SIGKILL in the middle of its batches, KILLS times,
// while writers keep appending; afterwards the persisted view and its checkpoint equal a
// from-scratch rebuild (no event applied twice, none skipped).

const KILLS = 50;
const outDir = join('.tmp', `projection-crash-${process.pid}`);
let url: string;
let drop: () => Promise<void>;
let pool: pg.Pool;

beforeAll(async () => {
  ({ url, drop } = await freshDatabase());
  pool = testPool(url, 3);
  rightOf(await ensurePostgresSchema(pool));
  await bundleChild('runner', 'test/store/support/project-forever.ts', outDir);
});

afterAll(async () => {
  await pool.end();
  await drop();
  rmSync(outDir, { recursive: true, force: true });
});

let streams = 0;
async function appendStories(store: EventStore, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const id = `C-${(streams += 1)}`;
    rightOf(
      await store.append(
        id,
        Array.from({ length: STORY_LENGTH }, (_, k) => storyEvent(id, k)),
        { expectedVersion: 'no-stream' },
      ),
    );
  }
}

/** Starts a runner, kills it with SIGKILL a random moment after its first committed batch; says whether it was inside a batch. */
function killRunnerMidway(): Promise<{ readonly midBatch: boolean; readonly commits: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(outDir, 'runner.cjs'), url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = '';
    let commits = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      last = line;
      if (line === 'commit' && (commits += 1) === 1) setTimeout(() => child.kill('SIGKILL'), Math.random() * 60);
    });
    child.on('exit', (code, signal) => {
      lines.close();
      if (signal !== 'SIGKILL') reject(new Error(`runner ended by itself (${String(code)}): ${stderr}`));
      else resolve({ midBatch: last === 'begin', commits });
    });
  });
}

describe('a projection runner killed with SIGKILL mid-batch', () => {
  it(`leaves views equal to a from-scratch rebuild, over ${KILLS} kills`, async () => {
    const store = postgresEventStore(pool);
    const runner = createProjectionRunner({ db: pgPoolTransactions(pool), projections: [positionsProjection] });
    rightOf(await runner.ensureSchema());
    const kills = [];
    for (let i = 0; i < KILLS; i++) {
      await appendStories(store, 12);
      kills.push(await killRunnerMidway());
      // After every kill the view is whole batches: its rows are the fold of the log up to its checkpoint.
      const now = await persistedRows(postgresDatabase(pool));
      const upTo: InquiryEvent[] = [];
      for await (const e of readAllEvents(store)) if (e.position <= now.position) upTo.push(e.event);
      expect({ rows: now.rows, skipped: now.skipped }, `after kill ${i + 1}`).toEqual(expectedRows(upTo));
    }
    const midBatch = kills.filter((k) => k.midBatch).length;
    console.info(
      `projection crash test: ${kills.length} kills, ${midBatch} inside a batch, ${kills.reduce((n, k) => n + k.commits, 0)} batches committed by killed runners`,
    );
    // The test is only worth something if kills land inside an append; how many depends on the
    // machine's load (CI runs the suite four times), so a quarter is required, not most.
    expect(midBatch).toBeGreaterThanOrEqual(Math.max(1, Math.floor(kills.length / 4)));
    // Finish the work, then compare with a rebuild from position 0.
    rightOf(await runner.catchUp());
    const caughtUp = await persistedRows(postgresDatabase(pool));
    rightOf(await runner.rebuild());
    const rebuilt = await persistedRows(postgresDatabase(pool));
    expect(caughtUp).toEqual(rebuilt);
    const all: InquiryEvent[] = [];
    for await (const e of readAllEvents(store)) all.push(e.event);
    expect({ rows: rebuilt.rows, skipped: rebuilt.skipped }).toEqual(expectedRows(all));
  });
});
