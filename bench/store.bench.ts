import * as E from 'fp-ts/Either';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { decide, evolve, initialState, type InquiryCommand, type InquiryEvent, type InquiryState } from '../src/index';
import { createCommandHandler, type EventStore } from '../src/store';
import { openPgliteEventStore } from '../src/store/pglite';
import { connectPostgresEventStore } from '../src/store/postgres';
import startPostgres from '../test/store/support/postgres-cluster';
import { roster } from './history';
import type { BenchOptions } from './options';
import { median, result, type BenchResult } from './report';

// Benchmark 4: single-event commands per second through the command handler (load or cached
// state, decide, append with the version read), on PGlite and on a PostgreSQL server. Peer on the
// same server in the same run: Emmett's PostgreSQL event store appending the very same events with
// an expected version (appendToStream), which decides nothing.

const WORKERS = 4;

interface Workload {
  /** Per worker, the commands it sends in order, and the events they make (the peer appends these). */
  readonly commands: readonly (readonly InquiryCommand[])[];
  readonly events: readonly (readonly InquiryEvent[])[];
  readonly total: number;
}

/** Inquiries of a receipt and nine follow-ups, split over the workers, prepared through decide. */
function workload(total: number, runId: string): Workload {
  const staff = roster(20);
  const commands: InquiryCommand[][] = Array.from({ length: WORKERS }, () => []);
  const events: InquiryEvent[][] = Array.from({ length: WORKERS }, () => []);
  let made = 0;
  for (let n = 0; made < total; n++) {
    const worker = n % WORKERS;
    const actor = staff[1 + (n % (staff.length - 1))] ?? staff[0];
    if (actor === undefined) throw new Error('bug: empty roster');
    const inquiryId = `${runId}-${n}`;
    let state: InquiryState = initialState();
    for (let step = 0; step < 10 && made < total; step++, made++) {
      const at = new Date(Date.UTC(2026, 4, 4, 1, 30) + step * 60_000).toISOString();
      const command: InquiryCommand = step === 0
        ? { type: 'ReceiveInquiry', data: { inquiryId, at, actor, channel: 'call', category: 'enquiry', requester: { name: 'Mrs Zhao' }, intent: 'When is the water back?', announced: { name: actor.name } } }
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
  await Promise.all(lists.map(async (list) => {
    for (let i = 0; i < list.length; i++) await send(list[i] as T, i);
  }));
  const n = lists.reduce((sum, list) => sum + list.length, 0);
  return n / ((performance.now() - started) / 1000);
}

async function throughCommandHandler(store: EventStore, work: Workload): Promise<number> {
  const handle = createCommandHandler({ store });
  return timed(work.commands, async (command) => {
    const handled = await handle(command);
    if (E.isLeft(handled)) throw new Error(`command handler refused a workload command: ${JSON.stringify(handled.left)}`);
  });
}

async function throughEmmett(url: string, work: Workload): Promise<number> {
  const store = getPostgreSQLEventStore(url);
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
      plain.push(await timed(work.events, async (event) => {
        await lite.db.query('INSERT INTO bench_plain (stream, body) VALUES ($1, $2)', [event.data.inquiryId, JSON.stringify(event)]);
      }));
    }
    results.push(result('PGlite: commands through the command handler', median(ours), 'commands/s', {
      baseline: { name: 'plain INSERT of the same events, same PGlite', value: median(plain) },
      note: `${options.storeCommands} single-event commands, ${WORKERS} concurrent callers (PGlite serialises them)`,
    }));
  } finally {
    await lite.close();
  }

  // PostgreSQL: a throwaway cluster started by the store tests' own helper.
  let url = '';
  const stop = await startPostgres({ provide: (_key: string, value: string) => { url = value; } } as unknown as TestProject);
  try {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('CREATE DATABASE bench_ours');
    await admin.query('CREATE DATABASE bench_emmett');
    await admin.end();
    const dbUrl = (name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
    const connected = await connectPostgresEventStore({ connection: { connectionString: dbUrl('bench_ours'), max: WORKERS } });
    if (E.isLeft(connected)) throw new Error(`PostgreSQL: ${JSON.stringify(connected.left)}`);
    const ours: number[] = [];
    const peer: number[] = [];
    try {
      for (let r = 0; r < rounds; r++) {
        const work = workload(options.storeCommands, `pg${r}`);
        // Alternate who goes first: the server warms up (and the machine is shared).
        if (r % 2 === 0) {
          ours.push(await throughCommandHandler(connected.right, work));
          peer.push(await throughEmmett(dbUrl('bench_emmett'), work));
        } else {
          peer.push(await throughEmmett(dbUrl('bench_emmett'), work));
          ours.push(await throughCommandHandler(connected.right, work));
        }
      }
    } finally {
      await connected.right.close();
    }
    results.push(result('PostgreSQL: commands through the command handler', median(ours), 'commands/s', {
      baseline: { name: "Emmett's appendToStream of the same events, same server", value: median(peer) },
      goal: 'ratio >= 1.0',
      met: median(ours) >= median(peer),
      note: `${options.storeCommands} single-event commands, ${WORKERS} concurrent callers, pools of ${WORKERS}; fsync off (throwaway cluster)`,
    }));
  } finally {
    await stop();
  }
  return results;
}
