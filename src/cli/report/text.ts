import type { AuditLogReport } from '../../log/audit-log';
import { formatFinding } from '../../supervision/finding-messages';
import { formatInstant, stageLabel } from '../../i18n/format';
import { REPORT_TEXTS } from '../../i18n/report';
import { visible } from './safe';
import { DEFAULT_REPORT_OPTIONS, findingLabel, problemLine, who, type ReportOptions } from './shared';

// utils

/**
 * The audit report for a terminal, in the reader's language: a summary line, findings (each naming
 * the accountable person, the stage counted from 1 and the rule), problems as `FILE:LINE: CODE:
 * message`, who holds what, and each person's accountability record. Instants are shown as
 * `2026-05-04 Mon 09:30` in the audit's zone. Every line passes through {@link visible}: a control
 * or bidi character recorded in the log is shown escaped, never sent to the terminal.
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { auditEventLog } from 'first-inquiry/log';
 * import { auditText } from './cli/report/text'; // internal to the bin
 * const lines = readFileSync('events.jsonl', 'utf8').split('\n');
 * process.stdout.write(auditText(await auditEventLog(lines), 'events.jsonl', { locale: 'zh-CN', zone: 'Asia/Shanghai' }));
 *
 * @category cli
 * @since 0.1.0
 */
export function auditText(report: AuditLogReport, file: string, options: ReportOptions = DEFAULT_REPORT_OPTIONS): string {
  const { locale, zone } = options;
  const w = REPORT_TEXTS[locale];
  const en = locale === 'en';
  const colon = en ? ': ' : '：';
  const semi = en ? '; ' : '；';
  const comma = en ? ', ' : '，';
  const paren = (text: string) => (en ? ` (${text})` : `（${text}）`);
  const at = (iso: string) => formatInstant(iso, locale, zone);
  const out: string[] = [summaryLine(report, options), ''];
  out.push(w.findings(report.findings.length));
  for (const f of report.findings) {
    out.push(`  ${f.inquiryId} ${stageLabel(f.stage, locale)}${colon}${findingLabel(f, locale)}${f.settled ? '' : ` [${w.stillOpen}]`}`);
    out.push(`    ${w.accountable}${colon}${who(f.accountable)}${semi}${w.arisen} ${at(f.arisenAt)}`);
    out.push(`    ${formatFinding(f, locale, zone)}`);
  }
  if (report.problems.length > 0) {
    out.push('', w.problems(report.problems.length));
    for (const p of report.problems) out.push(`  ${problemLine(file, p, locale)}`);
  }
  out.push('', w.holdingsHeading(report.holdings.length));
  for (const h of report.holdings)
    out.push(`  ${who(h.holder)}${colon}${h.inquiryId}${paren(h.category)} ${stageLabel(h.stage, locale)} ${w.since} ${at(h.since)}`);
  out.push('', w.deadlinesHeading(report.deadlines.overdue.length, report.deadlines.atRisk.length));
  for (const [label, list] of [
    [w.overdue, report.deadlines.overdue],
    [w.atRisk, report.deadlines.atRisk],
  ] as const) {
    for (const d of list)
      out.push(
        `  ${label}${colon}${d.inquiryId}${paren(d.category)} ${w.due} ${at(d.deadline)}${comma}${w.used} ${Math.round(d.used * 100)}%${semi}${w.heldBy} ${who(d.holder)}`,
      );
  }
  out.push('', w.peopleHeading);
  for (const p of report.people) {
    const rules = Object.entries(p.byRule)
      .map(([rule, n]) => `${rule}×${n}`)
      .join(' ');
    out.push(`  ${who(p.staff)}${colon}${w.peopleLine(p.stagesHeld, p.holdingNow, p.findings)}${rules === '' ? '' : paren(rules)}`);
  }
  // One line of output per entry: a line break or control character inside recorded text must not
  // start a line of its own, so each line is made visible as a whole.
  return `${out.map(visible).join('\n')}\n`;
}

/**
 * `as of …: N events, M inquiries, F findings, P problems` (and events left out after `asOf`), in
 * the reader's language.
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { auditEventLog } from 'first-inquiry/log';
 * import { summaryLine } from './cli/report/text'; // internal to the bin
 * const report = await auditEventLog(readFileSync('events.jsonl', 'utf8').split('\n'));
 * summaryLine(report); // 'Audit as of 2026-05-08 Fri 09:00: 4 events, 1 inquiries, 3 findings, 3 problems'
 *
 * @category cli
 * @since 0.1.0
 */
export function summaryLine(report: AuditLogReport, options: ReportOptions = DEFAULT_REPORT_OPTIONS): string {
  return REPORT_TEXTS[options.locale].summary({
    asOf: formatInstant(report.asOf, options.locale, options.zone),
    events: report.events,
    after: report.eventsAfterAsOf,
    inquiries: report.inquiries,
    findings: report.findings.length,
    problems: report.problems.length,
  });
}
