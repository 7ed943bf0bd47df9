import * as E from 'fp-ts/Either';
import { parseEventLine } from '../../src/log/line';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLI_MESSAGES, cliMessage, renderCliMessage, renderDecodeProblem, type CliMessageCode } from '../../src/cli/messages';
import { term } from '../../src/i18n/glossary';
import { LOCALES } from '../../src/i18n/locale';
import { decodePolicy } from '../../src/policy/policy';
import { decodeProblems, NonBlankString, Instant } from '../../src/primitives/codecs';
import { DECODE_REASONS, describeProblem, type DecodeProblem } from '../../src/primitives/reasons';
import { CLI_SAMPLES, everyCliText, POLICY_FOR } from './cli-samples';

// The CLI's own words: every code has a message in every locale, and every reason the policy
// decoder can give has a translation, with the field path and the value kept as they are.

const HAN = /\p{Script=Han}/u;
// Three ASCII words in a row: an English phrase left in a Chinese text.
const ENGLISH_PHRASE = /\b[A-Za-z][A-Za-z']*(?:[ ,]+[A-Za-z][A-Za-z']*){2,}/;

// Words a Chinese text may carry unchanged: option names, values, paths, file names, commands.
function withoutKeptWords(text: string): string {
  return text
    .replace(/"[^"]*"|'[^']*'/g, ' ')
    .replace(/--?[A-Za-z][\w-]*(=\S*)?/g, ' ')
    .replace(/\S*[/.:@_|<>[\]]\S*/g, ' ')
    .replace(/npm install \S+/g, ' ');
}

describe('the CLI message catalogue', () => {
  it.each(Object.keys(CLI_MESSAGES) as CliMessageCode[])('%s has a message in every locale', (code) => {
    for (const locale of LOCALES) {
      expect(typeof CLI_MESSAGES[code][locale], `${code} ${locale}`).toBe('function');
      const text = renderCliMessage(cliMessage(code, CLI_SAMPLES[code] as never), locale);
      expect(text.length, `${code} ${locale}`).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|\[object|NaN/);
      if (locale !== 'en' && !code.startsWith('HELP_')) expect(text, `${code} ${locale}`).toMatch(HAN);
    }
  });

  it.each(['zh-CN', 'zh-TW'] as const)('%s: no English phrase is left, only option names, paths and values', (locale) => {
    for (const text of everyCliText(locale)) expect(withoutKeptWords(text), text).not.toMatch(ENGLISH_PHRASE);
    // The check itself finds English where there is some.
    expect(everyCliText('en').filter((t) => ENGLISH_PHRASE.test(withoutKeptWords(t))).length).toBeGreaterThan(20);
  });

  it('names the values it is given the same way in every language', () => {
    const zh = renderCliMessage(cliMessage('OPTION_CHOICE', CLI_SAMPLES.OPTION_CHOICE), 'zh-CN');
    for (const kept of ['--format', 'text', 'md', 'json', 'pdf']) expect(zh).toContain(kept);
    expect(renderCliMessage(cliMessage('EXPORTED', CLI_SAMPLES.EXPORTED), 'zh-TW')).toBe('已將 29 條事件（至位置 29）寫入 events.jsonl');
  });

  it('shows a control or bidi character in a value escaped, never raw', () => {
    const text = renderCliMessage(cliMessage('UNKNOWN_COMMAND', { command: 'ch\u001b[2J\u202Eek' }), 'zh-CN');
    expect(text).toBe('没有 "ch\\x1B[2J\\u202Eek" 这个命令');
  });

  it('the help takes its terms from the glossary', () => {
    const help = renderCliMessage(cliMessage('HELP', {}), 'zh-TW');
    for (const key of ['firstInquirySystem', 'finding', 'supervision', 'forbiddenPhrase'] as const)
      expect(help).toContain(term(key, 'zh-TW'));
  });
});

const details = (value: unknown): readonly DecodeProblem[] => {
  const decoded = decodePolicy(value);
  return E.isLeft(decoded) ? decoded.left.details : [];
};

function expectTranslated(problem: DecodeProblem): void {
  const en = renderDecodeProblem(problem, 'en');
  expect(en).toBe(describeProblem(problem));
  for (const locale of ['zh-CN', 'zh-TW'] as const) {
    const zh = renderDecodeProblem(problem, locale);
    expect(zh, en).toMatch(HAN);
    if (problem.path !== '') expect(zh.startsWith(`${problem.path}: `), zh).toBe(true);
    if (typeof problem.got === 'string') expect(zh).toContain(problem.got);
    const rest = withoutKeptWords(
      [problem.path, problem.got ?? '', problem.params?.known ?? '', problem.params?.type ?? ''].reduce(
        (t, kept) => t.replace(kept, ' '),
        zh,
      ),
    );
    expect(rest, zh).not.toMatch(ENGLISH_PHRASE);
  }
}

describe('policy problems in every language: the path and the value kept, the reason translated', () => {
  it.each(Object.entries(POLICY_FOR).filter(([, v]) => v !== null))('%s', (reason, policy) => {
    const found = details(policy);
    expect(found.map((p) => p.reason)).toContain(reason);
    for (const p of found) expectTranslated(p);
    // The English problems are the same data worded in English: one source of truth.
    const decoded = decodePolicy(policy);
    expect(E.isLeft(decoded) && decoded.left.problems).toEqual(found.map(describeProblem));
  });

  it('calendar.holidays.0 in a year 7026 reads the same in every language but for the reason', () => {
    const [problem] = details({ calendar: { holidays: ['7026-01-01'] } });
    expect(renderDecodeProblem(problem!, 'en')).toBe(
      'calendar.holidays.0: must be a date in the years 1970–2200 (a mistyped year?), or "cn" (got "7026-01-01")',
    );
    expect(renderDecodeProblem(problem!, 'zh-CN')).toBe(
      'calendar.holidays.0: 必须是 1970–2200 年之间的日期（年份是否输错？），或 "cn"（实际为 "7026-01-01"）',
    );
  });

  it('the event codecs’ reasons have their translation too', () => {
    for (const [codec, value] of [
      [NonBlankString, ' '],
      [Instant, '2026-05-04 09:30'],
    ] as const) {
      const decoded = codec.decode(value);
      const [problem] = E.isLeft(decoded) ? decodeProblems(decoded.left) : [];
      expect(problem?.reason).not.toBe('OTHER');
      expectTranslated(problem!);
    }
    // The reasons a log line is refused for (missing fields, implausible instants, unknown types).
    for (const line of [
      '{"type":"InquiryResolved","data":{}}',
      '{"type":"Nope"}',
      JSON.stringify({ type: 'InquiryReceived', data: { schemaVersion: 1, channel: 'fax' } }),
      JSON.stringify({
        type: 'FollowedUp',
        data: { schemaVersion: 1, inquiryId: 'I', at: '7026-01-01T00:00:00Z', by: { id: 's', name: 'n', department: 'd' }, note: 'x' },
      }),
    ]) {
      const parsed = parseEventLine(line);
      const fields = E.isLeft(parsed) ? (parsed.left.detail?.fields ?? []) : [];
      expect(fields.length, line).toBeGreaterThan(0);
      for (const f of fields) {
        expect(f.reason).not.toBe('OTHER');
        expectTranslated(f);
      }
    }
    expect(Object.keys(DECODE_REASONS).length).toBe(Object.keys(POLICY_FOR).length - 7);
  });

  it('any JSON given as a policy is refused only for reasons that have a translation (never OTHER)', () => {
    const field = fc.constantFrom('forbiddenPhrases', 'categories', 'calendar', 'fallbackTimeLimit', 'atRiskFraction', 'inactivity', 'x');
    const calendar = fc.record(
      {
        zone: fc.oneof(fc.constant('Asia/Shanghai'), fc.string()),
        weekdays: fc.array(fc.oneof(fc.integer({ min: -1, max: 9 }), fc.jsonValue()), { maxLength: 3 }),
        hours: fc.array(fc.record({ from: fc.constantFrom('09:00', '18:00', '9', 'x'), to: fc.constantFrom('12:00', '08:00', '24:00') })),
        holidays: fc.oneof(fc.constant('cn'), fc.array(fc.constantFrom('cn', '2026-10-01', '7026-01-01', '2026-02-30', 'x', 3))),
        workdays: fc.array(fc.constantFrom('2026-09-28', '1969-12-31', '2026-13-01')),
      },
      { requiredKeys: [] },
    );
    const limit = fc.record({ amount: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.jsonValue()), unit: fc.constantFrom('hours', 'days') });
    const category = fc.record(
      { label: fc.jsonValue(), departments: fc.jsonValue(), timeLimit: limit, requiresLiability: fc.jsonValue(), department: fc.string() },
      { requiredKeys: [] },
    );
    const policy = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(field, fc.oneof(fc.jsonValue(), calendar, limit, fc.dictionary(fc.string({ maxLength: 5 }), category))),
      fc.record({ calendar, categories: fc.dictionary(fc.constantFrom('repair', 'parking'), category) }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(policy, (value) => {
        for (const p of details(value)) {
          expect(p.reason, describeProblem(p)).not.toBe('OTHER');
          expectTranslated(p);
        }
      }),
      { numRuns: 300 },
    );
  });
});
