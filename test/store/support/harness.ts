import type { EventStore } from '../../../src/store/event-store';
import type { SqlDatabase } from '../../../src/store/sql-store';
import type { Upcaster } from '../../../src/store/upcast';

/**
 * One store under test. `reset` empties it between tests; `sql` is present for the SQL stores,
 * so their own tests can reach under the store (insert a raw row, check a constraint).
 */
export interface StoreHarness {
  readonly name: string;
  readonly store: EventStore;
  readonly reset: () => Promise<void>;
  readonly withUpcaster: (upcast: Upcaster) => EventStore;
  readonly sql?: SqlDatabase;
}

/** Hostile text: quotes, SQL, escapes, control characters, emoji, CJK, bidi and zero-width marks. */
export const HOSTILE_TEXTS: readonly string[] = [
  `O'Brien said "no" \\ and left`,
  `'); DROP TABLE first_inquiry_events; --`,
  `$1 $$ $tag$ %s %d {{x}} \${x} ::jsonb`,
  'tab\there, newline\nthere, return\rthere, bell\u0007, escape\u001b[31m, delete\u007f, \u0001\u001f',
  '漏水 首问责任制 首問責任制 “我不知道”的反面：一次性告知',
  '💧🏠 👩‍🔧🔧 🇨🇳 family 👨‍👩‍👧‍👦',
  'bidi \u202eevil\u202c, zero\u200bwidth, bom\uFEFF, line\u2028sep\u2029para, combining e\u0301',
  '{"type":"InquiryResolved","data":{}}',
  '\\u0000 written out is fine; only the character itself is not',
];
