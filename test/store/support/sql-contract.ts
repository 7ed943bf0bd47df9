import { beforeEach, describe, expect, it } from 'vitest';
import { EVENT_STORE_SCHEMA } from '../../../src/store/sql';
import { received } from '../../support/events';
import { leftOf, readAllEvents, rightOf } from './contract';
import type { StoreHarness } from './harness';

const insertRaw = `
  INSERT INTO first_inquiry_events (stream_id, version, type, schema_version, data, metadata)
  VALUES ($1, $2, $3, $4, $5::text::jsonb, '{}'::jsonb)`;

/** What only the SQL stores promise: the schema's own guards and decoding of what lies in it. */
export function describeSqlStoreContract(open: () => StoreHarness): void {
  let h: StoreHarness;
  beforeEach(async () => {
    h = open();
    await h.reset();
  });
  const sql = () => {
    if (h.sql === undefined) throw new Error('BUG: a SQL harness without sql');
    return h.sql;
  };

  describe('the schema', () => {
    it('refuses a second event with the same stream and version, whoever writes it (the unique constraint, not application code)', async () => {
      const event = received({ inquiryId: 'INQ-S-1' });
      await sql().query(insertRaw, ['INQ-S-1', 1, event.type, 1, JSON.stringify(event.data)]);
      await expect(sql().query(insertRaw, ['INQ-S-1', 1, event.type, 1, JSON.stringify(event.data)])).rejects.toMatchObject({
        code: '23505',
      });
    });

    it('can be created again without harm (ensureSchema on every start)', async () => {
      await sql().exec(EVENT_STORE_SCHEMA);
      rightOf(await h.store.append('INQ-S-2', [received({ inquiryId: 'INQ-S-2' })], { expectedVersion: 'no-stream' }));
      await sql().exec(EVENT_STORE_SCHEMA);
      expect(rightOf(await h.store.readStream('INQ-S-2')).version).toBe(1);
    });

    it('is why NUL is refused at the boundary: PostgreSQL jsonb itself rejects it', async () => {
      await expect(sql().query(`SELECT $1::text::jsonb`, [JSON.stringify({ note: 'a\u0000b' })])).rejects.toThrow();
    });
  });

  describe('decoding what is stored', () => {
    it('reports a stored event that no longer decodes, naming its stream and version', async () => {
      const event = received({ inquiryId: 'INQ-S-3' });
      rightOf(await h.store.append('INQ-S-3', [event], { expectedVersion: 'no-stream' }));
      await sql().query(insertRaw, ['INQ-S-3', 2, 'FollowedUp', 1, JSON.stringify({ inquiryId: 'INQ-S-3' })]);
      const broken = leftOf(await h.store.readStream('INQ-S-3'));
      expect(broken).toMatchObject({ code: 'STORED_EVENT_INVALID', streamId: 'INQ-S-3', version: 2 });
      expect(broken.message).toContain('INQ-S-3 version 2');
      expect(leftOf(await h.store.readAll())).toMatchObject({ code: 'STORED_EVENT_INVALID', version: 2 });
    });

    it('upcasts events of an older schema version on read', async () => {
      const current = received({ inquiryId: 'INQ-S-4' });
      // Suppose schema version 0 called the intent `wish`.
      const { intent, schemaVersion: _, ...rest } = current.data;
      await sql().query(insertRaw, ['INQ-S-4', 1, current.type, 0, JSON.stringify({ ...rest, schemaVersion: 0, wish: intent })]);
      expect(leftOf(await h.store.readStream('INQ-S-4'))).toMatchObject({ code: 'STORED_EVENT_INVALID' });
      const upcasting = h.withUpcaster((r) => {
        if (r.schemaVersion !== 0) return { type: r.type, data: r.data };
        const { wish, ...old } = r.data as { wish: string };
        return { type: r.type, data: { ...old, intent: wish, schemaVersion: 1 } };
      });
      expect(rightOf(await upcasting.readStream('INQ-S-4')).events.map((e) => e.event)).toEqual([current]);
      expect((await readAllEvents(upcasting)).map((e) => e.event)).toEqual([current]);
    });
  });
}
