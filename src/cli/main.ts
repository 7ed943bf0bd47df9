import { parseArgs } from 'node:util';
import { HOLIDAY_SOURCES } from '../policy/china';
import { detectLocale, parseLocale } from '../i18n/detect';
import { LOCALES, type Locale } from '../i18n/locale';
import { runAudit } from './audit-command';
import { runCheck } from './check-command';
import { runExport } from './export-command';
import { guardSink, ioProblem, writeText, type CliIo } from './io';
import { cliMessage, errorLine, renderCliMessage, type CliMessage } from './messages';
import { formatRules, type RulesFormat } from './rules-command';

// constants

/**
 * The help text of the `first-inquiry` command, in English (`first-inquiry help --lang zh-CN` prints
 * the catalogue's Chinese one).
 *
 * @category cli
 * @since 0.1.0
 */
export const USAGE = renderCliMessage(cliMessage('HELP', {}), 'en');

// utils

/**
 * The `first-inquiry` command line, testable in process: give it the arguments (without `node` and
 * the script) and the streams, get the exit code. Never throws for bad input or unreadable files:
 * those print a one-line reason to `stderr` and return 2; a bug prints one line and returns 70.
 * Standard output that cannot be written (a full disk) is said in one line and returns 2; a reader
 * that closed the pipe early (`EPIPE`) is not an error, and the command's own exit code stands. `env` (default `process.env`) gives the
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
  // The language of everything said, known before the command line is parsed: --lang when it names
  // one, else the environment's (an invalid --lang is itself reported in that language).
  const locale = localeOfArgs(argv, env);
  // Output that cannot be written (a full disk, a reader gone) is said once, after the command.
  const stdout = guardSink(io.stdout);
  const stderr = guardSink(io.stderr);
  const guarded: CliIo = { ...io, stdout, stderr };
  try {
    const code = await dispatch(argv, guarded, env, locale);
    await stdout.settle();
    const failure = stdout.failure();
    // A reader that stops early (`first-inquiry check log | head`) closes the pipe: not an error,
    // and the command's own verdict stands.
    if (failure === undefined || (failure as NodeJS.ErrnoException).code === 'EPIPE') return code;
    await writeText(stderr, `${errorLine(commandOf(argv), cliMessage('CANNOT_WRITE', { problem: ioProblem(failure) }), locale)}\n`);
    return 2;
  } catch (e) {
    // Every input problem is a value by now; what is left is a bug or the machine running out of
    // something. Either way one line and exit 70, never a stack trace (FI_DEBUG=1 prints it).
    const reason = e instanceof Error ? e.message : String(e);
    const stack = process.env.FI_DEBUG === '1' && e instanceof Error ? `\n${e.stack ?? ''}` : '';
    await writeText(stderr, `${errorLine(null, cliMessage('INTERNAL_ERROR', { reason: reason.split('\n')[0] ?? '' }), locale)}${stack}\n`);
    return 70;
  }
}

async function dispatch(
  argv: readonly string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>>,
  shown: Locale,
): Promise<number> {
  // `first-inquiry --lang zh-CN audit …`: --lang options before the command are read as if they came after it.
  let leading = 0;
  while (argv[leading] === '--lang' || argv[leading]?.startsWith('--lang=') === true) leading += argv[leading] === '--lang' ? 2 : 1;
  if (leading > 0) {
    if (argv.length <= leading) {
      const wrong = langProblem(argv);
      if (wrong !== undefined) return usageErrorIn(shown, null, wrong, io);
      await writeText(io.stderr, renderCliMessage(cliMessage('HELP', {}), shown));
      return 2;
    }
    return dispatch([...argv.slice(leading), ...argv.slice(0, leading)], io, env, shown);
  }
  const [command, ...rest] = argv;
  const lang = { lang: { type: 'string' } } as const;
  const localeOf = (value: unknown): Locale | undefined => (typeof value === 'string' ? parseLocale(value) : detectLocale(env));
  const usageError = (name: string | null, message: CliMessage) => usageErrorIn(shown, name, message, io);
  const badLang = (name: string, value: unknown) =>
    usageError(name, cliMessage('OPTION_CHOICE', { option: '--lang', choices: LOCALES, value: String(value) }));
  const choice = (option: string, choices: readonly string[], value: unknown) =>
    cliMessage('OPTION_CHOICE', { option, choices, value: String(value) });
  switch (command) {
    case 'rules':
      return withArgs('rules', rest, io, shown, { format: { type: 'string', default: 'text' }, ...lang }, 0, async ({ values }) => {
        const format = oneOf(values.format, ['text', 'md', 'json'] as const);
        if (format === undefined) return usageError('rules', choice('--format', ['text', 'md', 'json'], values.format));
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
        shown,
        { policy: { type: 'string' }, store: { type: 'string' }, ...lang },
        storeGiven(rest) ? 0 : 1,
        ({ values, positionals }) => {
          const locale = localeOf(values.lang);
          if (locale === undefined) return badLang('check', values.lang);
          const empty = emptyPath(values, positionals, ['store', 'policy']);
          if (empty !== undefined) return usageError('check', empty);
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
        shown,
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
          if (format === undefined) return usageError('audit', choice('--format', ['text', 'json', 'md', 'html'], values.format));
          const locale = localeOf(values.lang);
          if (locale === undefined) return badLang('audit', values.lang);
          const empty = emptyPath(values, positionals, ['store', 'policy', 'out']);
          if (empty !== undefined) return usageError('audit', empty);
          const holidays = values.holidays === undefined ? undefined : oneOf(values.holidays, HOLIDAY_SOURCES);
          if (values.holidays !== undefined && holidays === undefined)
            return usageError('audit', cliMessage('HOLIDAYS_CHOICE', { value: String(values.holidays) }));
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
        shown,
        { store: { type: 'string' }, from: { type: 'string' }, out: { type: 'string' }, ...lang },
        0,
        async ({ values }) => {
          const locale = localeOf(values.lang);
          if (locale === undefined) return badLang('export', values.lang);
          if (typeof values.store !== 'string') return usageError('export', cliMessage('STORE_REQUIRED', {}));
          const empty = emptyPath(values, [], ['store', 'out']);
          if (empty !== undefined) return usageError('export', empty);
          return runExport({ store: values.store, ...stringOption('from', values.from), ...stringOption('out', values.out), locale }, io);
        },
      );
    case 'help':
    case '--help':
    case '-h': {
      const wrong = langProblem(rest);
      if (wrong !== undefined) return usageError(null, wrong);
      await writeText(io.stdout, renderCliMessage(cliMessage('HELP', {}), shown));
      return 0;
    }
    case undefined:
      await writeText(io.stderr, renderCliMessage(cliMessage('HELP', {}), shown));
      return 2;
    default:
      return usageError(null, cliMessage('UNKNOWN_COMMAND', { command }));
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
  locale: Locale,
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
    return usageErrorIn(locale, command, parseArgsProblem(e), io);
  }
  if (parsed.values.help === true) {
    await writeText(io.stdout, renderCliMessage(cliMessage('HELP', {}), locale));
    return 0;
  }
  if (parsed.positionals.length !== positionals) {
    const given = parsed.positionals;
    return usageErrorIn(locale, command, cliMessage(positionals === 0 ? 'NO_FILE_WANTED' : 'ONE_LOG_WANTED', { given }), io);
  }
  return run(parsed);
}

/** Whether the command line reads a store (`--store X` or `--store=X`) instead of a log file. */
function storeGiven(args: readonly string[]): boolean {
  return args.some((a) => a === '--store' || a.startsWith('--store='));
}

/** A path given as "" (the log or a path option): `open('')` would only say "no such file". */
function emptyPath(values: Parsed['values'], positionals: readonly string[], options: readonly string[]): CliMessage | undefined {
  const option = options.find((o) => values[o] === '');
  if (option !== undefined) return cliMessage('EMPTY_PATH', { option: `--${option}` });
  return positionals[0] === '' ? cliMessage('EMPTY_PATH', {}) : undefined;
}

/** An unsupported or missing `--lang` value among the arguments, as the usage error to give. */
function langProblem(args: readonly string[]): CliMessage | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') break;
    const value = a === '--lang' ? args[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : null;
    if (value === null) continue;
    if (value === undefined)
      return cliMessage('OPTION_VALUE_MISSING', { option: '--lang', detail: "Option '--lang <value>' argument missing" });
    if (parseLocale(value) === undefined) return cliMessage('OPTION_CHOICE', { option: '--lang', choices: LOCALES, value });
  }
  return undefined;
}

/** The command an argument list runs (after any leading `--lang`), for naming it in an error line. */
function commandOf(argv: readonly string[]): string | null {
  let i = 0;
  while (argv[i] === '--lang' || argv[i]?.startsWith('--lang=') === true) i += argv[i] === '--lang' ? 2 : 1;
  const command = argv[i];
  return command === 'rules' || command === 'check' || command === 'audit' || command === 'export' ? command : null;
}

function stringOption<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return typeof value === 'string' ? ({ [key]: value } as { [P in K]?: string }) : {};
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

async function usageErrorIn(locale: Locale, command: string | null, message: CliMessage, io: CliIo): Promise<number> {
  await writeText(io.stderr, `${errorLine(command, message, locale)}\n${renderCliMessage(cliMessage('HELP_HINT', {}), locale)}\n`);
  return 2;
}

// parseArgs words its errors in English only; its error codes and the option it quotes say what
// went wrong, so other languages are worded from those (English keeps parseArgs' own words).
function parseArgsProblem(e: unknown): CliMessage {
  const detail = (e instanceof Error ? e.message : String(e)).replace(/\n/g, ' ');
  const code = (e as { code?: unknown } | null)?.code;
  const quoted = /'([^']*)'/.exec(detail)?.[1];
  const option = quoted?.replace(/ <value>$/, '').replace(/^-\w, /, '');
  if (option === undefined) return cliMessage('BAD_COMMAND_LINE', { detail });
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return cliMessage('UNKNOWN_OPTION', { option, detail });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(detail)) return cliMessage('OPTION_VALUE_MISSING', { option, detail });
    if (/ambiguous/.test(detail)) return cliMessage('OPTION_VALUE_AMBIGUOUS', { option, detail });
    if (/does not take an argument/.test(detail)) return cliMessage('OPTION_TAKES_NO_VALUE', { option, detail });
  }
  return cliMessage('BAD_COMMAND_LINE', { option, detail });
}

/** The locale of the command line: a valid `--lang` (the last one given), else the environment's. */
function localeOfArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') break;
    if (a === '--lang') asked = argv[i + 1];
    else if (a.startsWith('--lang=')) asked = a.slice('--lang='.length);
  }
  return (asked === undefined ? undefined : parseLocale(asked)) ?? detectLocale(env);
}
