import type { AuditLogReport } from '../../log/audit-log';
import { formatFinding } from '../../supervision/finding-messages';
import { formatInstant, stageLabel } from '../../i18n/format';
import { REPORT_TEXTS } from '../../i18n/report';
import { visible } from './safe';
import { DEFAULT_REPORT_OPTIONS, findingLabel, problemLine, who, type ReportOptions } from './shared';
import { summaryLine } from './text';

// utils

/**
 * The audit report as Markdown tables (for a ticket, a wiki page or a pull request), in the
 * reader's language, stages counted from 1 and instants as `2026-05-04 Mon 09:30`. Table cells are
 * escaped so recorded text cannot break the table or inject markup, and control or bidi characters
 * are shown escaped ({@link visible}).
 *
 * @example
 * import { readFileSync, writeFileSync } from 'node:fs';
 * import { auditEventLog } from 'first-inquiry/log';
 * import { auditMarkdown } from './cli/report/markdown'; // internal to the bin
 * const report = await auditEventLog(readFileSync('events.jsonl', 'utf8').split('\n'));
 * writeFileSync('audit.md', auditMarkdown(report, 'events.jsonl', { locale: 'zh-CN', zone: 'Asia/Shanghai' }));
 *
 * @category cli
 * @since 0.1.0
 */
export function auditMarkdown(report: AuditLogReport, file: string, options: ReportOptions = DEFAULT_REPORT_OPTIONS): string {
  return [...auditMarkdownChunks(report, file, options)].join('');
}

/**
 * {@link auditMarkdown} in pieces, a line (or a table header) each, for writing as it is rendered:
 * the report of a large log is never held whole.
 *
 * @example
 * import { auditEventLog } from 'first-inquiry/log';
 * import { auditMarkdownChunks } from './cli/report/markdown'; // internal to the bin
 * for (const line of auditMarkdownChunks(await auditEventLog([]), 'events.jsonl')) process.stdout.write(line);
 *
 * @category cli
 * @since 0.2.0
 */
export function* auditMarkdownChunks(
  report: AuditLogReport,
  file: string,
  options: ReportOptions = DEFAULT_REPORT_OPTIONS,
): Generator<string> {
  for (const line of markdownLines(report, file, options)) yield `${line}\n`;
}

function* markdownLines(report: AuditLogReport, file: string, options: ReportOptions): Generator<string> {
  const { locale, zone } = options;
  const w = REPORT_TEXTS[locale];
  const c = w.columns;
  const at = (iso: string) => formatInstant(iso, locale, zone);
  yield* [`# ${w.title}`, '', cell(summaryLine(report, options)), ''];
  yield* [`## ${w.findings(report.findings.length)}`, '', header([c.inquiry, c.stage, c.finding, c.accountable, c.arisen, c.message])];
  for (const f of report.findings) {
    yield row([
      f.inquiryId,
      stageLabel(f.stage, locale),
      findingLabel(f, locale),
      who(f.accountable),
      at(f.arisenAt),
      formatFinding(f, locale, zone),
    ]);
  }
  if (report.problems.length > 0) {
    yield* ['', `## ${w.problems(report.problems.length)}`, ''];
    for (const p of report.problems) yield `- ${cell(problemLine(file, p, locale))}`;
  }
  yield* ['', `## ${w.holdingsHeading(report.holdings.length)}`, '', header([c.holder, c.inquiry, c.category, c.stage, c.since])];
  for (const h of report.holdings) yield row([who(h.holder), h.inquiryId, h.category, stageLabel(h.stage, locale), at(h.since)]);
  yield* [
    '',
    `## ${w.deadlinesHeading(report.deadlines.overdue.length, report.deadlines.atRisk.length)}`,
    '',
    header([c.state, c.inquiry, c.category, c.due, c.used, c.holder]),
  ];
  for (const [label, list] of [
    [w.overdue, report.deadlines.overdue],
    [w.atRisk, report.deadlines.atRisk],
  ] as const) {
    for (const d of list) yield row([label, d.inquiryId, d.category, at(d.deadline), `${Math.round(d.used * 100)}%`, who(d.holder)]);
  }
  yield* ['', `## ${w.peopleHeading}`, '', header([c.person, c.stagesHeld, c.holdingNow, c.findings, c.byRule])];
  for (const p of report.people) {
    yield row([
      who(p.staff),
      String(p.stagesHeld),
      String(p.holdingNow),
      String(p.findings),
      Object.entries(p.byRule)
        .map(([r, n]) => `${r}: ${n}`)
        .join(', '),
    ]);
  }
}

function header(cells: readonly string[]): string {
  return `${row(cells)}\n|${cells.map(() => '---|').join('')}`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function cell(text: string): string {
  return visible(text.replace(/[\r\n]+/g, ' ')).replace(/[\\|*_`<>[\]]/g, (ch) => `\\${ch}`);
}
