import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePgliteSchema, openPgliteEventStore, pgliteDatabase, pgliteEventStore } from '../../src/store/pglite';
import { received } from '../support/events';
import { describeCommandHandlerContract, describeEventStoreContract, describeStoreBoundaryContract, rightOf } from './support/contract';
import type { StoreHarness } from './support/harness';
import { describeSqlStoreContract } from './support/sql-contract';

let db: PGlite;
let harness: StoreHarness;

beforeAll(async () => {
  db = await PGlite.create();
  rightOf(await ensurePgliteSchema(db));
  harness = {
    name: 'pglite',
    store: pgliteEventStore(db),
    sql: pgliteDatabase(db),
    reset: async () => {
      await db.exec('TRUNCATE first_inquiry_events RESTART IDENTITY');
    },
    withUpcaster: (upcast) => pgliteEventStore(db, { upcast }),
  };
});

afterAll(async () => {
  await db.close();
});

describe('PGlite event store', () => {
  describeEventStoreContract(() => harness);
  describe('input the caller got wrong', () => describeStoreBoundaryContract(() => harness));
  describeSqlStoreContract(() => harness);

  it('keeps its events in the data directory across a close and reopen', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'first-inquiry-pglite-'));
    try {
      const first = rightOf(await openPgliteEventStore({ dataDir }));
      rightOf(await first.append('INQ-P-1', [received({ inquiryId: 'INQ-P-1' })], { expectedVersion: 'no-stream' }));
      await first.close();
      const second = rightOf(await openPgliteEventStore({ dataDir }));
      expect(rightOf(await second.readStream('INQ-P-1')).events.map((e) => e.event)).toEqual([received({ inquiryId: 'INQ-P-1' })]);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('command handler on the PGlite store', () => {
  describeCommandHandlerContract(() => harness);
});
