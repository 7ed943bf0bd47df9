import type { Finding } from '../../supervision/finding';
import type { AuditLogProblem } from '../../log/audit-log';
import type { Locale } from '../../i18n/locale';
import { formatLogProblem } from '../../log/problem-messages';
import { ruleWords } from '../../rules/catalogue';
import type { StaffRef } from '../../inquiry/staff';

// model

/**
 * How a report is rendered: the reader's language, and the time zone instants are shown in (the
 * audit calendar's).
 *
 * @example
 * import type { ReportOptions } from './cli/report/shared'; // internal to the bin
 * const options: ReportOptions = { locale: 'zh-CN', zone: 'Asia/Shanghai' };
 *
 * @category cli
 * @since 0.2.0
 */
export interface ReportOptions {
  readonly locale: Locale;
  readonly zone?: string;
}

/**
 * English, instants as written: what a report is rendered with when no options are given.
 *
 * @category cli
 * @since 0.2.0
 */
export const DEFAULT_REPORT_OPTIONS: ReportOptions = { locale: 'en' };

// utils

/**
 * A staff member as reports name them: `Li Na (s-102, engineering)`.
 *
 * @example
 * import { who } from './cli/report/shared'; // internal to the bin
 * who({ id: 's-102', name: 'Li Na', department: 'engineering' }); // 'Li Na (s-102, engineering)'
 *
 * @category cli
 * @since 0.1.0
 */
export function who(staff: StaffRef): string {
  return `${staff.name} (${staff.id}, ${staff.department})`;
}

/**
 * A finding's code with its rule and the rule's title: `OVERDUE (FI-05 Finish within the time limit)`.
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { auditEventLog } from 'first-inquiry/log';
 * import { findingLabel } from './cli/report/shared'; // internal to the bin
 * const report = await auditEventLog(readFileSync('events.jsonl', 'utf8').split('\n'));
 * for (const finding of report.findings) findingLabel(finding); // 'OVERDUE (FI-05 Finish within the prescribed time limit)'
 *
 * @category cli
 * @since 0.1.0
 */
export function findingLabel(f: Finding, locale: Locale = 'en'): string {
  const title = ruleWords(f.rule, locale).title;
  return locale === 'en' ? `${f.code} (${f.rule} ${title})` : `${f.code}（${f.rule} ${title}）`;
}

/**
 * A problem line as `check` prints them: `FILE:LINE: CODE: message`.
 *
 * @example
 * import { problemLine } from './cli/report/shared'; // internal to the bin
 * problemLine('events.jsonl', { line: 4, code: 'EVENT_BEFORE_RECEIPT', message: 'INQ-8 has not been received' });
 *
 * @category cli
 * @since 0.1.0
 */
export function problemLine(file: string, p: AuditLogProblem, locale: Locale = 'en'): string {
  return `${file}:${p.line}: ${p.code}: ${formatLogProblem(p, locale).replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
}

/**
 * Findings grouped by inquiry and stage, for timelines; with `of`, only those of these inquiries
 * (the ones a report shows timelines of).
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { auditEventLog } from 'first-inquiry/log';
 * import { findingsByStage } from './cli/report/shared'; // internal to the bin
 * const report = await auditEventLog(readFileSync('events.jsonl', 'utf8').split('\n'));
 * findingsByStage(report.findings).get('INQ-7\u00001'); // the findings of INQ-7's stage 1
 *
 * @category cli
 * @since 0.1.0
 */
export function findingsByStage(findings: readonly Finding[], of?: ReadonlySet<string>): ReadonlyMap<string, readonly Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    if (of !== undefined && !of.has(f.inquiryId)) continue;
    const key = `${f.inquiryId}\u0000${f.stage}`;
    const list = map.get(key);
    if (list === undefined) map.set(key, [f]);
    else list.push(f);
  }
  return map;
}
