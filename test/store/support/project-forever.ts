// A projection runner for the crash test: tails the log of a PostgreSQL database live, in small
// batches, printing `begin` when a batch's transaction starts and `commit` when it has committed,
// so the test knows whether its SIGKILL landed inside a batch. Bounded by MAX_MILLIS.
import pg from 'pg';
import { positionsProjection } from '../../../src/store/positions-projection';
import { createProjectionRunner, pgPoolTransactions, type SqlTransactions } from '../../../src/store/projection-runner';

export const RUNNER_BATCH = 4;
const MAX_MILLIS = 30_000;

async function main(url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const inner = pgPoolTransactions(pool);
  const db: SqlTransactions = {
    transaction: async (run) => {
      process.stdout.write('begin\n');
      const result = await inner.transaction(run);
      process.stdout.write('commit\n');
      return result;
    },
  };
  const runner = createProjectionRunner({ db, projections: [positionsProjection], batchSize: RUNNER_BATCH, minDelayMs: 5, maxDelayMs: 20 });
  runner.start();
  setTimeout(() => process.exit(0), MAX_MILLIS);
}

const [url] = process.argv.slice(2);
if (url !== undefined) void main(url);
