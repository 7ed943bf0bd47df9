import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Instant, instantBefore, instantMillis } from '../../src/primitives/codecs';

// Instant's check and instantMillis run for every instant of every command and event, so they are
// one pass of plain arithmetic over the characters. This is the check it replaced, written the
// obvious way with the pattern, Date.parse and a Date: both must accept exactly the same strings,
// and instantMillis must count exactly as Date.parse does.
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function byDate(s: string): boolean {
  const m = PATTERN.exec(s);
  if (m === null || Number.isNaN(Date.parse(s))) return false;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour <= 23 && minute <= 59;
}

const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
const decimals = fc.stringMatching(/^\d{0,10}$/);
const zones = fc.oneof(
  fc.constantFrom('Z', '+08:00', '-05:30', '+14:00', '+24:00', '-00:00', 'z', ''),
  fc.tuple(fc.constantFrom('+', '-'), digits(2, 25), digits(2, 61)).map(([sign, h, m]) => `${sign}${h}:${m}`),
);
const instantLike = fc
  .tuple(
    fc.oneof(
      digits(4, 9999),
      fc.constantFrom('0000', '0004', '0099', '0100', '1900', '1969', '1970', '2000', '2024', '2026', '2100', '2200', '2201'),
    ),
    digits(2, 14),
    digits(2, 32),
    digits(2, 25),
    digits(2, 61),
    fc.option(fc.tuple(digits(2, 61), fc.option(decimals, { nil: undefined })), { nil: undefined }),
    zones,
  )
  .map(
    ([y, mo, d, h, mi, sec, zone]) =>
      `${y}-${mo}-${d}T${h}:${mi}${sec === undefined ? '' : `:${sec[0]}${sec[1] === undefined ? '' : `.${sec[1]}`}`}${zone}`,
  );

/** An instant-like string, or one with a character replaced, inserted or removed anywhere. */
const damagedInstant = fc.oneof(
  instantLike,
  fc
    .tuple(instantLike, fc.nat(), fc.constantFrom('', '0', '9', '-', ':', 'T', 'Z', '+', '.', ' ', '\u0660', 'x'), fc.constantFrom(0, 1))
    .map(([s, at, ch, cut]) => s.slice(0, at % (s.length + 1)) + ch + s.slice((at % (s.length + 1)) + cut)),
  fc.string({ maxLength: 40 }),
);

describe('Instant accepts exactly the instants a Date-based calendar check accepts', () => {
  test.prop([instantLike], { numRuns: 20_000 })('on date-time strings around every calendar edge', (s) => {
    expect(Instant.is(s)).toBe(byDate(s));
  });

  test.prop([damagedInstant], { numRuns: 20_000 })('on the same with a character replaced, inserted or removed, and on any string', (s) => {
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

describe('instantMillis counts exactly as Date.parse does', () => {
  test.prop([damagedInstant], { numRuns: 20_000 })('on instants, near-instants and any string (NaN where Date.parse gives NaN)', (s) => {
    expect(instantMillis(s)).toBe(Date.parse(s));
  });

  // It keeps its last answer and the last month it counted: asked in any order, with repeats.
  test.prop(
    [fc.array(damagedInstant, { minLength: 1, maxLength: 6 }).chain((pool) => fc.array(fc.constantFrom(...pool), { maxLength: 30 }))],
    {
      numRuns: 2_000,
    },
  )('on a sequence of instants with repeats and shared months', (sequence) => {
    for (const s of sequence) expect(instantMillis(s)).toBe(Date.parse(s));
  });

  test.prop(
    [
      fc.array(
        instantLike.map((s) => s.replace(/^\d{4}-\d{2}/, '2026-03')),
        { maxLength: 30 },
      ),
    ],
    { numRuns: 1_000 },
  )('on instants of one month, of every day, and their Instant.is', (sequence) => {
    for (const s of sequence) {
      expect(instantMillis(s)).toBe(Date.parse(s));
      expect(Instant.is(s)).toBe(byDate(s));
    }
  });

  it.each([
    '1970-01-01T00:00:00Z',
    '1969-12-31T23:59:59.999Z',
    '0000-01-01T00:00Z',
    '0000-03-01T00:00Z',
    '0004-02-29T10:00:00Z',
    '9999-12-31T23:59:59.999999999-23:59',
    '2026-05-04T09:30:00.5+08:00',
    '2026-05-04T09:30:00.12+08:00',
    '2026-05-04T09:30:00.1239+08:00',
    '2026-02-31T00:00Z',
    '2026-05-04T24:00:00Z',
    '2026-05-04T09:30:00+24:00',
    '2026-05-04',
  ])('%s', (s) => {
    expect(instantMillis(s)).toBe(Date.parse(s));
  });
});

describe('instantBefore compares as the milliseconds do', () => {
  // Written alike (same length and offset) it compares the text: pairs written alike are generated
  // on purpose, with the same fields, offsets and fraction digits, and pairs written differently.
  const valid = fc.oneof(instantLike, damagedInstant).filter((s) => Instant.is(s));
  const alike = fc
    .tuple(valid, fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 30 }), fc.nat())
    .map(([s, digitsIn, at]) => {
      // The same string with some digits changed: same length, same offset unless a digit of it changed.
      const chars = [...s];
      digitsIn.forEach((d, i) => {
        const k = (at + i * 7) % chars.length;
        if (/\d/.test(chars[k] ?? '')) chars[k] = String(d);
      });
      return [s, chars.join('')] as const;
    })
    .filter(([, b]) => Instant.is(b));
  test.prop([fc.oneof(alike, fc.tuple(valid, valid))], { numRuns: 20_000 })('on instants written alike and not', ([a, b]) => {
    expect(instantBefore(a, b)).toBe(instantMillis(a) < instantMillis(b));
    expect(instantBefore(b, a)).toBe(instantMillis(b) < instantMillis(a));
  });
});
