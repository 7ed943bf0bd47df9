import type { AuditLogReport } from '../../log/audit-log';
import { findingLabel, problemLine, who } from './shared';

// utils

/**
 * The audit report for a terminal: a summary line, findings (each naming the accountable person,
 * the stage and the rule), problems as `FILE:LINE: CODE: message`, who holds what, and each
 * person's accountability record.
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { auditEventLog } from 'first-inquiry';
 * import { auditText } from './cli/report/text'; // internal to the bin
 * const lines = readFileSync('events.jsonl', 'utf8').split('\n');
 * process.stdout.write(auditText(await auditEventLog(lines), 'events.jsonl'));
 *
 * @category cli
 * @since 0.1.0
 */
export function auditText(report: AuditLogReport, file: string): string {
  const out: string[] = [summaryLine(report), ''];
  out.push(`Findings (${report.findings.length})`);
  for (const f of report.findings) {
    out.push(`  ${f.inquiryId} stage ${f.stage}: ${findingLabel(f)}${f.settled ? '' : ' [still open]'}`);
    out.push(`    accountable: ${who(f.accountable)}; arisen ${f.arisenAt}`);
    out.push(`    ${f.message}`);
  }
  if (report.problems.length > 0) {
    out.push('', `Problems (${report.problems.length})`);
    for (const p of report.problems) out.push(`  ${problemLine(file, p)}`);
  }
  out.push('', `Who holds what (${report.holdings.length} open)`);
  for (const h of report.holdings) out.push(`  ${who(h.holder)}: ${h.inquiryId} (${h.category}) stage ${h.stage} since ${h.since}`);
  out.push('', `Overdue (${report.deadlines.overdue.length}) and at risk (${report.deadlines.atRisk.length})`);
  for (const [label, list] of [['overdue', report.deadlines.overdue], ['at risk', report.deadlines.atRisk]] as const) {
    for (const d of list) out.push(`  ${label}: ${d.inquiryId} (${d.category}) due ${d.deadline}, ${Math.round(d.used * 100)}% used; held by ${who(d.holder)}`);
  }
  out.push('', 'Accountability by person (stages held, holding now, findings by rule)');
  for (const p of report.people) {
    const rules = Object.entries(p.byRule).map(([rule, n]) => `${rule}×${n}`).join(' ');
    out.push(`  ${who(p.staff)}: ${p.stagesHeld} stages, ${p.holdingNow} open, ${p.findings} findings${rules === '' ? '' : ` (${rules})`}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * `as of …: N events, M inquiries, F findings, P problems` (and events left out after `asOf`).
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { auditEventLog } from 'first-inquiry';
 * import { summaryLine } from './cli/report/text'; // internal to the bin
 * const report = await auditEventLog(readFileSync('events.jsonl', 'utf8').split('\n'));
 * summaryLine(report); // 'Audit as of 2026-05-08T09:00:00+08:00: 4 events, 1 inquiries, 3 findings, 3 problems'
 *
 * @category cli
 * @since 0.1.0
 */
export function summaryLine(report: AuditLogReport): string {
  const after = report.eventsAfterAsOf === 0 ? '' : ` (${report.eventsAfterAsOf} dated after it left out)`;
  return `Audit as of ${report.asOf}: ${report.events} events${after}, ${report.inquiries} inquiries, ${report.findings.length} findings, ${report.problems.length} problems`;
}
