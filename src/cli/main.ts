import { parseArgs } from 'node:util';
import { HOLIDAY_SOURCES } from '../policy/china';
import { detectLocale, parseLocale } from '../i18n/detect';
import type { Locale } from '../i18n/locale';
import { runAudit } from './audit-command';
import { runCheck } from './check-command';
import { runExport } from './export-command';
import { writeText, type CliIo } from './io';
import { formatRules, type RulesFormat } from './rules-command';

// constants

/**
 * The help text of the `first-inquiry` command.
 *
 * @category cli
 * @since 0.1.0
 */
export const USAGE = `Usage: first-inquiry <command> [options]

Commands:
  rules [--format text|md|json]            print the rule catalogue (FI-01..FI-17)
  check <events.jsonl|-> | --store DIR|URL [--policy rules-policy.json]
                                           replay a JSONL event log through the enforced rules
                                           (your categories and phrases from --policy);
                                           print FILE:LINE: CODE (FI-nn): message per problem
  audit <events.jsonl|-> | --store DIR|URL [--as-of ISO] [--policy file.json]
        [--format text|json|md|html] [--out FILE] [--holidays cn]
                                           findings and supervision views as of an instant
                                           (default: the latest event time in the log);
                                           --holidays cn: mainland China's public holidays
                                           and make-up working days (调休), yours on top
  export --store DIR|URL [--from POS] [--out FILE]
                                           write a store's events (a PGlite folder or a
                                           postgres:// URL, read-only) as a JSONL event log
  help                                     print this help

Every command takes --lang en|zh-CN|zh-TW (default: from LC_ALL, LC_MESSAGES or LANG;
zh_CN.UTF-8 gives zh-CN, zh_TW or zh_HK gives zh-TW, anything else en).
Codes and rule IDs are the same in every language.

Exit codes: 0 clean, 1 problems or findings, 2 usage or I/O error, 70 internal error (a bug).
`;

// utils

/**
 * The `first-inquiry` command line, testable in process: give it the arguments (without `node` and
 * the script) and the streams, get the exit code. Never throws for bad input or unreadable files:
 * those print a one-line reason to `stderr` and return 2; a bug prints one line and returns 70. `env` (default `process.env`) gives the
 * language when `--lang` is not given (LC_ALL, LC_MESSAGES, LANG).
 *
 * @example
 * import { main } from './cli/main'; // internal to the bin, not part of the library API
 * const code = await main(['rules', '--format', 'json'], { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
 *
 * @category cli
 * @since 0.1.0
 */
export async function main(
  argv: readonly string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  try {
    return await dispatch(argv, io, env);
  } catch (e) {
    // Every input problem is a value by now; what is left is a bug or the machine running out of
    // something. Either way one line and exit 70, never a stack trace (FI_DEBUG=1 prints it).
    const reason = e instanceof Error ? e.message : String(e);
    const stack = process.env.FI_DEBUG === '1' && e instanceof Error ? `\n${e.stack ?? ''}` : '';
    await writeText(
      io.stderr,
      `first-inquiry: internal error, please report it with the command line: ${reason.split('\n')[0] ?? ''}${stack}\n`,
    );
    return 70;
  }
}

async function dispatch(argv: readonly string[], io: CliIo, env: Readonly<Record<string, string | undefined>>): Promise<number> {
  const [command, ...rest] = argv;
  const lang = { lang: { type: 'string' } } as const;
  const localeOf = (value: unknown): Locale | undefined => (typeof value === 'string' ? parseLocale(value) : detectLocale(env));
  const badLang = (name: string, value: unknown) => usageError(name, `--lang must be en, zh-CN or zh-TW (got ${String(value)})`, io);
  switch (command) {
    case 'rules':
      return withArgs('rules', rest, io, { format: { type: 'string', default: 'text' }, ...lang }, 0, async ({ values }) => {
        const format = oneOf(values.format, ['text', 'md', 'json'] as const);
        if (format === undefined) return usageError('rules', `--format must be text, md or json (got ${values.format})`, io);
        const locale = localeOf(values.lang);
        if (locale === undefined) return badLang('rules', values.lang);
        await writeText(io.stdout, formatRules(format satisfies RulesFormat, undefined, locale));
        return 0;
      });
    case 'check':
      return withArgs(
        'check',
        rest,
        io,
        { policy: { type: 'string' }, store: { type: 'string' }, ...lang },
        storeGiven(rest) ? 0 : 1,
        ({ values, positionals }) => {
          const locale = localeOf(values.lang);
          if (locale === undefined) return badLang('check', values.lang);
          return runCheck(
            typeof values.store === 'string' ? values.store : (positionals[0] as string),
            io,
            typeof values.policy === 'string' ? values.policy : undefined,
            locale,
            typeof values.store === 'string',
          );
        },
      );
    case 'audit':
      return withArgs(
        'audit',
        rest,
        io,
        {
          'as-of': { type: 'string' },
          policy: { type: 'string' },
          format: { type: 'string', default: 'text' },
          out: { type: 'string' },
          holidays: { type: 'string' },
          store: { type: 'string' },
          ...lang,
        },
        storeGiven(rest) ? 0 : 1,
        async ({ values, positionals }) => {
          const format = oneOf(values.format, ['text', 'json', 'md', 'html'] as const);
          if (format === undefined) return usageError('audit', `--format must be text, json, md or html (got ${values.format})`, io);
          const locale = localeOf(values.lang);
          if (locale === undefined) return badLang('audit', values.lang);
          const holidays = values.holidays === undefined ? undefined : oneOf(values.holidays, HOLIDAY_SOURCES);
          if (values.holidays !== undefined && holidays === undefined)
            return usageError(
              'audit',
              `--holidays must be cn (mainland China's public holidays and make-up days) (got ${values.holidays})`,
              io,
            );
          return runAudit(
            {
              log: typeof values.store === 'string' ? values.store : (positionals[0] as string),
              fromStore: typeof values.store === 'string',
              format,
              locale,
              ...stringOption('asOf', values['as-of']),
              ...stringOption('policy', values.policy),
              ...stringOption('out', values.out),
              ...(holidays === undefined ? {} : { holidays }),
            },
            io,
          );
        },
      );
    case 'export':
      return withArgs(
        'export',
        rest,
        io,
        { store: { type: 'string' }, from: { type: 'string' }, out: { type: 'string' } },
        0,
        async ({ values }) => {
          if (typeof values.store !== 'string')
            return usageError('export', '--store DIR|URL is required (a PGlite folder or a postgres:// URL)', io);
          return runExport({ store: values.store, ...stringOption('from', values.from), ...stringOption('out', values.out) }, io);
        },
      );
    case 'help':
    case '--help':
    case '-h':
      await writeText(io.stdout, USAGE);
      return 0;
    case undefined:
      await writeText(io.stderr, USAGE);
      return 2;
    default:
      return usageError(null, `unknown command "${command}"`, io);
  }
}

type Options = Parameters<typeof parseArgs>[0] extends infer C ? (C extends { options?: infer O } ? NonNullable<O> : never) : never;
interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

async function withArgs(
  command: string,
  args: readonly string[],
  io: CliIo,
  options: Options,
  positionals: number,
  run: (parsed: Parsed) => Promise<number>,
): Promise<number> {
  let parsed: Parsed;
  try {
    const result = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    parsed = { values: result.values as Parsed['values'], positionals: result.positionals };
  } catch (e) {
    // parseArgs reports a bad command line only by throwing; here it becomes a usage error.
    return usageError(command, e instanceof Error ? e.message : String(e), io);
  }
  if (parsed.values.help === true) {
    await writeText(io.stdout, USAGE);
    return 0;
  }
  if (parsed.positionals.length !== positionals) {
    const wanted = positionals === 0 ? 'no file argument' : 'one event log (a file, or - for standard input)';
    return usageError(command, `expected ${wanted}, got ${parsed.positionals.length === 0 ? 'none' : parsed.positionals.join(' ')}`, io);
  }
  return run(parsed);
}

/** Whether the command line reads a store (`--store X` or `--store=X`) instead of a log file. */
function storeGiven(args: readonly string[]): boolean {
  return args.some((a) => a === '--store' || a.startsWith('--store='));
}

function stringOption<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return typeof value === 'string' ? ({ [key]: value } as { [P in K]?: string }) : {};
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

async function usageError(command: string | null, message: string, io: CliIo): Promise<number> {
  await writeText(io.stderr, `first-inquiry${command === null ? '' : ` ${command}`}: ${message}\nRun "first-inquiry help" for usage.\n`);
  return 2;
}
