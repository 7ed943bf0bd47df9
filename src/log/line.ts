import * as E from 'fp-ts/Either';
import { decodeEvent, type InquiryEvent } from '../inquiry/events';

// model

/**
 * Why one line of an exported event log is not an event: not JSON at all (`MALFORMED_JSON`), an
 * unknown `type` (`UNKNOWN_EVENT_TYPE`), or a known type with missing or wrong fields
 * (`INVALID_EVENT`, each field named).
 *
 * @category history
 * @since 0.1.0
 */
export interface LineProblem {
  readonly _tag: 'LineProblem';
  readonly code: LineProblemCode;
  readonly message: string;
}

/**
 * The codes of {@link LineProblem}.
 *
 * @category history
 * @since 0.1.0
 */
export type LineProblemCode = 'MALFORMED_JSON' | 'UNKNOWN_EVENT_TYPE' | 'INVALID_EVENT';

// utils

/**
 * Decodes one line of a JSONL event log (one event per line, `{ "type": ..., "data": ... }`),
 * never throwing: bad input is a {@link LineProblem} naming what is wrong and where.
 *
 * @example
 * import { parseEventLine } from 'first-inquiry';
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
    return E.left(problem('MALFORMED_JSON', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`));
  }
  const decoded = decodeEvent(value);
  if (E.isRight(decoded)) return decoded;
  const { code, problems } = decoded.left;
  return E.left(problem(code, code === 'UNKNOWN_EVENT_TYPE' ? problems.join('; ') : `${eventTypeOf(value)} is malformed: ${problems.join('; ')}`));
}

function eventTypeOf(value: unknown): string {
  return String((value as { type?: unknown }).type);
}

function problem(code: LineProblemCode, message: string): LineProblem {
  return { _tag: 'LineProblem', code, message };
}
