import * as chineseDaysModule from 'chinese-days';
import type { WorkingCalendar } from './calendar';

// model

/**
 * Mainland China's public holidays (法定节假日) and make-up working days (调休上班), as published
 * each year by the State Council's General Office, from the `chinese-days` package (MIT; the data
 * ships inside the package, nothing is fetched at run time). `years` is the span the package
 * covers: outside it no date is a holiday and no weekend is worked.
 *
 * @example
 * import { chinaHolidays } from 'first-inquiry/supervision';
 * chinaHolidays().workdays.includes('2025-09-28'); // true: the Sunday worked before National Day 2025
 *
 * @category calendar
 * @since 0.1.0
 */
export interface ChinaHolidays {
  readonly holidays: readonly string[];
  readonly workdays: readonly string[];
  readonly years: { readonly from: number; readonly to: number };
}

/**
 * A built-in holiday source a policy can name instead of typing the dates: `'cn'`, mainland China
 * ({@link chinaHolidays}).
 *
 * @category calendar
 * @since 0.1.0
 */
export type HolidaySource = 'cn';

// constants

/**
 * The names of the built-in holiday sources.
 *
 * @example
 * import { HOLIDAY_SOURCES } from './china'; // internal: the CLI's --holidays values
 * HOLIDAY_SOURCES; // ['cn']
 *
 * @internal
 */
export const HOLIDAY_SOURCES: readonly HolidaySource[] = ['cn'];

// The package's CommonJS build: its functions are on the namespace, or on its default export when
// a loader wraps module.exports (Node's ESM loader does).
interface ChineseDays {
  getHolidaysInRange(start: string, end: string, includeWeekends?: boolean): string[];
  getWorkdaysInRange(start: string, end: string, includeWeekends?: boolean): string[];
}
const chineseDays: ChineseDays =
  typeof (chineseDaysModule as Partial<ChineseDays>).getHolidaysInRange === 'function'
    ? (chineseDaysModule as unknown as ChineseDays)
    : (chineseDaysModule as unknown as { default: ChineseDays }).default;

// The package's data starts in 2004; its last year grows with each release. The search runs a few
// years past today's data so an updated package is picked up without a change here.
const FIRST = '2004-01-01';
const LAST = '2035-12-31';

let cached: ChinaHolidays | undefined;

// utils

/**
 * Mainland China's holidays and make-up working days for every year the installed `chinese-days`
 * covers (2004–2026 in version 1.5.7). Computed once, then cached.
 *
 * @example
 * import { chinaHolidays } from 'first-inquiry/supervision';
 * chinaHolidays().holidays.includes('2025-10-08'); // true: National Day and Mid-Autumn, 1–8 October 2025
 *
 * @category calendar
 * @since 0.1.0
 */
export function chinaHolidays(): ChinaHolidays {
  if (cached !== undefined) return cached;
  // Statutory days off, including those on a weekend (they matter to a desk that works Saturdays).
  const holidays = chineseDays.getHolidaysInRange(FIRST, LAST, false);
  // Worked days that fall on a weekend: the make-up days (调休).
  const workdays = chineseDays.getWorkdaysInRange(FIRST, LAST, true).filter((d) => {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    return weekday === 0 || weekday === 6;
  });
  const years = [...holidays, ...workdays].map((d) => Number(d.slice(0, 4)));
  cached = { holidays, workdays, years: { from: Math.min(...years), to: Math.max(...years) } };
  return cached;
}

/**
 * A calendar with a built-in holiday source merged in, the calendar's own dates on top: its own
 * holidays are days off even if the source has them as make-up days, its own working days are
 * worked even if the source has them as holidays.
 *
 * @example
 * import { withHolidays, defaultCalendar } from 'first-inquiry/supervision';
 * const office = withHolidays({ ...defaultCalendar, holidays: ['2025-12-31'] }, 'cn');
 * office.holidays.includes('2025-10-01') && office.holidays.includes('2025-12-31'); // true
 *
 * @category calendar
 * @since 0.1.0
 */
export function withHolidays(calendar: WorkingCalendar, source: HolidaySource): WorkingCalendar {
  const builtIn = source === 'cn' ? chinaHolidays() : { holidays: [], workdays: [] };
  const ownHolidays = new Set(calendar.holidays);
  const ownWorkdays = new Set(calendar.workdays);
  return {
    ...calendar,
    holidays: [...new Set([...builtIn.holidays.filter((d) => !ownWorkdays.has(d)), ...calendar.holidays])],
    workdays: [...new Set([...builtIn.workdays.filter((d) => !ownHolidays.has(d)), ...calendar.workdays])],
  };
}
