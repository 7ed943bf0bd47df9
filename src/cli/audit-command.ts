import { writeFile } from 'node:fs/promises';
import * as E from 'fp-ts/Either';
import { decodePolicy, type Policy } from '../policy/policy';
import { Instant } from '../primitives/codecs';
import { auditEventLog, type AuditLogReport } from '../log/audit-log';
import { ioReason, isSystemError, openLines, readJsonFile, writeText, type CliIo } from './io';
import { openStoreLines } from './store-source';
import { auditHtml } from './report/html';
import { auditMarkdown } from './report/markdown';
import { auditText } from './report/text';

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
  const opened = options.fromStore === true ? await openStoreLines(options.log) : await openLines(options.log, io);
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
  const output = render(report, options.format, options.log);
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

function render(report: AuditLogReport, format: AuditFormat, file: string): string {
  switch (format) {
    case 'text':
      return auditText(report, file);
    case 'md':
      return auditMarkdown(report, file);
    case 'html':
      return auditHtml(report, file);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
  }
}

async function loadPolicy(path: string): Promise<E.Either<string, Policy>> {
  const value = await readJsonFile(path);
  if (E.isLeft(value)) return E.left(`--policy ${value.left}`);
  return E.mapLeft((error: { readonly problems: readonly string[] }) => `--policy ${path}: ${error.problems.join('; ')}`)(decodePolicy(value.right));
}
