import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { chinaHolidays } from '../../src/policy/china';
import { received } from '../support/events';
import { guard } from '../support/staff';
import { logFile, scratchDir, scratchFile, text } from './support';

// Everything the CLI says in its own words follows --lang or the locale environment: the help,
// every usage error, file, policy and store problem. Option names, field paths, file names and the
// values the user gave read the same in every language, so tools and people can match on them.

async function run(argv: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(
    argv,
    {
      stdout: { write: (t) => ((out += text(t)), true) },
      stderr: { write: (t) => ((out += text(t)), true) },
      stdin: Readable.from(['']),
    },
    env,
  );
  return { code, out };
}

const HAN = /\p{Script=Han}/u;
const ENGLISH_PHRASE = /\b[A-Za-z][A-Za-z']*(?:[ ,]+[A-Za-z][A-Za-z']*){2,}/;

/** The text with what is kept in every language taken out: the case's values, options, paths, quoted text. */
function words(text: string, kept: readonly string[]): string {
  return [...kept, scratchDir]
    .reduce((t, k) => t.split(k).join(' '), text)
    .replace(/"[^"]*"|'[^']*'/g, ' ')
    .replace(/--?[A-Za-z][\w-]*(=\S*)?/g, ' ')
    .replace(/\S*[/.:@_|<>[\]]\S*/g, ' ');
}

const log = logFile([received({ by: guard })]);
const folder = join(scratchDir, 'not-a-store');
mkdirSync(folder, { recursive: true });
const policy = (name: string, value: unknown) => scratchFile(name, JSON.stringify(value));
const badYear = policy('bad-year.json', { calendar: { holidays: ['7026-01-01'] } });
const badField = policy('bad-field.json', { categories: { repair: { department: 'x' } } });
const badLimit = policy('bad-limit.json', { fallbackTimeLimit: { amount: 0, unit: 'days' }, atRiskFraction: 2 });
const badJson = scratchFile('bad.json', '{\n  "atRiskFraction": 0.5,\n}');
const okPolicy = policy('ok.json', {});
const emptyLog = scratchFile('empty.jsonl', '');
const holidayYears = chinaHolidays().years;
const logAfterHolidays = logFile([received({ by: guard, at: `${holidayYears.to + 1}-03-02T01:30:00.000Z` })]);

interface Case {
  readonly argv: readonly string[];
  /** What every language shows unchanged: options, values, field paths, files. */
  readonly kept: readonly string[];
}

// Every help variant and every usage, file, policy and store error the CLI has without a database.
const CASES: Readonly<Record<string, Case>> = {
  help: { argv: ['help'], kept: ['first-inquiry', '--format', '--store', '--as-of', '--holidays', 'FI-01'] },
  '--help': { argv: ['--help'], kept: ['--lang', 'LC_ALL'] },
  '-h': { argv: ['-h'], kept: ['--policy'] },
  'audit --help': { argv: ['audit', '--help'], kept: ['--out'] },
  'export -h': { argv: ['export', '-h'], kept: ['--from'] },
  'unknown command': { argv: ['chek'], kept: ['"chek"', 'first-inquiry help'] },
  'rules --format xml': { argv: ['rules', '--format', 'xml'], kept: ['--format', 'xml', 'json'] },
  'audit --format pdf': { argv: ['audit', log, '--format', 'pdf'], kept: ['--format', 'pdf', 'html'] },
  'audit --as-of not an instant': { argv: ['audit', log, '--as-of', 'yesterday'], kept: ['--as-of', 'yesterday', 'ISO-8601'] },
  'audit --as-of year 7026': {
    argv: ['audit', log, '--as-of', '7026-01-01T00:00:00Z'],
    kept: ['--as-of', '7026-01-01T00:00:00Z', '1970–2200'],
  },
  'audit --holidays us': { argv: ['audit', log, '--holidays', 'us'], kept: ['--holidays', 'us', 'cn'] },
  'audit a missing file': { argv: ['audit', '/nonexist'], kept: ['/nonexist'] },
  'check a missing file': { argv: ['check', '/nonexist/events.jsonl'], kept: ['/nonexist/events.jsonl'] },
  'check a folder': { argv: ['check', folder], kept: [folder] },
  'audit --out into no folder': { argv: ['audit', log, '--out', '/nonexist/audit.html'], kept: ['/nonexist/audit.html'] },
  'an unknown option': { argv: ['audit', log, '--bogus'], kept: ["'--bogus'"] },
  'an option without its value': { argv: ['audit', log, '--format'], kept: ['--format'] },
  'an option value that looks like an option': { argv: ['audit', log, '--as-of', '--lang'], kept: ["'--as-of'"] },
  'a value for a switch': { argv: ['rules', '--help=yes'], kept: ['--help'] },
  'no log': { argv: ['check'], kept: ['first-inquiry check'] },
  'two logs': { argv: ['check', log, log], kept: [log] },
  'a file and --store': { argv: ['audit', log, '--store', folder], kept: [log] },
  'export without --store': { argv: ['export'], kept: ['--store', 'postgres://'] },
  'export --from x1': { argv: ['export', '--store', folder, '--from', 'x1'], kept: ['--from', 'x1'] },
  'export a missing folder': { argv: ['export', '--store', '/nonexist'], kept: ['/nonexist'] },
  'export a file as a store': { argv: ['export', '--store', log], kept: [log, '--store'] },
  'check --store a folder that is no database': { argv: ['check', '--store', folder], kept: [folder, 'PG_VERSION'] },
  'a missing policy file': { argv: ['check', log, '--policy', '/nonexist/policy.json'], kept: ['--policy /nonexist/policy.json'] },
  'a policy with a year-7026 holiday': {
    argv: ['audit', log, '--policy', badYear],
    kept: [`--policy ${badYear}`, 'calendar.holidays.0', '"7026-01-01"', '"cn"', '1970–2200'],
  },
  'a policy with an unknown category field': {
    argv: ['check', log, '--policy', badField],
    kept: ['categories.repair.department', 'label, departments, timeLimit, requiresLiability'],
  },
  'a policy with bad limits': {
    argv: ['audit', log, '--policy', badLimit],
    kept: ['fallbackTimeLimit.amount', 'fallbackTimeLimit.unit', '"days"', 'atRiskFraction', '0.8'],
  },
  'a policy that is not JSON': { argv: ['check', log, '--policy', badJson], kept: [`--policy ${badJson}`, 'JSON'] },
  'an unsupported --lang alone': { argv: ['--lang', 'xx'], kept: ['--lang', 'xx', 'zh-TW'] },
  'an empty log path': { argv: ['check', ''], kept: ['first-inquiry check'] },
  'an empty --out': { argv: ['audit', log, '--out', ''], kept: ['--out'] },
  'an --out that is the log read': { argv: ['audit', log, '--out', log], kept: [`--out ${log}`] },
  'an --out that is the policy read': {
    argv: ['audit', log, '--policy', okPolicy, '--out', okPolicy],
    kept: [`--out ${okPolicy}`, '--policy'],
  },
  'export --out inside the store folder': { argv: ['export', '--store', folder, '--out', join(folder, 'x.jsonl')], kept: [folder] },
  'a malformed postgres:// URL': { argv: ['export', '--store', 'postgres://u:secret@[::1'], kept: ['postgres://u:***@[::1', 'PostgreSQL'] },
  'check an empty log': { argv: ['check', emptyLog], kept: [emptyLog] },
  'audit --holidays cn past the data': {
    argv: ['audit', logAfterHolidays, '--holidays', 'cn', '--out', join(scratchDir, 'holidays-report.txt')],
    kept: ['--holidays cn', `${holidayYears.from}–${holidayYears.to}`, String(holidayYears.to + 1)],
  },
};

const VARIANTS = [
  ['--lang zh-CN', ['--lang', 'zh-CN'], {}],
  ['--lang zh-TW', ['--lang', 'zh-TW'], {}],
  ['LANG=zh_CN.UTF-8', [], { LANG: 'zh_CN.UTF-8' }],
] as const;

describe.each(VARIANTS)('the CLI’s own words with %s', (_, lang, env) => {
  it.each(Object.entries(CASES))('%s: in Chinese, naming the same options, fields and values as in English', async (_name, c) => {
    const en = await run(c.argv);
    const zh = await run([...c.argv, ...lang], env);
    expect(zh.code).toBe(en.code);
    expect(zh.code).not.toBe(70);
    expect(zh.out, zh.out).toMatch(HAN);
    for (const kept of c.kept) {
      expect(en.out, `English names ${kept}`).toContain(kept);
      expect(zh.out, `Chinese names ${kept}`).toContain(kept);
    }
    // The check finds the English phrase in English, and none in Chinese.
    expect(words(en.out, c.kept)).toMatch(ENGLISH_PHRASE);
    expect(words(zh.out, c.kept), zh.out).not.toMatch(ENGLISH_PHRASE);
    // Same number of lines: a tool reading line by line meets the same shape.
    expect(zh.out.split('\n').length === en.out.split('\n').length || c.argv[0] === 'help' || c.argv[1] === '--help').toBe(true);
  });
});

describe('when the language itself is not known', () => {
  it('first-inquiry with no command prints the help in the environment’s language (exit 2)', async () => {
    const r = await run([], { LANG: 'zh_TW.UTF-8' });
    expect([r.code, r.out.split('\n')[0]]).toEqual([2, '用法：first-inquiry <命令> [選項]']);
    expect((await run([])).out).toMatch(/^Usage: first-inquiry <command> \[options\]/);
  });

  it('--lang may come before the command; with no command the help goes to standard error (exit 2)', async () => {
    const before = await run(['--lang', 'zh-CN', 'audit', log, '--format', 'pdf']);
    expect(before).toEqual(await run(['audit', log, '--format', 'pdf', '--lang', 'zh-CN']));
    expect(before.code).toBe(2);
    const alone = await run(['--lang=zh-TW']);
    expect([alone.code, alone.out.split('\n')[0]]).toEqual([2, '用法：first-inquiry <命令> [選項]']);
  });

  it('an invalid --lang is reported in the environment’s language, else English', async () => {
    expect((await run(['audit', log, '--lang', 'fr'], { LANG: 'zh_CN.UTF-8' })).out).toBe(
      'first-inquiry audit: --lang 只能是 en、zh-CN 或 zh-TW（实际为 fr）\n运行 "first-inquiry help" 查看用法。\n',
    );
    expect((await run(['audit', log, '--lang', 'fr'])).out).toBe(
      'first-inquiry audit: --lang must be en, zh-CN or zh-TW (got fr)\nRun "first-inquiry help" for usage.\n',
    );
  });

  it('--lang decides even for an error found before it on the command line', async () => {
    expect((await run(['audit', log, '--format', 'pdf', '--lang', 'zh-TW'], { LANG: 'zh_CN.UTF-8' })).out).toContain(
      '--format 只能是 text、json、md 或 html（實際為 pdf）',
    );
  });
});

describe('values echoed in any language never reach the terminal raw', () => {
  it.each([['en'], ['zh-CN'], ['zh-TW']])('%s', async (lang) => {
    const hostile = 'x\u001b[2J\u0007\u202Eyz\n';
    for (const argv of [
      [hostile],
      ['audit', log, '--format', hostile],
      ['audit', log, '--as-of', hostile],
      ['audit', `/nonexist/${hostile}`],
      ['export', '--store', `/nonexist/${hostile}`],
      ['audit', log, `--${hostile}`],
    ]) {
      const r = await run([...argv, '--lang', lang]);
      expect(r.code).toBe(2);
      // eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
      expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e\u2066-\u2069]/u);
      expect(r.out).toContain('\\x1B[2J\\x07\\u202Eyz');
    }
  });
});
