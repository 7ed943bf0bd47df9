// The one validation every store runs on what the caller passes in (stream id, expected version,
// read bounds) before anything reaches memory or SQL. The three stores call these same functions,
// so input the caller got wrong gets the same typed error everywhere — never a STORE_FAILURE from
// deep inside PostgreSQL, and never a different answer in memory than on a server.
import * as E from 'fp-ts/Either';
import type { InquiryEvent } from '../inquiry/events';
import { storeInputInvalid, type StoreError, type StoreInputInvalid } from './errors';
import type { AppendOptions, EventMetadata } from './event-store';
import { checkStorable } from './storable';

// model

/**
 * The largest stream version the stores hold (the SQL column is a 32-bit `integer`).
 *
 * @example
 * import { MAX_STREAM_VERSION } from 'first-inquiry/store';
 * MAX_STREAM_VERSION; // 2147483647
 *
 * @category store
 * @since 0.1.0
 */
export const MAX_STREAM_VERSION = 2 ** 31 - 1;

/**
 * The longest stream id, in UTF-8 bytes: far below PostgreSQL's b-tree entry limit (about 2,700
 * bytes), so an id that passes can always be indexed.
 *
 * @example
 * import { MAX_STREAM_ID_BYTES } from 'first-inquiry/store';
 * MAX_STREAM_ID_BYTES; // 512
 *
 * @category store
 * @since 0.1.0
 */
export const MAX_STREAM_ID_BYTES = 512;

/**
 * The largest page {@link EventStore.readAll} returns; a larger `limit` is read as this one (a
 * reader pages on with `lastPosition`, so nothing is lost).
 *
 * @example
 * import { MAX_PAGE_SIZE } from 'first-inquiry/store';
 * MAX_PAGE_SIZE; // 10000
 *
 * @category store
 * @since 0.1.0
 */
export const MAX_PAGE_SIZE = 10_000;

// utils

// White space, controls, format characters (zero-width, bidi marks, BOM) and every other default
// ignorable code point (variation selectors, the combining grapheme joiner, Hangul fillers, soft
// hyphen, tag characters), plus the blank Braille pattern: none of them shows as a mark.
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Checks a stream id: a string that is well-formed Unicode (no lone surrogate, which UTF-8
 * cannot encode and PostgreSQL would turn into U+FFFD — another stream), holds no control
 * character, shows at least one visible character, neither starts nor ends with white space or an
 * invisible character (`'INQ-1 '` would be a second stream of the same inquiry), and is at most
 * {@link MAX_STREAM_ID_BYTES} bytes in UTF-8.
 *
 * @example
 * import { checkStreamId } from './boundary';
 * checkStreamId('INQ-1'); // Right('INQ-1')
 * checkStreamId('\u200b'); // Left({ code: 'STORE_INPUT_INVALID', field: 'streamId', ... })
 *
 * @category store
 * @since 0.1.0
 */
export function checkStreamId(streamId: unknown): E.Either<StoreInputInvalid, string> {
  const bad = (reason: string, zh: string) => E.left(storeInputInvalid('streamId', streamId, reason, zh));
  if (typeof streamId !== 'string') return bad(`must be a string (got ${describe(streamId)})`, '必须是字符串');
  if (LONE_SURROGATE.test(streamId))
    return bad('holds a lone UTF-16 surrogate (half a character), which no store can keep', '含有孤立的代理码元（半个字符）');
  if (/\p{Cc}/u.test(streamId)) return bad('holds a control character', '含有控制字符');
  const bytes = utf8Length(streamId);
  if (bytes > MAX_STREAM_ID_BYTES)
    return bad(
      `is ${bytes} bytes long in UTF-8; the limit is ${MAX_STREAM_ID_BYTES}`,
      `长 ${bytes} 字节（UTF-8），上限为 ${MAX_STREAM_ID_BYTES}`,
    );
  if (!hasVisible(streamId))
    return bad('shows nothing: it is empty or only white space and invisible characters', '为空，或只有空白和不可见字符');
  const first = String.fromCodePoint(streamId.codePointAt(0) ?? 0);
  const last = lastCodePoint(streamId);
  if (INVISIBLE.test(first) || INVISIBLE.test(last)) {
    return bad(
      'starts or ends with white space or an invisible character; remove it (it would name a second stream)',
      '首尾有空白或不可见字符，请删除（否则会成为另一个流）',
    );
  }
  return E.right(streamId);
}

/**
 * Checks the expected version of an append of `batchLength` events: `'no-stream'`, or a whole
 * number from 0 such that the stream's new version stays within {@link MAX_STREAM_VERSION}.
 * A fraction, NaN, an infinity or a negative number is the caller's mistake, not a conflict.
 *
 * @example
 * import { checkExpectedVersion } from './boundary';
 * checkExpectedVersion(3, 1); // Right(3)
 * checkExpectedVersion(2.5, 1); // Left({ code: 'STORE_INPUT_INVALID', field: 'expectedVersion', ... })
 *
 * @category store
 * @since 0.1.0
 */
export function checkExpectedVersion(expectedVersion: unknown, batchLength: number): E.Either<StoreInputInvalid, number> {
  if (expectedVersion === 'no-stream') return E.right(0);
  if (
    typeof expectedVersion !== 'number' ||
    !Number.isInteger(expectedVersion) ||
    expectedVersion < 0 ||
    expectedVersion > MAX_STREAM_VERSION
  ) {
    return E.left(
      storeInputInvalid(
        'expectedVersion',
        expectedVersion,
        `must be 'no-stream' or a whole number from 0 to ${MAX_STREAM_VERSION} (got ${describe(expectedVersion)})`,
        `必须是 'no-stream' 或 0 到 ${MAX_STREAM_VERSION} 的整数`,
      ),
    );
  }
  if (expectedVersion + batchLength > MAX_STREAM_VERSION) {
    return E.left(
      storeInputInvalid(
        'expectedVersion',
        expectedVersion,
        `plus ${batchLength} events passes the largest version, ${MAX_STREAM_VERSION}`,
        `加上 ${batchLength} 个事件超出最大版本 ${MAX_STREAM_VERSION}`,
      ),
    );
  }
  return E.right(expectedVersion);
}

/**
 * Checks the `after` of {@link EventStore.readStream}: absent (0) or a number that is not NaN;
 * fractions are rounded down, negatives read from the start, and anything past
 * {@link MAX_STREAM_VERSION} reads nothing (the stream's version still comes back).
 *
 * @example
 * import { checkReadAfter } from './boundary';
 * checkReadAfter(2.7); // Right(2)
 * checkReadAfter(Number.NaN); // Left({ code: 'STORE_INPUT_INVALID', field: 'after', ... })
 *
 * @category store
 * @since 0.1.0
 */
export function checkReadAfter(after: unknown): E.Either<StoreInputInvalid, number> {
  if (after === undefined) return E.right(0);
  if (typeof after !== 'number' || Number.isNaN(after)) {
    return E.left(storeInputInvalid('after', after, `must be a number of events (got ${describe(after)})`, '必须是数字'));
  }
  return E.right(Math.min(MAX_STREAM_VERSION, Math.max(0, Math.floor(after))));
}

/**
 * Checks the arguments of {@link EventStore.readStream}: the stream id ({@link checkStreamId}) and
 * `after` ({@link checkReadAfter}), in that order, so every store refuses the same input the same way.
 *
 * @example
 * import { checkReadStream } from './boundary';
 * checkReadStream('INQ-1', 2.7); // Right({ streamId: 'INQ-1', after: 2 })
 * checkReadStream(' INQ-1', 0); // Left({ code: 'STORE_INPUT_INVALID', field: 'streamId', ... })
 *
 * @category store
 * @since 0.2.0
 */
export function checkReadStream(
  streamId: unknown,
  after: unknown,
): E.Either<StoreInputInvalid, { readonly streamId: string; readonly after: number }> {
  const id = checkStreamId(streamId);
  if (E.isLeft(id)) return id;
  return E.map((checked: number) => ({ streamId: id.right, after: checked }))(checkReadAfter(after));
}

/**
 * Checks the bounds of {@link EventStore.readAll}: `after` a finite number (default 0; rounded
 * down; below 0 reads from the start), `limit` a finite number (default 500; rounded down, at
 * least 1, at most {@link MAX_PAGE_SIZE}). A zero or negative limit would return an empty page,
 * which a reader takes for "caught up" while events are still unread, hence the floor of 1.
 *
 * @example
 * import { checkReadAllBounds } from './boundary';
 * checkReadAllBounds({ after: -3, limit: 0 }); // Right({ after: 0, limit: 1 })
 * checkReadAllBounds({ limit: Infinity }); // Left({ code: 'STORE_INPUT_INVALID', field: 'limit', ... })
 *
 * @category store
 * @since 0.1.0
 */
export function checkReadAllBounds(
  options: { readonly after?: unknown; readonly limit?: unknown } = {},
): E.Either<StoreInputInvalid, { readonly after: number; readonly limit: number }> {
  const { after = 0, limit = 500 } = options ?? {};
  if (typeof after !== 'number' || !Number.isFinite(after)) {
    return E.left(
      storeInputInvalid(
        'after',
        after,
        `must be a finite number, a position in the log (got ${describe(after)})`,
        '必须是有限数字（日志中的位置）',
      ),
    );
  }
  if (typeof limit !== 'number' || !Number.isFinite(limit)) {
    return E.left(storeInputInvalid('limit', limit, `must be a finite number of events (got ${describe(limit)})`, '必须是有限的事件数'));
  }
  return E.right({ after: Math.max(0, Math.floor(after)), limit: Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit))) });
}

/**
 * Everything an append checks before it writes, in one order for every store: the stream id, the
 * expected version, then each event and the metadata ({@link checkStorable}). Returns the expected
 * version as a number (`'no-stream'` is 0) and the metadata to store.
 *
 * @example
 * import { checkAppend } from './boundary';
 * checkAppend('INQ-1', [], { expectedVersion: 'no-stream' }); // Right({ expected: 0, metadata: {} })
 *
 * @category store
 * @since 0.1.0
 */
export function checkAppend(
  streamId: string,
  events: readonly InquiryEvent[],
  options: AppendOptions,
): E.Either<StoreError, { readonly expected: number; readonly metadata: EventMetadata }> {
  const id = checkStreamId(streamId);
  if (E.isLeft(id)) return id;
  if (!Array.isArray(events)) return E.left(storeInputInvalid('events', events, 'must be an array of events', '必须是事件数组'));
  const expected = checkExpectedVersion((options as AppendOptions | undefined)?.expectedVersion, events.length);
  if (E.isLeft(expected)) return expected;
  const metadata = options.metadata ?? {};
  const storable = checkStorable(streamId, events, metadata);
  if (E.isLeft(storable)) return storable;
  return E.right({ expected: expected.right, metadata });
}

function hasVisible(text: string): boolean {
  for (const ch of text) if (VISIBLE.test(ch) && !INVISIBLE.test(ch)) return true;
  return false;
}

function lastCodePoint(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  return low >= 0xdc00 && low <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a pair (lone surrogates were refused before)
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return value === null ? 'null' : typeof value;
}
