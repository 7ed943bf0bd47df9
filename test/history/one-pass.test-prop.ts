import { fc, test } from '@fast-check/vitest';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/inquiry/decide';
import { decodeEvent, type InquiryEvent } from '../../src/inquiry/events';
import { evolve } from '../../src/inquiry/evolve';
import { initialState, type InquiryState } from '../../src/inquiry/state';
import type { RuleViolation } from '../../src/inquiry/violations';
import { createHistoryChecker } from '../../src/log/checker';
import { commandForEvent, recordOnlyRefusal } from '../../src/log/command';
import { generateEvents } from '../../scripts/generate-log';
import { liabilityClassified, missingNotified, received, reopened, resolved } from '../support/events';
import { toStaffRef } from '../../src/inquiry/staff';
import type { Staff } from '../../src/inquiry/staff';
import { clerk, guard, plumber } from '../support/staff';
import { minute } from '../support/time';

// The one-pass checker (compact facts per inquiry, decide's rules without decoding the command again
// or building its event) against the path it replaced, kept here as the reference model: rebuild the
// command, run the whole of `decide` on the full state folded by `evolve`, then the record-only rule.
// Every violation must be the same (code, rule, field and message), event by event, on valid logs
// and on logs corrupted field by field, reopened, reordered and repeated.

function reference(events: readonly InquiryEvent[]): Array<RuleViolation | undefined> {
  const states = new Map<string, InquiryState>();
  return events.map((event) => {
    const state = states.get(event.data.inquiryId) ?? initialState();
    const decision = decide(commandForEvent(event), state);
    states.set(event.data.inquiryId, evolve(state, event));
    return E.isLeft(decision) ? decision.left : recordOnlyRefusal(event);
  });
}

function onePass(events: readonly InquiryEvent[]): Array<RuleViolation | undefined> {
  const checker = createHistoryChecker();
  return events.map((event) => checker.check(event));
}

type Corruption = {
  readonly kind:
    'by' | 'blank' | 'phrase' | 'earlier' | 'unclear' | 'to-self' | 'reason' | 'category' | 'reopen' | 'repeat' | 'swap' | 'drop';
  readonly i: number;
  readonly j: number;
};

const corruption: fc.Arbitrary<Corruption> = fc.record({
  kind: fc.constantFrom('by', 'blank', 'phrase', 'earlier', 'unclear', 'to-self', 'reason', 'category', 'reopen', 'repeat', 'swap', 'drop'),
  i: fc.nat(),
  j: fc.nat(),
});

const TEXTS = ['note', 'summary', 'message', 'explanation', 'reason', 'question', 'intent', 'demand', 'contact'] as const;
const REASONS = ['out-of-scope', 'deferred', 'named-handler'];

function corrupt(events: InquiryEvent[], c: Corruption): InquiryEvent[] {
  if (events.length === 0) return events;
  const out = [...events];
  const i = c.i % out.length;
  const j = c.j % out.length;
  const event = structuredClone(out[i] as InquiryEvent);
  const data = event.data as unknown as Record<string, unknown>;
  switch (c.kind) {
    case 'by':
      data.by = structuredClone((out[j] as InquiryEvent).data.by);
      break;
    case 'blank':
    case 'phrase': {
      const field = TEXTS.find((f) => typeof data[f] === 'string');
      if (field !== undefined) data[field] = c.kind === 'blank' ? ' \u200b' : `Sorry, 不归我管 (${String(data[field])})`;
      break;
    }
    case 'earlier':
      data.at = '2020-01-06T09:00:00+08:00';
      break;
    case 'unclear':
      if (event.type === 'InquiryReceived') {
        data.intentClear = false;
        data.requester = { name: event.data.requester.name };
      }
      break;
    case 'to-self':
      if ('to' in data) data.to = structuredClone(event.data.by);
      break;
    case 'reason':
      if (event.type === 'InquiryTransferred') data.reason = REASONS[c.j % REASONS.length];
      break;
    case 'category':
      if (event.type === 'InquiryReceived') data.category = c.j % 2 === 0 ? 'parking' : 'no-such-category';
      break;
    case 'reopen': {
      // After a closure, the same inquiry taken up again by someone, with its earlier events repeated.
      const closing = out.findIndex((e, k) => k >= i && (e.type === 'InquiryResolved' || e.type === 'DemandDeclined'));
      if (closing === -1) return out;
      const closed = out[closing] as InquiryEvent;
      const by = (out[j] as InquiryEvent).data.by;
      const again: InquiryEvent = {
        type: 'InquiryReopened',
        data: {
          schemaVersion: 1,
          inquiryId: closed.data.inquiryId,
          at: closed.data.at,
          by,
          reason: 'Back again',
          announced: { name: by.name },
        },
      };
      const earlier = out.filter((e, k) => k < closing && e.data.inquiryId === closed.data.inquiryId && e.type !== 'InquiryReceived');
      out.splice(
        closing + 1,
        0,
        again,
        ...earlier.slice(0, 1 + (c.j % 4)).map((e) => ({ ...e, data: { ...e.data, at: closed.data.at } }) as InquiryEvent),
      );
      return out;
    }
    case 'repeat':
      out.splice(j, 0, out[i] as InquiryEvent);
      return out;
    case 'swap':
      [out[i], out[j]] = [out[j] as InquiryEvent, out[i] as InquiryEvent];
      return out;
    case 'drop':
      out.splice(i, 1);
      return out;
  }
  // A log's events are decoded before they are checked: a corruption the event codec refuses is a
  // line problem, not a refusal, so the event stays as it was.
  if (E.isRight(decodeEvent(event))) out[i] = event;
  return out;
}

function materialsReceived(by: Staff, at: string): InquiryEvent {
  const inquiryId = received().data.inquiryId;
  return { type: 'MaterialsReceived', data: { schemaVersion: 1, inquiryId, at, by: toStaffRef(by), items: ['renovation drawings'] } };
}

describe('one-pass check: the same refusals as decide on the full state', () => {
  test.prop([fc.integer({ min: 1, max: 1_000_000 })], { numRuns: 20 })('a valid log: nothing refused, by either', (seed) => {
    const events = [...generateEvents({ events: 500, seed })];
    const found = onePass(events);
    expect(found).toEqual(reference(events));
    expect(found.filter((r) => r !== undefined)).toEqual([]);
  });

  test.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.array(corruption, { minLength: 1, maxLength: 12 })], { numRuns: 150 })(
    'a corrupted log: every refusal the same, code, rule, field and message',
    (seed, corruptions) => {
      const events = corruptions.reduce(corrupt, [...generateEvents({ events: 250, seed })]);
      expect(onePass(events)).toEqual(reference(events));
    },
  );

  it('the corruptions do reach the rules: a corrupted log has refusals of many codes', () => {
    const codes = new Set<string>();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(corruption, { minLength: 4, maxLength: 12 }), (seed, corruptions) => {
        const events = corruptions.reduce(corrupt, [...generateEvents({ events: 250, seed })]);
        for (const r of onePass(events)) if (r !== undefined) codes.add(r.code);
      }),
      { numRuns: 60, seed: 11 },
    );
    expect(codes.size).toBeGreaterThanOrEqual(10);
  });

  it('a reopened inquiry still waits for the materials asked for before it closed (FI-05, FI-06)', () => {
    const history = [
      received({ by: guard, category: 'enquiry' }),
      missingNotified({ by: guard, at: minute(5) }),
      resolved({ by: guard, at: minute(10) }),
      reopened({ by: clerk, at: minute(20) }),
      materialsReceived(clerk, minute(30)),
      materialsReceived(clerk, minute(40)),
    ];
    expect(onePass(history).map((r) => r?.code)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'NO_MATERIALS_OUTSTANDING',
    ]);
    expect(onePass(history)).toEqual(reference(history));
  });

  it('a reopened inquiry keeps its liability and category; a second receipt names who first received it', () => {
    const history = [
      received({ by: guard }),
      liabilityClassified({ by: guard, at: minute(5) }),
      resolved({ by: guard, at: minute(10) }),
      received({ by: plumber, at: minute(12) }),
      reopened({ by: plumber, at: minute(20) }),
      resolved({ by: plumber, at: minute(30) }),
    ];
    expect(onePass(history)).toEqual(reference(history));
    expect(onePass(history)[3]?.params).toMatchObject({ first: guard.name });
  });
});
