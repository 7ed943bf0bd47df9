import * as E from 'fp-ts/Either';
import type { InquiryEvent } from '../inquiry/events';
import { concurrencyConflict } from './errors';
import { checkAppend, checkReadAllBounds, checkReadStream } from './boundary';
import type { AppendOptions, EventStore, ReadAllOptions, StoredEvent } from './event-store';
import { decodeAllStored, keepAsStored, type StoredRecord, type Upcaster } from './upcast';

// model

/**
 * Options for {@link inMemoryEventStore}: the upcaster applied on read, and the clock that stamps
 * `recordedAt` (a store is an edge, so it may read one; pass a fixed clock for reproducible tests).
 *
 * @example
 * import { inMemoryEventStore, keepAsStored } from 'first-inquiry/store';
 * const store = inMemoryEventStore({ upcast: keepAsStored, clock: () => new Date('2026-05-04T01:30:00Z') });
 *
 * @category store
 * @since 0.1.0
 */
export interface InMemoryStoreOptions {
  readonly upcast?: Upcaster;
  readonly clock?: () => Date;
}

// constructors

/**
 * An event store in the process's memory, for tests, examples and single-process tools. It keeps
 * the same contract as the PostgreSQL stores: records are copied in as JSON (a caller mutating an
 * event after appending cannot change history), decoded through the upcaster on read, refused at
 * the boundary for the same reasons, and conflicts are values.
 *
 * @example
 * import { inMemoryEventStore, createCommandHandler } from 'first-inquiry/store';
 * const store = inMemoryEventStore({ clock: () => new Date('2026-05-04T01:30:00Z') });
 * const handle = createCommandHandler({ store });
 *
 * @category store
 * @since 0.1.0
 */
export function inMemoryEventStore(options: InMemoryStoreOptions = {}): EventStore {
  const upcast = options.upcast ?? keepAsStored;
  const clock = options.clock ?? (() => new Date());
  const log: StoredRecord[] = [];
  const streams = new Map<string, StoredRecord[]>();

  const readStream: EventStore['readStream'] = async (streamId, readOptions = {}) => {
    const checked = checkReadStream(streamId, readOptions?.after);
    if (E.isLeft(checked)) return checked;
    const { after } = checked.right;
    const records = streams.get(streamId) ?? [];
    return E.map((events: readonly StoredEvent[]) => ({
      streamId,
      version: records.length,
      events,
    }))(decodeAllStored(records.slice(after), upcast));
  };

  const append = async (streamId: string, events: readonly InquiryEvent[], appendOptions: AppendOptions) => {
    const checked = checkAppend(streamId, events, appendOptions);
    if (E.isLeft(checked)) return checked;
    const { expected, metadata } = checked.right;
    const stream = streams.get(streamId) ?? [];
    if (stream.length !== expected) {
      return E.left(concurrencyConflict(streamId, appendOptions.expectedVersion, stream.length));
    }
    const recordedAt = clock().toISOString();
    const copiedMeta = JSON.parse(JSON.stringify(metadata)) as StoredRecord['metadata'];
    const records = events.map((event, i): StoredRecord => ({
      streamId,
      version: expected + i + 1,
      position: log.length + i + 1,
      type: event.type,
      schemaVersion: event.data.schemaVersion,
      data: JSON.parse(JSON.stringify(event.data)),
      metadata: copiedMeta,
      recordedAt,
    }));
    // Synchronous from the version check to here: no other append can interleave.
    log.push(...records);
    streams.set(streamId, [...stream, ...records]);
    // Decoded once, by checkAppend: the copies are valid events in the current shape, so they come
    // back without a second decode (and without the upcaster, which is for older shapes).
    const stored = records.map((r): StoredEvent => ({
      streamId,
      version: r.version,
      position: r.position,
      event: { type: r.type, data: r.data } as InquiryEvent,
      metadata: r.metadata,
      recordedAt: r.recordedAt,
    }));
    return E.right({ streamId, nextExpectedVersion: expected + records.length, events: stored });
  };

  const readAll = async (readOptions: ReadAllOptions = {}) => {
    const bounds = checkReadAllBounds(readOptions);
    if (E.isLeft(bounds)) return bounds;
    const { after, limit } = bounds.right;
    const page = log.slice(after, after + limit);
    return E.map((events: readonly StoredEvent[]) => ({
      events,
      lastPosition: page.length === 0 ? after : after + page.length,
    }))(decodeAllStored(page, upcast));
  };

  return { readStream, append, readAll };
}
