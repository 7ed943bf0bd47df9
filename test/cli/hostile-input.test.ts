import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/cli/io';
import type { AuditLogReport } from '../../src/log/audit-log';
import { received, replied, replyPromised, transferred } from '../support/events';
import { clerk, guard } from '../support/staff';
import { minute } from '../support/time';
import { logFile, run, scratchDir, scratchFile } from './support';

// Input the CLI must survive with a clear problem on the right line and a documented exit code:
// implausible dates (a mistyped year must not make the calendar walk millennia), lines no event
// could be, bytes that are not UTF-8, carriage returns inside lines, and policies with huge limits.

const ok = [
  received({ by: guard, category: 'enquiry' }),
  transferred({ by: guard, to: clerk, at: minute(5) }),
  replied({ by: clerk, at: minute(30) }),
];
const line = (e: unknown) => JSON.stringify(e);

async function auditJson(argv: readonly string[]): Promise<{ code: number; stderr: string; report: AuditLogReport }> {
  const { code, stdout, stderr } = await run([...argv, '--format', 'json']);
  return { code, stderr, report: JSON.parse(stdout) as AuditLogReport };
}

function expectNoCrash(r: { code: number; stderr: string }): void {
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect([0, 1, 2]).toContain(r.code);
}

describe('implausible dates are problems, never a hang (years 1970–2200)', () => {
  it('--as-of 9999-12-31T23:59:59Z on a one-event log: a usage error naming --as-of, exit 2', { timeout: 10_000 }, async () => {
    const r = await run(['audit', logFile([ok[0] as object as never]), '--as-of', '9999-12-31T23:59:59Z']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('first-inquiry audit: --as-of: 9999-12-31T23:59:59Z is outside the years 1970–2200 (a mistyped year?)\n');
  });

  it.each([['1969-12-31T23:59:59Z'], ['2201-01-01T00:00:00Z'], ['0001-01-01T00:00:00Z']])(
    '--as-of %s is refused the same way',
    async (asOf) => {
      const r = await run(['audit', logFile(ok), '--as-of', asOf]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(`--as-of: ${asOf} is outside the years 1970–2200`)]);
    },
  );

  it(
    'a year-7026 line is IMPLAUSIBLE_INSTANT on its line naming data.at; the rest of the log is audited',
    { timeout: 10_000 },
    async () => {
      const typo = transferred({ by: guard, to: clerk, at: '7026-05-04T09:35:00+08:00' });
      const { code, report } = await auditJson(['audit', logFile([ok[0] as never, typo, ok[2] as never])]);
      expect(code).toBe(1);
      expect(report.problems.map((p) => [p.line, p.code])).toEqual([[2, 'IMPLAUSIBLE_INSTANT']]);
      expect(report.problems[0]?.message).toContain('data.at: 7026-05-04T09:35:00+08:00 is outside the years 1970–2200');
      expect(report.asOf).toBe(minute(30));
    },
  );

  it('check reports it too, and a promised reply deadline in year 20260 names data.deadline', async () => {
    const promise = replyPromised({ by: guard, at: minute(10), deadline: '+020260-05-04T09:35:00Z' as string });
    const far = replyPromised({ by: guard, at: minute(11), deadline: '2999-05-04T09:35:00+08:00' });
    const r = await run(['check', logFile([ok[0] as never, promise, far])]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/:3: IMPLAUSIBLE_INSTANT: .*data\.deadline: 2999-05-04T09:35:00\+08:00 is outside the years 1970–2200/);
    expect(r.stdout).toMatch(/:2: INVALID_EVENT/); // not an instant at all
  });
});

describe('huge limits and huge lines: no stack trace, documented exit codes', () => {
  it('a policy with a 30000-working-day limit audits normally', { timeout: 20_000 }, async () => {
    const policy = scratchFile(
      'huge-limit.json',
      JSON.stringify({
        categories: { enquiry: { timeLimit: { amount: 30000, unit: 'working-days' } } },
        fallbackTimeLimit: { amount: 30000, unit: 'working-days' },
        inactivity: { amount: 30000, unit: 'working-days' },
      }),
    );
    const early = await auditJson(['audit', logFile(ok), '--policy', policy, '--as-of', '2100-12-31T00:00:00Z']);
    expectNoCrash(early);
    expect([early.code, early.report.findings]).toEqual([0, []]);
    const late = await auditJson(['audit', logFile(ok), '--policy', policy, '--as-of', '2200-12-31T00:00:00Z']);
    expectNoCrash(late);
    expect(late.report.findings.map((f) => [f.code, f.arisenAt])).toContainEqual(['OVERDUE', '2141-05-01T09:30:00.000+08:00']);
  });

  it('a limit past 9999-12-31 never runs out: the deadline reads "never"', { timeout: 20_000 }, async () => {
    const policy = scratchFile(
      'endless.json',
      JSON.stringify({
        categories: { enquiry: { timeLimit: { amount: 1e15, unit: 'working-days' } } },
        inactivity: { amount: 1e300, unit: 'hours' },
      }),
    );
    const r = await auditJson(['audit', logFile(ok), '--policy', policy, '--as-of', '2100-01-01T00:00:00Z']);
    expectNoCrash(r);
    expect(r.report.findings).toEqual([]);
  });

  it.each(['text', 'json', 'md', 'html'])(
    'an open inquiry whose hour limit ends past what a Date can hold: no internal error, exit 0, in %s',
    { timeout: 20_000 },
    async (format) => {
      // 2.4 billion hours from 2025 is about 8.64e15 ms: a finite deadline no Date could print.
      const open = logFile([received({ by: guard, category: 'enquiry' })]);
      for (const amount of [2_399_511_334, 2.5e9, 1e300]) {
        const policy = scratchFile(
          `hour-limit-${amount}.json`,
          JSON.stringify({
            categories: { enquiry: { timeLimit: { amount, unit: 'hours' } } },
            inactivity: { amount, unit: 'hours' },
            followUpEvery: { amount, unit: 'hours' },
          }),
        );
        const r = await run(['audit', open, '--policy', policy, '--as-of', '2200-12-31T00:00:00Z', '--format', format]);
        expectNoCrash(r);
        expect(r.code).toBe(0);
      }
    },
  );

  it('a line longer than 1 MiB is LINE_TOO_LONG on its line; later line numbers stay right', async () => {
    const file = logFile([ok[0] as never, `{"type":"InquiryResolved","data":"${'x'.repeat(3 << 20)}"}`, '{not json', ok[1] as never]);
    const r = await run(['check', file]);
    expectNoCrash(r);
    expect([...r.stdout.matchAll(/:(\d+): ([A-Z_]+)/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual(['2 LINE_TOO_LONG', '3 MALFORMED_JSON']);
  });

  it('check /dev/zero (no line end, ever) stops with LINE_TOO_LONG on line 1, exit 1', { timeout: 30_000 }, async () => {
    const r = await run(['check', '/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\/dev\/zero:1: LINE_TOO_LONG: .*reading stopped here/);
    expectNoCrash(r);
  });

  it('a policy file that never ends (/dev/zero) or is not UTF-8 is a usage error naming it', async () => {
    const notUtf8 = join(scratchDir, 'latin1.json');
    writeFileSync(notUtf8, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    for (const policy of ['/dev/zero', notUtf8]) {
      const r = await run(['audit', logFile(ok), '--policy', policy]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(`--policy ${policy}: `)]);
    }
  });
});

describe('line numbers: lines end at \\n only; bytes that are not UTF-8 are a problem on their line', () => {
  it('a lone \\r inside a line is JSON white space, not a line end', async () => {
    const withCr = line(ok[1]).replace('{"type"', '{\r"type"').replace(',"data"', ',\r\r"data"');
    const file = logFile([ok[0] as never, withCr, '{not json']);
    const r = await run(['check', file]);
    expect(r.stdout).toContain(`${file}:3: MALFORMED_JSON`);
    expect(r.stdout).toMatch(/^2 events, 1 inquiries, 1 problems$/m);
  });

  it('\\r\\n line ends are still fine', async () => {
    const file = scratchFile('crlf.jsonl', `${ok.map(line).join('\r\n')}\r\n{not json\r\n`);
    const r = await run(['check', file]);
    expect(r.stdout).toContain(`${file}:4: MALFORMED_JSON`);
    expect(r.stdout).toMatch(/^3 events, 1 inquiries, 1 problems$/m);
  });

  it.each([
    ['a lone 0xff', [0xff]],
    ['a truncated sequence', [0xe6, 0x9d]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong encoding', [0xc0, 0xaf]],
  ])('%s is INVALID_UTF8 on its line (never U+FFFD); the next line keeps its number', async (_, bad) => {
    const second = Buffer.from(line(ok[1]).replace('Chen', '\u0000Chen').replace('\\u0000', '@@'));
    const at = second.indexOf('@@');
    const broken = Buffer.concat([second.subarray(0, at), Buffer.from(bad), second.subarray(at + 2)]);
    const path = join(scratchDir, `bad-utf8-${bad.join('-')}.jsonl`);
    writeFileSync(path, Buffer.concat([Buffer.from(`${line(ok[0])}\n`), broken, Buffer.from('\n{not json\n')]));
    const check = await run(['check', path]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(new RegExp(`:2: INVALID_UTF8: not valid UTF-8 text \\(byte 0x[0-9a-f]{2} at byte \\d+ of the line\\)`));
    expect(check.stdout).toContain(`${path}:3: MALFORMED_JSON`);
    const audit = await auditJson(['audit', path]);
    expect(audit.report.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'INVALID_UTF8'],
      [3, 'MALFORMED_JSON'],
    ]);
  });

  it('a real U+FFFD in a name is text like any other', async () => {
    const r = await run(['check', logFile([received({ by: { ...guard, name: 'Wang \uFFFD' } })])]);
    expect(r.code).toBe(0);
  });

  it('splitLines: chunk boundaries anywhere give the same lines', async () => {
    const bytes = Buffer.from('a\r\nb\rc\n\n\u00e9\u4e2d\nlast');
    const expected = ['a', 'b\rc', '', '\u00e9\u4e2d', 'last'];
    for (let cut = 0; cut <= bytes.length; cut += 1) {
      const lines: unknown[] = [];
      for await (const l of splitLines([bytes.subarray(0, cut), bytes.subarray(cut)])) lines.push(l);
      expect(lines).toEqual(expected);
    }
  });
});
