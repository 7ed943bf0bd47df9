import * as E from 'fp-ts/Either';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InquiryCommand } from '../../src/inquiry/commands';
import { ensurePostgresSchema, postgresEventStore } from '../../src/store/postgres';
import { createCommandHandler } from '../../src/store/command-handler';
import { followUp, receive } from '../support/commands';
import { minute } from '../support/time';
import { readAllEvents, rightOf } from './support/contract';
import { freshDatabase, testPool } from './support/postgres';

const WRITERS = 16;
const COMMANDS = 1000;
const INQUIRY = 'INQ-CONCURRENT-1';

let url: string;
let drop: () => Promise<void>;
const pools: pg.Pool[] = [];

beforeAll(async () => {
  ({ url, drop } = await freshDatabase());
  // Every writer has its own connection, as separate servers would.
  for (let w = 0; w < WRITERS; w++) pools.push(testPool(url, 1));
  rightOf(await ensurePostgresSchema(pools[0]!));
});

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await drop();
});

const command = (i: number): InquiryCommand => ({
  ...followUp({ inquiryId: INQUIRY, at: minute(1), note: `follow-up ${i}` }),
  metadata: { commandId: `cmd-${i}`, correlationId: `writer-run` },
});

describe(`${WRITERS} concurrent writers on one inquiry (PostgreSQL)`, () => {
  it(`store every accepted command of ${COMMANDS} exactly once, each also submitted twice, with contiguous versions`, async () => {
    rightOf(await createCommandHandler({ store: postgresEventStore(pools[0]!) })(receive({ inquiryId: INQUIRY })));
    const started = performance.now();
    const perWriter = await Promise.all(
      pools.map(async (pool, w) => {
        const handle = createCommandHandler({
          store: postgresEventStore(pool),
          maxRetries: 200,
          backoff: (retry) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(retry, 10))),
        });
        const outcomes: { commandId: string; duplicate: boolean; attempts: number }[] = [];
        const failures: string[] = [];
        // Writer w owns commands w, w+16, ... and also re-submits its neighbour's (a double-submitted form).
        for (let i = w; i < COMMANDS; i += WRITERS) {
          for (const n of [i, (i + 1) % COMMANDS]) {
            const result = await handle(command(n));
            if (E.isRight(result))
              outcomes.push({ commandId: `cmd-${n}`, duplicate: result.right.duplicate, attempts: result.right.attempts });
            else failures.push(`${result.left.code}: ${result.left.message}`);
          }
        }
        return { outcomes, failures };
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const outcomes = perWriter.flatMap((w) => w.outcomes);
    const failures = perWriter.flatMap((w) => w.failures);
    expect(failures).toEqual([]);

    const read = rightOf(await postgresEventStore(pools[0]!).readStream(INQUIRY));
    const stored = read.events.slice(1).map((e) => e.metadata.commandId);
    const accepted = new Set(outcomes.map((o) => o.commandId));
    expect(accepted.size).toBe(COMMANDS);
    expect(stored).toHaveLength(COMMANDS);
    expect(new Set(stored)).toEqual(accepted);
    expect(read.events.map((e) => e.version)).toEqual(Array.from({ length: COMMANDS + 1 }, (_, i) => i + 1));
    expect(outcomes.filter((o) => !o.duplicate)).toHaveLength(COMMANDS);
    expect((await readAllEvents(postgresEventStore(pools[0]!))).map((e) => e.version)).toEqual(read.events.map((e) => e.version));

    const attempts = outcomes.reduce((n, o) => n + o.attempts, 0);
    console.info(
      `concurrency: ${WRITERS} writers, ${outcomes.length} submissions of ${COMMANDS} commands in ${seconds.toFixed(1)} s; ` +
        `${attempts} decisions (${(attempts / outcomes.length).toFixed(2)} per submission), max ${Math.max(...outcomes.map((o) => o.attempts))}`,
    );
  });
});
