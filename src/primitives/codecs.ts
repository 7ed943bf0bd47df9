import * as t from 'io-ts';
import { isVisibleText } from './identity';
import { DECODE_REASONS, describeProblem, reasonOf, type DecodeProblem } from './reasons';

// model

/**
 * A string that shows something: not empty, not only white space or invisible characters (see
 * `isVisibleText`). Ids use the stricter {@link UsableId}.
 *
 * @example
 * import { NonBlankString } from './codecs';
 * NonBlankString.is('  '); // false
 *
 * @category codecs
 * @since 0.1.0
 */
export const NonBlankString = new t.Type<string, string, unknown>(
  'NonBlankString',
  (u): u is string => typeof u === 'string' && isVisibleText(u),
  (u, c) => (typeof u === 'string' && isVisibleText(u) ? t.success(u) : t.failure(u, c, DECODE_REASONS.NON_BLANK)),
  t.identity,
);

/**
 * An instant as an ISO-8601 date-time string with a zone designator (`Z` or `±hh:mm`), e.g.
 * `2026-05-04T09:30:00+08:00`. Time always comes into the core as data: nothing in the library
 * reads a clock.
 *
 * @example
 * import { Instant } from 'first-inquiry';
 * Instant.is('2026-05-04T09:30:00+08:00'); // true
 * Instant.is('2026-05-04 09:30'); // false: no zone, so not an instant
 *
 * @category codecs
 * @since 0.1.0
 */
export const Instant = new t.Type<string, string, unknown>(
  'Instant',
  (u): u is string => typeof u === 'string' && isInstant(u),
  (u, c) => (typeof u === 'string' && isInstant(u) ? t.success(u) : t.failure(u, c, DECODE_REASONS.INSTANT)),
  t.identity,
);

// What Instant accepts, written as a pattern (the reference; see instantOrNaN for the check that runs):
// /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, a date
// that exists, hours 00-23, minutes and seconds 00-59, and a zone offset Date.parse accepts
// (hours 00-23, minutes 00-59).
function isInstant(s: string): boolean {
  return !Number.isNaN(instantOrNaN(s));
}

/**
 * Milliseconds since the epoch of a string {@link Instant} accepts, or `NaN` for any other string:
 * the pattern, the calendar check and `Date.parse` of the same string, in one pass of plain
 * arithmetic over its characters. Every command and event has an instant or two, each checked
 * and then compared, and a regular expression, `Date.parse` and the calendar check each cost more
 * than this whole pass. Property-tested against the pattern and `Date.parse`.
 */
function instantOrNaN(s: string): number {
  // The same instant is often asked about several times in a row (an event's `at` is checked by
  // the codec, then against the plausible years, then compared by the rules): the last answer is kept.
  if (s === lastInstant) return lastMillis;
  const millis = countInstant(s);
  lastInstant = s;
  lastMillis = millis;
  return millis;
}

let lastInstant = '';
let lastMillis = Number.NaN;

function countInstant(s: string): number {
  const n = s.length;
  // The shortest instant is YYYY-MM-DDTHH:mmZ; the longest has seconds, nine decimals and ±hh:mm.
  if (n < 17 || n > 35) return Number.NaN;
  const century = twoDigits(s, 0);
  const year = century * 100 + twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  if (
    century < 0 ||
    !(year >= century * 100) ||
    s.charCodeAt(4) !== 0x2d || // -
    s.charCodeAt(7) !== 0x2d ||
    s.charCodeAt(10) !== 0x54 || // T
    s.charCodeAt(13) !== 0x3a || // :
    !(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)
  ) {
    return Number.NaN;
  }
  let i = 16;
  let second = 0;
  let millis = 0;
  if (s.charCodeAt(i) === 0x3a) {
    second = twoDigits(s, 17);
    if (!(second >= 0 && second <= 59)) return Number.NaN;
    i = 19;
    if (s.charCodeAt(i) === 0x2e) {
      // Date.parse reads the first three decimals and ignores the rest (it truncates, never rounds).
      const first = i + 1;
      for (i = first; i < n; i++) {
        const d = s.charCodeAt(i) - 0x30;
        if (!(d >= 0 && d <= 9)) break;
        if (i - first < 3) millis = millis * 10 + d;
      }
      const digits = i - first;
      if (digits < 1 || digits > 9) return Number.NaN;
      if (digits === 1) millis *= 100;
      else if (digits === 2) millis *= 10;
    }
  }
  let offset = 0;
  const zone = s.charCodeAt(i);
  if (zone === 0x5a) {
    // Z
    if (n !== i + 1) return Number.NaN;
  } else if (zone === 0x2b || zone === 0x2d) {
    // + or -
    const hours = twoDigits(s, i + 1);
    const minutes = twoDigits(s, i + 4);
    if (n !== i + 6 || s.charCodeAt(i + 3) !== 0x3a || !(hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59)) return Number.NaN;
    offset = (zone === 0x2b ? 1 : -1) * (hours * 60 + minutes);
  } else {
    return Number.NaN;
  }
  return daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis - offset * 60_000;
}

// The number of two ASCII digits at `i` (00-99), or -1 (also past the end of the string).
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 0x30;
  const b = s.charCodeAt(i + 1) - 0x30;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  // The calendar check it replaced used Date.UTC, which reads years 0-99 as 1900-1999: kept so.
  const y = year <= 99 ? 1900 + year : year;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar, the one Date.parse counts
// in (year 0 is 1 BC, a leap year). From Howard Hinnant's `days_from_civil`; the first day of the
// last month counted is kept, as a log's instants come month by month.
function daysFromCivil(year: number, month: number, day: number): number {
  if (year !== lastYear || month !== lastMonth) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    lastYear = year;
    lastMonth = month;
    lastMonthStart = era * 146_097 + dayOfEra - 719_468;
  }
  return lastMonthStart + day - 1;
}

let lastYear = -1;
let lastMonth = -1;
let lastMonthStart = 0;

const readonlyStrings = t.readonlyArray(t.string);

/**
 * A list of strings (missing items of a notice). The same codec as `t.readonlyArray(t.string)`,
 * whose guard skips the holes of a sparse array that its decoder rejects; this guard checks every
 * index, so `decide` and `decodeEvent` may accept valid input by the guard alone.
 *
 * @internal
 */
export const StringList = new t.Type<readonly string[], readonly string[], unknown>(
  readonlyStrings.name,
  (u): u is readonly string[] => {
    if (!Array.isArray(u)) return false;
    for (let i = 0; i < u.length; i++) if (typeof u[i] !== 'string') return false;
    return true;
  },
  (u, c) => readonlyStrings.validate(u, c),
  t.identity,
);

/**
 * Milliseconds since the epoch of an {@link Instant}. Pure: parsing is not reading a clock.
 *
 * @example
 * import { instantMillis } from './codecs';
 * instantMillis('1970-01-01T00:00:01Z'); // 1000
 *
 * @category utils
 * @since 0.1.0
 */
export function instantMillis(instant: string): number {
  // An instant the codec accepts is counted by arithmetic; anything else as Date.parse reads it.
  const millis = instantOrNaN(instant);
  return Number.isNaN(millis) ? Date.parse(instant) : millis;
}

/**
 * Whether instant `a` is earlier than instant `b`. Two instants written alike (same length, same
 * offset) compare as text, which is what a rule checking that time does not go backwards asks of
 * every command: the inquiry's last instant is rarely among the instants just counted.
 *
 * @example
 * import { instantBefore } from './codecs';
 * instantBefore('2026-05-04T09:00:00+08:00', '2026-05-04T02:00:00Z'); // true (01:00Z is before 02:00Z)
 *
 * @internal
 */
export function instantBefore(a: string, b: string): boolean {
  const n = a.length;
  if (n === b.length && n >= 17 && writtenAlike(a, b, n)) return a < b;
  return instantMillis(a) < instantMillis(b);
}

// Same length (so the same fields at the same places), the same offset text (`Z` or ±hh:mm), and
// no digits past the millisecond, which instantMillis does not count.
function writtenAlike(a: string, b: string, n: number): boolean {
  const last = a.charCodeAt(n - 1);
  if (last !== b.charCodeAt(n - 1)) return false;
  if (last === 0x5a /* Z */) return n <= 24;
  if (n > 29) return false;
  for (let i = n - 6; i < n - 1; i += 1) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/**
 * Turns io-ts validation errors into one readable line per problem, naming the field path,
 * e.g. `data.to.id: must be a non-blank string (got "")`.
 *
 * @example
 * import { describeErrors, NonBlankString } from './codecs';
 * import * as E from 'fp-ts/Either';
 * const r = NonBlankString.decode('');
 * if (E.isLeft(r)) describeErrors(r.left); // ['must be a non-blank string (got "")']
 *
 * @category utils
 * @since 0.1.0
 */
export function describeErrors(errors: t.Errors): readonly string[] {
  return decodeProblems(errors).map(describeProblem);
}

/**
 * io-ts validation errors as {@link DecodeProblem} values (field path, reason code, value), one per
 * problem, for rendering in any language; {@link describeErrors} is their English wording.
 *
 * @example
 * import { decodeProblems, NonBlankString } from './codecs';
 * import * as E from 'fp-ts/Either';
 * const r = NonBlankString.decode('');
 * if (E.isLeft(r)) decodeProblems(r.left); // [{ path: '', reason: 'NON_BLANK', got: '""' }]
 *
 * @category utils
 * @since 0.2.0
 */
export function decodeProblems(errors: t.Errors): readonly DecodeProblem[] {
  const seen = new Map<string, DecodeProblem>();
  for (const e of errors) {
    const path = e.context
      // Members of a union or an intersection are indexed too; those indices are not field names.
      .filter((_, i) => i > 0 && !isCombinator(e.context[i - 1]?.type))
      .map((c) => c.key)
      .join('.');
    // A field io-ts found missing is said so, once (an intersection's members each refuse it, by
    // type names like `Partial<{ employeeNo: string }>` that mean nothing to the reader).
    const missing = e.value === undefined && e.message === undefined;
    // A value outside an enumeration (a channel, a handover reason) is told the values it may take,
    // not the enumeration's type name.
    const choices = e.message === undefined ? keysOf(e.context[e.context.length - 1]?.type) : undefined;
    const reason = missing ? 'MISSING' : choices !== undefined ? 'ONE_OF' : reasonOf(e.message);
    const params =
      reason === 'ONE_OF'
        ? { known: choices ?? '' }
        : reason === 'EXPECTED'
          ? { type: e.context[e.context.length - 1]?.type.name ?? 'a value' }
          : reason === 'OTHER'
            ? { text: e.message ?? '' }
            : undefined;
    const problem: DecodeProblem = {
      path,
      reason,
      ...(params === undefined ? {} : { params }),
      ...(missing ? {} : { got: e.value === undefined ? null : previewValue(e.value) }),
    };
    const line = describeProblem(problem);
    if (!seen.has(line)) seen.set(line, problem);
  }
  return [...seen.values()];
}

// The values of an enumeration codec (`t.keyof`), listed; undefined for any other codec.
function keysOf(type: t.Decoder<unknown, unknown> | undefined): string | undefined {
  const keyof = type as { _tag?: string; keys?: Readonly<Record<string, unknown>> } | undefined;
  return keyof?._tag === 'KeyofType' && keyof.keys !== undefined ? Object.keys(keyof.keys).join(', ') : undefined;
}

function isCombinator(type: t.Decoder<unknown, unknown> | undefined): boolean {
  const tag = (type as { _tag?: string } | undefined)?._tag;
  return tag === 'IntersectionType' || tag === 'UnionType';
}

/**
 * A short rendering of any value for an error message. Never throws: JavaScript callers can pass
 * values JSON cannot show (BigInt, functions, symbols, cycles), and a refusal must still be a value.
 *
 * @internal
 */
export function previewValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON writes Infinity and NaN as null; JSON.parse reads 1e309 as Infinity, which is what was given.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const s = toJson(value) ?? (typeof value === 'bigint' ? `${value}n` : `a value of type ${typeof value} that JSON cannot show`);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function toJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/**
 * A record of codecs keyed by the `type` each one accepts: `{ [type]: codec }`. The key must be
 * the codec's own `type` literal (a record where they differ does not compile), so the record is
 * the one list from which a union ({@link unionOf}), the list of types (`Object.keys`) and the
 * per-type dispatch ({@link codecForTag}) are derived.
 *
 * @example
 * import * as t from 'io-ts';
 * import { taggedCodecs } from './codecs';
 * const Ping = t.type({ type: t.literal('Ping') });
 * const codecs = taggedCodecs({ Ping });
 * Object.keys(codecs); // ['Ping']
 *
 * @category utils
 * @since 0.2.0
 */
export function taggedCodecs<R extends { readonly [K in keyof R]: t.Mixed & t.Decoder<unknown, { readonly type: K }> }>(record: R): R {
  return record;
}

/**
 * The io-ts union of every codec of a record of tagged codecs, in the record's order. io-ts
 * indexes a union of tagged members by their tag, so its guard and decoder look at one member.
 *
 * @example
 * import * as t from 'io-ts';
 * import { taggedCodecs, unionOf } from './codecs';
 * const Shape = unionOf(taggedCodecs({ Dot: t.type({ type: t.literal('Dot') }), Box: t.type({ type: t.literal('Box'), side: t.number }) }), 'Shape');
 * Shape.is({ type: 'Box', side: 2 }); // true
 *
 * @category utils
 * @since 0.2.0
 */
export function unionOf<R extends Readonly<Record<string, t.Mixed>>>(
  record: R,
  name: string,
): t.UnionC<[R[keyof R], R[keyof R], ...Array<R[keyof R]>]> {
  return t.union(Object.values(record) as [R[keyof R], R[keyof R], ...Array<R[keyof R]>], name);
}

/**
 * The `type` of a value that may be a tagged record (`undefined` when it is not an object), for
 * {@link codecForTag} and for error messages that show what came.
 *
 * @example
 * import { tagOf } from './codecs';
 * tagOf({ type: 'Ping' }); // 'Ping'
 * tagOf('Ping'); // undefined
 *
 * @category utils
 * @since 0.2.0
 */
export function tagOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
}

/**
 * The codec of a record of tagged codecs that handles `tag` (an own key only, so `toString` or
 * `__proto__` find nothing), or `undefined`. Checking a value with its own member's guard or decoder
 * is what makes an error name that member's fields instead of every member of the union.
 *
 * @example
 * import * as t from 'io-ts';
 * import { codecForTag, taggedCodecs } from './codecs';
 * const codecs = taggedCodecs({ Ping: t.type({ type: t.literal('Ping') }) });
 * codecForTag(codecs, 'Ping')?.is({ type: 'Ping' }); // true
 * codecForTag(codecs, 'toString'); // undefined
 *
 * @category utils
 * @since 0.2.0
 */
export function codecForTag<R extends Readonly<Record<string, t.Mixed>>>(
  record: R,
  tag: unknown,
): (t.Decoder<unknown, t.TypeOf<R[keyof R]>> & { readonly is: (u: unknown) => u is t.TypeOf<R[keyof R]> }) | undefined {
  return typeof tag === 'string' && Object.hasOwn(record, tag) ? record[tag] : undefined;
}
