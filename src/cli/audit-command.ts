import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { DateTime } from 'luxon';
import * as E from 'fp-ts/Either';
import { decodePolicy, defaultPolicy, type Policy, type PolicyError } from '../policy/policy';
import { Instant, instantMillis } from '../primitives/codecs';
import { HTML_TIMELINE_LIMIT, auditEventLog, type AuditLogReport } from '../log/audit-log';
import { chinaHolidays, withHolidays, type HolidaySource } from '../policy/china';
import { implausibleInstant, LINE_BATCHES, linesInBatches, type BatchedLines, type UnreadableLine } from '../log/line';
import type { Locale } from '../i18n/locale';
import { ioProblem, isSystemError, openLines, outOverwritesInput, readJsonFile, utf8Batches, writeText, type CliIo } from './io';
import { isPostgresUrl, openStoreLines, storeLabel } from './store-source';
import { cliMessage, errorLine, type CliMessage } from './messages';
import { auditHtmlChunks } from './report/html';
import { jsonChunks } from './report/json';
import { auditMarkdownChunks } from './report/markdown';
import { auditTextChunks } from './report/text';
import type { ReportOptions } from './report/shared';
import { formatFinding } from '../supervision/finding-messages';
import { formatLogProblem } from '../log/problem-messages';

// model

/**
 * The output formats of `first-inquiry audit`.
 *
 * @category cli
 * @since 0.1.0
 */
export type AuditFormat = 'text' | 'json' | 'md' | 'html';

/**
 * The options of `first-inquiry audit`, as parsed from the command line.
 *
 * @category cli
 * @since 0.1.0
 */
export interface AuditCommandOptions {
  readonly log: string;
  /** `log` is a PGlite folder or a postgres:// URL (`--store`), read as the lines an export would hold. */
  readonly fromStore?: boolean;
  readonly asOf?: string;
  readonly policy?: string;
  readonly format: AuditFormat;
  readonly out?: string;
  /** A built-in holiday source merged into the policy's calendar (its own dates stay on top). */
  readonly holidays?: HolidaySource;
  /** The language of the report (default `en`); codes and rule IDs stay the same. */
  readonly locale?: Locale;
}

// utils

/**
 * `first-inquiry audit <log>`: findings and supervision views of a JSONL log as of an instant
 * (default: the latest event time in the log, so a report can be reproduced). Returns the exit
 * code: 0 no findings or problems, 1 findings or problems, 2 usage or I/O error (a bad `--as-of`,
 * a bad policy file, an unreadable log, an unwritable `--out`, or an `--out` that is the log, the
 * policy file or inside the store folder read: refused before anything is written). Warns on
 * standard error of a log with no events, and of `--holidays cn` used on years its data does not
 * cover.
 *
 * @example
 * import { runAudit } from './cli/audit-command'; // internal to the bin
 * const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
 * const code = await runAudit({ log: 'events.jsonl', format: 'html', out: 'audit.html' }, io);
 *
 * @category cli
 * @since 0.1.0
 */
export async function runAudit(options: AuditCommandOptions, io: CliIo): Promise<number> {
  const fail = async (message: CliMessage): Promise<number> => {
    await writeText(io.stderr, `${errorLine('audit', message, options.locale ?? 'en')}\n`);
    return 2;
  };
  if (options.asOf !== undefined && !Instant.is(options.asOf)) {
    return fail(cliMessage('AS_OF_NOT_INSTANT', { value: options.asOf }));
  }
  const implausible = options.asOf === undefined ? undefined : implausibleInstant('--as-of', options.asOf);
  if (implausible !== undefined) return fail(cliMessage('AS_OF_IMPLAUSIBLE', { value: options.asOf as string }));
  if (options.out !== undefined) {
    const overwrites = await outOverwritesInput(
      options.out,
      {
        ...(options.fromStore === true ? {} : { log: options.log }),
        ...(options.policy === undefined ? {} : { policy: options.policy }),
        ...(options.fromStore === true && !isPostgresUrl(options.log) ? { storeFolder: options.log } : {}),
      },
      io,
    );
    if (overwrites !== undefined) return fail(overwrites);
  }
  const loaded = options.policy === undefined ? E.right(undefined) : await loadPolicy(options.policy);
  if (E.isLeft(loaded)) return fail(loaded.left);
  const base = loaded.right;
  const policy: E.Right<Policy | undefined> =
    options.holidays === undefined
      ? (E.right(base) as E.Right<Policy | undefined>)
      : (E.right({ ...(base ?? defaultPolicy), calendar: withHolidays((base ?? defaultPolicy).calendar, options.holidays) }) as E.Right<
          Policy | undefined
        >);
  const opened = options.fromStore === true ? await openStoreLines(options.log) : await openLines(options.log, io);
  if (E.isLeft(opened)) return fail(opened.left);
  let first: string | undefined;
  const lines = options.holidays === undefined ? opened.right : withFirstInstant(opened.right, (at) => (first = at));
  let report: AuditLogReport;
  try {
    report = await auditEventLog(lines, {
      ...(policy.right === undefined ? {} : { policy: policy.right }),
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      // The page shows a bounded number of timelines (inquiries with findings first) and counts the rest.
      ...(options.format === 'html' ? { timelines: true, timelineLimit: HTML_TIMELINE_LIMIT } : {}),
    });
  } catch (e) {
    if (!isSystemError(e)) throw e;
    return fail(ioProblem(e, options.log));
  }
  // Instants are shown in the audit calendar's zone, the zone its deadlines were counted in.
  const zone = (policy.right ?? defaultPolicy).calendar.zone;
  const shown = options.fromStore === true ? storeLabel(options.log) : options.log;
  // Written piece by piece as it is rendered (the HTML page of a large log is never held whole).
  const output = utf8Batches(render(report, options.format, shown, { locale: options.locale ?? 'en', zone }));
  if (options.out === undefined) {
    for (const text of output) await writeText(io.stdout, text);
  } else {
    try {
      await writeFileChunks(options.out, output);
    } catch (e) {
      return fail(cliMessage('CANNOT_WRITE', { path: options.out, problem: ioProblem(e) }));
    }
  }
  const warn = (message: CliMessage) => writeText(io.stderr, `${errorLine('audit', message, options.locale ?? 'en')}\n`);
  // A report of nothing looks like a clean one.
  if (report.events === 0 && report.problems.length === 0) await warn(cliMessage('EMPTY_LOG', { path: shown }));
  if (options.holidays !== undefined) {
    const outside = yearsOutside(chinaHolidays().years, zone, [
      ...(first !== undefined && instantMillis(first) <= instantMillis(report.asOf) ? [first] : []),
      ...(report.events > report.eventsAfterAsOf || options.asOf !== undefined ? [report.asOf] : []),
    ]);
    if (outside !== undefined) await warn(cliMessage('HOLIDAYS_NOT_COVERED', { ...chinaHolidays().years, reached: outside }));
  }
  return report.findings.length === 0 && report.problems.length === 0 ? 0 : 1;
}

/**
 * The lines, unchanged, telling `note` the instant of the first event among them as it passes. A
 * log is written in time order, so its first event is its earliest, and no line is parsed twice.
 */
function withFirstInstant(lines: AsyncIterable<string | UnreadableLine>, note: (at: string) => void): BatchedLines {
  let looking = true;
  const batches = (async function* () {
    for await (const batch of linesInBatches(lines)) {
      for (let i = 0; looking && i < batch.length; i++) {
        const at = instantOf(batch[i]);
        if (at === undefined) continue;
        looking = false;
        note(at);
      }
      yield batch;
    }
  })();
  return {
    [LINE_BATCHES]: batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches) yield* batch;
    },
  };
}

function instantOf(line: string | UnreadableLine | undefined): string | undefined {
  if (typeof line !== 'string' || line.trim() === '') return undefined;
  try {
    const at = (JSON.parse(line) as { data?: { at?: unknown } } | null)?.data?.at;
    return Instant.is(at) ? at : undefined;
  } catch {
    // Not JSON: the audit reports the line; the next one may hold the first event.
    return undefined;
  }
}

/** The span of years the instants fall in (in the calendar's zone), when some lie outside `covered`. */
function yearsOutside(
  covered: { readonly from: number; readonly to: number },
  zone: string,
  instants: readonly string[],
): string | undefined {
  const years = instants.map((at) => DateTime.fromISO(at, { zone }).year);
  if (years.every((y) => y >= covered.from && y <= covered.to)) return undefined;
  const from = Math.min(...years);
  const to = Math.max(...years);
  return from === to ? String(from) : `${from}–${to}`;
}

function render(report: AuditLogReport, format: AuditFormat, file: string, options: ReportOptions): Iterable<string> {
  switch (format) {
    case 'text':
      return auditTextChunks(report, file, options);
    case 'md':
      return auditMarkdownChunks(report, file, options);
    case 'html':
      return auditHtmlChunks(report, file, options);
    case 'json':
      return jsonChunks(localizeMessages(report, options));
  }
}

async function writeFileChunks(path: string, pieces: Iterable<Uint8Array>): Promise<void> {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined); // seen by the races below; an error between them must not go unhandled
  try {
    for (const piece of pieces) if (!out.write(piece)) await Promise.race([once(out, 'drain'), failed]);
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
  } finally {
    out.destroy();
  }
}

// JSON keeps its shape in every language: only the `message` fields are in the reader's language;
// codes, rule IDs, params and instants stay machine-readable.
function localizeMessages(report: AuditLogReport, { locale, zone }: ReportOptions): AuditLogReport {
  if (locale === 'en') return report;
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, message: formatFinding(f, locale, zone) })),
    problems: report.problems.map((p) => ({ ...p, message: formatLogProblem(p, locale) })),
  };
}

async function loadPolicy(path: string): Promise<E.Either<CliMessage, Policy>> {
  const value = await readJsonFile(path);
  if (E.isLeft(value)) return E.left(cliMessage('POLICY_FILE', { problem: value.left }));
  return E.mapLeft((error: PolicyError) => cliMessage('POLICY_INVALID', { path, problems: error.details }))(decodePolicy(value.right));
}
