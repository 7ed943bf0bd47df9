import { formatLogProblem, recordProblemMessage, type LogProblemCode } from './problem-messages';
import type { Locale } from '../i18n/locale';
import { ruleWords } from '../rules/catalogue';
import type { RuleId } from '../rules/ids';
import type { ViolationCode, ViolationParams } from '../inquiry/violations';
import { formatViolation } from '../inquiry/violation-messages';
import { ACT_NAMES } from '../inquiry/act-names';
import type { InquiryEventType } from '../inquiry/events';
import type { StaffRef } from '../inquiry/staff';
import type { LineDetail, LineProblemCode } from './line';

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
  /**
   * For an event `decide` would have refused: what it was, and the refusal's facts, so that the
   * problem can be worded in any locale ({@link formatHistoryProblem}); `message` is the English.
   *
   * @since 0.2.0
   */
  readonly refused?: RefusedEvent;
  /** For a line that is not an event: what is wrong with it, as data ({@link LineDetail}). @since 0.2.0 */
  readonly detail?: LineDetail;
}

/**
 * The recorded event behind a refusal in a {@link HistoryProblem}: its type, who recorded it and
 * when (as recorded), and the refusal's `params` (see `formatViolation`).
 *
 * @example
 * import type { RefusedEvent } from 'first-inquiry/log';
 * const r: RefusedEvent = {
 *   eventType: 'InquiryTransferred', by: { id: 's-102', name: 'Li Na', department: 'engineering' },
 *   at: '2026-05-04T10:00:00+08:00', params: { actor: 'Li Na', holder: 'Wang Wei', inquiry: 'INQ-1' },
 * };
 *
 * @category history
 * @since 0.2.0
 */
export interface RefusedEvent {
  readonly eventType: InquiryEventType;
  readonly by: StaffRef;
  readonly at: string;
  readonly params: ViolationParams;
}

/**
 * A refusal code of `decide`, a code for a line that is not an event, or a code for a recorded
 * event that `decide` would have accepted as an act but never recorded as it stands
 * ({@link RecordProblemCode}).
 *
 * @category history
 * @since 0.1.0
 */
export type HistoryProblemCode = ViolationCode | LineProblemCode | RecordProblemCode;

/**
 * The codes of a recorded event that is not what `decide` would have recorded: some fields of an
 * event are not taken from the command but copied by `decide` from the inquiry's state, and the
 * record holds something else there. Each code names the rule the copy keeps:
 *
 * - `HANDOVER_INTENT_MISMATCH` (FI-04): an `InquiryTransferred` whose `intent` is not the intent on
 *   record (the receipt's, or the last clarification's).
 * - `MATERIALS_ITEMS_MISMATCH` (FI-05): a `MaterialsReceived` whose `items` are not the items
 *   outstanding (those the notices asked for since the last materials received).
 *
 * @category history
 * @since 0.2.0
 */
export type RecordProblemCode = keyof typeof RECORD_PROBLEM_RULES;

/**
 * The rule each {@link RecordProblemCode} keeps.
 *
 * @example
 * import { RECORD_PROBLEM_RULES } from './problem'; // internal to the library
 * RECORD_PROBLEM_RULES.HANDOVER_INTENT_MISMATCH; // 'FI-04'
 *
 * @internal
 */
export const RECORD_PROBLEM_RULES = {
  // FI-04: a handover carries the matter's recorded intent on (decide copies it into the event;
  // FI-07's brief handover is the note beside it). A different intent is a handover that did not.
  HANDOVER_INTENT_MISMATCH: 'FI-04',
  // FI-05, not FI-06: a MaterialsReceived is no notice (FI-06 judges the notices, each an event of
  // its own, where it is enforced and audited); it records that the paperwork is complete (资料齐全,
  // FI-05's 手續完備): the requester's wait ends there and the time limit counts on from it. decide
  // lists the items outstanding because they are what the record says arrived. A record listing
  // others claims a completeness it does not show: an outstanding item left out had not arrived,
  // and an item no notice asked for points to a notice missing from the log (the message says so).
  MATERIALS_ITEMS_MISMATCH: 'FI-05',
} as const satisfies Readonly<Record<string, RuleId>>;

/**
 * Whether a history problem's code is a {@link RecordProblemCode}.
 *
 * @example
 * import { isRecordProblemCode } from './problem'; // internal to the library
 * isRecordProblemCode('HANDOVER_INTENT_MISMATCH'); // true
 *
 * @internal
 */
export function isRecordProblemCode(code: string): code is RecordProblemCode {
  return Object.hasOwn(RECORD_PROBLEM_RULES, code);
}

// utils

/**
 * Formats a problem the way compilers and linters do, so editors and CI logs can jump to it:
 * `FILE:LINE: CODE (FI-nn): message`; codes without a rule print without the parenthesis. In a
 * Chinese `locale` the code and rule ID stay as they are (tools match on them) and the message
 * says in Chinese what is wrong: a line that is not an event is explained from its code; a refusal
 * names the rule's Chinese title, then the refused event and the refusal, worded from the
 * violation catalogue (a problem without {@link HistoryProblem.refused} keeps its English words).
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
  if (LINE_CODES.has(problem.code)) return formatLogProblem({ ...problem, code: problem.code as LogProblemCode }, locale);
  // A problem built by hand without the refusal's facts has only its English words.
  const words =
    problem.refused === undefined || problem.inquiryId === undefined
      ? problem.message
      : refusalSentence(
          problem.inquiryId,
          problem.refused,
          isRecordProblemCode(problem.code)
            ? recordProblemMessage(problem.code, problem.refused.params, locale)
            : formatViolation({ code: problem.code as ViolationCode, params: problem.refused.params }, locale),
          locale,
        );
  if (problem.rule === null) return words;
  return `${locale === 'zh-CN' ? '违反' : '違反'}“${ruleWords(problem.rule, locale).title}”：${words}`;
}

/**
 * The words of an event that `decide` would have refused, in a locale: the event (type, inquiry,
 * who, when) and `why`, the refusal's own words in that locale. `check`'s English `message` is
 * this in `en`, with the refusal's English message.
 *
 * @example
 * import { refusalSentence } from './problem'; // internal to the library
 * refusalSentence('X', { eventType: 'InquiryResolved', by: { id: 'a', name: 'Li', department: 'x' }, at: '2026-01-01T00:00:00Z', params: {} }, '事项 X 尚未接收。', 'zh-CN');
 * // 'Li（a）于 2026-01-01T00:00:00Z 对事项 X 的“办结”（InquiryResolved）本应被拒绝：事项 X 尚未接收。'
 *
 * @internal
 */
export function refusalSentence(inquiryId: string, refused: RefusedEvent, why: string, locale: Locale): string {
  const { eventType, by, at } = refused;
  const act = ACT_NAMES[eventType][locale];
  switch (locale) {
    case 'zh-CN':
      return `${by.name}（${by.id}）于 ${at} 对事项 ${inquiryId} 的“${act}”（${eventType}）本应被拒绝：${why}`;
    case 'zh-TW':
      return `${by.name}（${by.id}）於 ${at} 對事項 ${inquiryId} 的“${act}”（${eventType}）本應被拒絕：${why}`;
    default:
      return `${eventType} of ${inquiryId} by ${by.name} (${by.id}) at ${at} would have been refused: ${why}`;
  }
}

// A message may quote recorded text; a line break in it would forge a second problem line.
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
