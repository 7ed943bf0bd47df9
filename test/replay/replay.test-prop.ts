import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { generateHistory } from '../../bench/history';
import { fold } from '../../src/inquiry/decider';
import type { InquiryEvent } from '../../src/inquiry/events';
import { replay, replayAll } from '../../src/inquiry/replay';
import { eventLog, oneInquiryLog } from './arbitraries';

// The law of the fast replay path: it is only an optimisation. For every log, replaying equals
// folding with `evolve` one event at a time, and the state users get is as frozen and as
// private as evolve's.

function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null && !found.has(value)) {
    found.add(value);
    for (const child of Object.values(value)) objectsIn(child, found);
  }
  return found;
}

function byInquiry(events: readonly InquiryEvent[]): Map<string, InquiryEvent[]> {
  const streams = new Map<string, InquiryEvent[]>();
  for (const e of events) streams.set(e.data.inquiryId, [...(streams.get(e.data.inquiryId) ?? []), e]);
  return streams;
}

describe('replay equals step-by-step evolve', () => {
  test.prop([oneInquiryLog()], { numRuns: 500 })("for any one inquiry's events, in any order", (events) => {
    expect(replay(events)).toStrictEqual(fold(events));
  });

  test.prop([oneInquiryLog(30), oneInquiryLog(30)], { numRuns: 500 })(
    'continuing from a folded state equals folding the whole log',
    (earlier, later) => {
      const start = fold(earlier);
      const snapshot = structuredClone(start);
      expect(replay(later, start)).toStrictEqual(fold([...earlier, ...later]));
      expect(start).toStrictEqual(snapshot);
    },
  );

  test.prop([eventLog(4, 80)], { numRuns: 300 })('replayAll gives each inquiry the state of its own events', (events) => {
    const states = replayAll(events);
    const streams = byInquiry(events);
    expect([...states.keys()].sort()).toEqual([...streams.keys()].sort());
    for (const [id, stream] of streams) expect(states.get(id)).toStrictEqual(fold(stream));
  });

  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 })], { numRuns: 15 })(
    'on logs that decide accepted, as a busy hotline records them',
    (seed) => {
      const events = generateHistory({ inquiries: 40, concurrent: 8, seed });
      const states = replayAll(events);
      for (const [id, stream] of byInquiry(events)) {
        expect(states.get(id)).toStrictEqual(fold(stream));
        expect(replay(stream)).toStrictEqual(fold(stream));
      }
    },
  );
});

describe('the replayed state is what users may see', () => {
  test.prop([oneInquiryLog(), oneInquiryLog(20)])('deeply frozen, even when continued from an earlier state', (earlier, later) => {
    for (const object of objectsIn(replay(later, replay(earlier)))) expect(Object.isFrozen(object)).toBe(true);
  });

  test.prop([eventLog(3, 80)])('deeply frozen for every inquiry of an interleaved log', (events) => {
    for (const state of replayAll(events).values()) {
      for (const object of objectsIn(state)) expect(Object.isFrozen(object)).toBe(true);
    }
  });

  test.prop([eventLog(3, 60)])("sharing no object with the events, which stay the caller's and unfrozen", (events) => {
    const theirs = objectsIn(events);
    for (const state of replayAll(events).values()) {
      for (const object of objectsIn(state)) expect(theirs.has(object)).toBe(false);
    }
    for (const object of theirs) expect(Object.isFrozen(object)).toBe(false);
  });
});
