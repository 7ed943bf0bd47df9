import * as E from 'fp-ts/Either';
import { instantMillis, previewValue } from '../primitives/codecs';
import { isPlausibleMillis, PLAUSIBLE_YEARS } from '../primitives/years';
import { promisedDeadline } from '../inquiry/lifecycle';
import { decodeEvent, type InquiryEvent } from '../inquiry/events';
import type { DecodeProblem } from '../primitives/reasons';

// model

/**
 * Why one line of an exported event log is not an event: not JSON at all (`MALFORMED_JSON`), an
 * unknown `type` (`UNKNOWN_EVENT_TYPE`), a known type with missing or wrong fields
 * (`INVALID_EVENT`, each field named), an instant outside the plausible years
 * ({@link PLAUSIBLE_YEARS}, `IMPLAUSIBLE_INSTANT`, the field named: a mistyped year), or a line
 * that could not be read as text: not UTF-8 (`INVALID_UTF8`) or longer than any event
 * (`LINE_TOO_LONG`, see {@link UnreadableLine}).
 *
 * @category history
 * @since 0.1.0
 */
export interface LineProblem {
  readonly _tag: 'LineProblem';
  readonly code: LineProblemCode;
  readonly message: string;
  /**
   * What is wrong, as data ({@link LineDetail}), so that {@link formatLogProblem} words it in the
   * reader's language; `message` is the English.
   *
   * @since 0.2.0
   */
  readonly detail?: LineDetail;
}

/**
 * What is wrong with a line that is not an event, as data: for `INVALID_EVENT` and
 * `IMPLAUSIBLE_INSTANT` the event's type and each refused field (why, and what it held); for
 * `UNKNOWN_EVENT_TYPE` the `type` field; for `MALFORMED_JSON` the character of the line where the
 * JSON parser stopped, when it says (none when the line simply ends too soon).
 *
 * @example
 * import type { LineDetail } from 'first-inquiry/log';
 * const d: LineDetail = { eventType: 'InquiryResolved', fields: [{ path: 'data.summary', reason: 'MISSING' }] };
 *
 * @category history
 * @since 0.2.0
 */
export interface LineDetail {
  readonly eventType?: string;
  readonly fields?: readonly DecodeProblem[];
  readonly column?: number;
}

/**
 * The codes of {@link LineProblem}.
 *
 * @category history
 * @since 0.1.0
 */
export type LineProblemCode = 'MALFORMED_JSON' | 'UNKNOWN_EVENT_TYPE' | 'INVALID_EVENT' | 'IMPLAUSIBLE_INSTANT' | UnreadableLine['code'];

/**
 * A line of a log that a reader could not turn into text: its bytes are not UTF-8
 * (`INVALID_UTF8`; never silently replaced by U+FFFD), or it is longer than any event could be
 * (`LINE_TOO_LONG`; the reader skips it without holding it). {@link checkEventLog} and
 * {@link auditEventLog} accept these among the lines and report them on their line number.
 *
 * @example
 * import type { UnreadableLine } from 'first-inquiry/log';
 * const bad: UnreadableLine = { _tag: 'UnreadableLine', code: 'INVALID_UTF8', message: 'not valid UTF-8 text (byte 0xff at byte 12 of the line)' };
 *
 * @category history
 * @since 0.1.0
 */
export interface UnreadableLine {
  readonly _tag: 'UnreadableLine';
  readonly code: 'INVALID_UTF8' | 'LINE_TOO_LONG';
  readonly message: string;
}

/**
 * Lines of a log that can also be had a batch at a time, under {@link LINE_BATCHES}: what the CLI's
 * reader gives, so that {@link checkEventLog} goes through the lines of a chunk without awaiting
 * each one. Read it one way or the other, once.
 *
 * @internal
 */
export interface BatchedLines extends AsyncIterable<string | UnreadableLine> {
  readonly [LINE_BATCHES]: AsyncIterable<readonly (string | UnreadableLine)[]>;
}

// constants

/**
 * The key of {@link BatchedLines}' batches.
 *
 * @internal
 */
export const LINE_BATCHES: unique symbol = Symbol('first-inquiry.lineBatches');

/**
 * The lines of a log a batch at a time, whichever form they come in: the batches of
 * {@link BatchedLines} (the CLI's reader), an array as one batch, any other iterable a line per
 * batch. {@link checkEventLog} and {@link auditEventLog} read through it, so a chunk's lines are
 * gone through without awaiting each one.
 *
 * The reader's batches are handed over as they are, not through a generator of our own: a
 * generator that passed them on (`yield*`) kept each batch, and the lines it holds, alive across
 * more of the young generation's collections (a 300,000-event audit copied 47 MB there instead of
 * 23 MB).
 *
 * @example
 * import { linesInBatches } from './line'; // internal
 * for await (const batch of linesInBatches(['{"type":"A"}', ''])) batch.length; // 2
 *
 * @internal
 */
export function linesInBatches(
  lines: AsyncIterable<string | UnreadableLine> | Iterable<string | UnreadableLine>,
): AsyncIterable<readonly (string | UnreadableLine)[]> | Iterable<readonly (string | UnreadableLine)[]> {
  const batches = (lines as Partial<BatchedLines>)[LINE_BATCHES];
  if (batches !== undefined) return batches;
  if (Array.isArray(lines)) return [lines as readonly (string | UnreadableLine)[]];
  return linePerBatch(lines);
}

async function* linePerBatch(
  lines: AsyncIterable<string | UnreadableLine> | Iterable<string | UnreadableLine>,
): AsyncGenerator<readonly (string | UnreadableLine)[], void, undefined> {
  for await (const line of lines) yield [line];
}

// One range for the log's instants and the policy's calendar dates (primitives/years.ts).
export { PLAUSIBLE_YEARS } from '../primitives/years';

// utils

/**
 * Decodes one line of a JSONL event log (one event per line, `{ "type": ..., "data": ... }`),
 * never throwing: bad input is a {@link LineProblem} naming what is wrong and where.
 *
 * @example
 * import { parseEventLine } from 'first-inquiry/log';
 * const r = parseEventLine('{"type":"InquiryResolved"');
 * // Left: { code: 'MALFORMED_JSON', message: 'not valid JSON: ...' }
 *
 * @category history
 * @since 0.1.0
 */
export function parseEventLine(text: string): E.Either<LineProblem, InquiryEvent> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // JSON.parse reports bad input only by throwing; here it becomes a value like any other problem.
    const said = e instanceof Error ? e.message : String(e);
    const position = /at position (\d+)/.exec(said)?.[1];
    const malformed = problem('MALFORMED_JSON', `not valid JSON: ${said}`);
    return E.left(position === undefined ? malformed : { ...malformed, detail: { column: Number(position) + 1 } });
  }
  const decoded = decodeEvent(value);
  if (E.isRight(decoded)) {
    const event = decoded.right;
    const deadline = promisedDeadline(event);
    const field =
      implausibleInstant('data.at', event.data.at) !== undefined
        ? 'data.at'
        : deadline !== undefined && implausibleInstant('data.deadline', deadline) !== undefined
          ? 'data.deadline'
          : undefined;
    if (field === undefined) return decoded;
    const instant = field === 'data.at' ? event.data.at : (deadline ?? '');
    return E.left({
      ...problem('IMPLAUSIBLE_INSTANT', `${event.type} is implausible: ${implausibleInstant(field, instant) ?? ''}`),
      detail: { eventType: event.type, fields: [{ path: field, reason: 'INSTANT_PLAUSIBLE', got: previewValue(instant) }] },
    });
  }
  const { code, problems, details } = decoded.left;
  const eventType = code === 'INVALID_EVENT' ? eventTypeOf(value) : undefined;
  const refused = problem(code, eventType === undefined ? problems.join('; ') : `${eventType} is malformed: ${problems.join('; ')}`);
  if (details === undefined) return E.left(refused);
  return E.left({ ...refused, detail: eventType === undefined ? { fields: details } : { eventType, fields: details } });
}

/**
 * Why an instant is outside {@link PLAUSIBLE_YEARS}, naming the field; `undefined` if it is inside.
 *
 * @example
 * import { implausibleInstant } from './line'; // internal: used by parseEventLine and the CLI
 * implausibleInstant('--as-of', '9999-12-31T23:59:59Z');
 * // '--as-of: 9999-12-31T23:59:59Z is outside the years 1970–2200 (a mistyped year?)'
 *
 * @internal
 */
export function implausibleInstant(field: string, instant: string): string | undefined {
  // instantMillis counts as Date.parse does (any string), by arithmetic for a valid instant.
  return isPlausibleMillis(instantMillis(instant))
    ? undefined
    : `${field}: ${instant} is outside the years ${PLAUSIBLE_YEARS.from}–${PLAUSIBLE_YEARS.to} (a mistyped year?)`;
}

function eventTypeOf(value: unknown): string {
  return String((value as { type?: unknown }).type);
}

function problem(code: LineProblemCode, message: string): LineProblem {
  return { _tag: 'LineProblem', code, message };
}
