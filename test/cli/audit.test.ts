import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Staff } from '../../src/inquiry/staff';
import type { AuditLogReport } from '../../src/log/audit-log';
import { chinaHolidays } from '../../src/policy/china';
import { followedUp, received, replied, transferred } from '../support/events';
import { clerk, guard } from '../support/staff';
import { day, minute } from '../support/time';
import { logFile, run, scratchDir, scratchFile } from './support';

// An enquiry (1 working day) received on Monday 2026-05-04 09:30 Beijing time, handed to the
// clerk, then nothing: overdue (FI-05) in the clerk's stage by Tuesday 09:30.
const overdueEnquiry = [
  received({ by: guard, category: 'enquiry' }),
  transferred({ by: guard, to: clerk, at: minute(5) }),
  replied({ by: clerk, at: minute(30) }),
];

async function json(argv: readonly string[]): Promise<AuditLogReport> {
  const { stdout } = await run([...argv, '--format', 'json']);
  return JSON.parse(stdout) as AuditLogReport;
}

describe('first-inquiry audit <log>', () => {
  it('audits as of the latest event time by default, so the same log always gives the same report', async () => {
    const file = logFile(overdueEnquiry);
    const report = await json(['audit', file]);
    expect(report.asOf).toBe(minute(30));
    expect(report.findings).toEqual([]);
    expect((await run(['audit', file])).code).toBe(0);
  });

  it('--as-of a later instant: the overdue finding names the holder of the stage in which it arose; exit 1', async () => {
    const file = logFile(overdueEnquiry);
    const report = await json(['audit', file, '--as-of', day(2)]);
    expect(report.findings.filter((f) => f.code === 'OVERDUE').map((f) => [f.rule, f.inquiryId, f.stage, f.accountable.id])).toEqual([
      ['FI-05', 'INQ-2026-0001', 1, clerk.id],
    ]);
    expect(report.holdings.map((h) => [h.inquiryId, h.holder.id, h.stage])).toEqual([['INQ-2026-0001', clerk.id, 1]]);
    expect(report.people.find((p) => p.staff.id === clerk.id)).toMatchObject({ stagesHeld: 1, holdingNow: 1, byRule: { 'FI-05': 1 } });
    expect(report.deadlines.overdue.map((d) => [d.inquiryId, d.holder.id])).toEqual([['INQ-2026-0001', clerk.id]]);
    const text = await run(['audit', file, '--as-of', day(2)]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('INQ-2026-0001 stage 2: OVERDUE (FI-05');
    expect(text.stdout).toContain(`accountable: Chen Jing (${clerk.id}, customer-service)`);
    expect(text.stdout).toMatch(/^ {2}overdue: INQ-2026-0001 \(enquiry\) due /m);
  });

  it('--as-of leaves out (and counts) events dated after it', async () => {
    const report = await json(['audit', logFile(overdueEnquiry), '--as-of', minute(10)]);
    expect([report.events, report.eventsAfterAsOf, report.holdings[0]?.holder.id]).toEqual([3, 1, clerk.id]);
  });

  it('a policy file overrides the defaults (a longer enquiry limit: no longer overdue)', async () => {
    const policy = scratchFile(
      'lenient.json',
      JSON.stringify({
        categories: { enquiry: { timeLimit: { amount: 5, unit: 'working-days' } } },
        inactivity: { amount: 10, unit: 'working-days' },
      }),
    );
    const report = await json(['audit', logFile(overdueEnquiry), '--as-of', day(2), '--policy', policy]);
    expect(report.findings).toEqual([]);
  });

  it.each([
    ['a field with a bad value', { inactivity: { amount: -1, unit: 'working-days' } }, /--policy .*bad-1\.json: inactivity\.amount/],
    ['an unknown field', { inactivty: { amount: 1, unit: 'working-days' } }, /inactivty: is not a policy field/],
    ['not JSON', '{ "categories": ', /not valid JSON/],
  ])('a policy file with %s: exit 2 and an error naming the field', async (_, content, message) => {
    const name = `bad-${['a field with a bad value', 'an unknown field', 'not JSON'].indexOf(_) + 1}.json`;
    const policy = scratchFile(name, typeof content === 'string' ? content : JSON.stringify(content));
    const { code, stdout, stderr } = await run(['audit', logFile(overdueEnquiry), '--policy', policy]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it.each([
    ['en', /not valid JSON \(line 3, column 3\)/],
    ['zh-CN', /不是有效的 JSON（第 3 行第 3 列）/],
  ])('a policy file with a syntax error says on which line and column (%s)', async (lang, message) => {
    const policy = scratchFile(`syntax-${lang}.json`, '{\n  "categories": {},\n  oops\n}\n');
    const { code, stderr } = await run(['audit', logFile(overdueEnquiry), '--policy', policy, '--lang', lang]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it.each([
    ['a missing policy file', ['--policy', join(scratchDir, 'none.json')], /none\.json: no such file/],
    ['an --as-of without a zone', ['--as-of', '2026-05-06 09:00'], /--as-of must be an ISO-8601 date-time with a zone/],
    ['an unknown format', ['--format', 'pdf'], /--format must be text, json, md or html/],
    ['an unwritable --out', ['--out', join(scratchDir, 'no-such-dir', 'r.txt')], /no such file/],
  ])('%s is a usage or I/O error (exit 2)', async (_, extra, message) => {
    const { code, stderr } = await run(['audit', logFile(overdueEnquiry), ...extra]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('reports lines that are not events and events the record does not allow, with their line numbers', async () => {
    const file = logFile([
      overdueEnquiry[0] as never,
      '',
      'not json',
      followedUp({ by: guard, inquiryId: 'INQ-404', at: minute(2) }) as never,
      overdueEnquiry[1] as never,
    ]);
    const report = await json(['audit', file]);
    expect(report.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'MALFORMED_JSON'],
      [4, 'EVENT_BEFORE_RECEIPT'],
    ]);
    expect((await run(['audit', file])).stdout).toContain(`${file}:4: EVENT_BEFORE_RECEIPT: `);
  });

  it('reads the log from standard input for "-" and names it "-" in problem lines', async () => {
    const stdin = [...overdueEnquiry.map((e) => JSON.stringify(e)), '{oops'].join('\n');
    const { code, stdout } = await run(['audit', '-', '--as-of', day(2)], stdin);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^Audit as of .*: 3 events, 1 inquiries, \d+ findings, 1 problems$/m);
    expect(stdout).toContain('  -:4: MALFORMED_JSON: not valid JSON');
  });

  it('--out writes the report to a file and nothing to stdout', async () => {
    const out = join(scratchDir, 'report.md');
    const { code, stdout } = await run(['audit', logFile(overdueEnquiry), '--as-of', day(2), '--format', 'md', '--out', out]);
    expect([code, stdout]).toEqual([1, '']);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# First-inquiry audit/);
    expect(md).toContain('| INQ-2026-0001 | stage 2 | OVERDUE (FI-05');
  });
});

describe('audit reports escape recorded text', () => {
  const hostile: Staff = { id: 's-"1"', name: "<img src=x onerror=alert(1)> & 'Bob'", department: '<b>gate</b>', onDuty: true };
  const log = () =>
    logFile([
      received({ by: hostile, category: 'enquiry', intent: '</style><script>x()</script>' }),
      replied({ by: hostile, at: minute(1) }),
    ]);

  it('html: no raw tag, quote or ampersand from the record reaches the page', async () => {
    const { stdout } = await run(['audit', log(), '--as-of', day(3), '--format', 'html']);
    expect(stdout).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &#39;Bob&#39;');
    expect(stdout).toContain('&lt;b&gt;gate&lt;/b&gt;');
    expect(stdout).toContain('s-&quot;1&quot;');
    expect(stdout).not.toMatch(/<img|<b>|<script/);
    expect(stdout).not.toMatch(/(src|href)="(https?:)?\/\//); // self-contained: no external requests
  });

  it('markdown: table cells cannot be broken or turned into markup', async () => {
    const { stdout } = await run(['audit', log(), '--as-of', day(3), '--format', 'md']);
    expect(stdout).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(stdout).not.toMatch(/[^\\]<img/);
  });
});

describe('audit --holidays cn beyond the years its data covers', () => {
  const { from, to } = chinaHolidays().years;
  const inYear = (year: number) => [
    received({ by: guard, category: 'enquiry', at: `${year}-03-02T01:30:00.000Z` }),
    transferred({ by: guard, to: clerk, at: `${year}-03-02T01:35:00.000Z` }),
  ];
  const warning = (reached: string) =>
    `first-inquiry audit: warning: --holidays cn: the bundled holiday data covers ${from}–${to}, but this audit reaches ${reached}; ` +
    `public holidays outside ${from}–${to} count as working days\n`;

  it('given a log in the year after the data, then a warning names the years covered and what it means', async () => {
    const { stderr } = await run(['audit', logFile(inYear(to + 1)), '--holidays', 'cn']);
    expect(stderr).toBe(warning(String(to + 1)));
  });

  it('given a log in the year before the data, then the same warning', async () => {
    expect((await run(['audit', logFile(inYear(from - 1)), '--holidays', 'cn'])).stderr).toBe(warning(String(from - 1)));
  });

  it('given a log inside the data but --as-of after it, then the warning names the span audited', async () => {
    const { stderr } = await run(['audit', logFile(inYear(to)), '--holidays', 'cn', '--as-of', `${to + 1}-01-04T00:00:00+08:00`]);
    expect(stderr).toBe(warning(`${to}–${to + 1}`));
  });

  it('given a log inside the data, or no --holidays, then no warning', async () => {
    expect((await run(['audit', logFile(inYear(to)), '--holidays', 'cn'])).stderr).toBe('');
    expect((await run(['audit', logFile(inYear(to + 1))])).stderr).toBe('');
  });

  it('counts years in the calendar’s zone: 31 December 20:00 UTC of the last year is already the next year in Beijing', async () => {
    const log = logFile([received({ by: guard, category: 'enquiry', at: `${to}-12-31T20:00:00.000Z` })]);
    expect((await run(['audit', log, '--holidays', 'cn'])).stderr).toBe(warning(String(to + 1)));
  });

  it.each([
    ['zh-CN', `内置的节假日数据只涵盖 ${from}–${to} 年，本次督查却涉及 ${to + 1} 年；这些年份以外的法定节假日均按工作日计算`],
    ['zh-TW', `內建的節假日資料只涵蓋 ${from}–${to} 年，本次督查卻涉及 ${to + 1} 年；這些年份以外的法定節假日均按工作日計算`],
  ])('says so in %s', async (lang, said) => {
    expect((await run(['audit', logFile(inYear(to + 1)), '--holidays', 'cn', '--lang', lang])).stderr).toContain(said);
  });
});
