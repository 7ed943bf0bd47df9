import { fc, test } from '@fast-check/vitest';
import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { commandCodecs, type InquiryCommand } from '../../src/inquiry/commands';
import { codecForTag, tagOf } from '../../src/primitives/codecs';
import { decide } from '../../src/inquiry/decide';
import { INQUIRY_EVENT_TYPES, InquiryEvent, decodeEvent, isEventOf, type InquiryEventType } from '../../src/inquiry/events';
import { commandArbitrary, validHistoryArbitrary } from '../support/arbitraries';
import * as ev from '../support/events';
import { absentElectrician, clerk, plumber } from '../support/staff';
import { T0 } from '../support/time';

// decide and decodeEvent accept a valid input through io-ts' guard (`is`) instead of its decoder,
// for speed. That is only sound if, for every codec involved, the guard accepts exactly what the
// decoder accepts and the decoder hands a valid value back unchanged. These laws check both, on
// real commands and events and on the same with one field broken or removed.

type Path = readonly (string | number)[];

function paths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]))];
}

function broken(value: unknown, path: Path, replacement: unknown, remove: boolean): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (typeof value !== 'object' || value === null) return value;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...value }) as Record<string | number, unknown>;
  if (rest.length === 0 && remove) delete copy[head];
  else copy[head] = broken(copy[head], rest, replacement, remove);
  return copy;
}

/** The value as given, or with one field (at any depth) replaced by anything or removed. */
const damaged = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  valid.chain((value) =>
    fc.oneof(
      fc.constant(value),
      fc
        .tuple(fc.constantFrom(...paths(value)), fc.oneof(fc.anything(), fc.string(), fc.constant(undefined)), fc.boolean())
        .map(([path, replacement, remove]) => broken(value, path, replacement, remove)),
    ),
  );

const commandCodec = (value: unknown) => codecForTag(commandCodecs, tagOf(value));

describe('the guard fast path decodes exactly as the decoder does', () => {
  test.prop([damaged(commandArbitrary)], { numRuns: 2_000 })(
    'for commands: is ⇔ decode succeeds, and decode returns the command itself',
    (value) => {
      const codec = commandCodec(value);
      if (codec === undefined) return;
      const decoded = codec.decode(value);
      expect(codec.is(value)).toBe(E.isRight(decoded));
      if (E.isRight(decoded)) expect(decoded.right).toBe(value);
    },
  );

  test.prop([damaged(validHistoryArbitrary(12).chain((h) => (h.events.length === 0 ? fc.constant(null) : fc.constantFrom(...h.events))))], {
    numRuns: 1_000,
  })('for events: decodeEvent accepts what the InquiryEvent codec accepts, and returns the event itself', (value) => {
    const full = InquiryEvent.decode(value);
    const fast = decodeEvent(value);
    expect(E.isRight(fast)).toBe(E.isRight(full));
    if (E.isRight(fast)) expect(fast.right).toBe(value);
  });

  // decodeEvent's own guards (isEventOf), written out field by field, against the io-ts guard of
  // the event type's codec (the union's member for that type): on every event type, damaged
  // anywhere. The samples hold every type, with its optional fields absent, present, or present
  // as undefined; the histories add events as decide records them.
  const samples: readonly InquiryEvent[] = [
    ev.received(),
    ev.received({
      by: plumber,
      greeting: 'Good morning',
      requester: { name: 'Mrs Zhao', contact: '138' },
      announced: { name: 'Li Na', employeeNo: 'E-1' },
    }),
    ev.received({ greeting: undefined, announced: {} } as never),
    ev.clarified(),
    ev.clarified({ contact: '138 0000 1202' }),
    ev.contactRecorded(),
    ev.transferred(),
    ev.escalated(),
    ev.escalated({ absentHandler: absentElectrician }),
    ev.handlerNamed(),
    ev.missingNotified(),
    ev.missingNotified({ items: [] }),
    ev.replyPromised(),
    ev.followedUp(),
    ev.replied(),
    ev.liabilityClassified(),
    ev.demandDeclined(),
    ev.resolved(),
    ev.reopened(),
    ev.reopened({ announced: undefined } as never),
    ev.reassigned(),
    {
      ...ev.followedUp(),
      type: 'MaterialsReceived',
      data: { ...ev.followedUp().data, note: undefined, items: ['deed'] },
    } as unknown as InquiryEvent,
  ];
  const historyEvents = fc
    .array(validHistoryArbitrary(12), { minLength: 1, maxLength: 2 })
    .map((hs) => hs.flatMap((h) => h.events))
    .filter((events) => events.length > 0)
    .chain((events) => fc.constantFrom(...events));
  const eventsOfEveryType = fc.oneof(fc.constantFrom(...samples), historyEvents);
  const memberOf = (type: unknown) => (InquiryEvent.types as readonly t.Mixed[]).find((c) => c.name === type);

  test.prop([damaged(eventsOfEveryType), fc.constantFrom(...INQUIRY_EVENT_TYPES)], { numRuns: 4_000 })(
    'for events: isEventOf accepts exactly what the codec of the type accepts',
    (value, otherType) => {
      const type = tagOf(value);
      const codec = memberOf(type);
      if (codec !== undefined) expect(isEventOf(type as InquiryEventType, value)).toBe(codec.is(value));
      // Asked about another type, it accepts only what that type's codec accepts.
      expect(isEventOf(otherType, value)).toBe(otherType === type && memberOf(otherType)?.is(value) === true);
    },
  );

  test('every event type is among the samples, and each sample is an event', () => {
    expect([...new Set(samples.map((e) => e.type))].sort()).toEqual([...INQUIRY_EVENT_TYPES].sort());
    for (const e of samples) expect(memberOf(e.type)?.is(e)).toBe(true);
  });

  test.prop([fc.constantFrom(...INQUIRY_EVENT_TYPES), fc.anything(), fc.jsonValue()])(
    'for anything at all in place of an event or of its data',
    (type, anything, json) => {
      const codec = memberOf(type);
      for (const value of [anything, json, { type, data: anything }, { type, data: json }]) {
        expect(isEventOf(type, value)).toBe(codec?.is(value));
      }
    },
  );

  test.prop([damaged(commandArbitrary)], { numRuns: 1_000 })(
    'decide refuses as INVALID_COMMAND exactly what the codec rejects',
    (value) => {
      const codec = commandCodec(value);
      const result = decide(value as InquiryCommand, { status: 'none' });
      const invalid = E.isLeft(result) && result.left.code === 'INVALID_COMMAND';
      if (codec === undefined || E.isLeft(codec.decode(value))) {
        expect(invalid).toBe(true);
      } else {
        // A command the codec accepts is refused as invalid only for an actor without an id.
        expect(invalid).toBe((value as InquiryCommand).data.actor.id.trim() === '');
      }
    },
  );
});

describe('a sparse list, which the stock io-ts array guard would let through', () => {
  // eslint-disable-next-line no-sparse-arrays
  const holey = ['deed', , 'floor plan'] as unknown as readonly string[];

  it('when a notice lists a hole among its items, then decide refuses it as INVALID_COMMAND naming the item', () => {
    const result = decide(
      { type: 'NotifyMissingMaterials', data: { inquiryId: 'INQ-1', at: T0, actor: clerk, items: holey, message: 'Please bring these' } },
      { status: 'none' },
    );
    expect(E.isLeft(result) && [result.left.code, result.left.field]).toEqual(['INVALID_COMMAND', 'data.items.1']);
  });

  it('when an event lists a hole among its items, then decodeEvent rejects it', () => {
    expect(E.isLeft(decodeEvent(ev.missingNotified({ items: holey })))).toBe(true);
  });
});
