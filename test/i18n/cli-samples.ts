import { CLI_MESSAGES, cliMessage, renderCliMessage, type CliMessageCode, type CliParams } from '../../src/cli/messages';
import * as E from 'fp-ts/Either';
import type { Locale } from '../../src/i18n/locale';
import { decodePolicy } from '../../src/policy/policy';
import type { DecodeProblem, DecodeReason } from '../../src/primitives/reasons';

/** One set of parameters per code; typed, so a new code without a sample does not compile. */
export const CLI_SAMPLES: { readonly [C in CliMessageCode]: CliParams<C> } = {
  HELP: {},
  HELP_HINT: {},
  UNKNOWN_COMMAND: { command: 'chek' },
  OPTION_CHOICE: { option: '--format', choices: ['text', 'md', 'json'], value: 'pdf' },
  HOLIDAYS_CHOICE: { value: 'us' },
  STORE_REQUIRED: {},
  UNKNOWN_OPTION: { option: '--bogus', detail: "Unknown option '--bogus'" },
  OPTION_VALUE_MISSING: { option: '--format', detail: "Option '--format <value>' argument missing" },
  OPTION_VALUE_AMBIGUOUS: { option: '--from', detail: "Option '--from' argument is ambiguous." },
  OPTION_TAKES_NO_VALUE: { option: '--help', detail: "Option '-h, --help' does not take an argument" },
  BAD_COMMAND_LINE: { option: '--x', detail: 'something else parseArgs said' },
  NO_FILE_WANTED: { given: ['a.jsonl'] },
  ONE_LOG_WANTED: { given: [] },
  AS_OF_NOT_INSTANT: { value: 'yesterday' },
  AS_OF_IMPLAUSIBLE: { value: '7026-01-01T00:00:00Z' },
  FROM_NOT_POSITION: { value: '-1' },
  NO_SUCH_FILE: { path: '/nonexist' },
  PERMISSION_DENIED: { path: '/root/x' },
  IS_A_DIRECTORY: { path: '/tmp' },
  DIRECTORY_NOT_LOG: { path: '/tmp' },
  IO_ERROR: { path: '/dev/x', detail: 'EIO: i/o error' },
  FILE_TOO_LARGE: { path: 'policy.json', limit: 1048576 },
  NOT_UTF8: { path: 'policy.json' },
  NOT_JSON: { path: 'policy.json', detail: 'Unexpected end of JSON input' },
  POLICY_FILE: { problem: cliMessage('NO_SUCH_FILE', { path: 'policy.json' }) },
  POLICY_INVALID: { path: 'policy.json', problems: [{ path: 'atRiskFraction', reason: 'FRACTION', got: '2' }] },
  STORE_NO_SUCH_FOLDER: { target: '/data' },
  STORE_NOT_A_FOLDER: { target: '/data' },
  STORE_NOT_PGLITE: { target: '/data' },
  STORE_NEEDS_PACKAGE: { target: '/data', kind: 'PGlite', pkg: '@electric-sql/pglite' },
  STORE_LOCKED: { target: '/data', file: '/data/.lock', pid: 42, host: 'desk-3', since: '2026-05-04T01:30:00.000Z' },
  STORE_LOCK_UNREADABLE: { target: '/data', file: '/data/.lock' },
  STORE_CANNOT_OPEN: { target: '/data', detail: 'Aborted()' },
  STORE_CANNOT_CONNECT: { target: 'postgres://auditor:***@db/helpdesk', detail: 'ECONNREFUSED' },
  STORE_NO_EVENT_TABLE: { target: '/data' },
  STORE_QUERY_FAILED: { target: '/data', detail: 'ERR' },
  STORE_READ_FAILED: { after: 29, detail: 'ERR' },
  EXPORTED: { count: 29, last: 29, out: 'events.jsonl' },
  INTERNAL_ERROR: { reason: 'boom' },
  EMPTY_PATH: { option: '--out' },
  OUT_IS_INPUT: { out: 'events.jsonl', input: './events.jsonl', what: 'log' },
  CANNOT_WRITE: { path: 'audit.html', problem: cliMessage('PERMISSION_DENIED', {}) },
  EMPTY_LOG: { path: 'events.jsonl' },
  HOLIDAYS_NOT_COVERED: { from: 2004, to: 2026, reached: '2027' },
  STORE_BAD_URL: { target: 'postgres://auditor:***@[::1', detail: 'Invalid URL' },
};

/** Every CLI message rendered in a locale, with its sample parameters. */
export function everyCliText(locale: Locale): readonly string[] {
  return (Object.keys(CLI_MESSAGES) as CliMessageCode[]).map((code) =>
    renderCliMessage(cliMessage(code, CLI_SAMPLES[code] as never), locale),
  );
}

// A policy file that is refused for each reason the policy decoder gives; typed, so a new reason
// without a sample does not compile. `null`: a reason of the event codecs, not of a policy.
export const POLICY_FOR: { readonly [R in DecodeReason]: unknown } = {
  MISSING: null,
  ONE_OF: null,
  ID: null,
  ID_BLANK: null,
  INSTANT_PLAUSIBLE: null,
  EVENT_TYPE: null,
  NON_BLANK: null,
  INSTANT: null,
  OTHER: null,
  POSITIVE_NUMBER: { fallbackTimeLimit: { amount: 0, unit: 'hours' } },
  FRACTION: { atRiskFraction: 2 },
  HOLIDAY_LIST: { calendar: { holidays: 'us' } },
  DATE_EXISTS: { calendar: { workdays: ['2026-02-30'] } },
  DATE_EXISTS_OR_CN: { calendar: { holidays: ['2026-02-30'] } },
  DATE_PLAUSIBLE: { calendar: { workdays: ['7026-01-01'] } },
  DATE_PLAUSIBLE_OR_CN: { calendar: { holidays: ['7026-01-01'] } },
  TIME_OF_DAY: { calendar: { hours: [{ from: '9:00', to: '18:00' }] } },
  ZONE: { calendar: { zone: 'Mars/Olympus' } },
  WEEKDAY: { calendar: { weekdays: [8] } },
  NO_WEEKDAY: { calendar: { weekdays: [] } },
  NO_PERIOD: { calendar: { hours: [] } },
  PERIOD_BACKWARDS: { calendar: { hours: [{ from: '18:00', to: '09:00' }] } },
  PERIODS_OVERLAP: {
    calendar: {
      hours: [
        { from: '09:00', to: '12:00' },
        { from: '11:00', to: '18:00' },
      ],
    },
  },
  REQUIRED_FOR_NEW_CATEGORY: { categories: { parking: { departments: ['security'] } } },
  POLICY: [],
  TEXT: { categories: { parking: { label: 1, departments: ['security'] } } },
  TEXT_LIST: { forbiddenPhrases: '我不知道' },
  PHRASE_NO_LETTERS: { forbiddenPhrases: ['!!!'] },
  BOOLEAN: { replaceCategories: 'yes' },
  CATEGORIES: { categories: [] },
  CATEGORY: { categories: { repair: 'fast' } },
  TIME_LIMIT: { inactivity: 3 },
  TIME_UNIT: { inactivity: { amount: 1, unit: 'days' } },
  ACCOUNTABILITY: { accountability: 'everyone' },
  CALENDAR: { calendar: [] },
  WEEKDAY_LIST: { calendar: { weekdays: 'Mon-Fri' } },
  PERIOD_LIST: { calendar: { hours: '09:00-18:00' } },
  PERIOD: { calendar: { hours: ['09:00-18:00'] } },
  DATE_LIST: { calendar: { workdays: '2026-09-28' } },
  // Every policy codec words its own refusal (withReason): io-ts's type names reach no policy problem.
  EXPECTED: null,
  NOT_POLICY_FIELD: { forbidenPhrases: [] },
  NOT_CATEGORY_FIELD: { categories: { repair: { department: 'x' } } },
  NOT_CALENDAR_FIELD: { calendar: { holiday: [] } },
};

/** Every problem of every sample policy. */
export function everyPolicyProblem(): readonly DecodeProblem[] {
  return Object.values(POLICY_FOR).flatMap((value) => {
    if (value === null) return [];
    const decoded = decodePolicy(value);
    return E.isLeft(decoded) ? decoded.left.details : [];
  });
}
