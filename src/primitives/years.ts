// constants

/**
 * The years a recorded instant or a calendar date may fall in (1970 to 2200, inclusive). A
 * property desk's records are never older than the Unix epoch, and a date centuries ahead is a
 * typing error (7026 for 2026), not a plan: the log reader reports such an instant as
 * `IMPLAUSIBLE_INSTANT`, and a policy refuses such a holiday, instead of silently ignoring it or
 * stretching every working-time computation across millennia.
 *
 * @example
 * import { PLAUSIBLE_YEARS } from 'first-inquiry/log';
 * PLAUSIBLE_YEARS.to; // 2200
 *
 * @category history
 * @since 0.1.0
 */
export const PLAUSIBLE_YEARS = { from: 1970, to: 2200 } as const;

/**
 * Whether a year is within {@link PLAUSIBLE_YEARS}.
 *
 * @example
 * import { isPlausibleYear } from './years';
 * isPlausibleYear(2026); // true
 * isPlausibleYear(7026); // false
 *
 * @category history
 * @since 0.2.0
 */
export function isPlausibleYear(year: number): boolean {
  return year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to;
}

const EARLIEST = Date.UTC(PLAUSIBLE_YEARS.from, 0, 1);
const LATEST = Date.UTC(PLAUSIBLE_YEARS.to + 1, 0, 1);

/**
 * Whether an instant, in ms since the epoch, falls in {@link PLAUSIBLE_YEARS} (counted in UTC):
 * the one test of the log reader and `decide`. `NaN` is not plausible.
 *
 * @example
 * import { isPlausibleMillis } from './years';
 * isPlausibleMillis(Date.parse('2026-05-04T09:30:00+08:00')); // true
 * isPlausibleMillis(Date.parse('7026-05-04T09:30:00+08:00')); // false
 *
 * @category history
 * @since 0.2.0
 */
export function isPlausibleMillis(millis: number): boolean {
  return millis >= EARLIEST && millis < LATEST;
}
