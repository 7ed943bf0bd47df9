import { createReadStream, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { received, followedUp, transferred, replied } from '../support/events';
import { clerk, guard, plumber } from '../support/staff';
import { minute } from '../support/time';
import { INQUIRY_ID } from '../support/commands';
import { logFile, run, scratchDir, scratchFile, text } from './support';

const clean = [
  received({ by: guard, category: 'enquiry' }),
  transferred({ by: guard, to: clerk, at: minute(5) }),
  replied({ by: clerk, at: minute(20) }),
];

describe('first-inquiry check <log>', () => {
  it('a clean log: no problem lines, the summary, exit 0', async () => {
    const { code, stdout, stderr } = await run(['check', logFile(clean)]);
    expect([code, stdout, stderr]).toEqual([0, '3 events, 1 inquiries, 0 problems\n', '']);
  });

  it('reports every kind of problem with its line, keeps going, ignores blank lines, and exits 1', async () => {
    const file = logFile([
      clean[0] as never,
      '',
      '{"type":"InquiryTransferred", "data": ',
      '{"type":"InquiryTeleported","data":{}}',
      JSON.stringify({
        type: 'FollowedUp',
        data: { schemaVersion: 1, inquiryId: INQUIRY_ID, at: minute(3), by: { id: 's-017', name: 'Wang Wei', department: 'security' } },
      }),
      '   ',
      transferred({ by: plumber, to: clerk, at: minute(5) }) as never,
      followedUp({ by: guard, at: minute(1) }) as never,
      followedUp({ by: guard, inquiryId: 'INQ-404', at: minute(9) }) as never,
    ]);
    const { code, stdout, stderr } = await run(['check', file]);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(': ').slice(0, 2).join(': '))).toEqual([
      `${file}:3: MALFORMED_JSON`,
      `${file}:4: UNKNOWN_EVENT_TYPE`,
      `${file}:5: INVALID_EVENT`,
      `${file}:7: NOT_RESPONSIBLE (FI-02)`,
      `${file}:8: TIME_WENT_BACKWARDS`,
      `${file}:9: INQUIRY_NOT_FOUND`,
      '4 events, 2 inquiries, 6 problems', // 4 lines decoded as events; 2 blank lines skipped
    ]);
    expect(lines[2]).toContain('data.note'); // the missing field is named
    expect(lines[3]).toContain('Li Na (s-102)'); // who did it
    expect([code, stderr]).toEqual([1, '']);
  });

  it('reads standard input for "-" and names it "-"', async () => {
    const stdin = [clean[0], transferred({ by: plumber, to: clerk, at: minute(5) })].map((e) => JSON.stringify(e)).join('\r\n');
    const { code, stdout } = await run(['check', '-'], stdin);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^-:2: NOT_RESPONSIBLE \(FI-02\): InquiryTransferred of INQ-2026-0001 by Li Na/);
  });

  it('keeps one problem per line even when recorded text holds line breaks', async () => {
    const { stdout } = await run([
      'check',
      logFile([received({ by: guard }), replied({ by: guard, message: 'line one\nfile.jsonl:1: FAKE: 不归我管', at: minute(1) })]),
    ]);
    expect(stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(stdout).toContain('FORBIDDEN_PHRASE (FI-10)');
  });

  it('a byte order mark before the first event is not a problem', async () => {
    const { code } = await run(['check', logFile([`\uFEFF${JSON.stringify(clean[0])}`])]);
    expect(code).toBe(0);
  });

  it.each([
    ['a missing file', ['check', `${scratchDir}/nope.jsonl`], /nope\.jsonl: no such file/],
    ['a directory', ['check', scratchDir], /is a directory/],
    ['no log', ['check'], /expected one event log/],
    ['two logs', ['check', 'a.jsonl', 'b.jsonl'], /expected one event log/],
    ['an unknown option', ['check', '--fast', 'a.jsonl'], /Unknown option '--fast'/],
  ])('%s is a usage or I/O error: one clear line on stderr, no stack trace, exit 2', async (_, argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});

describe('first-inquiry check: a log with nothing in it', () => {
  const warning = (path: string) => `first-inquiry check: warning: ${path}: holds no events (an empty log, or only blank lines)\n`;

  it.each([
    ['an empty file', () => scratchFile('empty.jsonl', '')],
    ['a file of blank lines only', () => scratchFile('blank.jsonl', '\n  \n\r\n')],
  ])('given %s, when checked, then the summary, exit 0, and a warning on stderr that it holds no events', async (_, file) => {
    const path = file();
    const { code, stdout, stderr } = await run(['check', path]);
    expect([code, stdout, stderr]).toEqual([0, '0 events, 0 inquiries, 0 problems\n', warning(path)]);
  });

  it('given empty standard input, when checked, then the same warning naming "-"', async () => {
    const { code, stderr } = await run(['check', '-'], '');
    expect([code, stderr]).toEqual([0, warning('-')]);
  });

  it('given an empty log, when audited, then the same warning', async () => {
    const path = scratchFile('empty-audit.jsonl', '');
    const { code, stderr } = await run(['audit', path]);
    expect([code, stderr]).toEqual([0, `first-inquiry audit: warning: ${path}: holds no events (an empty log, or only blank lines)\n`]);
  });

  it('given a log with only lines that are not events, then the problems speak for it: no warning', async () => {
    const { code, stderr } = await run(['check', logFile(['{oops'])]);
    expect([code, stderr]).toEqual([1, '']);
  });

  it.each([
    ['zh-CN', '警告：-: 其中没有任何事件（日志为空或只有空行）'],
    ['zh-TW', '警告：-: 其中沒有任何事件（日誌為空或只有空行）'],
  ])('says so in %s', async (lang, said) => {
    expect((await run(['check', '-', '--lang', lang], '')).stderr).toBe(`first-inquiry check: ${said}\n`);
  });

  it('given standard input that is a directory, when checked, then it is an error saying so (exit 2)', async () => {
    const stdin = createReadStream(scratchDir, { fd: openSync(scratchDir, 'r') });
    let said = '';
    try {
      const code = await main(
        ['check', '-'],
        { stdout: { write: () => true }, stderr: { write: (t) => ((said += text(t)), true) }, stdin },
        {},
      );
      expect([code, said]).toEqual([2, 'first-inquiry check: -: is a directory, not an event log\n']);
    } finally {
      stdin.destroy();
    }
  });
});

describe('first-inquiry check: an empty path', () => {
  it.each([
    ['the log', ['check', ''], 'first-inquiry check: the event log is given as an empty path ("")'],
    ['--policy', ['check', logFile(clean), '--policy', ''], 'first-inquiry check: --policy is given as an empty path ("")'],
    ['--store', ['check', '--store', ''], 'first-inquiry check: --store is given as an empty path ("")'],
    ['audit --out', ['audit', logFile(clean), '--out', ''], 'first-inquiry audit: --out is given as an empty path ("")'],
  ])('given %s as "", then a usage error saying the path is empty (exit 2)', async (_, argv, said) => {
    const { code, stdout, stderr } = await run(argv);
    expect([code, stdout, stderr]).toEqual([2, '', `${said}\nRun "first-inquiry help" for usage.\n`]);
  });
});

describe('first-inquiry (no command, unknown command, help)', () => {
  it.each([
    [['--lang', 'xx'], 'first-inquiry: --lang must be en, zh-CN or zh-TW (got xx)'],
    [['--lang=xx'], 'first-inquiry: --lang must be en, zh-CN or zh-TW (got xx)'],
    [['--lang'], "first-inquiry: Option '--lang <value>' argument missing"],
    [['help', '--lang', 'fr'], 'first-inquiry: --lang must be en, zh-CN or zh-TW (got fr)'],
  ])('given %j, then it says the language is not supported, naming those that are (exit 2)', async (argv, said) => {
    const { code, stdout, stderr } = await run(argv);
    expect([code, stdout, stderr]).toEqual([2, '', `${said}\nRun "first-inquiry help" for usage.\n`]);
  });

  it('prints usage to stderr and exits 2 without a command', async () => {
    const { code, stderr } = await run([]);
    expect([code, stderr.startsWith('Usage: first-inquiry')]).toEqual([2, true]);
  });

  it('refuses an unknown command with exit 2', async () => {
    const { code, stderr } = await run(['chek', 'x']);
    expect([code, stderr]).toEqual([2, 'first-inquiry: unknown command "chek"\nRun "first-inquiry help" for usage.\n']);
  });

  it('help prints usage to stdout and exits 0', async () => {
    for (const argv of [['help'], ['--help'], ['check', '--help']]) {
      const { code, stdout } = await run(argv);
      expect([code, stdout.startsWith('Usage: first-inquiry')]).toEqual([0, true]);
    }
  });

  describe("--policy: the organisation's own categories and phrases", () => {
    const parkingLog = () => logFile([received({ by: guard, category: 'parking' })]);
    const parking = {
      label: 'Parking',
      departments: ['security'],
      timeLimit: { amount: 1, unit: 'working-days' },
      requiresLiability: false,
    };

    it('without it, a receipt in a category the default policy does not know is a problem', async () => {
      const { code, stdout } = await run(['check', parkingLog()]);
      expect(code).toBe(1);
      expect(stdout).toContain('UNKNOWN_CATEGORY');
    });

    it('with it, the same log is clean', async () => {
      const policy = scratchFile('parking-policy.json', JSON.stringify({ categories: { parking } }));
      const { code, stdout, stderr } = await run(['check', parkingLog(), '--policy', policy]);
      expect([code, stdout, stderr]).toEqual([0, '1 events, 1 inquiries, 0 problems\n', '']);
    });

    it('its forbidden phrases replace the defaults', async () => {
      const policy = scratchFile('phrases-policy.json', JSON.stringify({ forbiddenPhrases: ['找别人去'] }));
      const log = logFile([received({ by: guard }), replied({ by: guard, message: '你找别人去吧', at: minute(1) })]);
      const { code, stdout } = await run(['check', log, '--policy', policy]);
      expect(code).toBe(1);
      expect(stdout).toContain('FORBIDDEN_PHRASE (FI-10)');
    });

    it('a misspelt or malformed field is a usage error naming the field, never silently ignored', async () => {
      const misspelt = scratchFile('misspelt-policy.json', JSON.stringify({ forbidenPhrases: [] }));
      const bad = scratchFile(
        'bad-policy.json',
        JSON.stringify({ categories: { parking: { ...parking, timeLimit: { amount: 0, unit: 'working-days' } } } }),
      );
      const first = await run(['check', parkingLog(), '--policy', misspelt]);
      expect([first.code, first.stdout]).toEqual([2, '']);
      expect(first.stderr).toContain('forbidenPhrases: is not a policy field');
      const second = await run(['check', parkingLog(), '--policy', bad]);
      expect(second.code).toBe(2);
      expect(second.stderr).toContain('categories.parking.timeLimit.amount: must be a number greater than 0');
    });

    it('a missing or unparsable policy file is an I/O error (exit 2) naming the file', async () => {
      const missing = await run(['check', parkingLog(), '--policy', `${scratchDir}/nope.json`]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/--policy .*nope\.json: no such file/);
      const garbled = await run(['check', parkingLog(), '--policy', scratchFile('garbled.json', '{ nope')]);
      expect(garbled.code).toBe(2);
      expect(garbled.stderr).toContain('not valid JSON');
    });
  });
});
