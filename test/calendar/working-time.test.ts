import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCalendar, defaultCalendar, type WorkingCalendar } from '../../src/policy/calendar';
import { addWorkingTime, isWorkingInstant, workingClock, workingHoursBetween } from '../../src/policy/working-time';

const instant = (iso: string) => Date.parse(iso);

// FI-05's time limits (規定的時限) and every audit threshold count working time on a calendar
// supplied as data: working days and hours, holidays, adjusted working days, a time zone.

// China's 2025 National Day: 1–8 October off; Sunday 28 September and Saturday 11 October are
// adjusted working days (调休). Supplied as data, as any user would.
const shanghai2025: WorkingCalendar = {
  ...defaultCalendar,
  holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'],
  workdays: ['2025-09-28', '2025-10-11'],
};

const berlinOffice: WorkingCalendar = {
  zone: 'Europe/Berlin',
  weekdays: [1, 2, 3, 4, 5],
  hours: [{ from: '08:00', to: '16:00' }],
  holidays: [],
  workdays: [],
};
const berlinAroundTheClock: WorkingCalendar = {
  zone: 'Europe/Berlin',
  weekdays: [1, 2, 3, 4, 5, 6, 7],
  hours: [{ from: '00:00', to: '24:00' }],
  holidays: [],
  workdays: [],
};

describe('working time: week-ends, holidays and adjusted working days', () => {
  it('Friday 17:00 plus 2 working hours is Monday 10:00 (Monday–Friday 09:00–18:00, Shanghai)', () => {
    expect(instant(addWorkingTime(defaultCalendar, '2026-05-08T17:00:00+08:00', { amount: 2, unit: 'working-hours' }))).toBe(
      instant('2026-05-11T10:00:00+08:00'),
    );
  });

  it('Friday 17:00 plus 3 working days is Wednesday 17:00', () => {
    expect(addWorkingTime(defaultCalendar, '2026-05-08T17:00:00+08:00', { amount: 3, unit: 'working-days' })).toBe(
      '2026-05-13T17:00:00.000+08:00',
    );
  });

  it('a time limit in clock hours ignores the calendar', () => {
    expect(instant(addWorkingTime(defaultCalendar, '2026-05-09T23:00:00+08:00', { amount: 4, unit: 'hours' }))).toBe(
      instant('2026-05-10T03:00:00+08:00'),
    );
  });

  it('the National Day week is skipped: 30 September 17:00 plus 1 working day is 9 October 17:00', () => {
    expect(instant(addWorkingTime(shanghai2025, '2025-09-30T17:00:00+08:00', { amount: 1, unit: 'working-days' }))).toBe(
      instant('2025-10-09T17:00:00+08:00'),
    );
  });

  it('a make-up Saturday (调休) is worked: Friday 10 October 17:00 plus 2 working hours is Saturday 11 October 10:00', () => {
    expect(instant(addWorkingTime(shanghai2025, '2025-10-10T17:00:00+08:00', { amount: 2, unit: 'working-hours' }))).toBe(
      instant('2025-10-11T10:00:00+08:00'),
    );
    expect(isWorkingInstant(shanghai2025, '2025-10-11T10:00:00+08:00')).toBe(true);
    expect(isWorkingInstant(defaultCalendar, '2025-10-11T10:00:00+08:00')).toBe(false);
  });

  it('a make-up Sunday is worked too: Saturday 27 September 12:00 plus 1 working hour is Sunday 28 September 10:00', () => {
    expect(instant(addWorkingTime(shanghai2025, '2025-09-27T12:00:00+08:00', { amount: 1, unit: 'working-hours' }))).toBe(
      instant('2025-09-28T10:00:00+08:00'),
    );
  });

  it('a date listed as both holiday and working day is a holiday', () => {
    const both: WorkingCalendar = { ...defaultCalendar, holidays: ['2026-05-11'], workdays: ['2026-05-11'] };
    expect(isWorkingInstant(both, '2026-05-11T10:00:00+08:00')).toBe(false);
  });

  it('working periods are half-open: 17:59 is working time, 18:00 is not, and a deadline may fall at 18:00', () => {
    expect(isWorkingInstant(defaultCalendar, '2026-05-08T17:59:00+08:00')).toBe(true);
    expect(isWorkingInstant(defaultCalendar, '2026-05-08T18:00:00+08:00')).toBe(false);
    expect(addWorkingTime(defaultCalendar, '2026-05-08T17:00:00+08:00', { amount: 1, unit: 'working-hours' })).toBe(
      '2026-05-08T18:00:00.000+08:00',
    );
  });

  it('a lunch break is not working time: 11:30 plus 1 working hour is 14:00 with 09:00–12:00 and 13:30–18:00', () => {
    const lunch: WorkingCalendar = {
      ...defaultCalendar,
      hours: [
        { from: '09:00', to: '12:00' },
        { from: '13:30', to: '18:00' },
      ],
    };
    expect(instant(addWorkingTime(lunch, '2026-05-06T11:30:00+08:00', { amount: 1, unit: 'working-hours' }))).toBe(
      instant('2026-05-06T14:00:00+08:00'),
    );
    expect(workingClock(lunch).dayLength).toBe(7.5 * 3_600_000);
  });

  it('counts working hours between two instants', () => {
    expect(workingHoursBetween(defaultCalendar, '2026-05-08T17:00:00+08:00', '2026-05-11T10:00:00+08:00')).toBe(2);
    expect(workingHoursBetween(defaultCalendar, '2026-05-11T10:00:00+08:00', '2026-05-08T17:00:00+08:00')).toBe(0);
    expect(workingHoursBetween(shanghai2025, '2025-09-30T09:00:00+08:00', '2025-10-09T09:00:00+08:00')).toBe(9);
  });
});

describe('working time across daylight-saving changes (Europe/Berlin)', () => {
  it('office hours keep their wall-clock times when the offset changes: Friday 27 March 15:00 (+01:00) plus 2 working hours is Monday 30 March 09:00 (+02:00)', () => {
    expect(addWorkingTime(berlinOffice, '2026-03-27T15:00:00+01:00', { amount: 2, unit: 'working-hours' })).toBe(
      '2026-03-30T09:00:00.000+02:00',
    );
  });

  it('around the clock, 24 working hours from Saturday noon end at Sunday 13:00 in spring (a 23-hour day) and 11:00 in autumn (a 25-hour day)', () => {
    expect(addWorkingTime(berlinAroundTheClock, '2026-03-28T12:00:00+01:00', { amount: 24, unit: 'working-hours' })).toBe(
      '2026-03-29T13:00:00.000+02:00',
    );
    expect(addWorkingTime(berlinAroundTheClock, '2026-10-24T12:00:00+02:00', { amount: 24, unit: 'working-hours' })).toBe(
      '2026-10-25T11:00:00.000+01:00',
    );
  });

  it('a working day is the calendar’s day length in working time, so 1 working day around the clock is 24 elapsed hours', () => {
    expect(addWorkingTime(berlinAroundTheClock, '2026-03-28T12:00:00+01:00', { amount: 1, unit: 'working-days' })).toBe(
      '2026-03-29T13:00:00.000+02:00',
    );
  });
});

describe('calendars are data, decoded with errors that name the field', () => {
  const problems = (value: unknown) => {
    const r = decodeCalendar(value);
    return E.isLeft(r) ? r.left.problems : [];
  };

  it('fills missing fields from the default calendar', () => {
    expect(decodeCalendar({ zone: 'Europe/Berlin' })).toEqual(E.right({ ...defaultCalendar, zone: 'Europe/Berlin' }));
  });

  it('names an unknown zone, a malformed time, an impossible date and a bad weekday', () => {
    expect(problems({ zone: 'Mars/Olympus' })).toEqual([expect.stringMatching(/^zone: must be an IANA time zone/)]);
    expect(problems({ hours: [{ from: '9:00', to: '18:00' }] })).toEqual([expect.stringMatching(/^hours\.0\.from: must be a time of day/)]);
    expect(problems({ holidays: ['2025-02-30'] })).toEqual([expect.stringMatching(/^holidays\.0: must be a date/)]);
    expect(problems({ weekdays: [1, 8] })).toEqual([expect.stringMatching(/^weekdays\.1: must be a weekday number/)]);
  });

  it('refuses a holiday or make-up day whose year is outside 1970–2200 (a mistyped year), and accepts every year inside', () => {
    const date = (year: number) => `${String(year).padStart(4, '0')}-10-01`;
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 1969 }), fc.integer({ min: 2201, max: 9999 })),
        fc.constantFrom('holidays', 'workdays'),
        (year, field) => {
          expect(problems({ [field]: [date(year)] })).toEqual([
            `${field}.0: must be a date in the years 1970–2200 (a mistyped year?) (got "${date(year)}")`,
          ]);
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2200 }), (year) => {
        expect(problems({ holidays: [date(year)] })).toEqual([]);
      }),
    );
  });

  it('refuses periods out of order or overlapping, and a calendar with no working time', () => {
    expect(
      problems({
        hours: [
          { from: '13:00', to: '18:00' },
          { from: '09:00', to: '14:00' },
        ],
      }),
    ).toEqual([expect.stringMatching(/^hours\.1: must start after the previous period ends/)]);
    expect(problems({ hours: [{ from: '18:00', to: '09:00' }] })).toEqual([expect.stringMatching(/^hours\.0: must end after it starts/)]);
    expect(problems({ weekdays: [] })).toEqual([expect.stringMatching(/^weekdays: needs at least one working weekday/)]);
    expect(problems('Mon–Fri')).toEqual([expect.stringMatching(/WorkingCalendar|expected/)]);
  });
});
