import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { type WorkingCalendar } from '../../src/policy/calendar';
import { workingClock } from '../../src/policy/working-time';

// The working clock counts whole weeks and the calendar's exceptions (holidays, 调休 make-up days,
// days on which the zone's offset changes) instead of walking day by day, so that an audit across
// a century costs no more than one across a week. These properties compare it with the plain
// definition — walk every local day, sum its working periods — on generated calendars: zones with
// daylight saving (some change at midnight, one by 30 minutes), lunch breaks, periods across the
// small hours, holidays and make-up days over several years, and spans of up to three years.

const DAY = 86_400_000;
const FROM = Date.parse('2017-01-01T00:00:00Z');
const SPAN = 3 * 365 * DAY;
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const isoDate = (day: number) => new Date(FROM + day * DAY).toISOString().slice(0, 10);

const periods = fc
  .uniqueArray(fc.integer({ min: 0, max: 24 * 4 }), { minLength: 2, maxLength: 6 })
  .filter((bounds) => bounds.length % 2 === 0)
  .map((bounds) => {
    const sorted = [...bounds].sort((a, b) => a - b).map((q) => q * 15);
    const out: { from: string; to: string }[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) out.push({ from: hhmm(sorted[i] ?? 0), to: hhmm(sorted[i + 1] ?? 0) });
    return out;
  });
const officeHours = fc.constantFrom(
  [
    { from: '09:00', to: '12:00' },
    { from: '13:30', to: '18:00' },
  ],
  [{ from: '00:00', to: '24:00' }],
  [
    { from: '01:00', to: '04:00' },
    { from: '22:00', to: '24:00' },
  ],
);
const exceptionDays = (max: number) => fc.uniqueArray(fc.integer({ min: 0, max: 3 * 365 + 60 }).map(isoDate), { maxLength: max });

const calendar: fc.Arbitrary<WorkingCalendar> = fc.record({
  zone: fc.constantFrom(
    'Asia/Shanghai',
    'UTC',
    'Europe/Berlin',
    'America/New_York',
    'Australia/Lord_Howe',
    'America/Santiago',
    'America/Havana',
    'Asia/Tehran',
    'Africa/Casablanca',
    'Pacific/Apia',
  ),
  weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
  hours: fc.oneof(periods, officeHours),
  holidays: exceptionDays(60),
  workdays: exceptionDays(20),
});

const instant = fc.integer({ min: FROM, max: FROM + SPAN });

interface RefDay {
  readonly start: number;
  readonly end: number;
  readonly periods: readonly (readonly [number, number])[];
}

// The definition, day by day: a local day runs from the first instant of its date to the first
// instant of the next date (found by search, not by arithmetic on offsets); it is worked unless it
// is a holiday, and if it is a usual working weekday or a make-up day; its periods are wall-clock
// times of that day.
const dateKey = (cal: WorkingCalendar, at: number) => DateTime.fromMillis(at, { zone: cal.zone }).toISODate() ?? '';

function firstInstantOf(cal: WorkingCalendar, key: string, lo: number, hi: number): number {
  // The first instant in (lo, hi] whose date is key or later (dates never go backwards).
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dateKey(cal, mid) >= key) hi = mid;
    else lo = mid;
  }
  return hi;
}

function dayFrom(cal: WorkingCalendar, start: number): RefDay {
  const key = dateKey(cal, start);
  const guesses = [24, 23, 25, 23.5, 24.5].map((h) => start + h * 3_600_000);
  const end =
    guesses.find((g) => dateKey(cal, g) > key && dateKey(cal, g - 1) === key) ?? firstInstantOf(cal, `${key}~`, start, start + 2 * DAY);
  const midnight = DateTime.fromMillis(start, { zone: cal.zone });
  const working = !cal.holidays.includes(key) && (cal.workdays.includes(key) || cal.weekdays.includes(midnight.weekday));
  const time = (m: number) => (m >= 24 * 60 ? end : Math.max(start, midnight.set({ hour: Math.floor(m / 60), minute: m % 60 }).toMillis()));
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const periods = working
    ? cal.hours.map((p) => [time(minutes(p.from)), Math.min(end, time(minutes(p.to)))] as const).filter(([a, b]) => b > a)
    : [];
  return { start, end, periods };
}

function referenceDay(cal: WorkingCalendar, at: number): RefDay {
  return dayFrom(cal, firstInstantOf(cal, dateKey(cal, at), at - 2 * DAY, at));
}

const next = (cal: WorkingCalendar, day: RefDay) => dayFrom(cal, day.end);

function referenceBetween(cal: WorkingCalendar, from: number, to: number): number {
  let total = 0;
  for (let day = referenceDay(cal, from); day.start < to; day = next(cal, day)) {
    for (const [a, b] of day.periods) total += Math.max(0, Math.min(b, to) - Math.max(a, from));
  }
  return total;
}

function referenceAdd(cal: WorkingCalendar, from: number, duration: number): number {
  if (duration <= 0) return from;
  let remaining = duration;
  for (let day = referenceDay(cal, from); ; day = next(cal, day)) {
    for (const [a, b] of day.periods) {
      if (b <= from) continue;
      const start = Math.max(a, from);
      if (remaining <= b - start) return start + remaining;
      remaining -= b - start;
    }
  }
}

describe('the working clock agrees with the day-by-day definition', () => {
  test.prop([calendar, instant, instant], { numRuns: 60 })('working time between any two instants', (cal, a, b) => {
    const clock = workingClock(cal);
    const [from, to] = a <= b ? [a, b] : [b, a];
    expect(clock.between(from, to)).toBe(referenceBetween(cal, from, to));
  });

  test.prop([calendar, instant, fc.integer({ min: 0, max: 300 * DAY })], { numRuns: 60 })('adding working time', (cal, from, duration) => {
    expect(workingClock(cal).add(from, duration)).toBe(referenceAdd(cal, from, duration));
  });

  test.prop([calendar, instant, fc.integer({ min: 1, max: 400 })], { numRuns: 40 })(
    'adding whole working days (deadlines)',
    (cal, from, days) => {
      const clock = workingClock(cal);
      expect(clock.deadline(from, { amount: days, unit: 'working-days' })).toBe(referenceAdd(cal, from, days * clock.dayLength));
    },
  );

  test.prop([calendar, instant], { numRuns: 100 })('whether an instant is working time', (cal, at) => {
    const day = referenceDay(cal, at);
    expect(workingClock(cal).isWorking(at)).toBe(day.periods.some(([a, b]) => at >= a && at < b));
  });

  test.prop([calendar, instant], { numRuns: 30 })('around every change of the zone offset', (cal, near) => {
    // Instants within a day of a DST change, where a week-arithmetic shortcut would go wrong.
    const clock = workingClock(cal);
    const zone = DateTime.fromMillis(near, { zone: cal.zone });
    for (let at = near; at < near + 400 * DAY; at += 7 * DAY) {
      if (DateTime.fromMillis(at, { zone: cal.zone }).offset !== zone.offset) {
        for (const delta of [-DAY - 1, -3_600_000, 0, 3_600_000, DAY + 1]) {
          expect(clock.between(near, at + delta)).toBe(referenceBetween(cal, near, at + delta));
        }
        return;
      }
    }
  });
});

describe('far years: the zone repeats every 400 years, and the clock relies on it', () => {
  // Past 2400 the clock takes a day's working time from the same day 400 years before; the
  // definition here still works each day out from the zone.
  // Years whose chain of 400-year steps ends in years of explicit tz data unless the clock stops at
  // the right year (2000–2037 had changes: Lord Howe's 2800 once followed its 2000), and years
  // around the first one the clock repeats.
  const farYear = fc.constantFrom(2436, 2499, 2500, 2536, 2800, 2836, 3200);
  test.prop([calendar, farYear, fc.integer({ min: 0, max: 366 * DAY }), fc.integer({ min: 0, max: 120 * DAY })], { numRuns: 30 })(
    'working time between two instants of a far year',
    (cal, year, offset, span) => {
      const from = Date.UTC(year, 0, 1) + offset;
      expect(workingClock(cal).between(from, from + span)).toBe(referenceBetween(cal, from, from + span));
    },
  );
  it('Lord Howe, 2800: the first Sunday of October has half an hour less (found by the test above)', () => {
    const cal: WorkingCalendar = {
      zone: 'Australia/Lord_Howe',
      weekdays: [7, 1],
      hours: [{ from: '00:00', to: '02:30' }],
      holidays: [],
      workdays: [],
    };
    const [from, to] = [Date.parse('2800-08-26T13:30:00Z'), Date.parse('2800-10-01T13:00:00Z')];
    expect(workingClock(cal).between(from, to)).toBe(referenceBetween(cal, from, to));
  });
});

describe('far instants cost no more than near ones', () => {
  test('a century of working time and a deadline 30000 working days away are computed at once', () => {
    const cal: WorkingCalendar = {
      zone: 'Europe/Berlin',
      weekdays: [1, 2, 3, 4, 5],
      hours: [{ from: '09:00', to: '18:00' }],
      holidays: ['2025-12-25'],
      workdays: [],
    };
    const clock = workingClock(cal);
    const from = Date.parse('2025-01-06T09:00:00+01:00');
    const due = clock.deadline(from, { amount: 30_000, unit: 'working-days' });
    expect(Number.isFinite(due)).toBe(true);
    expect(clock.between(from, due)).toBe(30_000 * clock.dayLength);
    expect(clock.between(from, Date.parse('9999-12-31T23:59:59Z'))).toBeGreaterThan(0);
  });
});
