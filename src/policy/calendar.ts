import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { DateTime, IANAZone } from 'luxon';
import { describeErrors } from '../primitives/codecs';
import { isPlausibleYear } from '../primitives/years';
import { DECODE_REASONS, withReason } from '../primitives/reasons';

// model

const TIME_OF_DAY = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A wall-clock time of day, `HH:mm` (00:00 … 24:00; `24:00` is the end of the day).
 *
 * @example
 * import { TimeOfDay } from './calendar';
 * TimeOfDay.is('09:00'); // true
 * TimeOfDay.is('9:00'); // false
 *
 * @category calendar
 * @since 0.1.0
 */
export const TimeOfDay = new t.Type<string, string, unknown>(
  'TimeOfDay',
  (u): u is string => typeof u === 'string' && TIME_OF_DAY.test(u),
  (u, c) => (typeof u === 'string' && TIME_OF_DAY.test(u) ? t.success(u) : t.failure(u, c, DECODE_REASONS.TIME_OF_DAY)),
  t.identity,
);
export type TimeOfDay = t.TypeOf<typeof TimeOfDay>;

/**
 * A calendar date, `YYYY-MM-DD`, that exists, in `PLAUSIBLE_YEARS` (1970–2200).
 *
 * @example
 * import { CalendarDate } from './calendar';
 * CalendarDate.is('2025-10-01'); // true
 * CalendarDate.is('2025-02-30'); // false
 *
 * @category calendar
 * @since 0.1.0
 */
export const CalendarDate = new t.Type<string, string, unknown>(
  'CalendarDate',
  (u): u is string => typeof u === 'string' && isPlausibleDate(u),
  (u, c) =>
    typeof u === 'string' && isPlausibleDate(u)
      ? t.success(u)
      : t.failure(u, c, typeof u === 'string' && isDate(u) ? DECODE_REASONS.DATE_PLAUSIBLE : DECODE_REASONS.DATE_EXISTS),
  t.identity,
);

// A holiday in 7026 is a typing error for 2026: refused, not silently never reached.
function isPlausibleDate(u: string): boolean {
  return isDate(u) && isPlausibleYear(Number(u.slice(0, 4)));
}
export type CalendarDate = t.TypeOf<typeof CalendarDate>;

/**
 * An IANA time-zone name that this JavaScript runtime knows, e.g. `Asia/Shanghai`.
 *
 * @example
 * import { ZoneName } from './calendar';
 * ZoneName.is('Europe/Berlin'); // true
 * ZoneName.is('Mars/Olympus'); // false
 *
 * @category calendar
 * @since 0.1.0
 */
export const ZoneName = new t.Type<string, string, unknown>(
  'ZoneName',
  (u): u is string => typeof u === 'string' && IANAZone.isValidZone(u),
  (u, c) => (typeof u === 'string' && IANAZone.isValidZone(u) ? t.success(u) : t.failure(u, c, DECODE_REASONS.ZONE)),
  t.identity,
);

/**
 * One stretch of working time in a working day, from `from` to `to` (wall clock, `from` < `to`).
 *
 * @example
 * import type { WorkingPeriod } from './calendar';
 * const morning: WorkingPeriod = { from: '08:30', to: '12:00' };
 *
 * @category calendar
 * @since 0.1.0
 */
export const WorkingPeriod = withReason(t.type({ from: TimeOfDay, to: TimeOfDay }, 'WorkingPeriod'), 'PERIOD');
export type WorkingPeriod = t.TypeOf<typeof WorkingPeriod>;

/**
 * When an organisation works, as data (the core never reads a clock or a system calendar):
 * - `zone`: the IANA time zone that `hours` and the dates are read in;
 * - `weekdays`: the usual working days of the week, 1 = Monday … 7 = Sunday;
 * - `hours`: the working periods of every working day, in order and not overlapping;
 * - `holidays`: dates that are not worked even if they fall on a usual working day (法定节假日);
 * - `workdays`: adjusted working days (调休, e.g. China's make-up Saturdays), worked even if they
 *   fall on a usual day off. A date in both lists is a holiday.
 *
 * @example
 * import type { WorkingCalendar } from 'first-inquiry';
 * const office: WorkingCalendar = {
 *   zone: 'Asia/Shanghai', weekdays: [1, 2, 3, 4, 5],
 *   hours: [{ from: '09:00', to: '18:00' }],
 *   holidays: ['2025-10-01', '2025-10-02'], workdays: ['2025-09-28'],
 * };
 *
 * @category calendar
 * @since 0.1.0
 */
export interface WorkingCalendar {
  readonly zone: string;
  readonly weekdays: readonly number[];
  readonly hours: readonly WorkingPeriod[];
  readonly holidays: readonly string[];
  readonly workdays: readonly string[];
}

const Weekday = new t.Type<number, number, unknown>(
  'Weekday',
  (u): u is number => Number.isInteger(u) && (u as number) >= 1 && (u as number) <= 7,
  (u, c) =>
    Number.isInteger(u) && (u as number) >= 1 && (u as number) <= 7 ? t.success(u as number) : t.failure(u, c, DECODE_REASONS.WEEKDAY),
  t.identity,
);

const calendarShape = t.type({
  zone: ZoneName,
  weekdays: t.readonlyArray(Weekday),
  hours: t.readonlyArray(WorkingPeriod),
  holidays: t.readonlyArray(CalendarDate),
  workdays: t.readonlyArray(CalendarDate),
});

/**
 * The codec of a {@link WorkingCalendar}, with the checks a field type alone cannot make: at
 * least one working weekday, at least one working period, periods in order and not overlapping.
 *
 * @example
 * import { WorkingCalendar } from './calendar';
 * WorkingCalendar.is({ zone: 'UTC', weekdays: [], hours: [], holidays: [], workdays: [] }); // false
 *
 * @category calendar
 * @since 0.1.0
 */
export const WorkingCalendar = new t.Type<WorkingCalendar, WorkingCalendar, unknown>(
  'WorkingCalendar',
  (u): u is WorkingCalendar => calendarShape.is(u) && calendarProblem(u) === undefined,
  (u, c) => {
    const shaped = calendarShape.validate(u, c);
    if (E.isLeft(shaped)) return shaped;
    const problem = calendarProblem(shaped.right);
    return problem === undefined
      ? t.success(shaped.right)
      : t.failure(problem.value, [...c, { key: problem.key, type: calendarShape, actual: problem.value }], problem.message);
  },
  t.identity,
);

/**
 * Why a value is not a working calendar; each problem names its field.
 *
 * @example
 * import { decodeCalendar } from 'first-inquiry/supervision';
 * import * as E from 'fp-ts/Either';
 * const r = decodeCalendar({ zone: 'Mars/Olympus' });
 * if (E.isLeft(r)) r.left.problems; // ['zone: must be an IANA time zone, e.g. Asia/Shanghai (got "Mars/Olympus")']
 *
 * @category calendar
 * @since 0.1.0
 */
export interface CalendarError {
  readonly _tag: 'CalendarError';
  readonly code: 'INVALID_CALENDAR';
  readonly problems: readonly string[];
}

// constants

/**
 * The default calendar: `Asia/Shanghai`, Monday to Friday, 09:00–18:00, no holidays and no
 * adjusted working days. Public holidays change every year (China's State Council publishes them
 * each November), so the library ships none: supply your year's `holidays` and `workdays`.
 *
 * @example
 * import { defaultCalendar } from 'first-inquiry/supervision';
 * defaultCalendar.zone; // 'Asia/Shanghai'
 *
 * @category calendar
 * @since 0.1.0
 */
export const defaultCalendar: WorkingCalendar = {
  zone: 'Asia/Shanghai',
  weekdays: [1, 2, 3, 4, 5],
  hours: [{ from: '09:00', to: '18:00' }],
  holidays: [],
  workdays: [],
};

// constructors

/**
 * Decodes an unknown value (e.g. parsed JSON) into a {@link WorkingCalendar}, never throwing.
 * Missing fields take the {@link defaultCalendar}'s values.
 *
 * @example
 * import { decodeCalendar } from 'first-inquiry/supervision';
 * const r = decodeCalendar({ zone: 'Europe/Berlin', hours: [{ from: '08:00', to: '16:00' }] });
 * // Right: Berlin, Monday to Friday 08:00–16:00
 *
 * @category calendar
 * @since 0.1.0
 */
export function decodeCalendar(value: unknown): E.Either<CalendarError, WorkingCalendar> {
  const merged = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...defaultCalendar, ...value } : value;
  return E.mapLeft((errors: t.Errors): CalendarError => ({
    _tag: 'CalendarError',
    code: 'INVALID_CALENDAR',
    problems: describeErrors(errors),
  }))(WorkingCalendar.decode(merged));
}

// utils

function isDate(s: string): boolean {
  return ISO_DATE.test(s) && DateTime.fromISO(s, { zone: 'UTC' }).isValid;
}

/** Minutes since midnight of a valid {@link TimeOfDay}. @internal */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function calendarProblem(c: t.TypeOf<typeof calendarShape>): { key: string; value: unknown; message: string } | undefined {
  if (c.weekdays.length === 0) return { key: 'weekdays', value: c.weekdays, message: DECODE_REASONS.NO_WEEKDAY };
  if (c.hours.length === 0) return { key: 'hours', value: c.hours, message: DECODE_REASONS.NO_PERIOD };
  let previousEnd = -1;
  for (const [i, p] of c.hours.entries()) {
    const from = minutesOfDay(p.from);
    const to = minutesOfDay(p.to);
    if (from >= to) return { key: `hours.${i}`, value: p, message: DECODE_REASONS.PERIOD_BACKWARDS };
    if (from < previousEnd) return { key: `hours.${i}`, value: p, message: DECODE_REASONS.PERIODS_OVERLAP };
    previousEnd = to;
  }
  return undefined;
}
