import { writeFile } from 'node:fs/promises';
import * as E from 'fp-ts/Either';
import { decodeAuditPolicy, defaultAuditPolicy, type AuditPolicy } from '../audit/policy';
import { Instant } from '../codecs';
import { auditEventLog, type AuditLogReport } from '../history/audit-log';
import type { Locale } from '../i18n/locale';
import { ioReason, isSystemError, openLines, readJsonFile, writeText, type CliIo } from './io';
import { auditHtml } from './report/html';
import { auditMarkdown } from './report/markdown';
import { auditText } from './report/text';
import type { ReportOptions } from './report/shared';
import { formatFinding } from '../i18n/findings';
import { formatLogProblem } from '../i18n/problems';

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
  readonly asOf?: string;
  readonly policy?: string;
  readonly format: AuditFormat;
  readonly out?: string;
  /** The language of the report (default `en`); codes and rule IDs stay the same. */
  readonly locale?: Locale;
}

// utils

/**
 * `first-inquiry audit <log>`: findings and supervision views of a JSONL log as of an instant
 * (default: the latest event time in the log, so a report can be reproduced). Returns the exit
 * code: 0 no findings or problems, 1 findings or problems, 2 usage or I/O error (a bad `--as-of`,
 * a bad policy file, an unreadable log, an unwritable `--out`).
 *
 * @example
 * import { runAudit } from './cli/audit-command'; // internal to the bin
 * const code = await runAudit({ log: 'events.jsonl', format: 'html', out: 'audit.html' }, io);
 *
 * @category cli
 * @since 0.1.0
 */
export async function runAudit(options: AuditCommandOptions, io: CliIo): Promise<number> {
  const fail = async (message: string): Promise<number> => {
    await writeText(io.stderr, `first-inquiry audit: ${message}\n`);
    return 2;
  };
  if (options.asOf !== undefined && !Instant.is(options.asOf)) {
    return fail(`--as-of must be an ISO-8601 date-time with a zone, e.g. 2026-05-04T18:00:00+08:00 (got ${options.asOf})`);
  }
  const policy = options.policy === undefined ? E.right(undefined) : await loadPolicy(options.policy);
  if (E.isLeft(policy)) return fail(policy.left);
  const opened = await openLines(options.log, io);
  if (E.isLeft(opened)) return fail(opened.left);
  let report: AuditLogReport;
  try {
    report = await auditEventLog(opened.right, {
      ...(policy.right === undefined ? {} : { policy: policy.right }),
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      timelines: options.format === 'html',
    });
  } catch (e) {
    if (!isSystemError(e)) throw e;
    return fail(`${options.log}: ${ioReason(e)}`);
  }
  // Instants are shown in the audit calendar's zone, the zone its deadlines were counted in.
  const zone = (policy.right ?? defaultAuditPolicy).calendar.zone;
  const output = render(report, options.format, options.log, { locale: options.locale ?? 'en', zone });
  if (options.out === undefined) {
    await writeText(io.stdout, output);
  } else {
    try {
      await writeFile(options.out, output);
    } catch (e) {
      return fail(`${options.out}: ${ioReason(e)}`);
    }
  }
  return report.findings.length === 0 && report.problems.length === 0 ? 0 : 1;
}

function render(report: AuditLogReport, format: AuditFormat, file: string, options: ReportOptions): string {
  switch (format) {
    case 'text':
      return auditText(report, file, options);
    case 'md':
      return auditMarkdown(report, file, options);
    case 'html':
      return auditHtml(report, file, options);
    case 'json':
      return `${JSON.stringify(localizeMessages(report, options), null, 2)}\n`;
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

async function loadPolicy(path: string): Promise<E.Either<string, AuditPolicy>> {
  const value = await readJsonFile(path);
  if (E.isLeft(value)) return E.left(`--policy ${value.left}`);
  return E.mapLeft((error: { readonly problems: readonly string[] }) => `--policy ${path}: ${error.problems.join('; ')}`)(decodeAuditPolicy(value.right));
}
