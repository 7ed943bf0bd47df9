import { DateTime, IANAZone } from 'luxon';
import { pad, zoneOffset, zonedFields } from '../primitives/zoned';
import type { TimeLimit } from './policy';
import { minutesOfDay, type WorkingCalendar } from './calendar';

// model

/**
 * Working-time arithmetic over one {@link WorkingCalendar}, in epoch milliseconds. Pure: the
 * calendar and every instant come in as data; luxon does the time-zone arithmetic. Working
 * periods are half-open (`[from, to)`), so 18:00 is not a working instant but a deadline can fall
 * at 18:00, the end of the last working stretch.
 *
 * @example
 * import { workingClock, defaultCalendar } from 'first-inquiry/supervision';
 * const clock = workingClock(defaultCalendar);
 * clock.dayLength; // 32_400_000 (9 working hours)
 *
 * @category calendar
 * @since 0.1.0
 */
export interface WorkingClock {
  readonly calendar: WorkingCalendar;
  /** Working milliseconds in one full working day (the sum of `hours`, on the wall clock). */
  readonly dayLength: number;
  /** Whether `at` falls inside a working period of a working day. */
  readonly isWorking: (at: number) => boolean;
  /**
   * The instant after `duration` ms of working time from `from`. Zero is `from` itself; a positive
   * duration ends inside or at the end of a working period, never in non-working time.
   */
  readonly add: (from: number, duration: number) => number;
  /** Working milliseconds between two instants (0 if `to` is not after `from`). */
  readonly between: (from: number, to: number) => number;
  /** When a {@link TimeLimit} counted from `from` runs out. */
  readonly deadline: (from: number, limit: TimeLimit) => number;
  /** How much of a {@link TimeLimit} counted from `from` has been used by `at`, as a fraction (may exceed 1). */
  readonly used: (from: number, at: number, limit: TimeLimit) => number;
}

interface Day {
  readonly day: number;
  readonly start: number;
  readonly end: number;
  readonly periods: readonly (readonly [number, number])[];
  /** Working ms in this day. */
  readonly total: number;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;
// Offsets are sampled this often to find their changes; no zone changes twice within it.
const SAMPLE_STEP = 6 * DAY;
// The last day (9999-12-31) the clock counts to; later deadlines are "never" (Infinity).
const LAST_DAY = 2_932_896;
// 10000-01-01T00:00Z: a deadline at or after it is "never", whichever unit its limit is in.
const END_OF_CLOCK = (LAST_DAY + 1) * DAY;
// The earliest instant a Date can hold (-271821-04-20T00:00Z).
const FIRST_DATE = -8.64e15;
// From this year on, a zone's rules are those of 400 years before, which is then 2100 or later:
// past the last explicit change in the tz database (Morocco's table ends in 2087), where only a
// zone's final, calendar-based rule applies. (At 2400 it sent 2400–2499, and each such century
// after, back to 2000–2099, whose rules some zones changed: Lord Howe's 2800 followed its 2000.)
const PERIODIC_FROM = 2500;
const DAYS_IN_400_YEARS = 146_097;
// Limits up to about a month are walked day by day (cheaper than a search for a few days).
const WALK_DAYS = 31;

// constructors

const clocks = new WeakMap<WorkingCalendar, WorkingClock>();

/**
 * The {@link WorkingClock} of a calendar (cached per calendar object, so build calendars once).
 *
 * @example
 * import { workingClock, defaultCalendar } from 'first-inquiry/supervision';
 * const clock = workingClock(defaultCalendar);
 * const friday5pm = Date.parse('2026-05-08T17:00:00+08:00');
 * new Date(clock.add(friday5pm, 2 * 3_600_000)).toISOString(); // '2026-05-11T02:00:00.000Z' (Monday 10:00 in Shanghai)
 *
 * @category calendar
 * @since 0.1.0
 */
export function workingClock(calendar: WorkingCalendar): WorkingClock {
  let clock = clocks.get(calendar);
  if (clock === undefined) {
    clock = createClock(calendar);
    clocks.set(calendar, clock);
  }
  return clock;
}

// utils

/**
 * Adds working time to an ISO instant and returns the ISO instant (in the calendar's zone).
 *
 * @example
 * import { addWorkingTime } from './working-time';
 * import { defaultCalendar } from 'first-inquiry/supervision';
 * addWorkingTime(defaultCalendar, '2026-05-08T17:00:00+08:00', { amount: 3, unit: 'working-days' });
 * // '2026-05-13T17:00:00.000+08:00' (Friday 17:00 + 3 working days = Wednesday 17:00)
 *
 * @category calendar
 * @since 0.1.0
 */
export function addWorkingTime(calendar: WorkingCalendar, from: string, limit: TimeLimit): string {
  const clock = workingClock(calendar);
  return toZonedIso(clock.deadline(Date.parse(from), limit), calendar.zone);
}

/**
 * Whether an ISO instant is working time under the calendar.
 *
 * @example
 * import { isWorkingInstant } from './working-time';
 * import { defaultCalendar } from 'first-inquiry/supervision';
 * isWorkingInstant(defaultCalendar, '2026-05-09T10:00:00+08:00'); // false: a Saturday
 *
 * @category calendar
 * @since 0.1.0
 */
export function isWorkingInstant(calendar: WorkingCalendar, at: string): boolean {
  return workingClock(calendar).isWorking(Date.parse(at));
}

/**
 * Working hours between two ISO instants under the calendar (0 if `to` is not after `from`).
 *
 * @example
 * import { workingHoursBetween } from './working-time';
 * import { defaultCalendar } from 'first-inquiry/supervision';
 * workingHoursBetween(defaultCalendar, '2026-05-08T17:00:00+08:00', '2026-05-11T10:00:00+08:00'); // 2
 *
 * @category calendar
 * @since 0.1.0
 */
export function workingHoursBetween(calendar: WorkingCalendar, from: string, to: string): number {
  return workingClock(calendar).between(Date.parse(from), Date.parse(to)) / HOUR;
}

/**
 * How long a {@link TimeLimit} is in milliseconds of its own time: clock time for `hours`, working
 * time for `working-hours` and `working-days` (a working day being `dayLength` ms of it).
 *
 * @example
 * import { limitLength } from './working-time'; // internal: deadlines and the audit's trackers
 * limitLength({ amount: 2, unit: 'working-days' }, 9 * 3_600_000); // 64800000
 *
 * @internal
 */
export function limitLength({ amount, unit }: TimeLimit, dayLength: number): number {
  return unit === 'working-days' ? amount * dayLength : amount * HOUR;
}

/**
 * An epoch-millisecond instant as ISO-8601 in a zone, e.g. `2026-05-13T17:00:00.000+08:00`.
 *
 * @example
 * import { toZonedIso } from 'first-inquiry/supervision';
 * toZonedIso(0, 'Asia/Shanghai'); // '1970-01-01T08:00:00.000+08:00'
 * toZonedIso(Number.POSITIVE_INFINITY, 'UTC'); // 'never' (a deadline past the clock's range)
 * toZonedIso(Date.UTC(10000, 0, 1), 'UTC'); // 'never' (9999-12-31 is the clock's last day)
 *
 * @category calendar
 * @since 0.1.0
 */
export function toZonedIso(at: number, zone: string): string {
  // A limit that runs out after 9999-12-31 (the clock's range) never runs out: there is no instant to
  // print. Neither is there for an instant a Date cannot hold.
  if (!Number.isFinite(at) || at >= END_OF_CLOCK || at < FIRST_DATE) return 'never';
  // Fast path: the zone's offset from a per-day cache, formatted as luxon's toISO does. Luxon
  // writes a zero offset as `Z` or `+00:00` depending on the zone, so that case stays with luxon.
  const f = zonedFields(at, zone);
  if (f !== undefined && f.offset !== 0) {
    const off = Math.abs(f.offset);
    return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}.${pad(f.millisecond, 3)}${f.offset < 0 ? '-' : '+'}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
  }
  return DateTime.fromMillis(at, { zone }).toISO() ?? new Date(at).toISOString();
}

function createClock(calendar: WorkingCalendar): WorkingClock {
  const zone = IANAZone.create(calendar.zone);
  // Luxon's offsets, each day's looked up once through Intl (a day of a long audit is built once,
  // but each of its offsets, asked of luxon, was an Intl call: 0.2 ms per day built).
  const offsetOf = (at: number): number => zoneOffset(at, calendar.zone) ?? zone.offset(at);
  const weekdays = new Set(calendar.weekdays);
  const holidays = new Set(calendar.holidays.map(dayOfDate));
  const workdays = new Set(calendar.workdays.map(dayOfDate));
  const periodMinutes = calendar.hours.map((p) => [minutesOfDay(p.from), minutesOfDay(p.to)] as const);
  const dayLength = periodMinutes.reduce((sum, [from, to]) => sum + (to - from) * 60_000, 0);
  const isWorkingDay = (day: number): boolean => !holidays.has(day) && (workdays.has(day) || weekdays.has(weekdayOf(day)));
  // The exceptions to the weekly pattern, as +1 / -1 working days on a day number, sorted, with
  // running sums: how many working days a stretch of days has is week arithmetic plus two searches.
  const exceptions = new Map<number, number>();
  for (const day of holidays) if (weekdays.has(weekdayOf(day))) exceptions.set(day, -1);
  for (const day of workdays) if (!holidays.has(day) && !weekdays.has(weekdayOf(day))) exceptions.set(day, 1);
  const exceptionDays = [...exceptions.keys()].sort((a, b) => a - b);
  const exceptionSums = prefixSums(exceptionDays.map((d) => exceptions.get(d) ?? 0));

  // Days whose working time is not the nominal dayLength (or 0) because the zone's offset changes
  // in them (daylight saving): found year by year, kept sorted with running sums of the difference.
  const irregular = new Map<number, number>();
  let irregularDays: number[] = [];
  let irregularSums: number[] = [0];
  let firstYear = Number.POSITIVE_INFINITY;
  let lastYear = Number.NEGATIVE_INFINITY;

  // A day starts at the first instant whose local date it is: local midnight, or, where midnight
  // is skipped or repeated by a change of offset, the first instant of the date.
  const startOf = (day: number): number => {
    const wall = day * DAY;
    let start = Number.POSITIVE_INFINITY;
    for (const offset of [offsetOf(wall - DAY), offsetOf(wall + DAY)]) {
      const candidate = wall - offset * 60_000;
      if (offsetOf(candidate) === offset) start = Math.min(start, candidate);
    }
    if (start !== Number.POSITIVE_INFINITY) return start;
    let lo = wall - 15 * HOUR;
    let hi = wall + 15 * HOUR;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (mid + offsetOf(mid) * 60_000 >= wall) hi = mid;
      else lo = mid;
    }
    return hi;
  };

  const built = new Map<number, Day>();
  const build = (day: number): Day => {
    let found = built.get(day);
    if (found !== undefined) return found;
    const start = startOf(day);
    const end = startOf(day + 1);
    // A day of 24 hours with one offset throughout (nearly every day) has its wall-clock times at
    // their minutes from its start; a day with a change of offset asks luxon for each.
    const uniform = end - start === DAY && offsetOf(start) === offsetOf(end - 1);
    const midnight = uniform ? undefined : DateTime.fromMillis(start, { zone });
    const time = (minutes: number): number =>
      minutes >= 24 * 60
        ? end
        : midnight === undefined
          ? start + minutes * 60_000
          : Math.max(start, midnight.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis());
    const periods = isWorkingDay(day)
      ? periodMinutes.map(([from, to]) => [time(from), Math.min(time(to), end)] as const).filter(([a, b]) => b > a)
      : [];
    const total = periods.reduce((sum, [a, b]) => sum + (b - a), 0);
    found = { day, start, end, periods, total };
    // A small cache: audits ask about the same few days again and again; the range is unbounded.
    if (built.size >= 4096) built.clear();
    built.set(day, found);
    return found;
  };

  // Audits ask about instants close together: the last day asked about, or the day after it, is
  // found without any time-zone arithmetic.
  let recent: Day | undefined;
  const dayOf = (at: number): number => {
    if (recent !== undefined) {
      if (at >= recent.start && at < recent.end) return recent.day;
      // Guess with the recent day's offset and check against the (cached) days around the guess.
      const guess = Math.floor((at + (recent.day * DAY - recent.start)) / DAY);
      for (const day of [guess, guess - 1, guess + 1]) {
        const found = build(day);
        if (at >= found.start && at < found.end) {
          recent = found;
          return day;
        }
      }
    }
    const local = zonedFields(at, calendar.zone) ?? DateTime.fromMillis(at, { zone });
    const day = dayNumber(local.year, local.month, local.day);
    recent = build(day);
    return day;
  };

  // The days of one (UTC) year on which the zone's offset changes. The offset is sampled every 6
  // days (no zone changes it twice within 6 days) and each change narrowed down to the hour. Far
  // years repeat the year 400 years before (zone rules follow the Gregorian calendar, whose
  // weekdays repeat every 400 years), so no year after PERIODIC_FROM costs a look-up.
  const transitionDays = new Map<number, readonly number[]>();
  const transitionsOf = (year: number): readonly number[] => {
    let days = transitionDays.get(year);
    if (days !== undefined) return days;
    if (year >= PERIODIC_FROM) {
      days = transitionsOf(year - 400).map((d) => d + DAYS_IN_400_YEARS);
    } else {
      const found = new Set<number>();
      const end = Date.UTC(year + 1, 0, 1);
      let at = Date.UTC(year, 0, 1);
      let offset = zone.offset(at);
      while (at < end) {
        const step = Math.min(at + SAMPLE_STEP, end);
        const stepOffset = zone.offset(step);
        if (stepOffset !== offset) {
          let lo = at;
          let hi = step;
          while (hi - lo > HOUR) {
            const mid = Math.floor((lo + hi) / 2);
            if (zone.offset(mid) === offset) lo = mid;
            else hi = mid;
          }
          // The days within a few hours of the change (a change near midnight moves a day's end).
          for (let day = dayOf(lo - 3 * HOUR); day <= dayOf(hi + 3 * HOUR); day += 1) found.add(day);
        }
        at = step;
        offset = stepOffset;
      }
      days = [...found];
    }
    transitionDays.set(year, days);
    return days;
  };

  // How much a worked day's working time differs from dayLength. A far year's day, worked like its
  // counterpart 400 years before, differs as that one does (the zone repeats, see transitionsOf):
  // a limit running for millennia costs a few thousand look-ups, not a time-zone calculation each.
  const differences = new Map<number, number>();
  const differenceOf = (day: number, year: number): number => {
    let difference = differences.get(day);
    if (difference !== undefined) return difference;
    const earlier = day - DAYS_IN_400_YEARS;
    difference = year >= PERIODIC_FROM && isWorkingDay(earlier) ? differenceOf(earlier, year - 400) : build(day).total - dayLength;
    differences.set(day, difference);
    return difference;
  };

  // Makes sure every irregular day between two day numbers is known.
  let scannedFrom = Number.POSITIVE_INFINITY;
  let scannedTo = Number.NEGATIVE_INFINITY;
  const scan = (fromDay: number, toDay: number): void => {
    if (fromDay >= scannedFrom && toDay <= scannedTo) return;
    const from = new Date(fromDay * DAY - DAY).getUTCFullYear();
    const to = new Date(toDay * DAY + 2 * DAY).getUTCFullYear();
    if (from >= firstYear && to <= lastYear) return;
    for (let year = Math.min(from, firstYear); year <= Math.max(to, lastYear); year += 1) {
      if (year >= firstYear && year <= lastYear) continue;
      for (const day of transitionsOf(year)) {
        // Only a worked day can differ from its nominal working time.
        if (irregular.has(day) || !isWorkingDay(day)) continue;
        const difference = differenceOf(day, year);
        if (difference !== 0) irregular.set(day, difference);
      }
    }
    firstYear = Math.min(from, firstYear);
    lastYear = Math.max(to, lastYear);
    // The days whose offset changes are all known: those of the scanned years, less a margin.
    scannedFrom = dayNumber(firstYear, 1, 1) + 2;
    scannedTo = dayNumber(lastYear, 12, 31) - 2;
    irregularDays = [...irregular.keys()].sort((a, b) => a - b);
    irregularSums = prefixSums(irregularDays.map((d) => irregular.get(d) ?? 0));
  };

  // Working days among the day numbers first … last (inclusive).
  const workingDays = (first: number, last: number): number => {
    if (last < first) return 0;
    let count = 0;
    for (const weekday of weekdays) count += countWeekday(first, last, weekday);
    return count + rangeSum(exceptionDays, exceptionSums, first, last);
  };

  // Working ms of the whole days first … last (inclusive).
  const wholeDays = (first: number, last: number): number => {
    if (last < first) return 0;
    scan(first, last);
    return workingDays(first, last) * dayLength + rangeSum(irregularDays, irregularSums, first, last);
  };

  const isWorking = (at: number): boolean => Number.isFinite(at) && build(dayOf(at)).periods.some(([a, b]) => at >= a && at < b);

  const add = (from: number, duration: number): number => {
    if (!(duration > 0)) return from;
    if (!Number.isFinite(from)) return Number.NaN;
    // A limit so large its milliseconds overflow to Infinity never runs out either.
    if (!Number.isFinite(duration)) return Number.POSITIVE_INFINITY;
    const first = dayOf(from);
    let remaining = duration;
    for (const [a, b] of build(first).periods) {
      if (b <= from) continue;
      const start = Math.max(a, from);
      if (remaining <= b - start) return start + remaining;
      remaining -= b - start;
    }
    // Most limits are a few days: walk them (the days are cached). Beyond a month, the day whose
    // end the remaining time reaches is found by a search over whole days, each step week
    // arithmetic, from a doubling upper bound.
    for (let day = first + 1; day <= first + WALK_DAYS; day += 1) {
      for (const [a, b] of build(day).periods) {
        if (remaining <= b - a) return a + remaining;
        remaining -= b - a;
      }
    }
    const origin = first + WALK_DAYS;
    // More than a whole day's clock time (a day of two offset changes at most) for every day left
    // until 9999-12-31: never, without scanning the zone's years for the search.
    if (remaining > (LAST_DAY - origin) * 2 * DAY) return Number.POSITIVE_INFINITY;
    let lo = origin;
    let step = 7 * Math.max(1, Math.ceil(remaining / (dayLength * weekdays.size)));
    let hi = Math.min(origin + step, LAST_DAY);
    while (wholeDays(origin + 1, hi) < remaining) {
      // Past 9999-12-31 the limit never runs out as far as any instant this library reads.
      if (hi >= LAST_DAY) return Number.POSITIVE_INFINITY;
      lo = hi;
      step *= 2;
      hi = Math.min(origin + step, LAST_DAY);
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (wholeDays(origin + 1, mid) >= remaining) hi = mid;
      else lo = mid;
    }
    remaining -= wholeDays(origin + 1, hi - 1);
    for (const [a, b] of build(hi).periods) {
      if (remaining <= b - a) return a + remaining;
      remaining -= b - a;
    }
    throw new Error(`bug: working time of day ${hi} in ${calendar.zone} does not add up`);
  };

  const within = (day: Day, from: number, to: number): number => {
    let total = 0;
    for (const [a, b] of day.periods) {
      const overlap = Math.min(b, to) - Math.max(a, from);
      if (overlap > 0) total += overlap;
    }
    return total;
  };

  const between = (from: number, to: number): number => {
    if (!(to > from) || !Number.isFinite(from) || !Number.isFinite(to)) return to > from ? Number.POSITIVE_INFINITY : 0;
    const first = dayOf(from);
    const last = dayOf(to);
    if (first === last) return within(build(first), from, to);
    return (
      within(build(first), from, Number.POSITIVE_INFINITY) +
      wholeDays(first + 1, last - 1) +
      within(build(last), Number.NEGATIVE_INFINITY, to)
    );
  };

  const limitMillis = (limit: TimeLimit): number => limitLength(limit, dayLength);

  const deadline = (from: number, limit: TimeLimit): number => {
    const at = limit.unit === 'hours' ? from + limitMillis(limit) : add(from, Math.round(limitMillis(limit)));
    // An hour limit of a few hundred thousand years lands past what a Date can hold; like a
    // working-time limit past 9999-12-31, it never runs out.
    return at >= END_OF_CLOCK ? Number.POSITIVE_INFINITY : at;
  };

  const used = (from: number, at: number, limit: TimeLimit): number => {
    const total = limitMillis(limit);
    const spent = limit.unit === 'hours' ? Math.max(0, at - from) : between(from, at);
    return total > 0 ? spent / total : spent > 0 ? Number.POSITIVE_INFINITY : 0;
  };

  return { calendar, dayLength, isWorking, add, between, deadline, used };
}

// Day numbers: days since 1970-01-01 of a local calendar date (proleptic Gregorian), so that
// whole weeks and exception dates are plain integer arithmetic, free of any time zone.

/** The day number of a civil date (after H. Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function dayOfDate(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; day 0 was a Thursday. */
function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** How many days first … last (inclusive) fall on an ISO weekday. */
function countWeekday(first: number, last: number, weekday: number): number {
  const firstMatch = first + ((((weekday - weekdayOf(first)) % 7) + 7) % 7);
  return firstMatch > last ? 0 : Math.floor((last - firstMatch) / 7) + 1;
}

function prefixSums(values: readonly number[]): number[] {
  const sums = [0];
  for (const v of values) sums.push((sums[sums.length - 1] ?? 0) + v);
  return sums;
}

/** The sum of the values on the sorted keys within first … last, by their running sums. */
function rangeSum(keys: readonly number[], sums: readonly number[], first: number, last: number): number {
  return (sums[lowerBound(keys, last + 1)] ?? 0) - (sums[lowerBound(keys, first)] ?? 0);
}

function lowerBound(keys: readonly number[], value: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
