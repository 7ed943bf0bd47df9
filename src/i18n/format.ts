import { DateTime } from 'luxon';
import { Instant, instantMillis } from '../primitives/codecs';
import { pad, zonedFields } from '../primitives/zoned';
import type { TimeLimit } from '../policy/policy';
import { term } from './glossary';
import type { Locale } from './locale';

// utils

/**
 * An instant as people read it, in one format for every report: date, weekday, time to the minute,
 * `2026-05-04 Mon 09:30` / `2026-05-04 周一 09:30` / `2026-05-04 週一 09:30`. With a `zone` (the
 * audit calendar's, e.g. `Asia/Shanghai`) the instant is shown in that zone; without one, in the
 * offset it was written with. Text that is not an ISO instant is returned unchanged, so a bad
 * value recorded in a log is shown, not hidden.
 *
 * @example
 * import { formatInstant } from './format';
 * formatInstant('2026-05-04T01:30:00Z', 'zh-CN', 'Asia/Shanghai'); // '2026-05-04 周一 09:30'
 * formatInstant('2026-05-04T09:30:00+08:00', 'en'); // '2026-05-04 Mon 09:30'
 *
 * @category i18n
 * @since 0.2.0
 */
export function formatInstant(iso: string, locale: Locale, zone?: string): string {
  // Fast paths, what reports show most: a strict ISO instant (at most milliseconds), in a known zone
  // or as written.
  if (STRICT_INSTANT.test(iso)) {
    if (zone !== undefined) {
      const f = zonedFields(Date.parse(iso), zone);
      if (f !== undefined)
        return `${f.year}-${pad(f.month)}-${pad(f.day)} ${WEEKDAYS[locale][f.weekday - 1] ?? ''} ${pad(f.hour)}:${pad(f.minute)}`;
    } else {
      // In the offset it was written with, the date and time are the ones written: only the
      // weekday is worked out (the CLI's reports show instants so unless given --zone).
      const weekday = writtenWeekday(iso);
      if (weekday !== undefined) return `${iso.slice(0, 10)} ${WEEKDAYS[locale][weekday - 1] ?? ''} ${iso.slice(11, 16)}`;
    }
  }
  const parsed = DateTime.fromISO(iso, { setZone: true });
  if (!parsed.isValid) return iso;
  const t = zone === undefined ? parsed : parsed.setZone(zone);
  if (!t.isValid) return iso;
  // The fields by hand, not two toFormat calls: luxon parses the format string on every call, and
  // an audit report formats a few instants per finding (a profile put it at a sixth of `audit`).
  return `${year(t.year)}-${pad(t.month)}-${pad(t.day)} ${WEEKDAYS[locale][t.weekday - 1] ?? ''} ${pad(t.hour)}:${pad(t.minute)}`;
}

// As luxon's `yyyy`: at least four digits, the sign before them.
function year(y: number): string {
  return y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
}

// The weekday (1 = Monday) of a strict instant's date as written, or undefined if it is no valid
// instant (luxon then says so). A date's weekday is the same in every zone: it is counted at
// midnight UTC.
function writtenWeekday(iso: string): number | undefined {
  if (!Instant.is(iso)) return undefined;
  const days = Math.floor(instantMillis(`${iso.slice(0, 10)}T00:00Z`) / 86_400_000);
  // 1970-01-01, day 0, was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

const STRICT_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$/;

// Monday first, as luxon numbers weekdays (1 = Monday).
const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  'zh-CN': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  'zh-TW': ['週一', '週二', '週三', '週四', '週五', '週六', '週日'],
};

/**
 * A time limit in words: `1 working day`, `3 working days`, `4 hours` / `3个工作日`, `4小时` / `3個工作日`.
 *
 * @example
 * import { formatTimeLimit } from './format';
 * formatTimeLimit({ amount: 3, unit: 'working-days' }, 'zh-CN'); // '3个工作日'
 *
 * @category i18n
 * @since 0.2.0
 */
export function formatTimeLimit({ amount, unit }: TimeLimit, locale: Locale): string {
  if (locale === 'en') {
    const name = unit.replace('-', ' ').replace(/s$/, '');
    return `${amount} ${name}${amount === 1 ? '' : 's'}`;
  }
  const simplified = locale === 'zh-CN';
  switch (unit) {
    case 'working-days':
      return `${amount}${simplified ? '个' : '個'}${term('workingDay', locale)}`;
    case 'working-hours':
      return `${amount}${simplified ? '个工作小时' : '個工作小時'}`;
    case 'hours':
      return `${amount}${simplified ? '小时' : '小時'}`;
  }
}

/**
 * A stage (环节) as people count: from 1. The library numbers stages from 0 (`Finding.stage`,
 * `Stage.index`); every report shows them through this function.
 *
 * @example
 * import { stageLabel } from './format';
 * stageLabel(0, 'en'); // 'stage 1'
 * stageLabel(0, 'zh-CN'); // '环节1'
 *
 * @category i18n
 * @since 0.2.0
 */
export function stageLabel(index: number, locale: Locale): string {
  return locale === 'en' ? `stage ${index + 1}` : `${term('stage', locale)}${index + 1}`;
}

/**
 * A list of recorded texts quoted and joined the locale's way: `“a”, “b”` / `“a”、“b”`.
 *
 * @example
 * import { quoteList } from './i18n/format'; // internal to the library
 * quoteList(['drawings', 'licence'], 'zh-CN'); // '“drawings”、“licence”'
 *
 * @category i18n
 * @since 0.2.0
 */
export function quoteList(items: readonly string[], locale: Locale): string {
  return items.map((x) => `“${x}”`).join(locale === 'en' ? ', ' : '、');
}
