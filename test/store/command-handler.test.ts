import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import type { InquiryCommand } from '../../src/inquiry/commands';
import { createCommandHandler } from '../../src/store/command-handler';
import type { EventStore } from '../../src/store/event-store';
import { inMemoryEventStore } from '../../src/store/in-memory';
import { declineDemand, followUp, receive as receiveRepair, reopen, type CommandOptions } from '../support/commands';
import { followedUp } from '../support/events';
import { plumber } from '../support/staff';
import { minute } from '../support/time';
import { leftOf, rightOf } from './support/contract';

const ID = 'INQ-R-1';
// A complaint, not a repair: these tests decline the matter, and a repair needs its liability classified first (FI-12).
const receive = (options: CommandOptions<'ReceiveInquiry'> = {}) => receiveRepair({ category: 'complaint', ...options });

/**
 * A store where another writer gets in first `times` times: just before each of the handler's
 * appends, a colleague's follow-up lands on the same inquiry. Counts the handler's appends.
 */
function contestedStore(times: number): { readonly store: EventStore; readonly appends: () => number } {
  const inner = inMemoryEventStore();
  let interruptions = 0;
  let appends = 0;
  const store: EventStore = {
    readStream: inner.readStream,
    readAll: inner.readAll,
    append: async (streamId, events, options) => {
      appends++;
      if (streamId === ID && options.expectedVersion !== 'no-stream' && interruptions < times) {
        interruptions++;
        const now = rightOf(await inner.readStream(streamId)).version;
        rightOf(
          await inner.append(streamId, [followedUp({ inquiryId: ID, by: plumber, note: `colleague ${interruptions}` })], {
            expectedVersion: now,
          }),
        );
      }
      return inner.append(streamId, events, options);
    },
  };
  return { store, appends: () => appends };
}

const note = (text: string): InquiryCommand => followUp({ inquiryId: ID, at: minute(1), note: text });

describe('command handler: conflicts and retries', () => {
  it('given another writer gets in first twice, when a command is handled with 3 retries, then it is decided again and lands on top', async () => {
    const { store } = contestedStore(2);
    // Cache off: every try reads the stream first, so each conflict is a real race, and a retry.
    const handle = createCommandHandler({ store, maxRetries: 3, cacheSize: 0 });
    rightOf(await handle(receive({ inquiryId: ID })));
    const handled = rightOf(await handle(note('mine')));
    expect(handled).toMatchObject({ attempts: 3, version: 4, duplicate: false });
    const notes = rightOf(await store.readStream(ID))
      .events.slice(1)
      .map((e) => (e.event.data as { note: string }).note);
    expect(notes).toEqual(['colleague 1', 'colleague 2', 'mine']);
  });

  it('given another writer always gets in first, when the retries are used up, then the conflict comes back as a value', async () => {
    const { store, appends } = contestedStore(Number.POSITIVE_INFINITY);
    const handle = createCommandHandler({ store, maxRetries: 2, cacheSize: 0 });
    rightOf(await handle(receive({ inquiryId: ID })));
    const before = appends();
    expect(leftOf(await handle(note('mine')))).toMatchObject({ _tag: 'StoreError', code: 'CONCURRENCY_CONFLICT', streamId: ID });
    expect(appends() - before).toBe(3);
  });

  it('waits through the backoff before each retry, told which retry it is', async () => {
    const { store } = contestedStore(2);
    const waits: number[] = [];
    const handle = createCommandHandler({ store, cacheSize: 0, backoff: async (retry) => void waits.push(retry) });
    rightOf(await handle(receive({ inquiryId: ID })));
    rightOf(await handle(note('mine')));
    expect(waits).toEqual([1, 2]);
  });

  it('given the handler’s cached view went stale, the append at the cached version conflicts at no cost: it is no retry and no attempt, and the command lands on top', async () => {
    const { store, appends } = contestedStore(1);
    const waits: number[] = [];
    const handle = createCommandHandler({ store, maxRetries: 0, backoff: async (retry) => void waits.push(retry) });
    rightOf(await handle(receive({ inquiryId: ID })));
    const before = appends();
    const handled = rightOf(await handle(note('mine')));
    expect(handled).toMatchObject({ attempts: 1, version: 3, duplicate: false });
    expect([appends() - before, waits]).toEqual([2, []]);
  });

  it('given the cached view is current, a command is decided and appended without reading the stream first', async () => {
    const inner = inMemoryEventStore();
    let reads = 0;
    const store: EventStore = { ...inner, readStream: (...args) => (reads++, inner.readStream(...args)) };
    const handle = createCommandHandler({ store });
    rightOf(await handle(receive({ inquiryId: ID })));
    const readsAfterReceipt = reads;
    rightOf(await handle(note('one')));
    rightOf(await handle(note('two')));
    expect(reads).toBe(readsAfterReceipt);
    expect(rightOf(await inner.readStream(ID)).version).toBe(3);
  });

  it('given an inquiry the handler has never seen, a receipt is appended in one round trip, without reading first', async () => {
    const inner = inMemoryEventStore();
    let reads = 0;
    const store: EventStore = { ...inner, readStream: (...args) => (reads++, inner.readStream(...args)) };
    for (const cacheSize of [1000, 0]) {
      const id = `INQ-NEW-${cacheSize}`;
      expect(rightOf(await createCommandHandler({ store, cacheSize })(receive({ inquiryId: id })))).toMatchObject({
        version: 1,
        attempts: 1,
      });
    }
    expect(reads).toBe(0);
  });

  it('given a receipt already stored, when it is submitted again to a handler that never saw the inquiry, then it is found as a duplicate, not refused', async () => {
    const store = inMemoryEventStore();
    const form = { ...receive({ inquiryId: ID }), metadata: { commandId: 'form-1' } };
    const first = rightOf(await createCommandHandler({ store })(form));
    const again = rightOf(await createCommandHandler({ store, cacheSize: 0 })(form));
    expect(again).toMatchObject({ duplicate: true, version: 1, attempts: 1 });
    expect(again.events).toEqual(first.events);
    // A receipt under a new command id on an existing inquiry is refused on the stream as read.
    expect(leftOf(await createCommandHandler({ store })(receive({ inquiryId: ID })))).toMatchObject({ _tag: 'RuleViolation' });
  });

  it('decodes each event once on the command path: appended events do not go through the read decoder again', async () => {
    let upcasts = 0;
    const store = inMemoryEventStore({ upcast: (r) => (upcasts++, { type: r.type, data: r.data }) });
    const handle = createCommandHandler({ store });
    rightOf(await handle(receive({ inquiryId: ID })));
    for (const text of ['one', 'two', 'three']) rightOf(await handle(note(text)));
    expect(upcasts).toBe(0);
    // Reading is where stored records are decoded (and upcast), once each.
    expect(rightOf(await store.readStream(ID)).events).toHaveLength(4);
    expect(upcasts).toBe(4);
  });

  it('never returns a refusal decided on the cache: a refusal is decided again on the stream as read', async () => {
    const inner = inMemoryEventStore();
    const handle = createCommandHandler({ store: inner });
    rightOf(await handle(receive({ inquiryId: ID })));
    rightOf(await handle(declineDemand({ inquiryId: ID, at: minute(1) })));
    // Another process reopens the matter; this handler's cache still says it is closed.
    rightOf(await createCommandHandler({ store: inner })(reopen({ inquiryId: ID, at: minute(2), by: plumber })));
    const handled = rightOf(await handle(followUp({ inquiryId: ID, at: minute(3), by: plumber, note: 'Back on it.' })));
    expect(handled.version).toBe(4);
  });

  it('given a conflict brings in an event that makes the command wrong, then the retry returns the rule violation, not the conflict', async () => {
    const inner = inMemoryEventStore();
    let closedByColleague = false;
    const store: EventStore = {
      ...inner,
      append: async (streamId, events, options) => {
        if (!closedByColleague && options.expectedVersion === 1) {
          closedByColleague = true;
          rightOf(await createCommandHandler({ store: inner })(declineDemand({ inquiryId: ID, at: minute(1) })));
        }
        return inner.append(streamId, events, options);
      },
    };
    const handle = createCommandHandler({ store });
    rightOf(await handle(receive({ inquiryId: ID })));
    expect(leftOf(await handle(note('too late')))).toMatchObject({ _tag: 'RuleViolation', code: 'INQUIRY_CLOSED', rule: 'FI-02' });
  });

  it('never retries a rule violation: it is decided once and nothing is appended', async () => {
    const { store, appends } = contestedStore(0);
    const handle = createCommandHandler({ store });
    expect(leftOf(await handle(note('before any receipt')))).toMatchObject({ code: 'INQUIRY_NOT_FOUND' });
    expect(appends()).toBe(0);
  });
});

describe('command handler: bad input and caching', () => {
  it('refuses a command without an inquiry id with INVALID_COMMAND naming the field, without touching the store', async () => {
    const { store, appends } = contestedStore(0);
    const handle = createCommandHandler({ store });
    const garbage = { type: 'FollowUp', data: { note: 'x' } } as unknown as InquiryCommand;
    const refused = leftOf(await handle(garbage));
    expect(refused).toMatchObject({ _tag: 'RuleViolation', code: 'INVALID_COMMAND' });
    expect(JSON.stringify(refused)).toContain('inquiryId');
    expect(appends()).toBe(0);
    expect(E.isLeft(await handle(null as unknown as InquiryCommand))).toBe(true);
  });

  it('gives the same results with the stream cache off (every command replays its stream)', async () => {
    const run = async (cacheSize: number) => {
      const store = inMemoryEventStore({ clock: () => new Date('2030-01-01T00:00:00Z') });
      const handle = createCommandHandler({ store, cacheSize });
      const results = [];
      for (const command of [
        receive({ inquiryId: ID }),
        note('a'),
        { ...note('b'), metadata: { commandId: 'b' } },
        { ...note('b'), metadata: { commandId: 'b' } },
        declineDemand({ inquiryId: ID, at: minute(3) }),
        note('after close'),
      ]) {
        results.push(await handle(command));
      }
      return results;
    };
    expect(await run(0)).toEqual(await run(1000));
  });

  it('given the store went backwards under a warm cache (restored from a backup), decides on what the store now holds', async () => {
    const before = inMemoryEventStore();
    const restored = inMemoryEventStore();
    let current = before;
    const store: EventStore = {
      readStream: (...args) => current.readStream(...args),
      append: (...args) => current.append(...args),
      readAll: (...args) => current.readAll(...args),
    };
    const handle = createCommandHandler({ store });
    rightOf(await handle(receive({ inquiryId: ID })));
    rightOf(await createCommandHandler({ store: restored })(receive({ inquiryId: ID })));
    rightOf(await handle(declineDemand({ inquiryId: ID, at: minute(1) })));
    current = restored;
    // The cache says "closed at v2"; the restored store has only the receipt, so the follow-up is fine.
    expect(rightOf(await handle(note('after the restore')))).toMatchObject({ version: 2, duplicate: false });
  });

  it('sees events another handler appended while its own cache was warm', async () => {
    const store = inMemoryEventStore();
    const mine = createCommandHandler({ store });
    const theirs = createCommandHandler({ store });
    rightOf(await mine(receive({ inquiryId: ID })));
    rightOf(await theirs(declineDemand({ inquiryId: ID, at: minute(1) })));
    expect(leftOf(await mine(note('stale view?')))).toMatchObject({ code: 'INQUIRY_CLOSED' });
  });
});
