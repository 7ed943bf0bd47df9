import * as E from 'fp-ts/Either';
import { decodeEvent, type InquiryEvent } from '../inquiry/events';
import type { EventNotStorable } from './errors';
import type { EventMetadata } from './event-store';

// PostgreSQL text and jsonb cannot hold U+0000, and UTF-8 cannot encode a lone surrogate; both
// would fail inside the database half-way through a batch, so every store refuses them up front.
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// utils

/**
 * Checks a batch before any of it is written: every event must be a valid inquiry event of the
 * stream it goes to, and no string in it (or in the metadata) may hold a NUL character or a lone
 * surrogate. The first problem is returned, naming the event's index and the field.
 *
 * @example
 * import { checkStorable } from './storable';
 * checkStorable('INQ-1', [], {}); // Right([])
 *
 * @category store
 * @since 0.1.0
 */
export function checkStorable(
  streamId: string,
  events: readonly InquiryEvent[],
  metadata: EventMetadata,
): E.Either<EventNotStorable, readonly InquiryEvent[]> {
  for (const [index, event] of events.entries()) {
    const decoded = decodeEvent(event);
    if (E.isLeft(decoded)) {
      return E.left(notStorable(streamId, index, 'event', `is not a valid inquiry event: ${decoded.left.problems.join('; ')}`));
    }
    if (decoded.right.data.inquiryId !== streamId) {
      return E.left(
        notStorable(streamId, index, 'data.inquiryId', `belongs to inquiry ${decoded.right.data.inquiryId}, not to stream ${streamId}`),
      );
    }
    const bad = findUnstorable(event, '');
    if (bad !== null) return E.left(notStorable(streamId, index, bad, UNSTORABLE_REASON));
  }
  const badMeta = findUnstorable(metadata, 'metadata');
  return badMeta === null ? E.right(events) : E.left(notStorable(streamId, -1, badMeta, UNSTORABLE_REASON));
}

const UNSTORABLE_REASON = 'holds a NUL character (U+0000) or a lone UTF-16 surrogate, which the store cannot keep; remove it';

function notStorable(streamId: string, index: number, field: string, reason: string): EventNotStorable {
  const where = index < 0 ? `the metadata of the batch for stream ${streamId}` : `event ${index} of the batch for stream ${streamId}`;
  return { _tag: 'StoreError', code: 'EVENT_NOT_STORABLE', streamId, index, field, message: `${field} in ${where} ${reason}.` };
}

function findUnstorable(value: unknown, path: string): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const where = path === '' ? key : `${path}.${key}`;
    if (UNSTORABLE.test(key)) return where;
    const found = findUnstorable(inner, where);
    if (found !== null) return found;
  }
  return null;
}
