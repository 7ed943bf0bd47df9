import * as E from 'fp-ts/Either';
import type { StoreError } from './errors';
import type { EventStore, StoredEvent } from './event-store';

// model

/**
 * Where {@link readAllEvents} starts and how much it reads per round trip: events with a global
 * position greater than `after` (default 0, the beginning), `pageSize` at a time (default 500).
 *
 * @example
 * import type { ReadAllEventsOptions } from 'first-inquiry/store';
 * const fromCheckpoint: ReadAllEventsOptions = { after: 1200, pageSize: 1000 };
 *
 * @category store
 * @since 0.2.0
 */
export interface ReadAllEventsOptions {
  readonly after?: number;
  readonly pageSize?: number;
}

/**
 * The store failed while {@link readAllEvents} was reading (the server went away, a stored event
 * no longer decodes). An async iterator can only stop by throwing, so this thin exception carries
 * the {@link StoreError} value (`error`, with its stable `code`) and the position read after.
 *
 * @example
 * import { ReadAllFailed } from 'first-inquiry/store';
 * // try { for await (const e of readAllEvents(store)) … } catch (e) { if (e instanceof ReadAllFailed) console.error(e.error.code); }
 *
 * @category store
 * @since 0.2.0
 */
export class ReadAllFailed extends Error {
  readonly error: StoreError;
  readonly after: number;
  constructor(error: StoreError, after: number) {
    super(`reading the event log after position ${after} failed: ${error.message}`);
    this.name = 'ReadAllFailed';
    this.error = error;
    this.after = after;
  }
}

// utils

/**
 * The whole global log of a store (全部事件), from `after` on, as an async iterator of decoded
 * events with their global positions. It pages through `readAll` internally, so memory stays at
 * one page whatever the length of the log; each event is decoded (and upcast) exactly as the
 * store's `readAll` decodes it. It stops at the end of the log as it was when the last page was
 * read; a failure of the store is thrown as {@link ReadAllFailed}.
 *
 * @example
 * import { inMemoryEventStore, readAllEvents } from 'first-inquiry/store';
 * const store = inMemoryEventStore();
 * for await (const stored of readAllEvents(store, { after: 0 })) console.log(stored.position, stored.event.type);
 *
 * @category store
 * @since 0.2.0
 */
export async function* readAllEvents(store: EventStore, options: ReadAllEventsOptions = {}): AsyncGenerator<StoredEvent, void, undefined> {
  let after = Math.max(0, Math.floor(options.after ?? 0));
  const limit = Math.max(1, Math.floor(options.pageSize ?? 500));
  for (;;) {
    const page = await store.readAll({ after, limit });
    if (E.isLeft(page)) throw new ReadAllFailed(page.left, after);
    if (page.right.events.length === 0) return;
    yield* page.right.events;
    after = page.right.lastPosition;
  }
}
