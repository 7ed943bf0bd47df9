import type * as E from 'fp-ts/Either';
import type { InquiryEvent } from '../inquiry/events';
import type { ExpectedVersion, StoreError } from './errors';

// model

/**
 * Who and what caused a batch of events: the acting staff member's id, the command id (for
 * idempotency) and the correlation id (one conversation, many commands).
 *
 * @example
 * import type { EventMetadata } from 'first-inquiry/store';
 * const m: EventMetadata = { actor: 's-017', commandId: 'form-8841', correlationId: 'call-0317' };
 *
 * @category store
 * @since 0.1.0
 */
export interface EventMetadata {
  readonly actor?: string;
  readonly commandId?: string;
  readonly correlationId?: string;
}

/**
 * An event as the store holds it: the decoded event plus where it sits. `version` counts events
 * in its stream from 1 with no gaps; `position` orders all events of the store (it grows, but
 * may skip numbers); `recordedAt` is the store's clock, not the business time (`event.data.at`).
 *
 * @example
 * import type { StoredEvent } from 'first-inquiry/store';
 * const whoAndWhen = (s: StoredEvent): string =>
 *   `${s.streamId} v${s.version}: ${s.event.type} by ${s.event.data.by.name} at ${s.event.data.at} (recorded ${s.recordedAt})`;
 *
 * @category store
 * @since 0.1.0
 */
export interface StoredEvent {
  readonly streamId: string;
  readonly version: number;
  readonly position: number;
  readonly event: InquiryEvent;
  readonly metadata: EventMetadata;
  readonly recordedAt: string;
}

/**
 * One stream as read: its current version (0 when it does not exist) and its events in order.
 *
 * @example
 * import { replay } from 'first-inquiry';
 * import { inMemoryEventStore } from 'first-inquiry/store';
 * const read = await inMemoryEventStore().readStream('INQ-1');
 * if (read._tag === 'Right') replay(read.right.events.map((e) => e.event)).status; // 'none'
 *
 * @category store
 * @since 0.1.0
 */
export interface StreamRead {
  readonly streamId: string;
  readonly version: number;
  readonly events: readonly StoredEvent[];
}

/**
 * The outcome of a successful append: the stored events and the stream's new version, which is
 * the expected version for the next append.
 *
 * @example
 * import type { AppendResult } from 'first-inquiry/store';
 * const next = (r: AppendResult) => ({ expectedVersion: r.nextExpectedVersion });
 *
 * @category store
 * @since 0.1.0
 */
export interface AppendResult {
  readonly streamId: string;
  readonly nextExpectedVersion: number;
  readonly events: readonly StoredEvent[];
}

/**
 * A page of the global log. Read the next page with `after: page.lastPosition`; `lastPosition`
 * equals the `after` you passed when the page is empty (you are caught up).
 *
 * @example
 * import { inMemoryEventStore } from 'first-inquiry/store';
 * const store = inMemoryEventStore();
 * for (let after = 0; ; ) {
 *   const page = await store.readAll({ after });
 *   if (page._tag === 'Left' || page.right.events.length === 0) break;
 *   // ... feed page.right.events to a projection ...
 *   after = page.right.lastPosition;
 * }
 *
 * @category store
 * @since 0.1.0
 */
export interface GlobalPage {
  readonly events: readonly StoredEvent[];
  readonly lastPosition: number;
}

/**
 * Options for {@link EventStore.append}.
 *
 * @example
 * import type { AppendOptions } from 'first-inquiry/store';
 * const options: AppendOptions = { expectedVersion: 'no-stream', metadata: { actor: 's-017', commandId: 'form-8841' } };
 *
 * @category store
 * @since 0.1.0
 */
export interface AppendOptions {
  readonly expectedVersion: ExpectedVersion;
  readonly metadata?: EventMetadata;
}

/**
 * Where the global log is read from: events with a position greater than `after` (default 0,
 * the beginning), at most `limit` of them (default 500).
 *
 * @example
 * import type { ReadAllOptions } from 'first-inquiry/store';
 * const nextPage: ReadAllOptions = { after: 1200, limit: 100 };
 *
 * @category store
 * @since 0.1.0
 */
export interface ReadAllOptions {
  readonly after?: number;
  readonly limit?: number;
}

/**
 * An append-only event store, one stream per inquiry. Every operation returns its failure as a
 * {@link StoreError} value. Appends are atomic (the whole batch or nothing) and guarded by the
 * expected version, so two writers can never both extend the same version.
 *
 * @example
 * import { inMemoryEventStore } from 'first-inquiry/store';
 * const store = inMemoryEventStore();
 * const read = await store.readStream('INQ-1'); // Right({ streamId: 'INQ-1', version: 0, events: [] })
 *
 * @category store
 * @since 0.1.0
 */
export interface EventStore {
  /** Reads one stream, all of it or only the events after version `after`. */
  readonly readStream: (streamId: string, options?: { readonly after?: number }) => Promise<E.Either<StoreError, StreamRead>>;
  /** Appends a batch if the stream is at `expectedVersion`; otherwise writes nothing and returns a conflict. */
  readonly append: (
    streamId: string,
    events: readonly InquiryEvent[],
    options: AppendOptions,
  ) => Promise<E.Either<StoreError, AppendResult>>;
  /** Reads the global log in position order, a page at a time (projections, audit export). */
  readonly readAll: (options?: ReadAllOptions) => Promise<E.Either<StoreError, GlobalPage>>;
}

// utils

/**
 * The page a {@link ReadAllOptions} asks for, made safe: `after` a whole number ≥ 0, `limit` a
 * whole number ≥ 1 (default 500). A zero or negative limit would return an empty page, which a
 * reader takes for "caught up" while events are still unread.
 *
 * @deprecated The stores use `checkReadAllBounds`, which also refuses NaN and infinities and caps
 * the page at `MAX_PAGE_SIZE`.
 *
 * @example
 * import { readAllBounds } from 'first-inquiry/store';
 * readAllBounds({ after: -3, limit: 0 }); // { after: 0, limit: 1 }
 *
 * @category store
 * @since 0.1.0
 */
export function readAllBounds(options: ReadAllOptions = {}): { readonly after: number; readonly limit: number } {
  const after = Math.floor(options.after ?? 0);
  const limit = Math.floor(options.limit ?? 500);
  return { after: Number.isFinite(after) ? Math.max(0, after) : 0, limit: Number.isFinite(limit) ? Math.max(1, limit) : 500 };
}

/**
 * The version a {@link EventStore.readStream} reads after, made safe: a whole number ≥ 0.
 *
 * @deprecated The stores use `checkReadAfter`, which refuses NaN and caps at `MAX_STREAM_VERSION`.
 *
 * @example
 * import { readAfter } from 'first-inquiry/store';
 * readAfter(2.7); // 2
 * readAfter(undefined); // 0
 *
 * @category store
 * @since 0.1.0
 */
export function readAfter(after: number | undefined): number {
  const whole = Math.floor(after ?? 0);
  return Number.isFinite(whole) ? Math.max(0, whole) : 0;
}
