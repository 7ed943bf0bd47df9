import { DateTime } from 'luxon';
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
 * import { workingClock, defaultCalendar } from 'first-inquiry';
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
  readonly start: number;
  readonly end: number;
  readonly periods: readonly (readonly [number, number])[];
  /** Working ms in this day. */
  readonly total: number;
  /** Working ms of all days of the chain before this one, from an arbitrary origin. */
  readonly before: number;
  next?: Day;
}

const HOUR = 3_600_000;
// No real calendar goes this long without working time; the decoder guarantees a working weekday.
const MAX_DAYS_SCANNED = 366 * 100;

// constructors

const clocks = new WeakMap<WorkingCalendar, WorkingClock>();

/**
 * The {@link WorkingClock} of a calendar (cached per calendar object, so build calendars once).
 *
 * @example
 * import { workingClock, defaultCalendar } from 'first-inquiry';
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
 * import { addWorkingTime, defaultCalendar } from 'first-inquiry';
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
 * import { isWorkingInstant, defaultCalendar } from 'first-inquiry';
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
 * import { workingHoursBetween, defaultCalendar } from 'first-inquiry';
 * workingHoursBetween(defaultCalendar, '2026-05-08T17:00:00+08:00', '2026-05-11T10:00:00+08:00'); // 2
 *
 * @category calendar
 * @since 0.1.0
 */
export function workingHoursBetween(calendar: WorkingCalendar, from: string, to: string): number {
  return workingClock(calendar).between(Date.parse(from), Date.parse(to)) / HOUR;
}

/**
 * An epoch-millisecond instant as ISO-8601 in a zone, e.g. `2026-05-13T17:00:00.000+08:00`.
 *
 * @example
 * import { toZonedIso } from 'first-inquiry';
 * toZonedIso(0, 'Asia/Shanghai'); // '1970-01-01T08:00:00.000+08:00'
 *
 * @category calendar
 * @since 0.1.0
 */
export function toZonedIso(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone }).toISO() ?? new Date(at).toISOString();
}

function createClock(calendar: WorkingCalendar): WorkingClock {
  const holidays = new Set(calendar.holidays);
  const workdays = new Set(calendar.workdays);
  const weekdays = new Set(calendar.weekdays);
  const periodMinutes = calendar.hours.map((p) => [minutesOfDay(p.from), minutesOfDay(p.to)] as const);
  const dayLength = periodMinutes.reduce((sum, [from, to]) => sum + (to - from) * 60_000, 0);
  // Days are built on demand into one contiguous chain (earliest … latest), each linked to the next
  // and carrying the working time before it: finding a day is a binary search with no zone
  // arithmetic, and the working time between two instants costs two searches, however far apart.
  const chain: Day[] = [];
  let recent: Day | undefined;

  const build = (at: number, before: (total: number) => number): Day => {
    const midnight = DateTime.fromMillis(at, { zone: calendar.zone }).startOf('day');
    const key = midnight.toISODate() ?? '';
    const next = midnight.plus({ days: 1 }).startOf('day');
    const working = !holidays.has(key) && (workdays.has(key) || weekdays.has(midnight.weekday));
    const time = (minutes: number): number =>
      minutes >= 24 * 60 ? next.toMillis() : midnight.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
    const periods = working ? periodMinutes.map(([from, to]) => [time(from), time(to)] as const).filter(([a, b]) => b > a) : [];
    const total = periods.reduce((sum, [a, b]) => sum + (b - a), 0);
    return { start: midnight.toMillis(), end: next.toMillis(), periods, total, before: before(total) };
  };

  const dayOf = (at: number): Day => {
    if (recent !== undefined && at >= recent.start && at < recent.end) return recent;
    if (chain.length === 0) chain.push(build(at, () => 0));
    for (let last = chain[chain.length - 1] as Day; at >= last.end; ) {
      const previous: Day = last;
      last = build(previous.end, () => previous.before + previous.total);
      previous.next = last;
      chain.push(last);
    }
    if (at < (chain[0] as Day).start) {
      const earlier: Day[] = [];
      for (let first = chain[0] as Day; at < first.start; ) {
        const following: Day = first;
        first = build(following.start - 1, (total) => following.before - total);
        first.next = following;
        earlier.unshift(first);
      }
      chain.unshift(...earlier);
    }
    let lo = 0;
    let hi = chain.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((chain[mid] as Day).start <= at) lo = mid;
      else hi = mid - 1;
    }
    recent = chain[lo] as Day;
    return recent;
  };

  const nextDay = (day: Day): Day => day.next ?? dayOf(day.end);

  const isWorking = (at: number): boolean => dayOf(at).periods.some(([a, b]) => at >= a && at < b);

  const add = (from: number, duration: number): number => {
    if (!(duration > 0)) return from;
    let remaining = duration;
    let cursor = from;
    let day = dayOf(from);
    for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned += 1) {
      for (const [a, b] of day.periods) {
        if (b <= cursor) continue;
        const start = Math.max(a, cursor);
        if (remaining <= b - start) return start + remaining;
        remaining -= b - start;
      }
      cursor = day.end;
      day = nextDay(day);
    }
    throw new Error(`bug: calendar in ${calendar.zone} has no working time within ${MAX_DAYS_SCANNED} days; decode calendars with WorkingCalendar`);
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
    if (!(to > from)) return 0;
    const first = dayOf(from);
    const last = dayOf(to);
    if (first === last) return within(first, from, to);
    return within(first, from, first.end) + (last.before - first.before - first.total) + within(last, last.start, to);
  };

  const limitMillis = (limit: TimeLimit): number =>
    limit.unit === 'working-days' ? limit.amount * dayLength : limit.amount * HOUR;

  const deadline = (from: number, limit: TimeLimit): number =>
    limit.unit === 'hours' ? from + limitMillis(limit) : add(from, Math.round(limitMillis(limit)));

  const used = (from: number, at: number, limit: TimeLimit): number => {
    const total = limitMillis(limit);
    const spent = limit.unit === 'hours' ? Math.max(0, at - from) : between(from, at);
    return total > 0 ? spent / total : spent > 0 ? Number.POSITIVE_INFINITY : 0;
  };

  return { calendar, dayLength, isWorking, add, between, deadline, used };
}
