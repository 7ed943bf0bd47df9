import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { InquiryEvent } from '../../src/inquiry/events';
import { createSupervisor, type SupervisorOptions } from '../../src/supervision/supervisor';
import { generateEvents } from '../../scripts/generate-log';
import { received, reopened, resolved, transferred } from '../support/events';
import { clerk, guard } from '../support/staff';
import { minute } from '../support/time';
import { corrupt, corruption } from '../support/corrupt-log';
import { decodeEvent } from '../../src/inquiry/events';

// `releaseClosedPositions` drops closed inquiries' positions as their audit state is released; every
// view must stay what it is without it, reopens and events after a closure included.

function run(events: readonly InquiryEvent[], asOf: string, options: SupervisorOptions) {
  const s = createSupervisor(undefined, options);
  for (const e of events) s.add(e);
  return {
    findings: s.findings(asOf),
    problems: s.problems(),
    holdings: s.holdings(),
    deadlines: s.deadlines(asOf),
    chains: s.chains(),
    staff: s.staff(asOf),
    counts: s.counts(),
    chainsLeftOut: s.chainsLeftOut(),
    positions: [...s.positions()],
  };
}

describe('createSupervisor with releaseClosedPositions', () => {
  test.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 50 }), fc.option(fc.integer({ min: 0, max: 5 }))], {
    numRuns: 20,
  })('gives every view as without it; positions() yields the open inquiries only', (seed, releaseEvery, chainLimit) => {
    const events = [...generateEvents({ events: 400, seed })];
    const asOf = events[events.length - 1]?.data.at ?? '2026-05-04T09:30:00+08:00';
    const base: SupervisorOptions = { chains: true, releaseEvery, ...(chainLimit === null ? {} : { chainLimit }) };
    const kept = run(events, asOf, base);
    const released = run(events, asOf, { ...base, releaseClosedPositions: true });
    expect({ ...released, positions: [] }).toEqual({ ...kept, positions: [] });
    // A reopened inquiry's position is made anew, so it comes later in the iteration than before.
    const byId = (a: { inquiryId: string }, b: { inquiryId: string }) => (a.inquiryId < b.inquiryId ? -1 : 1);
    expect([...released.positions].sort(byId)).toEqual(kept.positions.filter((p) => p.status === 'open').sort(byId));
  });

  // Without the option the supervisor folds positions of its own; with it, the open ones come from
  // the auditor's trackers. Both must agree on logs that break the record too: time going
  // backwards, repeated, swapped and dropped events, reopens, acts by others, and staff references
  // recorded with extra fields (the positions share references by id, name, department, number).
  test.prop(
    [
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.array(corruption, { minLength: 1, maxLength: 10 }),
      fc.integer({ min: 1, max: 64 }),
      fc.integer({ min: 0, max: 6 * 24 }),
      fc.integer({ min: 2, max: 9 }),
    ],
    { numRuns: 60 },
  )('the same views on corrupted logs, at any asOf, with any release batch', (seed, corruptions, releaseEvery, hoursLater, every) => {
    const events = corruptions
      .reduce(corrupt, [...generateEvents({ events: 300, seed })])
      .map((e, i) => withExtraField(e, i % every === 0));
    const last = Math.max(...events.map((e) => Date.parse(e.data.at)));
    const asOf = new Date(last + hoursLater * 3_600_000).toISOString();
    const base: SupervisorOptions = { chains: true, releaseEvery };
    const kept = run(events, asOf, base);
    const released = run(events, asOf, { ...base, releaseClosedPositions: true });
    expect({ ...released, positions: [] }).toEqual({ ...kept, positions: [] });
    const byId = (a: { inquiryId: string }, b: { inquiryId: string }) => (a.inquiryId < b.inquiryId ? -1 : 1);
    expect([...released.positions].sort(byId)).toEqual(kept.positions.filter((p) => p.status === 'open').sort(byId));
  });

  it('applies a reopen of a released inquiry, and skips anything else after its closure', () => {
    const other = 'INQ-2026-0002';
    const events = [
      received({ by: guard, category: 'enquiry' }),
      resolved({ by: guard, at: minute(10) }),
      received({ by: guard, category: 'enquiry', inquiryId: other, at: minute(11) }),
      transferred({ by: guard, at: minute(20) }), // after the closure: skipped
      reopened({ by: clerk, at: minute(30) }),
      transferred({ by: clerk, to: guard, at: minute(40) }),
    ];
    const asOf = events[events.length - 1]?.data.at ?? '';
    const released = run(events, asOf, { releaseEvery: 1, releaseClosedPositions: true });
    expect(released).toEqual({ ...run(events, asOf, { releaseEvery: 1 }), positions: released.positions });
    expect(released.counts).toEqual({ events: 6, skipped: 1, inquiries: 2 });
    const reopenedOne = released.positions.find((p) => p.inquiryId !== other);
    expect(reopenedOne).toMatchObject({
      status: 'open',
      stage: 2,
      holder: { id: guard.id },
      responder: { id: clerk.id },
      category: 'enquiry',
    });
  });
});

// The event with its actor recorded with one more field (as an export from another system may
// have it), if the event codec accepts that; otherwise the event as it was.
function withExtraField(event: InquiryEvent, extra: boolean): InquiryEvent {
  if (!extra) return event;
  const copy = { ...event, data: { ...event.data, by: { ...event.data.by, phone: '138 0000 0000' } } } as unknown as InquiryEvent;
  return decodeEvent(copy)._tag === 'Right' ? copy : event;
}
