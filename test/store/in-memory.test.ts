import { describe, expect, it } from 'vitest';
import { inMemoryEventStore } from '../../src/store/in-memory';
import type { EventStore } from '../../src/store/event-store';
import { received } from '../support/events';
import { describeCommandHandlerContract, describeEventStoreContract, describeStoreBoundaryContract, rightOf } from './support/contract';
import type { StoreHarness } from './support/harness';

function memoryHarness(): StoreHarness {
  let store: EventStore = inMemoryEventStore();
  return {
    name: 'in-memory',
    get store() {
      return store;
    },
    reset: async () => {
      store = inMemoryEventStore();
    },
    withUpcaster: (upcast) => inMemoryEventStore({ upcast }),
  };
}

describe('in-memory event store', () => {
  describeEventStoreContract(memoryHarness);
  describe('input the caller got wrong', () => describeStoreBoundaryContract(memoryHarness));

  it('stamps recordedAt from its clock, not from the business time of the event', async () => {
    const store = inMemoryEventStore({ clock: () => new Date('2030-01-01T00:00:00Z') });
    rightOf(await store.append('INQ-1', [received({ inquiryId: 'INQ-1' })], { expectedVersion: 'no-stream' }));
    expect(rightOf(await store.readStream('INQ-1')).events[0]!.recordedAt).toBe('2030-01-01T00:00:00.000Z');
  });

  it('keeps history safe from a caller who mutates an event after appending it', async () => {
    const store = inMemoryEventStore();
    const event = received({ inquiryId: 'INQ-1' });
    const mutable = JSON.parse(JSON.stringify(event)) as { data: { intent: string } };
    rightOf(await store.append('INQ-1', [mutable as unknown as typeof event], { expectedVersion: 'no-stream' }));
    mutable.data.intent = 'rewritten';
    expect(rightOf(await store.readStream('INQ-1')).events[0]!.event).toEqual(event);
  });
});

describe('command handler on the in-memory store', () => {
  describeCommandHandlerContract(memoryHarness);
});
