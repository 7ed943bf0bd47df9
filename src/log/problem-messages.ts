import type { AuditProblem } from '../supervision/finding';
import type { LineProblemCode } from './line';
import type { Locale } from '../i18n/locale';

// model

/**
 * The codes of problems found in an event log that are not refusals of a rule: a line that is not
 * an event, or an event the record does not allow where it stands.
 *
 * @category i18n
 * @since 0.2.0
 */
export type LogProblemCode = LineProblemCode | AuditProblem['code'];

// constants

/**
 * What each log problem code means, in every locale. The English `message` of a problem keeps the
 * technical detail (the JSON parser's words, the fields the decoder named); a Chinese report shows
 * this explanation first and the detail after it.
 *
 * @example
 * import { LOG_PROBLEM_TEXTS } from './problem-messages'; // internal to the library
 * LOG_PROBLEM_TEXTS.MALFORMED_JSON['zh-CN']; // '这一行不是有效的 JSON'
 *
 * @category i18n
 * @since 0.2.0
 */
export const LOG_PROBLEM_TEXTS = {
  MALFORMED_JSON: { en: 'this line is not valid JSON', 'zh-CN': '这一行不是有效的 JSON', 'zh-TW': '這一行不是有效的 JSON' },
  UNKNOWN_EVENT_TYPE: {
    en: 'this line is not a known event type',
    'zh-CN': '这一行的事件类型无法识别',
    'zh-TW': '這一行的事件類型無法識別',
  },
  INVALID_EVENT: {
    en: 'this event has missing or wrong fields',
    'zh-CN': '这条事件缺少字段或字段有误',
    'zh-TW': '這條事件缺少欄位或欄位有誤',
  },
  IMPLAUSIBLE_INSTANT: {
    en: 'this event is dated outside the years 1970–2200 (a mistyped year?)',
    'zh-CN': '此事件的时间不在 1970–2200 年之间（年份是否输错？）',
    'zh-TW': '此事件的時間不在 1970–2200 年之間（年份是否輸錯？）',
  },
  INVALID_UTF8: {
    en: 'this line is not valid UTF-8 text',
    'zh-CN': '这一行不是有效的 UTF-8 文本（请以 UTF-8 保存日志）',
    'zh-TW': '這一行不是有效的 UTF-8 文字（請以 UTF-8 儲存日誌）',
  },
  LINE_TOO_LONG: {
    en: 'this line is longer than any event could be',
    'zh-CN': '这一行过长，不可能是一条事件',
    'zh-TW': '這一行過長，不可能是一條事件',
  },
  EVENT_BEFORE_RECEIPT: {
    en: 'the inquiry has not been received; the event was skipped',
    'zh-CN': '该事项尚未受理，此事件已跳过',
    'zh-TW': '該事項尚未受理，此事件已略過',
  },
  DUPLICATE_RECEIPT: {
    en: 'the inquiry was already received; this second receipt was skipped',
    'zh-CN': '该事项已经受理过，第二次受理已跳过',
    'zh-TW': '該事項已經受理過，第二次受理已略過',
  },
  EVENT_AFTER_CLOSURE: {
    en: 'the inquiry is closed; the event was skipped (reopen it first)',
    'zh-CN': '该事项已办结，此事件已跳过（应先重新受理）',
    'zh-TW': '該事項已辦結，此事件已略過（應先重新受理）',
  },
  REOPEN_OF_OPEN_INQUIRY: {
    en: 'the inquiry is still open; the reopen was skipped',
    'zh-CN': '该事项尚未办结，重新受理已跳过',
    'zh-TW': '該事項尚未辦結，重新受理已略過',
  },
  TIME_WENT_BACKWARDS: {
    en: 'the event is dated before the inquiry’s previous event; it was applied at that earlier instant',
    'zh-CN': '此事件的时间早于该事项的上一条事件，已按上一条事件的时间处理',
    'zh-TW': '此事件的時間早於該事項的上一條事件，已按上一條事件的時間處理',
  },
} as const satisfies Readonly<Record<LogProblemCode, Readonly<Record<Locale, string>>>>;

// utils

/**
 * A log problem's message in a locale: the English message as recorded; in Chinese, the
 * explanation of its code, then (for lines that are not events) the technical detail.
 *
 * @example
 * import { formatLogProblem } from 'first-inquiry/log';
 * formatLogProblem({ code: 'EVENT_BEFORE_RECEIPT', inquiryId: 'INQ-8', message: 'INQ-8 has not been received; …' }, 'zh-CN');
 * // '事项 INQ-8：该事项尚未受理，此事件已跳过'
 *
 * @category i18n
 * @since 0.2.0
 */
export function formatLogProblem(
  problem: { readonly code: LogProblemCode; readonly message: string; readonly inquiryId?: string },
  locale: Locale,
): string {
  if (locale === 'en') return problem.message;
  const text = LOG_PROBLEM_TEXTS[problem.code][locale];
  const line =
    problem.code === 'MALFORMED_JSON' ||
    problem.code === 'UNKNOWN_EVENT_TYPE' ||
    problem.code === 'INVALID_EVENT' ||
    problem.code === 'IMPLAUSIBLE_INSTANT' ||
    problem.code === 'INVALID_UTF8' ||
    problem.code === 'LINE_TOO_LONG';
  if (line) return `${text}（${problem.message}）`;
  return problem.inquiryId === undefined ? text : `${locale === 'zh-CN' ? '事项' : '事項'} ${problem.inquiryId}：${text}`;
}
