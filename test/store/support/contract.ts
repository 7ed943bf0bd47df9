import fc from 'fast-check';
import * as E from 'fp-ts/Either';
import { beforeEach, describe, expect, it } from 'vitest';
import type { InquiryCommand } from '../../../src/inquiry/commands';
import type { InquiryEvent } from '../../../src/inquiry/events';
import { MAX_PAGE_SIZE, MAX_STREAM_ID_BYTES, MAX_STREAM_VERSION } from '../../../src/store/boundary';
import { createCommandHandler } from '../../../src/store/command-handler';
import type { EventStore, StoredEvent } from '../../../src/store/event-store';
import { inMemoryEventStore } from '../../../src/store/in-memory';
import { followUp, receive, recordContact, transfer } from '../../support/commands';
import { followedUp, received } from '../../support/events';
import { guard, plumber } from '../../support/staff';
import { minute } from '../../support/time';
import { HOSTILE_TEXTS, type StoreHarness } from './harness';

export function rightOf<A>(result: E.Either<unknown, A>): A {
  if (E.isLeft(result)) throw new Error(`expected Right, got Left: ${JSON.stringify(result.left, null, 2)}`);
  return result.right;
}

export function leftOf<L>(result: E.Either<L, unknown>): L {
  if (E.isRight(result)) throw new Error(`expected Left, got Right: ${JSON.stringify(result.right, null, 2).slice(0, 400)}`);
  return result.left;
}

export async function readAllEvents(store: EventStore): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (let after = 0; ;) {
    const page = rightOf(await store.readAll({ after, limit: 100 }));
    if (page.events.length === 0) return out;
    out.push(...page.events);
    after = page.lastPosition;
  }
}

const inquiry = (n: number | string) => `INQ-C-${n}`;

/** The contract every event store keeps, run against the in-memory, PGlite and PostgreSQL stores. */
export function describeEventStoreContract(open: () => StoreHarness): void {
  let h: StoreHarness;
  beforeEach(async () => {
    h = open();
    await h.reset();
  });

  describe('reading and appending', () => {
    it('reads a stream that was never written as version 0 with no events', async () => {
      expect(rightOf(await h.store.readStream(inquiry('none')))).toEqual({ streamId: inquiry('none'), version: 0, events: [] });
    });

    it('given no stream, when a batch is appended with no-stream, then it is stored as versions 1..n with its metadata', async () => {
      const id = inquiry(1);
      const batch = [received({ inquiryId: id }), followedUp({ inquiryId: id, at: minute(1) })];
      const metadata = { actor: guard.id, commandId: 'cmd-1', correlationId: 'call-7' };
      const appended = rightOf(await h.store.append(id, batch, { expectedVersion: 'no-stream', metadata }));
      expect(appended.nextExpectedVersion).toBe(2);
      const read = rightOf(await h.store.readStream(id));
      expect(read.version).toBe(2);
      expect(read.events.map((e) => e.event)).toEqual(batch);
      expect(read.events.map((e) => e.version)).toEqual([1, 2]);
      expect(read.events.map((e) => e.metadata)).toEqual([metadata, metadata]);
      expect(read.events[1]!.position).toBeGreaterThan(read.events[0]!.position);
      expect(read.events).toEqual(appended.events);
      expect(Number.isNaN(Date.parse(read.events[0]!.recordedAt))).toBe(false);
    });

    it('given a stream, when it is appended to with no-stream, then it is a conflict naming the actual version and nothing is written', async () => {
      const id = inquiry(2);
      rightOf(await h.store.append(id, [received({ inquiryId: id })], { expectedVersion: 'no-stream' }));
      const conflict = leftOf(await h.store.append(id, [received({ inquiryId: id })], { expectedVersion: 'no-stream' }));
      expect(conflict).toMatchObject({ code: 'CONCURRENCY_CONFLICT', streamId: id, expected: 'no-stream', actual: 1 });
      expect(rightOf(await h.store.readStream(id)).version).toBe(1);
    });

    it.each([
      ['stale', 1],
      ['ahead of the stream (it would leave a gap)', 5],
    ])(
      'given a stream at version 2, when appending with a version %s, then it is a conflict and nothing is written',
      async (_, expectedVersion) => {
        const id = inquiry(`3-${expectedVersion}`);
        rightOf(await h.store.append(id, [received({ inquiryId: id }), followedUp({ inquiryId: id })], { expectedVersion: 'no-stream' }));
        const conflict = leftOf(await h.store.append(id, [followedUp({ inquiryId: id })], { expectedVersion }));
        expect(conflict).toMatchObject({ code: 'CONCURRENCY_CONFLICT', expected: expectedVersion, actual: 2 });
        expect(rightOf(await h.store.readStream(id)).version).toBe(2);
      },
    );

    it('reads only the tail after a given version', async () => {
      const id = inquiry(4);
      const events = [received({ inquiryId: id }), followedUp({ inquiryId: id, note: 'a' }), followedUp({ inquiryId: id, note: 'b' })];
      rightOf(await h.store.append(id, events, { expectedVersion: 'no-stream' }));
      const tail = rightOf(await h.store.readStream(id, { after: 1 }));
      expect(tail.version).toBe(3);
      expect(tail.events.map((e) => e.event)).toEqual(events.slice(1));
      expect(rightOf(await h.store.readStream(id, { after: 3 }))).toMatchObject({ version: 3, events: [] });
      expect(rightOf(await h.store.readStream(id, { after: 1.5 })).events.map((e) => e.version)).toEqual([2, 3]);
      expect(rightOf(await h.store.readStream(id, { after: -2 })).events).toHaveLength(3);
    });

    it('pages through the global log in position order across streams', async () => {
      const appended: InquiryEvent[] = [];
      for (let round = 0; round < 4; round++) {
        for (const id of [inquiry('a'), inquiry('b'), inquiry('c')]) {
          const event = round === 0 ? received({ inquiryId: id }) : followedUp({ inquiryId: id, note: `round ${round}` });
          rightOf(await h.store.append(id, [event], { expectedVersion: round === 0 ? 'no-stream' : round }));
          appended.push(event);
        }
      }
      const pages: number[] = [];
      const all: StoredEvent[] = [];
      for (let after = 0; ;) {
        const page = rightOf(await h.store.readAll({ after, limit: 5 }));
        if (page.events.length === 0) {
          expect(page.lastPosition).toBe(after);
          break;
        }
        pages.push(page.events.length);
        all.push(...page.events);
        after = page.lastPosition;
      }
      expect(pages).toEqual([5, 5, 2]);
      expect(all.map((e) => e.event)).toEqual(appended);
      const positions = all.map((e) => e.position);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(positions).size).toBe(positions.length);
    });

    it('treats a limit below 1 as 1, so a reader is never told it is caught up while events are unread', async () => {
      rightOf(await h.store.append(inquiry('lim'), [received({ inquiryId: inquiry('lim') })], { expectedVersion: 'no-stream' }));
      expect(rightOf(await h.store.readAll({ after: 0, limit: 0 })).events).toHaveLength(1);
      expect(rightOf(await h.store.readAll({ after: -5, limit: -1 })).events).toHaveLength(1);
    });

    it('given an empty batch, writes nothing but still checks the expected version', async () => {
      const id = inquiry('empty');
      expect(rightOf(await h.store.append(id, [], { expectedVersion: 'no-stream' }))).toEqual({
        streamId: id,
        nextExpectedVersion: 0,
        events: [],
      });
      rightOf(await h.store.append(id, [received({ inquiryId: id })], { expectedVersion: 'no-stream' }));
      expect(leftOf(await h.store.append(id, [], { expectedVersion: 'no-stream' }))).toMatchObject({
        code: 'CONCURRENCY_CONFLICT',
        actual: 1,
      });
      expect(rightOf(await h.store.readStream(id)).version).toBe(1);
    });

    it('given two writers with the same expected version, exactly one append wins', async () => {
      const id = inquiry(5);
      rightOf(await h.store.append(id, [received({ inquiryId: id })], { expectedVersion: 'no-stream' }));
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          h.store.append(id, [followedUp({ inquiryId: id, note: `writer ${i}` })], { expectedVersion: 1 }),
        ),
      );
      expect(results.filter(E.isRight)).toHaveLength(1);
      expect(results.filter(E.isLeft).map((r) => leftOf(r).code)).toEqual(Array(7).fill('CONCURRENCY_CONFLICT'));
      expect(rightOf(await h.store.readStream(id)).version).toBe(2);
    });
  });

  describe('text at the boundary', () => {
    it('round-trips hostile text byte for byte', async () => {
      for (const [i, text] of HOSTILE_TEXTS.entries()) {
        const id = inquiry(`hostile-${i}`);
        const event = received({ inquiryId: id, intent: text, requester: { name: text, contact: text } });
        rightOf(await h.store.append(id, [event], { expectedVersion: 'no-stream', metadata: { correlationId: text } }));
        const [stored] = rightOf(await h.store.readStream(id)).events;
        const back = stored!.event as typeof event;
        expect(Buffer.from(back.data.intent, 'utf8').equals(Buffer.from(text, 'utf8'))).toBe(true);
        expect(back).toEqual(event);
        expect(stored!.metadata.correlationId).toBe(text);
      }
    });

    it('round-trips any well-formed Unicode text without NUL (property)', async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\u0000')),
          async (text) => {
            const id = inquiry(`prop-${n++}`);
            rightOf(await h.store.append(id, [received({ inquiryId: id, intent: text })], { expectedVersion: 'no-stream' }));
            const [stored] = rightOf(await h.store.readStream(id)).events;
            expect((stored!.event.data as { intent: string }).intent).toBe(text);
          },
        ),
        { numRuns: 40 },
      );
    });

    it.each([
      ['a NUL character', 'before\u0000after'],
      ['a lone surrogate', 'half an emoji \uD83D here'],
    ])('refuses a batch whose second event holds %s, naming the field, and writes none of it', async (_, bad) => {
      const id = inquiry(`bad-${bad.length}`);
      const batch = [received({ inquiryId: id }), followedUp({ inquiryId: id, note: bad })];
      const refused = leftOf(await h.store.append(id, batch, { expectedVersion: 'no-stream' }));
      expect(refused).toMatchObject({ code: 'EVENT_NOT_STORABLE', streamId: id, index: 1, field: 'data.note' });
      expect(refused.message).toContain('data.note');
      expect(rightOf(await h.store.readStream(id))).toMatchObject({ version: 0, events: [] });
    });

    it('refuses a NUL character in the metadata', async () => {
      const id = inquiry('bad-meta');
      const refused = leftOf(
        await h.store.append(id, [received({ inquiryId: id })], { expectedVersion: 'no-stream', metadata: { commandId: 'a\u0000b' } }),
      );
      expect(refused).toMatchObject({ code: 'EVENT_NOT_STORABLE', field: 'metadata.commandId' });
      expect(rightOf(await h.store.readStream(id)).version).toBe(0);
    });

    it('refuses an event of another inquiry and an event that is not an inquiry event', async () => {
      const id = inquiry('wrong');
      expect(leftOf(await h.store.append(id, [received({ inquiryId: 'INQ-other' })], { expectedVersion: 'no-stream' }))).toMatchObject({
        code: 'EVENT_NOT_STORABLE',
        field: 'data.inquiryId',
      });
      const notAnEvent = { type: 'InquiryResolved', data: { inquiryId: id } } as unknown as InquiryEvent;
      expect(leftOf(await h.store.append(id, [notAnEvent], { expectedVersion: 'no-stream' }))).toMatchObject({
        code: 'EVENT_NOT_STORABLE',
        index: 0,
      });
      expect(rightOf(await h.store.readStream(id)).version).toBe(0);
    });
  });
}

// Bad input, generated. Each class of what a caller can get wrong at the store boundary.
const plainId = fc.stringMatching(/^INQ-[A-Za-z0-9]{1,12}$/);
const INVISIBLES = [
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u3000',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u2063',
  '\ufeff',
  '\u00ad',
  '\u034f',
  '\u3164',
  '\u115f',
  '\ufe0f',
  '\u180e',
  '\u061c',
  '\u202e',
  '\u2800',
  '\u{e0020}',
];
const invisible = fc.constantFrom(...INVISIBLES);
const insertAt = (text: string, piece: string, at: number) =>
  text.slice(0, at % (text.length + 1)) + piece + text.slice(at % (text.length + 1));
export const badStreamIds: fc.Arbitrary<string> = fc.oneof(
  // half a character: a lone high or low surrogate anywhere
  fc
    .tuple(plainId, fc.integer({ min: 0xd800, max: 0xdfff }), fc.nat())
    .map(([id, unit, at]) => insertAt(id, String.fromCharCode(unit), at)),
  // nothing visible
  fc.array(invisible, { maxLength: 6 }).map((parts) => parts.join('')),
  // a visible id with something invisible around it (a second name for the same inquiry)
  fc.tuple(plainId, invisible, fc.boolean()).map(([id, ws, before]) => (before ? ws + id : id + ws)),
  // a control character inside
  fc.tuple(plainId, fc.integer({ min: 0, max: 0x1f }), fc.nat()).map(([id, c, at]) => insertAt(id, String.fromCharCode(c), at)),
  // longer than the byte limit, in 1-, 3- and 4-byte characters
  fc
    .tuple(fc.constantFrom(['a', 1], ['漏', 3], ['💧', 4]), fc.integer({ min: 1, max: 3000 }))
    .map(([[ch, size], extra]) => 'I' + (ch as string).repeat(Math.ceil((MAX_STREAM_ID_BYTES + extra - 1) / (size as number)))),
);
export const badExpectedVersions: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: MAX_STREAM_VERSION, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e12 }).filter((n) => !Number.isInteger(n)),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -1 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e300, -0.5, '1', null, undefined, true),
);
const badBounds: fc.Arbitrary<unknown> = fc.constantFrom(Number.NaN, Infinity, -Infinity, '5', null, true, {});

/**
 * Input the caller got wrong, at the store boundary: every store must give exactly the error the
 * in-memory store gives (the docs promise that what passes in memory behaves the same on
 * PostgreSQL), write nothing, and never answer STORE_FAILURE.
 */
export function describeStoreBoundaryContract(open: () => StoreHarness): void {
  let h: StoreHarness;
  beforeEach(async () => {
    h = open();
    await h.reset();
  });
  const reference = inMemoryEventStore();
  const logIsEmpty = async () => expect(rightOf(await h.store.readAll()).events).toEqual([]);

  it('refuses a stream id no store can keep, on append and on read, as STORE_INPUT_INVALID naming streamId (property)', async () => {
    await fc.assert(
      fc.asyncProperty(badStreamIds, async (id) => {
        const batch = [received({ inquiryId: id })];
        const appended = leftOf(await h.store.append(id, batch, { expectedVersion: 'no-stream' }));
        expect(appended).toMatchObject({ code: 'STORE_INPUT_INVALID', field: 'streamId' });
        expect(appended).toEqual(leftOf(await reference.append(id, batch, { expectedVersion: 'no-stream' })));
        const read = leftOf(await h.store.readStream(id));
        expect(read).toEqual(leftOf(await reference.readStream(id)));
      }),
      { numRuns: 60 },
    );
    await logIsEmpty();
  });

  it('never reads another stream for an id with a lone surrogate (PostgreSQL would store it as U+FFFD)', async () => {
    const handle = createCommandHandler({ store: h.store });
    rightOf(await handle(receive({ inquiryId: 'X-\uFFFD' })));
    expect(leftOf(await h.store.readStream('X-\uD800'))).toMatchObject({ code: 'STORE_INPUT_INVALID', field: 'streamId' });
    // The handler refuses the id before any read (decide's usable-id rule, or the store boundary):
    // never the other inquiry's events, never a duplicate.
    expect(leftOf(await handle(receive({ inquiryId: 'X-\uD800' })))).toMatchObject({
      field: expect.stringMatching(/^(streamId|data\.inquiryId)$/),
    });
  });

  it('keeps ids right up to the byte limit, in any script', async () => {
    for (const id of [
      'I' + 'a'.repeat(MAX_STREAM_ID_BYTES - 1),
      'I' + '漏'.repeat((MAX_STREAM_ID_BYTES - 2) / 3) + 'x',
      'I' + '💧'.repeat((MAX_STREAM_ID_BYTES - 4) / 4) + 'xyz',
      '投诉-漏水-1202',
      'INQ-é́',
    ]) {
      rightOf(await h.store.append(id, [received({ inquiryId: id })], { expectedVersion: 'no-stream' }));
      expect(rightOf(await h.store.readStream(id)).events.map((e) => e.streamId)).toEqual([id]);
    }
  });

  it('refuses an expected version that is not a whole number from 0 to 2^31 - 1 as STORE_INPUT_INVALID, writing nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(badExpectedVersions, async (expectedVersion) => {
        const id = 'INQ-EV-1';
        const options = { expectedVersion } as never;
        const refused = leftOf(await h.store.append(id, [received({ inquiryId: id })], options));
        expect(refused).toMatchObject({ code: 'STORE_INPUT_INVALID', field: 'expectedVersion' });
        expect(refused).toEqual(leftOf(await reference.append(id, [received({ inquiryId: id })], options)));
      }),
      { numRuns: 60 },
    );
    await logIsEmpty();
  });

  it('answers huge and fractional read bounds with the same values as memory, and refuses bounds that are not finite numbers (property)', async () => {
    const id = 'INQ-RB-1';
    const mirror = inMemoryEventStore();
    for (const store of [h.store, mirror]) {
      rightOf(await store.append(id, [received({ inquiryId: id }), followedUp({ inquiryId: id })], { expectedVersion: 'no-stream' }));
    }
    const strip = (events: readonly StoredEvent[]) => events.map((e) => ({ streamId: e.streamId, version: e.version, event: e.event }));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.double({ min: -1e300, max: 1e300, noNaN: true }), fc.integer({ min: -5, max: 5 }), fc.constant(2 ** 53 + 2)),
        fc.oneof(fc.double({ min: -1e300, max: 1e300, noNaN: true }), fc.integer({ min: -5, max: MAX_PAGE_SIZE * 2 })),
        async (after, limit) => {
          const page = rightOf(await h.store.readAll({ after, limit }));
          const expected = rightOf(await mirror.readAll({ after, limit }));
          expect(strip(page.events)).toEqual(strip(expected.events));
          if (expected.events.length === 0) expect(page.lastPosition).toBe(expected.lastPosition);
          const tail = rightOf(await h.store.readStream(id, { after }));
          const tailExpected = rightOf(await mirror.readStream(id, { after }));
          expect({ version: tail.version, events: strip(tail.events) }).toEqual({
            version: tailExpected.version,
            events: strip(tailExpected.events),
          });
        },
      ),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.record({ after: badBounds }), fc.record({ limit: badBounds })), async (bounds) => {
        const refused = leftOf(await h.store.readAll(bounds as never));
        expect(refused).toMatchObject({ code: 'STORE_INPUT_INVALID', field: Object.keys(bounds)[0] });
        expect(refused).toEqual(leftOf(await mirror.readAll(bounds as never)));
      }),
      { numRuns: 30 },
    );
    expect(leftOf(await h.store.readStream(id, { after: Number.NaN }))).toMatchObject({ code: 'STORE_INPUT_INVALID', field: 'after' });
  });
}

/** The command handler over each store: decide, append, retry on conflict, idempotency. */
export function describeCommandHandlerContract(open: () => StoreHarness): void {
  let h: StoreHarness;
  beforeEach(async () => {
    h = open();
    await h.reset();
  });

  const id = 'INQ-H-1';
  const withId = <C extends InquiryCommand>(command: C, commandId: string, correlationId?: string): C => ({
    ...command,
    metadata: correlationId === undefined ? { commandId } : { commandId, correlationId },
  });

  it('given nothing, when a receipt is handled, then its event is stored with actor, command id and correlation id', async () => {
    const handle = createCommandHandler({ store: h.store });
    const handled = rightOf(await handle(withId(receive({ inquiryId: id }), 'form-1', 'visit-1')));
    expect(handled).toMatchObject({ streamId: id, version: 1, duplicate: false, attempts: 1 });
    expect(handled.state.status).toBe('open');
    const [stored] = rightOf(await h.store.readStream(id)).events;
    expect(stored!.event).toEqual(received({ inquiryId: id }));
    expect(stored!.metadata).toEqual({ actor: guard.id, commandId: 'form-1', correlationId: 'visit-1' });
  });

  it('given a receipt, when a rule refuses a command, then the violation comes back as a value and nothing is appended', async () => {
    const handle = createCommandHandler({ store: h.store });
    rightOf(await handle(receive({ inquiryId: id })));
    const refused = leftOf(await handle(transfer({ inquiryId: id, at: minute(1), to: { ...plumber, onDuty: false } })));
    expect(refused).toMatchObject({ _tag: 'RuleViolation', code: 'HANDLER_OFF_DUTY', rule: 'FI-08' });
    expect(rightOf(await h.store.readStream(id)).version).toBe(1);
  });

  it('given a handled command id, when the same command comes again (a double-submitted form), then nothing is appended and the earlier events come back', async () => {
    const handle = createCommandHandler({ store: h.store });
    rightOf(await handle(receive({ inquiryId: id })));
    const form = withId(transfer({ inquiryId: id, at: minute(2) }), 'form-2');
    const first = rightOf(await handle(form));
    // A second handler (another server) sees the same record.
    const again = rightOf(await createCommandHandler({ store: h.store })(form));
    expect(again.duplicate).toBe(true);
    expect(again.events).toEqual(first.events);
    expect(rightOf(await h.store.readStream(id)).version).toBe(2);
  });

  it('given a refused command id, when it comes again after the inquiry changed, then it is decided afresh (refusals are not remembered)', async () => {
    const handle = createCommandHandler({ store: h.store });
    rightOf(await handle(receive({ inquiryId: id })));
    const deferral = withId(transfer({ inquiryId: id, at: minute(3), reason: 'deferred' }), 'form-3');
    expect(leftOf(await handle(deferral))).toMatchObject({ code: 'CONTACT_REQUIRED_FOR_DEFERRAL', rule: 'FI-09' });
    expect(leftOf(await handle(deferral))).toMatchObject({ code: 'CONTACT_REQUIRED_FOR_DEFERRAL' });
    rightOf(await handle(recordContact({ inquiryId: id, at: minute(2) })));
    expect(rightOf(await handle(deferral))).toMatchObject({ duplicate: false, version: 3 });
  });

  it('given 8 concurrent handlers, when each handles 25 follow-ups on one inquiry, then every accepted command is stored exactly once with contiguous versions', async () => {
    rightOf(await createCommandHandler({ store: h.store })(receive({ inquiryId: id })));
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        const handle = createCommandHandler({ store: h.store, maxRetries: 1000 });
        const accepted: string[] = [];
        for (let i = 0; i < 25; i++) {
          const commandId = `w${w}-${i}`;
          const result = await handle(withId(followUp({ inquiryId: id, at: minute(1), note: commandId }), commandId));
          if (E.isRight(result)) accepted.push(commandId);
        }
        return accepted;
      }),
    );
    const accepted = outcomes.flat();
    expect(accepted).toHaveLength(200);
    const read = rightOf(await h.store.readStream(id));
    expect(read.events.map((e) => e.version)).toEqual(Array.from({ length: 201 }, (_, i) => i + 1));
    expect(
      read.events
        .slice(1)
        .map((e) => e.metadata.commandId)
        .sort(),
    ).toEqual([...accepted].sort());
  });

  it('given two racing submissions of one command id, then exactly one appends and both report the same events', async () => {
    rightOf(await createCommandHandler({ store: h.store })(receive({ inquiryId: id })));
    const form = withId(followUp({ inquiryId: id, at: minute(1) }), 'form-race');
    const [a, b] = await Promise.all([createCommandHandler({ store: h.store })(form), createCommandHandler({ store: h.store })(form)]);
    const results = [rightOf(a!), rightOf(b!)];
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(results[0]!.events).toEqual(results[1]!.events);
    expect(rightOf(await h.store.readStream(id)).version).toBe(2);
  });
}
