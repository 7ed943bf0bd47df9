import { fc } from '@fast-check/vitest';
import type { InquiryEvent } from '../../src/inquiry/events';
import * as ev from '../support/events';
import { clerk, guard, manager, plumber } from '../support/staff';
import { minute } from '../support/time';

// Raw event sequences, not only what `decide` would accept: `evolve` is total, so replay must
// agree with it on every event in every state (a second receipt, a handover after closure, a
// named handler without an escalation, events of several inquiries interleaved).

const people = [guard, plumber, clerk, manager] as const;
const person = fc.constantFrom(...people);
const items = fc.subarray(['ID card copy', 'deed', 'floor plan', 'contractor licence'], { minLength: 1 });

const eventOf = (inquiryId: string, at: string): fc.Arbitrary<InquiryEvent> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .record({ by: person, intentClear: fc.boolean(), contact: fc.option(fc.constant('138 0000 1202'), { nil: undefined }) })
        .map(({ by, intentClear, contact }) =>
          ev.received({
            inquiryId,
            at,
            by,
            intentClear,
            requester: contact === undefined ? { name: 'Mrs Zhao' } : { name: 'Mrs Zhao', contact },
          }),
        ),
    },
    fc
      .record({ by: person, contact: fc.option(fc.constant('139 1111 2222'), { nil: undefined }) })
      .map(({ by, contact }) => ev.clarified({ inquiryId, at, by, ...(contact === undefined ? {} : { contact }) })),
    person.map((by) => ev.contactRecorded({ inquiryId, at, by })),
    fc.tuple(person, person).map(([by, to]) => ev.transferred({ inquiryId, at, by, to })),
    fc.tuple(person, person).map(([by, leader]) => ev.escalated({ inquiryId, at, by, leader })),
    fc.tuple(person, person).map(([by, handler]) => ev.handlerNamed({ inquiryId, at, by, handler })),
    fc.tuple(person, items).map(([by, list]) => ev.missingNotified({ inquiryId, at, by, items: list })),
    person.map((by) => ev.replyPromised({ inquiryId, at, by })),
    person.map((by) => ev.followedUp({ inquiryId, at, by })),
    person.map((by) => ev.replied({ inquiryId, at, by })),
    person.map((by) => ev.liabilityClassified({ inquiryId, at, by })),
    { weight: 2, arbitrary: person.map((by) => ev.resolved({ inquiryId, at, by })) },
    person.map((by) => ev.demandDeclined({ inquiryId, at, by })),
    { weight: 2, arbitrary: person.map((by) => ev.reopened({ inquiryId, at, by })) },
    fc.tuple(person, person).map(([by, to]) => ev.reassigned({ inquiryId, at, by, to })),
  );

/** An interleaved log of up to `ids` inquiries, every kind of event, in any order. */
export const eventLog = (ids = 3, maxLength = 60): fc.Arbitrary<InquiryEvent[]> =>
  fc.array(
    fc.tuple(fc.integer({ min: 0, max: ids - 1 }), fc.nat(100_000)).chain(([i, m]) => eventOf(`INQ-${i}`, minute(m))),
    { maxLength },
  );

/** One inquiry's events, in any order. */
export const oneInquiryLog = (maxLength = 60): fc.Arbitrary<InquiryEvent[]> => eventLog(1, maxLength);
