import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { Staff } from '../../src/inquiry/staff';
import { escalated, missingNotified, received, replyPromised, transferred } from '../support/events';
import { guard, manager } from '../support/staff';
import { day, minute } from '../support/time';
import { logFile, text } from './support';
import { Readable } from 'node:stream';

// Recorded text is untrusted: a name with ESC, BEL, a carriage return or a bidi override must not
// reach a terminal or a page raw, where it could clear the screen, forge a report line or reverse
// the text after it (issue 10 item 19).

const DANGEROUS = [
  '\u001b',
  '\u0007',
  '\u0008',
  '\r',
  '\n',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u061c',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u2028',
  '\u2029',
];
// Anything that is a control, a separator of lines or paragraphs, or a bidi control.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this test
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...DANGEROUS), fc.constantFrom('a', '王', '[2J', 'ש', ' ', '<', '|', '\\', 'FI-05: forged')), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => `x${parts.join('')}`);

async function run(argv: readonly string[]): Promise<string> {
  let stdout = '';
  await main(
    argv,
    { stdout: { write: (t) => ((stdout += text(t)), true) }, stderr: { write: () => true }, stdin: Readable.from(['']) },
    {},
  );
  return stdout;
}

function hostileLog(name: string, department: string, item: string, category: string): string {
  const staff: Staff = { id: 's-1', name, department, onDuty: true };
  const absent: Staff = { id: 's-2', name: `${name}2`, department, onDuty: false };
  return logFile([
    received({ by: staff, category, announced: { name } }),
    escalated({ by: staff, absentHandler: absent, leader: manager, at: minute(1), question: item }),
    missingNotified({ by: staff, items: ['a'], at: minute(2) }),
    missingNotified({ by: staff, items: [item], at: minute(3) }),
    replyPromised({ by: staff, at: minute(4), deadline: minute(60) }),
  ]);
}

const lineCount = (text: string): number => text.split('\n').length;

describe('terminal and bidi safety of the reports', () => {
  test.prop([hostileText, hostileText, hostileText, hostileText, fc.constantFrom('en', 'zh-CN')], { numRuns: 30 })(
    'text and md: no control or bidi character from the record reaches the output, and no line is added',
    async (name, department, item, category, lang) => {
      const log = hostileLog(name, department, item, category);
      const tame = hostileLog('x', 'x', 'x', 'x');
      for (const format of ['text', 'md'] as const) {
        const out = await run(['audit', log, '--as-of', day(9), '--format', format, '--lang', lang]);
        expect(out).not.toMatch(RAW);
        expect(lineCount(out)).toBe(lineCount(await run(['audit', tame, '--as-of', day(9), '--format', format, '--lang', lang])));
      }
    },
  );

  test.prop([hostileText, hostileText, hostileText], { numRuns: 20 })(
    'html: no raw control or bidi character, and every recorded name is isolated',
    async (name, department, item) => {
      const html = await run(['audit', hostileLog(name, department, item, 'repair'), '--as-of', day(9), '--format', 'html']);
      expect(html.replace(/\n/g, '')).not.toMatch(RAW);
      const bdi = (html.match(/<bdi>/g) ?? []).length;
      expect(bdi).toBeGreaterThan(10);
      // Every <bdi> is closed: nothing recorded can leak out of its isolate.
      expect((html.match(/<\/bdi>/g) ?? []).length).toBe(bdi);
    },
  );

  test.prop([hostileText], { numRuns: 20 })('check: a problem line quoting recorded text stays one visible line', async (text) => {
    const stranger: Staff = { id: 's-9', name: text, department: text, onDuty: true };
    const log = logFile([received({ by: guard }), transferred({ by: stranger, to: manager, at: minute(1) })]);
    const out = await run(['check', log]);
    expect(out).toContain(':2: NOT_RESPONSIBLE');
    expect(out).not.toMatch(RAW);
    expect(lineCount(out)).toBe(3);
  });

  it('an unclosed right-to-left override in a name does not reverse the message after it (HTML)', async () => {
    const html = await run(['audit', hostileLog('Evil\u202E', 'gate', 'drawings', 'repair'), '--as-of', day(9), '--format', 'html']);
    expect(html).not.toContain('\u202E');
    expect(html).toContain('<bdi>Evil\\u202E</bdi>');
  });

  it('ESC in a name is shown as \\x1B in text', async () => {
    const out = await run(['audit', hostileLog('Li\u001b[2JNa', 'gate', 'drawings', 'repair'), '--as-of', day(9)]);
    expect(out).toContain('Li\\x1B[2JNa');
  });
});
