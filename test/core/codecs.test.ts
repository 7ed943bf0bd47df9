import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import * as t from 'io-ts';
import { Instant, NonBlankString, codecForTag, describeErrors, taggedCodecs, unionOf } from '../../src/primitives/codecs';
import { InquiryCommand, commandCodecs } from '../../src/inquiry/commands';
import { INQUIRY_EVENT_TYPES, InquiryEvent, decodeEvent, type EventDecodeError } from '../../src/inquiry/events';
import { escalated, missingNotified, received, transferred } from '../support/events';
import { absentElectrician, guard, plumber } from '../support/staff';

function problemsOf(value: unknown): EventDecodeError {
  const result = decodeEvent(value);
  if (E.isRight(result)) throw new Error(`expected a decode error for ${JSON.stringify(value)}`);
  return result.left;
}

describe('decodeEvent', () => {
  it('decodes every kind of recorded event as it was written', () => {
    for (const event of [received(), transferred({ to: plumber }), escalated({ absentHandler: absentElectrician }), missingNotified()]) {
      expect(decodeEvent(JSON.parse(JSON.stringify(event)))).toEqual(E.right(event));
    }
  });

  it.each([
    ['an unknown type', { type: 'InquiryDeleted', data: {} }, '"InquiryDeleted"'],
    ['no type', { data: {} }, 'null'],
    ['a prototype key as type', { type: 'constructor', data: {} }, '"constructor"'],
    ['a string', 'InquiryReceived', 'string'],
    ['null', null, 'object'],
  ])('says which types exist when given %s', (_, value, got) => {
    const error = problemsOf(value);
    expect(error.code).toBe('UNKNOWN_EVENT_TYPE');
    expect(error.problems[0]).toContain(`got ${got}`);
    for (const type of INQUIRY_EVENT_TYPES) expect(error.problems[0]).toContain(type);
  });

  it.each([
    ['a missing schema version', { ...received().data, schemaVersion: undefined }, 'data.schemaVersion: '],
    ['a future schema version', { ...received().data, schemaVersion: 2 }, 'data.schemaVersion: '],
    ['an instant without a zone', { ...received().data, at: '2026-05-04T09:30' }, 'data.at: must be an ISO-8601 date-time with a zone'],
    [
      'a blank actor id',
      { ...received().data, by: { ...received().data.by, id: '' } },
      'data.by.id: must be a usable id: it shows nothing',
    ],
    ['a requester without a name', { ...received().data, requester: { contact: '138' } }, 'data.requester.name: '],
    ['an unknown channel', { ...received().data, channel: 'fax' }, 'data.channel: '],
  ])('names the field at fault in a receipt with %s', (_, data, problem) => {
    const error = problemsOf({ type: 'InquiryReceived', data });
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.problems.some((p) => p.startsWith(problem))).toBe(true);
  });

  it('names nested and indexed fields, and only the decoded type’s fields', () => {
    const error = problemsOf({ type: 'MissingMaterialsNotified', data: { ...missingNotified().data, items: ['drawings', 7] } });
    expect(error.problems).toEqual(['data.items.1: expected string (got 7)']);
    const handover = problemsOf({
      type: 'InquiryTransferred',
      data: { ...transferred().data, to: { id: ' ', name: 'Li Na', department: 'engineering' } },
    });
    expect(handover.problems).toEqual([
      'data.to.id: must be a usable id: it shows nothing (empty, white space or invisible characters only) (got " ")',
    ]);
  });

  it('says a missing field is missing, once, whatever its type (never io-ts type names)', () => {
    const { by: _, ...withoutActor } = transferred().data;
    const error = problemsOf({ type: 'InquiryTransferred', data: withoutActor });
    expect(error.problems).toEqual(['data.by: must be given (it is missing)']);
    expect(error.details).toEqual([{ path: 'data.by', reason: 'MISSING' }]);
  });

  it('lists every problem, once each', () => {
    const error = problemsOf({ type: 'InquiryResolved', data: { summary: 'fixed' } });
    expect([...new Set(error.problems.map((p) => p.split(':')[0]))]).toEqual([
      'data.schemaVersion',
      'data.inquiryId',
      'data.at',
      'data.by',
    ]);
    expect(new Set(error.problems).size).toBe(error.problems.length);
  });

  it('agrees with the union codec on what is an event', () => {
    expect(InquiryEvent.is(received())).toBe(true);
    expect(InquiryEvent.is({ ...received(), type: 'InquiryResolved' })).toBe(false);
    expect(E.isLeft(decodeEvent({ ...received(), type: 'InquiryResolved' }))).toBe(true);
  });
});

describe('one codec record each for events and commands', () => {
  it("the union holds the record's codecs, in its order, and the type list is its keys", () => {
    expect(InquiryEvent.types.map((c) => c.name)).toEqual([...INQUIRY_EVENT_TYPES]);
    expect(InquiryCommand.types.map((c) => c.name)).toEqual(Object.keys(commandCodecs));
  });

  it('each key of the command record is the type its codec accepts, and no other', () => {
    for (const [type, codec] of Object.entries(commandCodecs)) {
      const other = type === 'ResolveInquiry' ? 'FollowUp' : 'ResolveInquiry';
      const command = { type, data: { inquiryId: 'INQ-1', at: '2026-05-04T09:30:00+08:00', actor: guard, summary: 's', note: 'n' } };
      expect(codec.is({ ...command, type: other })).toBe(false);
    }
  });

  it('the dispatch finds own keys only', () => {
    expect(codecForTag(commandCodecs, 'FollowUp')).toBe(commandCodecs.FollowUp);
    for (const tag of ['constructor', '__proto__', 'toString', 7, undefined]) expect(codecForTag(commandCodecs, tag)).toBeUndefined();
  });

  it("a record whose key is not its codec's type does not compile", () => {
    const Ping = t.type({ type: t.literal('Ping') });
    // @ts-expect-error the key must be the codec's own type literal
    const wrong = taggedCodecs({ Pong: Ping });
    expect(unionOf(wrong, 'Wrong').is({ type: 'Ping' })).toBe(true);
  });
});

describe('Instant and NonBlankString', () => {
  it.each(['2026-05-04T09:30:00+08:00', '2026-05-04T01:30:00Z', '2026-05-04T01:30Z', '2026-05-04T01:30:00.123456789-05:00'])(
    '%s is an instant',
    (s) => {
      expect(Instant.is(s)).toBe(true);
    },
  );

  it.each([
    '2026-05-04',
    '2026-05-04T09:30:00',
    '2026-05-04 09:30:00+08:00',
    'tomorrow',
    '',
    '2026-13-04T09:30:00Z',
    '2026-02-31T00:00:00Z',
    '2026-04-31T09:00:00+08:00',
    '2026-02-29T00:00:00Z',
    '2026-05-04T24:00:00Z',
  ])('%j is not an instant (no such date or time; Date.parse would roll some over)', (s) => {
    expect(Instant.is(s)).toBe(false);
  });

  it('accepts a leap day that exists', () => {
    expect(Instant.is('2028-02-29T00:00:00Z')).toBe(true);
  });

  it('refuses blank strings and non-strings as identifiers', () => {
    expect(NonBlankString.is(guard.id)).toBe(true);
    for (const value of ['', ' \t', 1, null]) expect(NonBlankString.is(value)).toBe(false);
  });

  it('describes errors with the value it got, shortened, and never throws on values JSON cannot show', () => {
    const long = NonBlankString.decode(42);
    expect(E.isLeft(long) && describeErrors(long.left)).toEqual(['must be a non-blank string (got 42)']);
    const big = Instant.decode(10n);
    expect(E.isLeft(big) && describeErrors(big.left)[0]).toContain('got 10n');
    const text = Instant.decode('x'.repeat(100));
    expect(E.isLeft(text) && describeErrors(text.left)[0]).toMatch(/got "x+\.\.\.\)$/);
  });
});
