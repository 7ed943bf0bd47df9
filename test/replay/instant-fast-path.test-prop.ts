import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Instant } from '../../src/primitives/codecs';

// Instant's calendar check runs for every instant of every command and event, so it is plain
// arithmetic. This is the check it replaced, written the obvious way with a Date: both must
// accept exactly the same strings.
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function byDate(s: string): boolean {
  const m = PATTERN.exec(s);
  if (m === null || Number.isNaN(Date.parse(s))) return false;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour <= 23 && minute <= 59;
}

const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
const instantLike = fc
  .tuple(
    fc.oneof(digits(4, 9999), fc.constantFrom('0000', '0004', '0099', '0100', '1900', '2000', '2024', '2026', '2100')),
    digits(2, 14),
    digits(2, 32),
    digits(2, 25),
    digits(2, 61),
    fc.option(fc.tuple(digits(2, 61), fc.option(fc.integer({ min: 0, max: 999_999_999 }).map(String), { nil: undefined })), {
      nil: undefined,
    }),
    fc.constantFrom('Z', '+08:00', '-05:30', '+14:00', '+24:00', 'z', ''),
  )
  .map(
    ([y, mo, d, h, mi, sec, zone]) =>
      `${y}-${mo}-${d}T${h}:${mi}${sec === undefined ? '' : `:${sec[0]}${sec[1] === undefined ? '' : `.${sec[1]}`}`}${zone}`,
  );

describe('Instant accepts exactly the instants a Date-based calendar check accepts', () => {
  test.prop([instantLike], { numRuns: 20_000 })('on date-time strings around every calendar edge', (s) => {
    expect(Instant.is(s)).toBe(byDate(s));
  });

  it.each([
    ['2024-02-29T10:00:00Z', true],
    ['2026-02-29T10:00:00Z', false],
    ['2000-02-29T10:00:00Z', true],
    ['2100-02-29T10:00:00Z', false],
    ['0000-02-29T10:00:00Z', false],
    ['0004-02-29T10:00:00Z', true],
    ['2026-04-31T10:00:00+08:00', false],
    ['2026-12-31T23:59:59.999+08:00', true],
    ['2026-13-01T00:00:00Z', false],
    ['2026-05-04T24:00:00Z', false],
  ])('%s: %s', (s, valid) => {
    expect(Instant.is(s)).toBe(valid);
    expect(byDate(s)).toBe(valid);
  });
});
