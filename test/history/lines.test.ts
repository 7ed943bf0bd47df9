import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { auditEventLog } from '../../src/log/audit-log';
import { parseEventLine, PLAUSIBLE_YEARS, type UnreadableLine } from '../../src/log/line';
import { checkEventLog } from '../../src/log/check-log';
import type { HistoryProblem } from '../../src/log/problem';
import { formatLogProblem, LOG_PROBLEM_TEXTS } from '../../src/log/problem-messages';
import { received, replied, replyPromised } from '../support/events';
import { generateEvents } from '../../scripts/generate-log';
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

describe('an event dated far ahead of every earlier one (a mistyped year)', () => {
  const log = (...instants: string[]) =>
    instants.map((instant, i) =>
      JSON.stringify(
        i === 0 ? received({ inquiryId: 'INQ-1', by: guard, at: instant }) : replied({ inquiryId: 'INQ-1', by: guard, at: instant }),
      ),
    );

  it('is reported on its line, naming the latest event before it, and still applied', async () => {
    // Given a log whose third event is typed 2062 for 2026,
    const report = await auditEventLog(log('2026-05-04T09:00:00+08:00', '2026-05-05T09:00:00+08:00', '2062-05-06T09:00:00+08:00'));
    // then the audit says so on line 3, naming line 2 and both instants,
    expect(report.problems.map((p) => [p.line, p.code, p.inquiryId])).toEqual([[3, 'TIME_JUMPED_AHEAD', 'INQ-1']]);
    expect(report.problems[0]?.message).toContain('2062-05-06T09:00:00+08:00');
    expect(report.problems[0]?.message).toContain('line 2, is dated 2026-05-05T09:00:00+08:00');
    // and the event counts, as recorded: the default as-of is its instant.
    expect([report.events, report.asOf]).toEqual([3, '2062-05-06T09:00:00+08:00']);
  });

  it.each([
    ['a year and a day later', '2027-05-05T09:00:00+08:00', []],
    ['a year and a day and a minute later', '2027-05-05T09:01:00+08:00', ['TIME_JUMPED_AHEAD']],
    ['before every earlier event (another check)', '2016-05-05T09:00:00+08:00', []],
  ])('%s: %j', async (_, instant, codes) => {
    const report = await auditEventLog(log('2026-05-04T09:00:00+08:00', instant));
    expect(report.problems.filter((p) => p.code === 'TIME_JUMPED_AHEAD').map((p) => p.code)).toEqual(codes);
  });

  it('is not reported when it is after the as-of asked for (it is left out)', async () => {
    const report = await auditEventLog(log('2026-05-04T09:00:00+08:00', '2062-05-06T09:00:00+08:00'), {
      asOf: '2026-06-01T00:00:00+08:00',
    });
    expect(report.problems).toEqual([]);
    expect(report.eventsAfterAsOf).toBe(1);
  });

  it('is worded in Chinese as every other problem', () => {
    const problem = { code: 'TIME_JUMPED_AHEAD', message: 'This RequesterReplied of INQ-1 is dated …', inquiryId: 'INQ-1' } as const;
    expect(formatLogProblem(problem, 'zh-CN')).toBe(`事项 INQ-1：${LOG_PROBLEM_TEXTS.TIME_JUMPED_AHEAD['zh-CN']}`);
    expect(LOG_PROBLEM_TEXTS.TIME_JUMPED_AHEAD['zh-CN']).toContain('年份是否输错');
    expect(LOG_PROBLEM_TEXTS.TIME_JUMPED_AHEAD['zh-TW']).toContain('年份是否輸錯');
  });
});

describe('every line of a valid log parses, and only an implausible instant is refused', () => {
  it('gives every event of a generated log back as it was written (every type, promises with deadlines)', () => {
    const events = [...generateEvents({ events: 4000, seed: 11 })];
    expect(new Set(events.map((e) => e.type)).size).toBeGreaterThanOrEqual(14);
    const refused = events.map((e) => parseEventLine(JSON.stringify(e))).filter(E.isLeft);
    expect(refused.map((r) => r.left.message)).toEqual([]);
  });

  it.each([
    ['a plausible deadline', '2026-05-06T18:00:00+08:00', 'OK'],
    ['a deadline typed 7026', '7026-05-06T18:00:00+08:00', 'IMPLAUSIBLE_INSTANT data.deadline'],
  ])('a reply promised with %s: %s', (_, deadline, expected) => {
    const r = parseEventLine(JSON.stringify(replyPromised({ by: guard, at: minute(1), deadline })));
    expect(E.isLeft(r) ? `${r.left.code} ${r.left.detail?.fields?.[0]?.path ?? ''}` : 'OK').toBe(expected);
  });
});
