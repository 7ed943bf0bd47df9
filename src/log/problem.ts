import { formatLogProblem, type LogProblemCode } from './problem-messages';
import type { Locale } from '../i18n/locale';
import { ruleWords } from '../rules/catalogue';
import type { RuleId } from '../rules/ids';
import type { ViolationCode } from '../inquiry/violations';
import type { LineProblemCode } from './line';

// model

/**
 * One problem found in an event log, located by line: a line that is not an event
 * ({@link LineProblemCode}) or an event that breaks an enforced rule ({@link ViolationCode}, with
 * the rule ID, or `null` for codes that protect the record: an inquiry never received, time going
 * backwards).
 *
 * @example
 * import type { HistoryProblem } from 'first-inquiry/log';
 * const p: HistoryProblem = {
 *   line: 12, code: 'NOT_RESPONSIBLE', rule: 'FI-02', inquiryId: 'INQ-1',
 *   message: 'InquiryTransferred by Li Na (s-102) at 2026-05-04T10:00:00+08:00: Li Na is not the responsible person of INQ-1; ...',
 * };
 *
 * @category history
 * @since 0.1.0
 */
export interface HistoryProblem {
  /** 1-based line number in the log (blank lines count). */
  readonly line: number;
  readonly code: HistoryProblemCode;
  readonly rule: RuleId | null;
  readonly message: string;
  /** The inquiry the event belongs to; absent when the line could not be decoded. */
  readonly inquiryId?: string;
}

/**
 * A refusal code of `decide` or a code for a line that is not an event.
 *
 * @category history
 * @since 0.1.0
 */
export type HistoryProblemCode = ViolationCode | LineProblemCode;

// utils

/**
 * Formats a problem the way compilers and linters do, so editors and CI logs can jump to it:
 * `FILE:LINE: CODE (FI-nn): message`; codes without a rule print without the parenthesis. In a
 * Chinese `locale` the code and rule ID stay as they are (tools match on them) and the message
 * says in Chinese what is wrong: a line that is not an event is explained from its code; a refusal
 * names the rule's Chinese title before the refusal's own words.
 *
 * @example
 * import { formatHistoryProblem } from 'first-inquiry/log';
 * formatHistoryProblem('events.jsonl', { line: 3, code: 'MALFORMED_JSON', rule: null, message: 'not valid JSON' });
 * // 'events.jsonl:3: MALFORMED_JSON: not valid JSON'
 *
 * @category history
 * @since 0.1.0
 */
export function formatHistoryProblem(file: string, problem: HistoryProblem, locale: Locale = 'en'): string {
  const rule = problem.rule === null ? '' : ` (${problem.rule})`;
  return `${file}:${problem.line}: ${problem.code}${rule}: ${oneLine(historyProblemMessage(problem, locale))}`;
}

// Every problem of a line that is not a refusal: explained from its code in the reader's language.
const LINE_CODES: ReadonlySet<string> = new Set<LogProblemCode>([
  'MALFORMED_JSON',
  'UNKNOWN_EVENT_TYPE',
  'INVALID_EVENT',
  'IMPLAUSIBLE_INSTANT',
  'INVALID_UTF8',
  'LINE_TOO_LONG',
]);

/**
 * A history problem's message in a locale (see {@link formatHistoryProblem}).
 *
 * @example
 * import { historyProblemMessage } from './problem'; // internal to the library
 * historyProblemMessage({ line: 3, code: 'MALFORMED_JSON', rule: null, message: 'not valid JSON' }, 'zh-CN');
 * // '这一行不是有效的 JSON（not valid JSON）'
 *
 * @category history
 * @since 0.2.0
 */
export function historyProblemMessage(problem: HistoryProblem, locale: Locale): string {
  if (locale === 'en') return problem.message;
  if (LINE_CODES.has(problem.code)) return formatLogProblem({ code: problem.code as LogProblemCode, message: problem.message }, locale);
  if (problem.rule === null) return problem.message;
  return `${locale === 'zh-CN' ? '违反' : '違反'}“${ruleWords(problem.rule, locale).title}”：${problem.message}`;
}

// A message may quote recorded text; a line break in it would forge a second problem line.
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
