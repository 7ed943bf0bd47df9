import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_STORE_SCHEMA } from '../../src/store/sql';

const doc = readFileSync(new URL('../../docs/storage.md', import.meta.url), 'utf8');

describe('docs/storage.md stays true', () => {
  it('shows the schema the stores actually create', () => {
    const section = doc.slice(doc.indexOf('## Schema'));
    const sql = /```sql\n([\s\S]*?)```/.exec(section)?.[1];
    expect(sql?.trim()).toBe(EVENT_STORE_SCHEMA.trim());
  });

  it('names every store error code the stores can return', () => {
    for (const code of ['CONCURRENCY_CONFLICT', 'EVENT_NOT_STORABLE', 'STORED_EVENT_INVALID', 'STORE_INPUT_INVALID', 'STORE_FAILURE'])
      expect(doc).toContain(code);
  });
});
