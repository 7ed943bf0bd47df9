import { fc, test } from '@fast-check/vitest';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/inquiry/decide';
import type { InquiryEvent } from '../../src/inquiry/events';
import { evolve } from '../../src/inquiry/evolve';
import { initialState, type InquiryState } from '../../src/inquiry/state';
import type { RuleViolation } from '../../src/inquiry/violations';
import { createHistoryChecker, recordProblemOf } from '../../src/log/checker';
import { commandForEvent, recordOnlyRefusal } from '../../src/log/command';
import { generateEvents } from '../../scripts/generate-log';
import { liabilityClassified, missingNotified, received, reopened, resolved } from '../support/events';
import { toStaffRef } from '../../src/inquiry/staff';
import type { Staff } from '../../src/inquiry/staff';
import { clerk, guard, plumber } from '../support/staff';
import { minute } from '../support/time';
import { corrupt, corruption } from '../support/corrupt-log';

// The one-pass checker (compact facts per inquiry, decide's rules without decoding the command again
// or building its event) against the path it replaced, kept here as the reference model: rebuild the
// command, run the whole of `decide` on the full state folded by `evolve`, then the record-only rule,
// then the fields decide copies from that full state. Every violation must be the same (code, rule,
// field and message), event by event, on valid logs and on logs corrupted field by field, reopened,
// reordered and repeated.

function reference(events: readonly InquiryEvent[]): Array<RuleViolation | undefined> {
  const states = new Map<string, InquiryState>();
  return events.map((event) => {
    const state = states.get(event.data.inquiryId) ?? initialState();
    const command = commandForEvent(event);
    const decision = decide(command, state);
    states.set(event.data.inquiryId, evolve(state, event));
    if (E.isLeft(decision)) return decision.left;
    return recordOnlyRefusal(event) ?? (state.status === 'none' ? undefined : recordProblemOf(event, command, state));
  });
}

function onePass(events: readonly InquiryEvent[]): Array<RuleViolation | undefined> {
  const checker = createHistoryChecker();
  return events.map((event) => checker.check(event));
}

// What decide records: the items outstanding, here those of the default notice.
function materialsReceived(by: Staff, at: string): InquiryEvent {
  const inquiryId = received().data.inquiryId;
  const items = [...missingNotified().data.items];
  return { type: 'MaterialsReceived', data: { schemaVersion: 1, inquiryId, at, by: toStaffRef(by), items } };
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
