import * as E from 'fp-ts/Either';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import pg from 'pg';
import { decide, evolve, initialState, type InquiryCommand, type InquiryEvent, type InquiryState } from '../src/index';
import { createCommandHandler, type EventStore } from '../src/store';
import { openPgliteEventStore } from '../src/store/pglite';
import { connectPostgresEventStore } from '../src/store/postgres';
import { haveCompiler, startDurableCluster, type Durability } from './durable-cluster';
import { roster } from './history';
import type { BenchOptions } from './options';
import { median, result, type BenchResult } from './report';

// Benchmark 4: single-event commands per second through the command handler (load or cached
// state, decide, append with the version read), on PGlite and on a PostgreSQL server. Peer on the
// same server in the same run: Emmett's PostgreSQL event store appending the very same events with
// an expected version (appendToStream), which decides nothing. The server runs on durable settings
// (fsync on), with and without 2 ms added to every flush, and with fsync off for comparison; 1 and
// 8 clients; the handler with its cache (warm) and without (cold: cacheSize 0, every command that
// is not a receipt reads its stream first).

const WORKERS = 4;

interface Workload {
  /** Per worker, the commands it sends in order, and the events they make (the peer appends these). */
  readonly commands: readonly (readonly InquiryCommand[])[];
  readonly events: readonly (readonly InquiryEvent[])[];
  readonly total: number;
}

/** Inquiries of a receipt and nine follow-ups, split over the workers, prepared through decide. */
function workload(total: number, runId: string, workers = WORKERS): Workload {
  const staff = roster(20);
  const commands: InquiryCommand[][] = Array.from({ length: workers }, () => []);
  const events: InquiryEvent[][] = Array.from({ length: workers }, () => []);
  let made = 0;
  for (let n = 0; made < total; n++) {
    const worker = n % workers;
    const actor = staff[1 + (n % (staff.length - 1))] ?? staff[0];
    if (actor === undefined) throw new Error('bug: empty roster');
    const inquiryId = `${runId}-${n}`;
    let state: InquiryState = initialState();
    for (let step = 0; step < 10 && made < total; step++, made++) {
      const at = new Date(Date.UTC(2026, 4, 4, 1, 30) + step * 60_000).toISOString();
      const command: InquiryCommand =
        step === 0
          ? {
              type: 'ReceiveInquiry',
              data: {
                inquiryId,
                at,
                actor,
                channel: 'call',
                category: 'enquiry',
                requester: { name: 'Mrs Zhao' },
                intent: 'When is the water back?',
                announced: { name: actor.name },
              },
            }
          : { type: 'FollowUp', data: { inquiryId, at, actor, note: `Called the water company (${step})` } };
      const decided = decide(command, state);
      if (E.isLeft(decided) || decided.right.length !== 1) throw new Error(`bug: workload command refused: ${JSON.stringify(decided)}`);
      const event = decided.right[0] as InquiryEvent;
      state = evolve(state, event);
      commands[worker]?.push(command);
      events[worker]?.push(event);
    }
  }
  return { commands, events, total: made };
}

/** Runs every worker's list concurrently; returns commands per second. */
async function timed<T>(lists: readonly (readonly T[])[], send: (item: T, index: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  await Promise.all(
    lists.map(async (list) => {
      for (let i = 0; i < list.length; i++) await send(list[i] as T, i);
    }),
  );
  const n = lists.reduce((sum, list) => sum + list.length, 0);
  return n / ((performance.now() - started) / 1000);
}

async function throughCommandHandler(store: EventStore, work: Workload, cacheSize?: number): Promise<number> {
  const handle = createCommandHandler(cacheSize === undefined ? { store } : { store, cacheSize });
  return timed(work.commands, async (command) => {
    const handled = await handle(command);
    if (E.isLeft(handled)) throw new Error(`command handler refused a workload command: ${JSON.stringify(handled.left)}`);
  });
}

async function throughEmmett(url: string, work: Workload, poolSize: number): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const store = getPostgreSQLEventStore(url, { connectionOptions: { pool } });
  const versions = new Map<string, bigint>();
  try {
    // Emmett creates its schema on first use: do that before timing.
    await store.appendToStream(`warm-up-${work.total}-${versions.size}`, [{ type: 'WarmedUp', data: {} }]);
    return await timed(work.events, async (event) => {
      const stream = `inquiry-${event.data.inquiryId}`;
      const version = versions.get(stream);
      // The same optimistic-concurrency check our store makes: the exact version read.
      const result = await store.appendToStream(stream, [event as unknown as { type: string; data: Record<string, unknown> }], {
        expectedStreamVersion: version ?? 'STREAM_DOES_NOT_EXIST',
      });
      versions.set(stream, result.nextExpectedStreamVersion);
    });
  } finally {
    await store.close();
    await pool.end();
  }
}

export async function benchStore(options: BenchOptions): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const rounds = Math.max(1, options.rounds);

  // PGlite: embedded, one connection; baseline a plain INSERT of the same JSON on the same database.
  const opened = await openPgliteEventStore();
  if (E.isLeft(opened)) throw new Error(`PGlite: ${JSON.stringify(opened.left)}`);
  const lite = opened.right;
  try {
    await lite.db.exec('CREATE TABLE bench_plain (id bigserial PRIMARY KEY, stream text NOT NULL, body jsonb NOT NULL)');
    const ours: number[] = [];
    const plain: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const work = workload(options.storeCommands, `lite${r}`);
      ours.push(await throughCommandHandler(lite, work));
      plain.push(
        await timed(work.events, async (event) => {
          await lite.db.query('INSERT INTO bench_plain (stream, body) VALUES ($1, $2)', [event.data.inquiryId, JSON.stringify(event)]);
        }),
      );
    }
    results.push(
      result('PGlite: commands through the command handler', median(ours), 'commands/s', {
        baseline: { name: 'plain INSERT of the same events, same PGlite', value: median(plain) },
        note: `${options.storeCommands} single-event commands, ${WORKERS} concurrent callers (PGlite serialises them)`,
      }),
    );
  } finally {
    await lite.close();
  }

  // PostgreSQL: one throwaway cluster per durability setting; ours and Emmett's in databases side by side.
  const modes: { readonly label: string; readonly durability: Durability }[] = [
    { label: 'fsync on', durability: { fsync: true, flushDelayMicros: 0 } },
    ...(haveCompiler() ? [{ label: 'fsync on, +2 ms per flush', durability: { fsync: true, flushDelayMicros: 2000 } as Durability }] : []),
    { label: 'fsync off', durability: { fsync: false } },
  ];
  for (const mode of modes) {
    const cluster = await startDurableCluster(mode.durability);
    try {
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query('CREATE DATABASE bench_ours');
      await admin.query('CREATE DATABASE bench_emmett');
      await admin.end();
      const dbUrl = (name: string) => Object.assign(new URL(cluster.url), { pathname: `/${name}` }).toString();
      for (const clients of [1, 8]) {
        const connected = await connectPostgresEventStore({ connection: { connectionString: dbUrl('bench_ours'), max: clients } });
        if (E.isLeft(connected)) throw new Error(`PostgreSQL: ${JSON.stringify(connected.left)}`);
        const warm: number[] = [];
        const cold: number[] = [];
        const peer: number[] = [];
        try {
          for (let r = 0; r < rounds; r++) {
            const run = (tag: string) =>
              workload(options.storeCommands, `pg-${mode.durability.fsync ? 'f' : 'n'}-${clients}-${r}-${tag}`, clients);
            // Rotate who goes first: the server warms up (and the machine is shared).
            const steps = [
              async () => warm.push(await throughCommandHandler(connected.right, run('warm'))),
              async () => cold.push(await throughCommandHandler(connected.right, run('cold'), 0)),
              async () => peer.push(await throughEmmett(dbUrl('bench_emmett'), run('emmett'), clients)),
            ];
            for (let i = 0; i < steps.length; i++) await steps[(i + r) % steps.length]!();
          }
        } finally {
          await connected.right.close();
        }
        const baseline = {
          name: `Emmett appendToStream, same events, same server (${clients} client${clients === 1 ? '' : 's'})`,
          value: median(peer),
        };
        const note = `${options.storeCommands} single-event commands, ${clients} concurrent client${clients === 1 ? '' : 's'}, pool ${clients}; ${cluster.settings}`;
        results.push(
          result(
            `PostgreSQL (${mode.label}), ${clients} client${clients === 1 ? '' : 's'}: handler, warm cache`,
            median(warm),
            'commands/s',
            {
              baseline,
              goal: 'ratio >= 1.0',
              met: median(warm) >= median(peer),
              note,
            },
          ),
        );
        results.push(
          result(
            `PostgreSQL (${mode.label}), ${clients} client${clients === 1 ? '' : 's'}: handler, cold (cacheSize 0)`,
            median(cold),
            'commands/s',
            {
              baseline,
              goal: 'ratio >= 0.8',
              met: median(cold) >= 0.8 * median(peer),
              note,
            },
          ),
        );
      }
    } finally {
      cluster.stop();
    }
  }
  return results;
}
