// A writer for the crash tests (PostgreSQL or PGlite): appends batches of BATCH_SIZE events, each
// batch a new stream, until it is killed (at the latest after MAX_BATCHES batches or MAX_MILLIS).
// It prints `begin <n>` before each append and `end <n>` after it commits, so the test knows
// whether the SIGKILL landed inside a batch.
import * as E from 'fp-ts/Either';
import pg from 'pg';
import { openPgliteEventStore } from '../../../src/store/pglite';
import { postgresEventStore } from '../../../src/store/postgres';
import type { EventStore } from '../../../src/store/event-store';
import { followedUp, received } from '../../support/events';
import { minute } from '../../support/time';

export const BATCH_SIZE = 10;

// `target` is a postgres:// URL, or pglite:<data directory> for the embedded store.
async function open(target: string): Promise<EventStore> {
  if (!target.startsWith('pglite:')) return postgresEventStore(new pg.Pool({ connectionString: target, max: 1 }));
  const opened = await openPgliteEventStore({ dataDir: target.slice('pglite:'.length) });
  if (E.isLeft(opened)) throw new Error(opened.left.message);
  return opened.right;
}

// Bounded, so a writer whose test died before killing it still stops by itself.
const MAX_BATCHES = 2_000;
const MAX_MILLIS = 30_000;

async function main(target: string, run: string): Promise<void> {
  const store = await open(target);
  const started = Date.now();
  for (let n = 0; n < MAX_BATCHES && Date.now() - started < MAX_MILLIS; n++) {
    const streamId = `crash-${run}-${n}`;
    const batch = [
      received({ inquiryId: streamId }),
      ...Array.from({ length: BATCH_SIZE - 1 }, (_, i) => followedUp({ inquiryId: streamId, at: minute(i + 1), note: `${run}/${n}/${i}` })),
    ];
    process.stdout.write(`begin ${n}\n`);
    const result = await store.append(streamId, batch, { expectedVersion: 'no-stream', metadata: { correlationId: `${run}/${n}` } });
    if (E.isLeft(result)) throw new Error(result.left.message);
    process.stdout.write(`end ${n}\n`);
  }
}

const [target, run] = process.argv.slice(2);
if (target !== undefined && run !== undefined) void main(target, run).then(() => process.exit(0));
