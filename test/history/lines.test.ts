import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { auditEventLog } from '../../src/log/audit-log';
import { parseEventLine, PLAUSIBLE_YEARS, type UnreadableLine } from '../../src/log/line';
import { checkEventLog } from '../../src/log/check-log';
import type { HistoryProblem } from '../../src/log/problem';
import { received, replied } from '../support/events';
import { guard } from '../support/staff';
import { minute } from '../support/time';

// The JSONL edge as a library: instants outside the plausible years are a line problem naming the
// field, and a reader's unreadable lines keep their place so every later line number is right.

const at = (instant: string) => JSON.stringify(received({ by: guard, at: instant }));
const code = (text: string) =>
  E.match(
    (p: { code: string }) => p.code,
    () => 'OK',
  )(parseEventLine(text));

describe('plausible instants (years 1970–2200, UTC)', () => {
  it.each([
    ['1970-01-01T00:00:00Z', 'OK'],
    ['1970-01-01T07:59:59+08:00', 'IMPLAUSIBLE_INSTANT'],
    ['1969-12-31T23:59:59Z', 'IMPLAUSIBLE_INSTANT'],
    ['2200-12-31T23:59:59Z', 'OK'],
    ['2201-01-01T07:00:00+08:00', 'OK'],
    ['2201-01-01T00:00:00Z', 'IMPLAUSIBLE_INSTANT'],
    ['7026-05-04T09:30:00+08:00', 'IMPLAUSIBLE_INSTANT'],
  ])('data.at %s: %s', (instant, expected) => {
    expect(code(at(instant))).toBe(expected);
  });

  it('the problem names the field and the range', () => {
    const r = parseEventLine(at('7026-05-04T09:30:00+08:00'));
    expect(E.isLeft(r) && r.left.message).toBe(
      'InquiryReceived is implausible: data.at: 7026-05-04T09:30:00+08:00 is outside the years 1970–2200 (a mistyped year?)',
    );
    expect(PLAUSIBLE_YEARS).toEqual({ from: 1970, to: 2200 });
  });
});

describe('unreadable lines from a reader keep their line numbers', () => {
  const unreadable: UnreadableLine = {
    _tag: 'UnreadableLine',
    code: 'INVALID_UTF8',
    message: 'not valid UTF-8 text (byte 0xff at byte 3 of the line)',
  };
  const lines = () => [
    JSON.stringify(received({ by: guard })),
    unreadable,
    '',
    '{oops',
    JSON.stringify(replied({ by: guard, at: minute(5) })),
  ];

  it('checkEventLog reports them on their line and goes on', async () => {
    const found: HistoryProblem[] = [];
    const summary = await checkEventLog(lines(), { onProblem: (p) => void found.push(p) });
    expect(found.map((p) => [p.line, p.code])).toEqual([
      [2, 'INVALID_UTF8'],
      [4, 'MALFORMED_JSON'],
    ]);
    expect([summary.lines, summary.events, summary.problems]).toEqual([5, 2, 2]);
  });

  it('auditEventLog reports them on their line and goes on', async () => {
    const report = await auditEventLog(lines());
    expect(report.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'INVALID_UTF8'],
      [4, 'MALFORMED_JSON'],
    ]);
    expect(report.events).toBe(2);
  });
});
