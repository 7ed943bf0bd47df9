import type { AuditLogReport } from '../../log/audit-log';
import type { Finding } from '../../supervision/finding';
import type { StaffRef } from '../../inquiry/staff';
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
  return [...auditTextChunks(report, file, options)].join('');
}

/**
 * {@link auditText} in pieces, a line each, for writing as it is rendered: the report of a large
 * log is never held whole.
 *
 * @example
 * import { auditEventLog } from 'first-inquiry/log';
 * import { auditTextChunks } from './cli/report/text'; // internal to the bin
 * for (const line of auditTextChunks(await auditEventLog([]), 'events.jsonl')) process.stdout.write(line);
 *
 * @category cli
 * @since 0.2.0
 */
export function* auditTextChunks(report: AuditLogReport, file: string, options: ReportOptions = DEFAULT_REPORT_OPTIONS): Generator<string> {
  // One line of output per entry: a line break or control character inside recorded text must not
  // start a line of its own, so each line is made visible as a whole.
  for (const line of textLines(report, file, options)) yield `${visible(line)}\n`;
}

function* textLines(report: AuditLogReport, file: string, options: ReportOptions): Generator<string> {
  const { locale, zone } = options;
  const w = REPORT_TEXTS[locale];
  const en = locale === 'en';
  const colon = en ? ': ' : '：';
  const semi = en ? '; ' : '；';
  const comma = en ? ', ' : '，';
  const paren = (text: string) => (en ? ` (${text})` : `（${text}）`);
  const at = (iso: string) => formatInstant(iso, locale, zone);
  // A large report names the same people and codes on thousands of lines: each is worded once
  // (people by reference: an audit shares one object per person as recorded).
  const people = new Map<StaffRef, string>();
  const person = (staff: StaffRef): string => {
    let named = people.get(staff);
    if (named === undefined) {
      named = who(staff);
      if (people.size < 65_536) people.set(staff, named);
    }
    return named;
  };
  const labels = new Map<string, { readonly rule: string; readonly text: string }>();
  const label = (f: Finding): string => {
    const known = labels.get(f.code);
    if (known !== undefined && known.rule === f.rule) return known.text;
    const text = findingLabel(f, locale);
    if (known === undefined) labels.set(f.code, { rule: f.rule, text });
    return text;
  };
  yield* [summaryLine(report, options), ''];
  yield w.findings(report.findings.length);
  for (const f of report.findings) {
    yield `  ${f.inquiryId} ${stageLabel(f.stage, locale)}${colon}${label(f)}${f.settled ? '' : ` [${w.stillOpen}]`}`;
    yield `    ${w.accountable}${colon}${person(f.accountable)}${semi}${w.arisen} ${at(f.arisenAt)}`;
    yield `    ${formatFinding(f, locale, zone)}`;
  }
  if (report.problems.length > 0) {
    yield* ['', w.problems(report.problems.length)];
    for (const p of report.problems) yield `  ${problemLine(file, p, locale)}`;
  }
  yield* ['', w.holdingsHeading(report.holdings.length)];
  for (const h of report.holdings)
    yield `  ${person(h.holder)}${colon}${h.inquiryId}${paren(h.category)} ${stageLabel(h.stage, locale)} ${w.since} ${at(h.since)}`;
  yield* ['', w.deadlinesHeading(report.deadlines.overdue.length, report.deadlines.atRisk.length)];
  for (const [label, list] of [
    [w.overdue, report.deadlines.overdue],
    [w.atRisk, report.deadlines.atRisk],
  ] as const) {
    for (const d of list)
      yield `  ${label}${colon}${d.inquiryId}${paren(d.category)} ${w.due} ${at(d.deadline)}${comma}${w.used} ${Math.round(d.used * 100)}%${semi}${w.heldBy} ${person(d.holder)}`;
  }
  yield* ['', w.peopleHeading];
  for (const p of report.people) {
    const rules = Object.entries(p.byRule)
      .map(([rule, n]) => `${rule}×${n}`)
      .join(' ');
    yield `  ${who(p.staff)}${colon}${w.peopleLine(p.stagesHeld, p.holdingNow, p.findings)}${rules === '' ? '' : paren(rules)}`;
  }
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
