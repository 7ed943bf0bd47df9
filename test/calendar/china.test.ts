import { fc, test } from '@fast-check/vitest';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { decodePolicy } from '../../src/policy/policy';
import { defaultCalendar, type WorkingCalendar } from '../../src/policy/calendar';
import { chinaHolidays, withHolidays } from '../../src/policy/china';
import { workingClock } from '../../src/policy/working-time';
import type { AuditLogReport } from '../../src/log/audit-log';
import { logFile, run, scratchFile } from '../cli/support';
import { received } from '../support/events';
import { guard } from '../support/staff';

// Mainland China's working calendar out of the box (issue 12 item 5): public holidays and make-up
// working days (调休) from the chinese-days package, opt-in with `calendar: { holidays: 'cn' }` or
// `audit --holidays cn`, the organisation's own dates merged on top. The yardstick is the 2025
// National Day calendar that the working-time specifications enter by hand.

// The hand-entered calendar of test/calendar/working-time.test.ts: 1–8 October 2025 off; Sunday
// 28 September and Saturday 11 October worked.
const handEntered: WorkingCalendar = {
  ...defaultCalendar,
  holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'],
  workdays: ['2025-09-28', '2025-10-11'],
};
const builtIn = withHolidays(defaultCalendar, 'cn');

describe('the built-in China calendar', () => {
  it('covers 2025 and 2026 and has National Day 2025 as published: 1–8 October off, 28 September and 11 October worked', () => {
    const { holidays, workdays, years } = chinaHolidays();
    expect(years.from).toBeLessThanOrEqual(2025);
    expect(years.to).toBeGreaterThanOrEqual(2026);
    const around = (d: string) => d >= '2025-09-15' && d <= '2025-10-31';
    expect(holidays.filter(around)).toEqual(handEntered.holidays);
    expect(workdays.filter(around)).toEqual(handEntered.workdays);
    // Spring Festival 2026 is there too, so 2026 audits need no typing either.
    expect(holidays).toContain('2026-02-17');
  });

  test.prop(
    [
      fc.integer({ min: Date.parse('2025-09-15T00:00:00+08:00'), max: Date.parse('2025-10-20T00:00:00+08:00') }),
      fc.integer({ min: 1, max: 10 }),
      fc.constantFrom('working-days', 'working-hours', 'hours'),
    ],
    { numRuns: 200 },
  )("every deadline around National Day 2025 is the hand-entered calendar's", (from, amount, unit) => {
    const limit = { amount, unit } as const;
    expect(workingClock(builtIn).deadline(from, limit)).toBe(workingClock(handEntered).deadline(from, limit));
  });

  it('your own holidays and working days merge on top: they win over the built-in ones', () => {
    const own = withHolidays({ ...defaultCalendar, holidays: ['2025-12-31', '2025-09-28'], workdays: ['2025-10-08'] }, 'cn');
    expect(own.holidays).toEqual(expect.arrayContaining(['2025-10-01', '2025-12-31', '2025-09-28']));
    expect(own.holidays).not.toContain('2025-10-08');
    expect(own.workdays).toEqual(expect.arrayContaining(['2025-10-11', '2025-10-08']));
    expect(own.workdays).not.toContain('2025-09-28');
  });

  it('a policy names it with holidays: "cn", alone or among your dates; a bad entry is named', () => {
    const policy = (holidays: unknown) => decodePolicy({ calendar: { holidays } });
    expect(E.map((p: { calendar: WorkingCalendar }) => p.calendar)(policy('cn'))).toEqual(E.right(builtIn));
    expect(
      E.map((p: { calendar: WorkingCalendar }) => p.calendar.holidays.includes('2025-12-31') && p.calendar.holidays.includes('2025-10-01'))(
        policy(['cn', '2025-12-31']),
      ),
    ).toEqual(E.right(true));
    const bad = policy(['cn', 'us']);
    expect(E.isLeft(bad) && bad.left.problems).toEqual([
      expect.stringMatching(/^calendar\.holidays\.1: must be a date YYYY-MM-DD that exists, or "cn" \(got "us"\)/),
    ]);
    expect(E.isLeft(policy('us'))).toBe(true);
  });
});

describe('audit of a 2025 log across National Day', () => {
  // Open matters received before, on the eve of and after the holiday, left unsettled.
  const log = () =>
    logFile([
      received({ by: guard, inquiryId: 'INQ-A', category: 'enquiry', at: '2025-09-26T11:00:00+08:00' }),
      received({ by: guard, inquiryId: 'INQ-B', category: 'repair', at: '2025-09-28T10:00:00+08:00' }),
      received({ by: guard, inquiryId: 'INQ-C', category: 'enquiry', at: '2025-09-30T17:00:00+08:00' }),
      received({ by: guard, inquiryId: 'INQ-D', category: 'complaint', at: '2025-10-03T09:00:00+08:00' }),
      received({ by: guard, inquiryId: 'INQ-E', category: 'repair', at: '2025-10-10T17:00:00+08:00' }),
    ]);
  const deadlines = async (extra: readonly string[]) => {
    const { code, stdout, stderr } = await run(['audit', log(), '--as-of', '2025-11-28T12:00:00+08:00', '--format', 'json', ...extra]);
    expect([code, stderr]).toEqual([1, '']);
    const report = JSON.parse(stdout) as AuditLogReport;
    return Object.fromEntries(report.deadlines.overdue.map((d) => [d.inquiryId, d.deadline]));
  };

  it('--holidays cn and calendar: { holidays: "cn" } give the hand-entered calendar\'s deadlines', async () => {
    const byHand = await deadlines([
      '--policy',
      scratchFile(
        'national-day-by-hand.json',
        JSON.stringify({ calendar: { holidays: handEntered.holidays, workdays: handEntered.workdays } }),
      ),
    ]);
    expect(byHand['INQ-C']).toBe('2025-10-09T17:00:00.000+08:00');
    expect(Object.keys(byHand)).toHaveLength(5);
    expect(await deadlines(['--holidays', 'cn'])).toEqual(byHand);
    expect(await deadlines(['--policy', scratchFile('national-day-cn.json', JSON.stringify({ calendar: { holidays: 'cn' } }))])).toEqual(
      byHand,
    );
    // Without any holidays the deadlines fall inside the holiday: the calendar does matter here.
    expect((await deadlines([]))['INQ-C']).toBe('2025-10-01T17:00:00.000+08:00');
  });

  it('your own holiday on top of --holidays cn moves a deadline', async () => {
    const own = scratchFile('own-holiday.json', JSON.stringify({ calendar: { holidays: ['2025-10-09'] } }));
    expect((await deadlines(['--holidays', 'cn', '--policy', own]))['INQ-C']).toBe('2025-10-10T17:00:00.000+08:00');
  });

  it('--holidays with another value is a usage error, exit 2', async () => {
    const r = await run(['audit', log(), '--holidays', 'us']);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('--holidays must be cn')]);
  });
});
