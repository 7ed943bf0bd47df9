import type { AuditLogReport } from '../../log/audit-log';
import { findingLabel, problemLine, who } from './shared';
import { summaryLine } from './text';

// utils

/**
 * The audit report as Markdown tables (for a ticket, a wiki page or a pull request). Table cells
 * are escaped so recorded text cannot break the table or inject markup.
 *
 * @example
 * import { readFileSync, writeFileSync } from 'node:fs';
 * import { auditEventLog } from 'first-inquiry';
 * import { auditMarkdown } from './cli/report/markdown'; // internal to the bin
 * const report = await auditEventLog(readFileSync('events.jsonl', 'utf8').split('\n'));
 * writeFileSync('audit.md', auditMarkdown(report, 'events.jsonl'));
 *
 * @category cli
 * @since 0.1.0
 */
export function auditMarkdown(report: AuditLogReport, file: string): string {
  const out: string[] = ['# First-inquiry audit', '', cell(summaryLine(report)), ''];
  out.push(`## Findings (${report.findings.length})`, '', '| inquiry | stage | finding | accountable | arisen | message |', '|---|---|---|---|---|---|');
  for (const f of report.findings) {
    out.push(row([f.inquiryId, String(f.stage), findingLabel(f), who(f.accountable), f.arisenAt, f.message]));
  }
  if (report.problems.length > 0) {
    out.push('', `## Problems (${report.problems.length})`, '');
    for (const p of report.problems) out.push(`- ${cell(problemLine(file, p))}`);
  }
  out.push('', `## Who holds what (${report.holdings.length} open)`, '', '| holder | inquiry | category | stage | since |', '|---|---|---|---|---|');
  for (const h of report.holdings) out.push(row([who(h.holder), h.inquiryId, h.category, String(h.stage), h.since]));
  out.push('', `## Overdue (${report.deadlines.overdue.length}) and at risk (${report.deadlines.atRisk.length})`, '', '| state | inquiry | category | due | used | holder |', '|---|---|---|---|---|---|');
  for (const [label, list] of [['overdue', report.deadlines.overdue], ['at risk', report.deadlines.atRisk]] as const) {
    for (const d of list) out.push(row([label, d.inquiryId, d.category, d.deadline, `${Math.round(d.used * 100)}%`, who(d.holder)]));
  }
  out.push('', '## Accountability by person', '', '| person | stages held | holding now | findings | by rule |', '|---|---|---|---|---|');
  for (const p of report.people) {
    out.push(row([who(p.staff), String(p.stagesHeld), String(p.holdingNow), String(p.findings), Object.entries(p.byRule).map(([r, n]) => `${r}: ${n}`).join(', ')]));
  }
  return `${out.join('\n')}\n`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\|*_`<>[\]]/g, (c) => `\\${c}`);
}
