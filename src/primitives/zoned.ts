import { IANAZone } from 'luxon';

// model

/**
 * An instant's wall-clock fields in a time zone, and the zone's offset from UTC then (minutes).
 * `weekday` counts from 1 (Monday) to 7 (Sunday), as luxon does.
 *
 * @example
 * import type { ZonedFields } from './zoned'; // internal: reports and deadlines
 * const hhmm = (f: ZonedFields) => `${f.hour}:${f.minute}`;
 *
 * @internal
 */
export interface ZonedFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly weekday: number;
  readonly offset: number;
}

// utils

/**
 * The wall-clock fields of an instant (epoch milliseconds) in an IANA zone, or `undefined` when the
 * zone is not one or the year is outside 1000–9999 (callers fall back to luxon there). The zone's
 * offset is what luxon says (`IANAZone.offset`), looked up once per day of time and kept: an
 * audit formats tens of thousands of instants, and each lookup goes through `Intl`. A day whose
 * start and end have different offsets (a transition inside it) is kept hour by hour, and an hour
 * with a transition inside is never kept, so the answer is exactly luxon's.
 *
 * @example
 * import { zonedFields } from './zoned'; // internal: reports and deadlines
 * zonedFields(Date.parse('2026-05-04T01:30:00Z'), 'Asia/Shanghai')?.hour; // 9
 *
 * @internal
 */
export function zonedFields(millis: number, zone: string): ZonedFields | undefined {
  const offset = zoneOffset(millis, zone);
  // Offsets of local mean time (before 1900) have seconds: those stay with luxon.
  if (offset === undefined || !Number.isInteger(offset)) return undefined;
  const local = new Date(millis + offset * 60_000);
  const year = local.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return undefined;
  const weekday = local.getUTCDay();
  return {
    year,
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: weekday === 0 ? 7 : weekday,
    offset,
  };
}

/**
 * Two digits (or `digits`), zero-padded: `pad(7)` is `'07'`.
 *
 * @example
 * import { pad } from './zoned'; // internal: reports and deadlines
 * pad(7); // '07'
 *
 * @internal
 */
export function pad(n: number, digits = 2): string {
  return String(n).padStart(digits, '0');
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// A day (UTC) whose first and last millisecond have different offsets: its hours are kept instead.
const MIXED = Number.NaN;
interface ZoneOffsets {
  readonly zone: IANAZone | undefined;
  readonly days: Map<number, number>;
  readonly hours: Map<number, number>;
}
const zones = new Map<string, ZoneOffsets>();

/**
 * The offset from UTC (minutes) of an IANA zone at an instant (epoch milliseconds), exactly what
 * luxon's `IANAZone.offset` says, looked up through `Intl` once per day of time and kept (see
 * {@link zonedFields}); `undefined` for a name that is not a zone or an instant that is not finite.
 *
 * @example
 * import { zoneOffset } from './zoned'; // internal: reports and deadlines
 * zoneOffset(Date.parse('2026-05-04T01:30:00Z'), 'Asia/Shanghai'); // 480
 *
 * @internal
 */
export function zoneOffset(millis: number, name: string): number | undefined {
  if (!Number.isFinite(millis)) return undefined;
  let entry = zones.get(name);
  if (entry === undefined) {
    entry = { zone: IANAZone.isValidZone(name) ? IANAZone.create(name) : undefined, days: new Map(), hours: new Map() };
    if (zones.size < 64) zones.set(name, entry);
  }
  const { zone, days, hours } = entry;
  if (zone === undefined) return undefined;
  // The same offset at both ends of a day means none in between: no zone changes its offset twice
  // within a day (the working clock assumes six days). Only the few days with a change are
  // looked up hour by hour, and only an hour with a change costs a look-up per instant.
  const day = Math.floor(millis / DAY);
  let known = days.get(day);
  if (known === undefined) {
    const start = zone.offset(day * DAY);
    known = zone.offset(day * DAY + DAY - 1) === start ? start : MIXED;
    if (days.size >= 100_000) days.clear();
    days.set(day, known);
  }
  if (!Number.isNaN(known)) return known;
  const hour = Math.floor(millis / HOUR);
  known = hours.get(hour);
  if (known !== undefined) return known;
  const start = zone.offset(hour * HOUR);
  if (zone.offset(hour * HOUR + HOUR - 1) !== start) return zone.offset(millis);
  if (hours.size >= 100_000) hours.clear();
  hours.set(hour, start);
  return start;
}
