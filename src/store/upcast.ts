import * as E from 'fp-ts/Either';
import { decodeEvent, type InquiryEvent } from '../inquiry/events';
import type { StoredEventInvalid } from './errors';
import type { EventMetadata, StoredEvent } from './event-store';

// model

/**
 * An event record as it lies in storage, before decoding: the raw `data` may be of an older
 * `schemaVersion` than the code that reads it.
 *
 * @example
 * import type { StoredRecord } from 'first-inquiry/store';
 * const old: StoredRecord = {
 *   streamId: 'INQ-1', version: 1, position: 1, type: 'FollowedUp', schemaVersion: 0,
 *   data: { text: 'called back' }, metadata: { actor: 's-017' }, recordedAt: '2025-01-01T00:00:00.000Z',
 * };
 *
 * @category store
 * @since 0.1.0
 */
export interface StoredRecord {
  readonly streamId: string;
  readonly version: number;
  readonly position: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly recordedAt: string;
}

/**
 * Turns a stored event of any schema version into the current shape (`{ type, data }` with
 * `data.schemaVersion` equal to `EVENT_SCHEMA_VERSION`). Runs on every read, before decoding;
 * pure. The default keeps records as they are.
 *
 * @example
 * import type { Upcaster } from 'first-inquiry/store';
 * // Suppose version 0 of FollowedUp called its note `text`.
 * const upcast: Upcaster = (r) =>
 *   r.type === 'FollowedUp' && r.schemaVersion === 0
 *     ? { type: r.type, data: { ...(r.data as { text: string }), note: (r.data as { text: string }).text, schemaVersion: 1 } }
 *     : { type: r.type, data: r.data };
 *
 * @category store
 * @since 0.1.0
 */
export type Upcaster = (record: { readonly type: string; readonly schemaVersion: number; readonly data: unknown }) => unknown;

// constructors

/**
 * The upcaster that changes nothing: for stores whose events all have the current schema version.
 *
 * @example
 * import { keepAsStored } from 'first-inquiry/store';
 * keepAsStored({ type: 'FollowedUp', schemaVersion: 1, data: {} }); // { type: 'FollowedUp', data: {} }
 *
 * @category store
 * @since 0.1.0
 */
export const keepAsStored: Upcaster = (record) => ({ type: record.type, data: record.data });

// utils

/**
 * Upcasts and decodes one stored record; a record that does not decode is a
 * {@link StoredEventInvalid} naming its stream and version.
 *
 * @example
 * import { decodeStored, keepAsStored } from 'first-inquiry/store';
 * decodeStored({ streamId: 'INQ-1', version: 1, position: 1, type: 'Nope', schemaVersion: 1, data: {}, metadata: {}, recordedAt: '2026-01-01T00:00:00.000Z' }, keepAsStored);
 * // Left: STORED_EVENT_INVALID, 'Stored event INQ-1 version 1 ...'
 *
 * @category store
 * @since 0.1.0
 */
export function decodeStored(record: StoredRecord, upcast: Upcaster): E.Either<StoredEventInvalid, StoredEvent> {
  let candidate: unknown;
  try {
    candidate = upcast({ type: record.type, schemaVersion: record.schemaVersion, data: record.data });
  } catch (e) {
    // An upcaster is user code; its exception on one bad record must not crash a whole read.
    return E.left(invalid(record, [`upcaster threw: ${e instanceof Error ? e.message : String(e)}`]));
  }
  const decoded = decodeEvent(candidate);
  if (E.isLeft(decoded)) return E.left(invalid(record, decoded.left.problems));
  const event: InquiryEvent = decoded.right;
  return E.right({
    streamId: record.streamId,
    version: record.version,
    position: record.position,
    event,
    metadata: record.metadata,
    recordedAt: record.recordedAt,
  });
}

/**
 * Decodes records in order, stopping at the first that does not decode.
 *
 * @example
 * import { decodeAllStored, keepAsStored } from 'first-inquiry/store';
 * decodeAllStored([], keepAsStored); // Right([])
 *
 * @category store
 * @since 0.1.0
 */
export function decodeAllStored(records: readonly StoredRecord[], upcast: Upcaster): E.Either<StoredEventInvalid, readonly StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (const record of records) {
    const decoded = decodeStored(record, upcast);
    if (E.isLeft(decoded)) return decoded;
    out.push(decoded.right);
  }
  return E.right(out);
}

function invalid(record: StoredRecord, problems: readonly string[]): StoredEventInvalid {
  return {
    _tag: 'StoreError',
    code: 'STORED_EVENT_INVALID',
    streamId: record.streamId,
    version: record.version,
    position: record.position,
    problems,
    message: `Stored event ${record.streamId} version ${record.version} (position ${record.position}, type ${record.type}, schema version ${record.schemaVersion}) no longer decodes: ${problems.join('; ')}. Add an upcaster for it or repair the record.`,
  };
}
