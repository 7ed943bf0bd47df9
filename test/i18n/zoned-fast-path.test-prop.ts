import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../src/i18n/format';
import type { Locale } from '../../src/i18n/locale';
import { toZonedIso } from '../../src/policy/working-time';

// formatInstant and toZonedIso take a fast path (a per-day cache of the zone's offset, fields from
// Date); luxon is the reference they must agree with, on any instant, in zones with daylight saving,
// half-hour offsets and half-hour transitions (Lord Howe), west and east of UTC.

const ZONES = [
  'Asia/Shanghai',
  'Asia/Taipei',
  'UTC',
  'Etc/GMT',
  'Europe/London',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'Not/A_Zone',
];
const LOCALES: readonly Locale[] = ['en', 'zh-CN', 'zh-TW'];
const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  'zh-CN': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  'zh-TW': ['週一', '週二', '週三', '週四', '週五', '週六', '週日'],
};

function luxonFormat(iso: string, locale: Locale, zone: string): string {
  const parsed = DateTime.fromISO(iso, { setZone: true });
  if (!parsed.isValid) return iso;
  const t = parsed.setZone(zone);
  if (!t.isValid) return iso;
  return `${t.toFormat('yyyy-MM-dd')} ${WEEKDAYS[locale][t.weekday - 1] ?? ''} ${t.toFormat('HH:mm')}`;
}

// 1900 to 2200, with instants clustered around the hours (where transitions are).
const millis = fc.oneof(
  fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
  fc.tuple(fc.integer({ min: -613_000, max: 2_000_000 }), fc.integer({ min: -2, max: 2 })).map(([h, d]) => h * 1_800_000 + d),
);
const offsets = fc.constantFrom('Z', '+08:00', '-05:00', '+05:30', '+00:00', '-03:30');

describe('zoned fast path', () => {
  test.prop([millis, fc.constantFrom(...ZONES)], { numRuns: 3000 })('toZonedIso is what luxon writes', (at, zone) => {
    const expected = DateTime.fromMillis(at, { zone }).toISO() ?? new Date(at).toISOString();
    expect(toZonedIso(at, zone)).toBe(expected);
  });

  test.prop([millis, offsets, fc.constantFrom(...ZONES), fc.constantFrom(...LOCALES), fc.boolean()], { numRuns: 3000 })(
    'formatInstant is what luxon shows',
    (at, offset, zone, locale, withMillis) => {
      const iso = DateTime.fromMillis(at, { zone: offset === 'Z' ? 'UTC' : `UTC${offset}` }).toFormat(
        withMillis ? "yyyy-MM-dd'T'HH:mm:ss.SSS" : "yyyy-MM-dd'T'HH:mm",
      );
      const text = `${iso}${offset}`;
      expect(formatInstant(text, locale, zone)).toBe(luxonFormat(text, locale, zone));
    },
  );

  // Without a zone an instant is shown as written; any strict instant, valid or not (a bad value of
  // a log is shown, not hidden), of any year and offset, shows what luxon shows.
  const written = fc
    .record({
      year: fc.oneof(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 9999 })),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 60 }),
      tail: fc.constantFrom('', ':00', ':59', ':07.5', ':30.25', ':00.999'),
      offset: fc.oneof(
        offsets,
        fc
          .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }))
          .map(([sign, h, m]) => `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      ),
    })
    .map(({ year, month, day, hour, minute, tail, offset }) => {
      const two = (n: number) => String(n).padStart(2, '0');
      return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}${tail}${offset}`;
    });
  test.prop([written, fc.constantFrom(...LOCALES)], { numRuns: 5000 })(
    'formatInstant without a zone is what luxon shows',
    (iso, locale) => {
      const parsed = DateTime.fromISO(iso, { setZone: true });
      const expected = parsed.isValid
        ? `${parsed.toFormat('yyyy-MM-dd')} ${WEEKDAYS[locale][parsed.weekday - 1] ?? ''} ${parsed.toFormat('HH:mm')}`
        : iso;
      expect(formatInstant(iso, locale)).toBe(expected);
    },
  );
});

describe('a day with a change of offset: each instant on either side of the change', () => {
  // The cache keeps a day's offset when its first and last millisecond agree; a day with a change
  // is kept hour by hour. Asked in order through such a day, every answer must still be luxon's.
  it.each([
    ['Europe/London', '2026-03-29'],
    ['Europe/London', '2026-10-25'],
    ['America/New_York', '2026-03-08'],
    ['Australia/Lord_Howe', '2026-04-05'],
    ['Australia/Lord_Howe', '2026-10-04'],
    ['Pacific/Chatham', '2026-04-05'],
  ])('%s on %s, minute by minute', (zone, date) => {
    const start = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
    for (let at = start; at < start + 3 * 86_400_000; at += 60_000) {
      for (const t of [at, at - 1]) expect(toZonedIso(t, zone)).toBe(DateTime.fromMillis(t, { zone }).toISO());
    }
  });
});
