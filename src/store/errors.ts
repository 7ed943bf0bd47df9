// model

/**
 * What a writer expected the stream's version to be: `'no-stream'` for a new inquiry, or the exact
 * version (the number of events) it last read. Anything else is a conflict, never an overwrite.
 *
 * @example
 * import type { ExpectedVersion } from 'first-inquiry/store';
 * const fresh: ExpectedVersion = 'no-stream';
 * const afterThree: ExpectedVersion = 3;
 *
 * @category store
 * @since 0.1.0
 */
export type ExpectedVersion = 'no-stream' | number;

/**
 * Another writer appended to the stream since it was read: the append wrote nothing. Reload,
 * decide again, and append with the new version (the command handler does this for you).
 *
 * @example
 * import type { ConcurrencyConflict } from 'first-inquiry/store';
 * const c: ConcurrencyConflict = {
 *   _tag: 'StoreError', code: 'CONCURRENCY_CONFLICT', streamId: 'INQ-1', expected: 3, actual: 4,
 *   message: 'Stream INQ-1 is at version 4, but the writer expected version 3; nothing was written. Reload and decide again.',
 * };
 *
 * @category store
 * @since 0.1.0
 */
export interface ConcurrencyConflict {
  readonly _tag: 'StoreError';
  readonly code: 'CONCURRENCY_CONFLICT';
  readonly streamId: string;
  readonly expected: ExpectedVersion;
  readonly actual: number;
  readonly message: string;
}

/**
 * An event was refused at the store's boundary before anything was written: it is not a valid
 * inquiry event, or it holds text PostgreSQL cannot store (a NUL character, a lone UTF-16
 * surrogate). `index` is the event's place in the batch, `field` the path to the bad value.
 *
 * @example
 * import type { EventNotStorable } from 'first-inquiry/store';
 * const e: EventNotStorable = {
 *   _tag: 'StoreError', code: 'EVENT_NOT_STORABLE', streamId: 'INQ-1', index: 1, field: 'data.note',
 *   message: 'data.note in event 1 of the batch for stream INQ-1 holds a NUL character (U+0000) ...',
 * };
 *
 * @category store
 * @since 0.1.0
 */
export interface EventNotStorable {
  readonly _tag: 'StoreError';
  readonly code: 'EVENT_NOT_STORABLE';
  readonly streamId: string;
  readonly index: number;
  readonly field: string;
  readonly message: string;
}

/**
 * A stored event no longer decodes as an inquiry event (after the upcaster ran): the record names
 * the stream, version and global position so an operator can find and repair it.
 *
 * @example
 * import type { StoredEventInvalid } from 'first-inquiry/store';
 * const e: StoredEventInvalid = {
 *   _tag: 'StoreError', code: 'STORED_EVENT_INVALID', streamId: 'INQ-7', version: 2, position: 815,
 *   problems: ['data.note: must be given (it is missing)'],
 *   message: 'Stored event INQ-7 version 2 (position 815, ...) no longer decodes: ...',
 * };
 *
 * @category store
 * @since 0.1.0
 */
export interface StoredEventInvalid {
  readonly _tag: 'StoreError';
  readonly code: 'STORED_EVENT_INVALID';
  readonly streamId: string;
  readonly version: number;
  readonly position: number;
  readonly problems: readonly string[];
  readonly message: string;
}

/**
 * The database itself failed (connection lost, disk full, permission denied). `cause` is the
 * driver's error, kept for logs.
 *
 * @example
 * import { storeFailure, type StoreFailure } from 'first-inquiry/store';
 * const f: StoreFailure = storeFailure('read stream INQ-1', new Error('connection refused'));
 *
 * @category store
 * @since 0.1.0
 */
export interface StoreFailure {
  readonly _tag: 'StoreError';
  readonly code: 'STORE_FAILURE';
  readonly message: string;
  readonly cause: unknown;
}

/**
 * What the caller passed to a store cannot be right, whatever the store holds: a stream id no
 * store can keep (a lone surrogate, nothing visible, surrounding white space, too long), an
 * expected version that is not a whole number in range, or read bounds that are not numbers.
 * Every store refuses the same input with the same error, before touching its data.
 *
 * @example
 * import type { StoreInputInvalid } from 'first-inquiry/store';
 * const e: StoreInputInvalid = {
 *   _tag: 'StoreError', code: 'STORE_INPUT_INVALID', field: 'expectedVersion', value: 2.5,
 *   message: "expectedVersion must be 'no-stream' or a whole number ... / expectedVersion 必须是 ...",
 * };
 *
 * @category store
 * @since 0.1.0
 */
export interface StoreInputInvalid {
  readonly _tag: 'StoreError';
  readonly code: 'STORE_INPUT_INVALID';
  readonly field: 'streamId' | 'expectedVersion' | 'events' | 'after' | 'limit';
  readonly value: unknown;
  readonly message: string;
}

/**
 * Every way a store operation can fail, as a value with a stable `code`.
 *
 * @example
 * import type { StoreError } from 'first-inquiry/store';
 * const explain = (e: StoreError): string =>
 *   e.code === 'CONCURRENCY_CONFLICT' ? `retry from version ${e.actual}` : e.message;
 *
 * @category store
 * @since 0.1.0
 */
export type StoreError = ConcurrencyConflict | EventNotStorable | StoredEventInvalid | StoreInputInvalid | StoreFailure;

// constructors

/**
 * Builds a {@link ConcurrencyConflict}.
 *
 * @example
 * import { concurrencyConflict } from 'first-inquiry/store';
 * concurrencyConflict('INQ-1', 'no-stream', 2).code; // 'CONCURRENCY_CONFLICT'
 *
 * @category store
 * @since 0.1.0
 */
export function concurrencyConflict(streamId: string, expected: ExpectedVersion, actual: number): ConcurrencyConflict {
  const wanted = expected === 'no-stream' ? 'no stream yet' : `version ${expected}`;
  return {
    _tag: 'StoreError',
    code: 'CONCURRENCY_CONFLICT',
    streamId,
    expected,
    actual,
    message: `Stream ${streamId} is at version ${actual}, but the writer expected ${wanted}; nothing was written. Reload and decide again.`,
  };
}

/**
 * Builds a {@link StoreFailure} from a driver error.
 *
 * @example
 * import { storeFailure } from 'first-inquiry/store';
 * storeFailure('append to INQ-1', new Error('connection refused')).message;
 * // 'append to INQ-1 failed: connection refused'
 *
 * @category store
 * @since 0.1.0
 */
export function storeFailure(operation: string, cause: unknown): StoreFailure {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return { _tag: 'StoreError', code: 'STORE_FAILURE', message: `${operation} failed: ${reason}`, cause };
}

/**
 * Builds a {@link StoreInputInvalid}; the message is in English and Chinese.
 *
 * @example
 * import { storeInputInvalid } from 'first-inquiry/store';
 * storeInputInvalid('limit', Infinity, 'must be a finite number', '必须是有限数字').code; // 'STORE_INPUT_INVALID'
 *
 * @category store
 * @since 0.1.0
 */
export function storeInputInvalid(field: StoreInputInvalid['field'], value: unknown, reason: string, reasonZh: string): StoreInputInvalid {
  // A huge string is kept short in the error: the error may be logged.
  const kept = typeof value === 'string' && value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return { _tag: 'StoreError', code: 'STORE_INPUT_INVALID', field, value: kept, message: `${field} ${reason}. / ${field} ${reasonZh}。` };
}
