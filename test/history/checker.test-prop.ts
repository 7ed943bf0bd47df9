import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { InquiryEvent } from '../../src/inquiry/events';
import { evolve } from '../../src/inquiry/evolve';
import { checkEvent } from '../../src/log/check';
import { createHistoryChecker, recordProblemOf } from '../../src/log/checker';
import { commandForEvent } from '../../src/log/command';
import { initialState, type InquiryState } from '../../src/inquiry/state';
import { generateEvents } from '../../scripts/generate-log';

// Laws of the streaming checker, on logs from the synthetic desk (every event there comes from a
// command `decide` accepted) and on the same logs broken by swapping, dropping and repeating events.

function streamed(events: readonly InquiryEvent[]): string[] {
  const checker = createHistoryChecker();
  return events.map((e) => checker.check(e)?.code ?? 'ok');
}

// The reference: checkEvent and evolve, one immutable state per inquiry, no fast path, no
// compaction; then, for an event the rules accept, what decide would have copied into it from that
// full state (the record problems are the streaming checker's own: checkEvent does not look).
function reference(events: readonly InquiryEvent[]): string[] {
  const states = new Map<string, InquiryState>();
  return events.map((event) => {
    const state = states.get(event.data.inquiryId) ?? initialState();
    const result = checkEvent(state, event);
    states.set(event.data.inquiryId, evolve(state, event));
    if (result._tag === 'Left') return result.left.code;
    return (state.status === 'none' ? undefined : recordProblemOf(event, commandForEvent(event), state))?.code ?? 'ok';
  });
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('swap' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ kind: fc.constant('drop' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), i: fc.nat(), j: fc.nat() }),
);

interface Mutation {
  readonly kind: 'swap' | 'drop' | 'repeat';
  readonly i: number;
  readonly j: number;
}

function mutate(events: InquiryEvent[], m: Mutation): InquiryEvent[] {
  const out = [...events];
  const i = m.i % out.length;
  const j = m.j % out.length;
  if (m.kind === 'swap') [out[i], out[j]] = [out[j] as InquiryEvent, out[i] as InquiryEvent];
  if (m.kind === 'drop') out.splice(i, 1);
  if (m.kind === 'repeat') out.splice(j, 0, out[i] as InquiryEvent);
  return out;
}

describe('streaming history checker (laws)', () => {
  test.prop([fc.integer({ min: 1, max: 1_000_000 })], { numRuns: 25 })('a log produced through decide has no problems', (seed) => {
    const events = [...generateEvents({ events: 600, seed })];
    expect(streamed(events).filter((c) => c !== 'ok')).toEqual([]);
  });

  test.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.array(mutation, { minLength: 1, maxLength: 6 })], { numRuns: 40 })(
    'on a broken log it reports exactly what checkEvent with evolve reports, and the record problems, event by event',
    (seed, mutations) => {
      const events = mutations.reduce(mutate, [...generateEvents({ events: 300, seed })]);
      expect(streamed(events)).toEqual(reference(events));
    },
  );
});
