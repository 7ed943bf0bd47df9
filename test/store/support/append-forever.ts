// A writer for the crash test: appends batches of BATCH_SIZE events, each batch a new stream,
// until it is killed. It prints `begin <n>` before each append and `end <n>` after it commits,
// so the test knows whether the SIGKILL landed inside a batch.
import * as E from 'fp-ts/Either';
import pg from 'pg';
import { postgresEventStore } from '../../../src/postgres';
import { followedUp, received } from '../../support/events';
import { minute } from '../../support/time';

export const BATCH_SIZE = 10;

async function main(url: string, run: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const store = postgresEventStore(pool);
  for (let n = 0; ; n++) {
    const streamId = `crash-${run}-${n}`;
    const batch = [received({ inquiryId: streamId }), ...Array.from({ length: BATCH_SIZE - 1 }, (_, i) => followedUp({ inquiryId: streamId, at: minute(i + 1), note: `${run}/${n}/${i}` }))];
    process.stdout.write(`begin ${n}\n`);
    const result = await store.append(streamId, batch, { expectedVersion: 'no-stream', metadata: { correlationId: `${run}/${n}` } });
    if (E.isLeft(result)) throw new Error(result.left.message);
    process.stdout.write(`end ${n}\n`);
  }
}

const [url, run] = process.argv.slice(2);
if (url !== undefined && run !== undefined) void main(url, run);
