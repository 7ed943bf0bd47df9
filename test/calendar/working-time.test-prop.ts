import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { WorkingCalendar } from '../../src/policy/calendar';
import { toZonedIso, workingClock } from '../../src/policy/working-time';

// Laws of the working-time arithmetic that FI-05's time limits and every audit threshold count
// in, on random calendars: zones with and without daylight saving, any non-empty set of working
// weekdays, one to three working periods, random holidays and adjusted working days in 2026, and
// instants and durations anywhere in that year.

const DAY = 86_400_000;
const YEAR_2026 = Date.parse('2026-01-01T00:00:00Z');
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const isoDate = (dayOfYear: number) => new Date(YEAR_2026 + dayOfYear * DAY).toISOString().slice(0, 10);

const periods = fc
  .uniqueArray(fc.integer({ min: 0, max: 24 * 4 }), { minLength: 2, maxLength: 6 })
  .filter((bounds) => bounds.length % 2 === 0)
  .map((bounds) => {
    const sorted = [...bounds].sort((a, b) => a - b).map((q) => q * 15);
    const out: { from: string; to: string }[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) out.push({ from: hhmm(sorted[i] ?? 0), to: hhmm(sorted[i + 1] ?? 0) });
    return out;
  });

const calendar: fc.Arbitrary<WorkingCalendar> = fc.record({
  zone: fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'UTC', 'Australia/Lord_Howe'),
  weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
  hours: periods,
  holidays: fc.uniqueArray(fc.integer({ min: 0, max: 364 }).map(isoDate), { maxLength: 30 }),
  workdays: fc.uniqueArray(fc.integer({ min: 0, max: 364 }).map(isoDate), { maxLength: 10 }),
});

const instant = fc.integer({ min: YEAR_2026, max: YEAR_2026 + 330 * DAY });
const duration = fc.integer({ min: 0, max: 6 * DAY });

describe('working-time arithmetic', () => {
  test.prop([calendar])('every generated calendar is a valid WorkingCalendar', (cal) => {
    expect(WorkingCalendar.is(cal)).toBe(true);
  });

  test.prop([calendar, instant, duration.filter((d) => d > 0)], { numRuns: 100 })(
    'adding working time never lands in non-working time: the instant just before the result is working time',
    (cal, from, d) => {
      const clock = workingClock(cal);
      const end = clock.add(from, d);
      expect(end).toBeGreaterThan(from);
      expect(clock.isWorking(end - 1)).toBe(true);
    },
  );

  test.prop([calendar, instant, instant, duration], { numRuns: 100 })('is monotonic in the start instant', (cal, a, b, d) => {
    const clock = workingClock(cal);
    const [early, late] = a <= b ? [a, b] : [b, a];
    expect(clock.add(early, d)).toBeLessThanOrEqual(clock.add(late, d));
  });

  test.prop([calendar, instant, duration, duration], { numRuns: 100 })('is monotonic in the duration', (cal, from, a, b) => {
    const clock = workingClock(cal);
    const [short, long] = a <= b ? [a, b] : [b, a];
    expect(clock.add(from, short)).toBeLessThanOrEqual(clock.add(from, long));
  });

  test.prop([calendar, instant, duration, duration], { numRuns: 100 })('adding a + b is adding a, then b', (cal, from, a, b) => {
    const clock = workingClock(cal);
    expect(clock.add(clock.add(from, a), b)).toBe(clock.add(from, a + b));
  });

  test.prop([calendar, instant, duration], { numRuns: 100 })('the working time between a start and start + d is d', (cal, from, d) => {
    const clock = workingClock(cal);
    expect(clock.between(from, clock.add(from, d))).toBe(d);
  });

  test.prop([calendar, instant, instant], { numRuns: 100 })(
    'working time between two instants never exceeds the clock time',
    (cal, a, b) => {
      const clock = workingClock(cal);
      expect(clock.between(a, b)).toBeLessThanOrEqual(Math.max(0, b - a));
    },
  );

  // A policy file may say any positive amount (an hour limit of 2.4 billion hours once crashed the
  // audit: the deadline was a finite number no Date could hold). Every deadline is an instant
  // before 10000-01-01 or "never", and prints.
  const anyAmount = fc.oneof(
    fc.double({ min: 1e-12, max: 1e308, noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: 2e9, max: 3e9, noNaN: true }),
    fc.integer({ min: 1, max: 10_000 }),
  );
  const unit = fc.constantFrom('hours' as const, 'working-hours' as const, 'working-days' as const);
  test.prop([calendar, instant, anyAmount, unit], { numRuns: 200 })(
    'a deadline of any positive limit is a printable instant before 10000-01-01, or never',
    (cal, from, amount, u) => {
      const at = workingClock(cal).deadline(from, { amount, unit: u });
      expect(at === Number.POSITIVE_INFINITY || (at >= from && at < Date.UTC(10000, 0, 1))).toBe(true);
      const printed = toZonedIso(at, cal.zone);
      expect(printed === 'never' || /^\d{4}-\d\d-\d\dT/.test(printed)).toBe(true);
    },
  );
});
