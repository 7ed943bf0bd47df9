import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { PLAUSIBLE_YEARS } from './years';

// constants

/**
 * Every reason a value codec of this library gives for refusing a value, by a stable code, in
 * English. The codecs pass these very strings to `t.failure`, and {@link decodeProblems} reads the
 * code back from them, so the English text is written once and a catalogue in another language
 * keys its translation by the code (the CLI's in `src/cli/messages.ts`). `EXPECTED` is io-ts's own
 * reason (a field of the wrong type, with the type's name) for a codec not given one by
 * {@link withReason}; the `NOT_*_FIELD` and `REQUIRED_FOR_NEW_CATEGORY` reasons are given by
 * `decodePolicy` itself, not by a codec.
 *
 * @example
 * import { DECODE_REASONS } from './reasons';
 * DECODE_REASONS.POSITIVE_NUMBER; // 'must be a number greater than 0'
 *
 * @category codecs
 * @since 0.2.0
 */
export const DECODE_REASONS = {
  MISSING: 'must be given (it is missing)',
  ID: 'must be an id (a string)',
  ID_BLANK: 'must be a usable id: it shows nothing (empty, white space or invisible characters only)',
  INSTANT_PLAUSIBLE: `must be an instant in the years ${PLAUSIBLE_YEARS.from}–${PLAUSIBLE_YEARS.to} (a mistyped year?)`,
  NON_BLANK: 'must be a non-blank string',
  INSTANT: 'must be an ISO-8601 date-time with a zone, e.g. 2026-05-04T09:30:00+08:00',
  POSITIVE_NUMBER: 'must be a number greater than 0',
  FRACTION: 'must be a fraction between 0 and 1, e.g. 0.8',
  HOLIDAY_LIST: 'must be a list of dates YYYY-MM-DD, or "cn" for mainland China\'s public holidays and make-up days',
  DATE_EXISTS: 'must be a date YYYY-MM-DD that exists',
  DATE_EXISTS_OR_CN: 'must be a date YYYY-MM-DD that exists, or "cn"',
  DATE_PLAUSIBLE: `must be a date in the years ${PLAUSIBLE_YEARS.from}–${PLAUSIBLE_YEARS.to} (a mistyped year?)`,
  DATE_PLAUSIBLE_OR_CN: `must be a date in the years ${PLAUSIBLE_YEARS.from}–${PLAUSIBLE_YEARS.to} (a mistyped year?), or "cn"`,
  TIME_OF_DAY: 'must be a time of day HH:mm, e.g. 09:00 (24:00 ends the day)',
  ZONE: 'must be an IANA time zone, e.g. Asia/Shanghai',
  WEEKDAY: 'must be a weekday number 1 (Monday) … 7 (Sunday)',
  NO_WEEKDAY: 'needs at least one working weekday, or working time never comes',
  NO_PERIOD: 'needs at least one working period',
  PERIOD_BACKWARDS: 'must end after it starts (from < to)',
  PERIODS_OVERLAP: 'must start after the previous period ends (in order, not overlapping)',
  REQUIRED_FOR_NEW_CATEGORY: 'required for a new category',
  // The policy file's own shapes, worded for the person who writes one (not io-ts's type names).
  POLICY: 'must be a JSON object of policy fields',
  TEXT: 'must be a text',
  TEXT_LIST: 'must be a list of texts',
  PHRASE_NO_LETTERS:
    'has no letter or digit to match: a forbidden phrase is matched on its letters and digits alone, so this one would never be found',
  BOOLEAN: 'must be true or false',
  CATEGORIES: 'must be an object of category settings by category id',
  CATEGORY: "must be an object of the category's settings",
  TIME_LIMIT: 'must be a time limit, e.g. {"amount": 2, "unit": "working-days"}',
  TIME_UNIT: 'must be "hours", "working-hours" or "working-days"',
  ACCOUNTABILITY: 'must be "handover-discharges" or "first-responder-retains"',
  CALENDAR: 'must be an object of calendar settings',
  WEEKDAY_LIST: 'must be a list of weekday numbers 1 (Monday) … 7 (Sunday)',
  PERIOD_LIST: 'must be a list of working periods, e.g. [{"from": "09:00", "to": "18:00"}]',
  PERIOD: 'must be a working period, e.g. {"from": "09:00", "to": "18:00"}',
  DATE_LIST: 'must be a list of dates YYYY-MM-DD',
} as const;

/**
 * The code of a reason a value is refused: one of `DECODE_REASONS`, `EXPECTED` (io-ts: not
 * of the field's type, `params.type` names it), `NOT_POLICY_FIELD` / `NOT_CATEGORY_FIELD` /
 * `NOT_CALENDAR_FIELD` (an unknown field, `params.known` lists the known ones), or `OTHER` (a
 * message of a codec outside this list, kept as `params.text`).
 *
 * @example
 * import type { DecodeReason } from './reasons';
 * const reason: DecodeReason = 'DATE_PLAUSIBLE_OR_CN';
 *
 * @category codecs
 * @since 0.2.0
 */
export type DecodeReason =
  | keyof typeof DECODE_REASONS
  | 'EXPECTED'
  | 'EVENT_TYPE'
  | 'ONE_OF'
  | 'NOT_POLICY_FIELD'
  | 'NOT_CATEGORY_FIELD'
  | 'NOT_CALENDAR_FIELD'
  | 'OTHER';

/**
 * One refused value as data: where (`path`, e.g. `calendar.holidays.0`), why (`reason` and its
 * `params`), and what was there (`got`: the value as JSON, `null` for no value at all; absent when
 * the reason does not show the value). `describeProblem` words it in English; other
 * languages render the same fields.
 *
 * @example
 * import type { DecodeProblem } from './reasons';
 * const p: DecodeProblem = { path: 'calendar.holidays.0', reason: 'DATE_PLAUSIBLE_OR_CN', got: '"7026-01-01"' };
 *
 * @category codecs
 * @since 0.2.0
 */
export interface DecodeProblem {
  readonly path: string;
  readonly reason: DecodeReason;
  readonly params?: { readonly type?: string; readonly known?: string; readonly text?: string };
  readonly got?: string | null;
}

const BY_TEXT: ReadonlyMap<string, keyof typeof DECODE_REASONS> = new Map(
  Object.entries(DECODE_REASONS).map(([code, text]) => [text, code as keyof typeof DECODE_REASONS]),
);

// combinators

/**
 * The codec, refusing a value of the wrong kind with `reason` instead of io-ts's `expected <type
 * name>`: a person writing a policy file knows "a list of texts", not `ReadonlyArray<string>`. Only
 * the refusal of the value itself is reworded; a field or an item inside it keeps its own reason.
 * The codec accepts exactly what it accepted, and keeps its class (`props`, `type`, `keys`).
 *
 * @example
 * import * as t from 'io-ts';
 * import { withReason } from './reasons';
 * const Flag = withReason(t.boolean, 'BOOLEAN');
 * Flag.decode('yes'); // Left: [{ value: 'yes', message: 'must be true or false', … }]
 *
 * @category codecs
 * @since 0.2.0
 */
export function withReason<C extends t.Any>(codec: C, reason: keyof typeof DECODE_REASONS): C {
  const message = DECODE_REASONS[reason];
  const validate = (u: unknown, c: t.Context): t.Validation<t.TypeOf<C>> => {
    const result = codec.validate(u, c);
    if (E.isRight(result)) return result;
    // io-ts refuses a value of the wrong kind with no message, in the codec's own context `c`; an
    // error from inside the value (a field, an item) has a longer context.
    return t.failures(result.left.map((e) => (e.message === undefined && e.context.length === c.length ? { ...e, message } : e)));
  };
  const reasoned = Object.assign(Object.create(Object.getPrototypeOf(codec) as object) as C, codec, { validate });
  // io-ts binds `decode` to the instance in its constructor: bound again, to the copy.
  return Object.assign(reasoned, { decode: t.Type.prototype.decode.bind(reasoned) });
}

// utils

/**
 * The code of a codec's refusal message: the {@link DECODE_REASONS} entry it is, `EXPECTED` when
 * io-ts gave none, else `OTHER`.
 *
 * @example
 * import { reasonOf } from './reasons';
 * reasonOf('must be a number greater than 0'); // 'POSITIVE_NUMBER'
 *
 * @category codecs
 * @since 0.2.0
 */
export function reasonOf(message: string | undefined): DecodeReason {
  return message === undefined ? 'EXPECTED' : (BY_TEXT.get(message) ?? 'OTHER');
}

/**
 * The English reason of a {@link DecodeProblem}, without its path and value.
 *
 * @example
 * import { englishReason } from './reasons';
 * englishReason({ path: 'x', reason: 'EXPECTED', params: { type: 'boolean' } }); // 'expected boolean'
 *
 * @category codecs
 * @since 0.2.0
 */
export function englishReason(problem: DecodeProblem): string {
  const p = problem.params ?? {};
  switch (problem.reason) {
    case 'EXPECTED':
      return `expected ${p.type ?? 'a value'}`;
    case 'ONE_OF':
      return `must be one of: ${p.known ?? ''}`;
    case 'EVENT_TYPE':
      return `must be one of the event types (${p.known ?? ''})`;
    case 'NOT_POLICY_FIELD':
      return `is not a policy field (known: ${p.known ?? ''})`;
    case 'NOT_CATEGORY_FIELD':
      return `is not a category field (known: ${p.known ?? ''})`;
    case 'NOT_CALENDAR_FIELD':
      return `is not a calendar field (known: ${p.known ?? ''})`;
    case 'OTHER':
      return p.text ?? '';
    default:
      return DECODE_REASONS[problem.reason];
  }
}

/**
 * One {@link DecodeProblem} as the English line the library has always given:
 * `path: reason (got value)`.
 *
 * @example
 * import { describeProblem } from './reasons';
 * describeProblem({ path: 'atRiskFraction', reason: 'FRACTION', got: '2' });
 * // 'atRiskFraction: must be a fraction between 0 and 1, e.g. 0.8 (got 2)'
 *
 * @category codecs
 * @since 0.2.0
 */
export function describeProblem(problem: DecodeProblem): string {
  const got = problem.got === undefined ? '' : ` (got ${problem.got ?? 'nothing'})`;
  return `${problem.path === '' ? '' : `${problem.path}: `}${englishReason(problem)}${got}`;
}
