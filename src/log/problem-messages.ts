import type { AuditProblem } from '../supervision/finding';
import type { LineDetail, LineProblemCode } from './line';
import { formatDecodeProblem } from '../i18n/decode-problems';
import type { Locale } from '../i18n/locale';
import { quoteList } from '../i18n/format';
import type { ViolationParams } from '../inquiry/violations';
import type { RecordProblemCode } from './problem';
import type { AsOfProblemCode } from './audit-log';

// model

/**
 * The codes of problems found in an event log that are not refusals of a command: a line that is
 * not an event, an event the record does not allow where it stands, or an event that does not hold
 * what `decide` copies into it from the inquiry's state ({@link RecordProblemCode}).
 *
 * @category i18n
 * @since 0.2.0
 */
export type LogProblemCode = LineProblemCode | AuditProblem['code'] | RecordProblemCode | AsOfProblemCode;

// constants

/**
 * What each log problem code means, in every locale. The English `message` of a problem keeps the
 * technical detail (the JSON parser's words, the fields the decoder named); a Chinese report shows
 * this explanation first, then the detail worded from the problem's data (`detail`) when it has
 * some, else as the English says it.
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
  TIME_JUMPED_AHEAD: {
    en: 'the event is dated more than a year after every earlier event (a mistyped year?); it was applied, and the audit is as of the latest event unless an as-of is given',
    'zh-CN':
      '此事件的时间比此前所有事件晚一年以上（年份是否输错？）；此事件已按原样处理，未另行指定督查时点时，督查时点取日志中最晚的事件时间',
    'zh-TW':
      '此事件的時間比此前所有事件晚一年以上（年份是否輸錯？）；此事件已按原樣處理，未另行指定督查時點時，督查時點取日誌中最晚的事件時間',
  },
  HANDOVER_INTENT_MISMATCH: {
    en: 'the handover does not carry the intent on record',
    'zh-CN': '交接所带的诉求与在案的诉求不符',
    'zh-TW': '交接所帶的訴求與在案的訴求不符',
  },
  MATERIALS_ITEMS_MISMATCH: {
    en: 'the materials received are not the items that were outstanding',
    'zh-CN': '所记补齐的材料与待补的材料不符',
    'zh-TW': '所記補齊的材料與待補的材料不符',
  },
} as const satisfies Readonly<Record<LogProblemCode, Readonly<Record<Locale, string>>>>;

// utils

/**
 * A log problem's message in a locale: the English message as recorded; in Chinese, the
 * explanation of its code, then, for a line that is not an event, what is wrong with it: worded
 * from its {@link LineDetail} (each field, why and what it held; where the JSON parser stopped)
 * when it has one, else the English detail.
 *
 * @example
 * import { formatLogProblem } from 'first-inquiry/log';
 * formatLogProblem({ code: 'EVENT_BEFORE_RECEIPT', inquiryId: 'INQ-8', message: 'INQ-8 has not been received; …' }, 'zh-CN');
 * // '事项 INQ-8：该事项尚未受理，此事件已跳过'
 * formatLogProblem({ code: 'INVALID_EVENT', message: 'InquiryResolved is malformed: …', detail: { eventType: 'InquiryResolved', fields: [{ path: 'data.summary', reason: 'MISSING' }] } }, 'zh-CN');
 * // '这条事件缺少字段或字段有误（InquiryResolved：data.summary: 必须填写（缺少此字段））'
 *
 * @category i18n
 * @since 0.2.0
 */
export function formatLogProblem(
  problem: { readonly code: LogProblemCode; readonly message: string; readonly inquiryId?: string; readonly detail?: LineDetail },
  locale: Locale,
): string {
  if (locale === 'en') return problem.message;
  const text = LOG_PROBLEM_TEXTS[problem.code][locale];
  const { detail } = problem;
  // What is wrong with the line, from its data, in the reader's language (paths and values as they are).
  if (detail?.fields !== undefined && detail.fields.length > 0) {
    // An implausible instant: the explanation already says why; the field and its value say where.
    const fields = detail.fields
      .map((f) => (problem.code === 'IMPLAUSIBLE_INSTANT' ? `${f.path} = ${f.got ?? ''}` : formatDecodeProblem(f, locale)))
      .join('；');
    return `${text}（${detail.eventType === undefined ? '' : `${detail.eventType}：`}${fields}）`;
  }
  if (problem.code === 'MALFORMED_JSON')
    return detail?.column === undefined
      ? text
      : `${text}（${locale === 'zh-CN' ? `解析停在第 ${detail.column} 个字符` : `解析停在第 ${detail.column} 個字元`}）`;
  const line =
    problem.code === 'UNKNOWN_EVENT_TYPE' ||
    problem.code === 'INVALID_EVENT' ||
    problem.code === 'IMPLAUSIBLE_INSTANT' ||
    problem.code === 'INVALID_UTF8' ||
    problem.code === 'LINE_TOO_LONG';
  if (line) return `${text}（${problem.message}）`;
  return problem.inquiryId === undefined ? text : `${locale === 'zh-CN' ? '事项' : '事項'} ${problem.inquiryId}：${text}`;
}

/**
 * What a recorded event that is not what `decide` would have recorded ({@link RecordProblemCode})
 * is told in each locale: what the event holds, what the record held, and what to do. `{name}` is a
 * parameter: a recorded text (`recorded`, `onRecord`) or a JSON list of recorded texts
 * (`recordedItems`, `outstanding`), each quoted the locale's way; `{difference}` is made from the
 * lists ({@link RECORD_PROBLEM_DIFFERENCE}).
 *
 * @example
 * import { RECORD_PROBLEM_TEXTS } from './problem-messages'; // internal to the library
 * RECORD_PROBLEM_TEXTS.HANDOVER_INTENT_MISMATCH.en.startsWith('It carries the intent'); // true
 *
 * @internal
 */
export const RECORD_PROBLEM_TEXTS = {
  HANDOVER_INTENT_MISMATCH: {
    en:
      'It carries the intent {recorded}, but the intent on record is {onRecord}: a handover carries the recorded intent on as it stands. ' +
      'If the requester’s intent changed, the log lacks its clarification (ClarifyInquiry) before this line; if not, this line should carry {onRecord}.',
    'zh-CN':
      '此次交接所带的诉求为{recorded}，而在案的诉求为{onRecord}：交接应照原样带上在案的诉求。' +
      '如来电来访人的诉求有变，日志在此行之前缺少明确诉求的记录（ClarifyInquiry）；如没有变，此行应带上{onRecord}。',
    'zh-TW':
      '此次交接所帶的訴求為{recorded}，而在案的訴求為{onRecord}：交接應照原樣帶上在案的訴求。' +
      '如來電來訪人的訴求有變，日誌在此行之前缺少明確訴求的記錄（ClarifyInquiry）；如沒有變，此行應帶上{onRecord}。',
  },
  MATERIALS_ITEMS_MISMATCH: {
    en:
      'It lists {recordedItems}, but the items outstanding were {outstanding}{difference}. A record of materials received says that everything asked for has arrived, and the time limit counts on from it: find out what the requester brought. ' +
      'An item no notice on record asks for needs its notice (NotifyMissingMaterials) before this line; while an outstanding item has not arrived, the paperwork is not complete; otherwise this line should list {outstanding}.',
    'zh-CN':
      '此行所记补齐的材料为{recordedItems}，而待补的材料为{outstanding}{difference}。材料补齐的记录表明所缺材料已经全部交齐，规定时限自此继续计算：请核实来电来访人实际交来的材料。' +
      '已记录的告知中都没有提到的材料，此行之前应有相应的告知（NotifyMissingMaterials）；仍有待补的材料未交时，材料尚未补齐；否则此行应列明{outstanding}。',
    'zh-TW':
      '此行所記補齊的材料為{recordedItems}，而待補的材料為{outstanding}{difference}。材料補齊的記錄表明所缺材料已經全部交齊，規定時限自此繼續計算：請核實來電來訪人實際交來的材料。' +
      '已記錄的告知中都沒有提到的材料，此行之前應有相應的告知（NotifyMissingMaterials）；仍有待補的材料未交時，材料尚未補齊；否則此行應列明{outstanding}。',
  },
} as const satisfies Readonly<Record<RecordProblemCode, Readonly<Record<Locale, string>>>>;

/**
 * The words of `{difference}` in {@link RECORD_PROBLEM_TEXTS}: the items listed but not outstanding
 * (`notOutstanding`) and the items outstanding but not listed (`notListed`), each part said only
 * when it has items, in brackets, parts joined by `separator`; `none` is an empty list.
 *
 * @example
 * import { RECORD_PROBLEM_DIFFERENCE } from './problem-messages'; // internal to the library
 * RECORD_PROBLEM_DIFFERENCE['zh-CN'].notListed; // '待补却未列入：{items}'
 *
 * @internal
 */
export const RECORD_PROBLEM_DIFFERENCE = {
  en: {
    notOutstanding: 'not outstanding: {items}',
    notListed: 'outstanding but not listed: {items}',
    open: ' (',
    separator: '; ',
    close: ')',
    none: 'no items',
    more: '… ({count} in all)',
  },
  'zh-CN': {
    notOutstanding: '不在待补之列：{items}',
    notListed: '待补却未列入：{items}',
    open: '（',
    separator: '；',
    close: '）',
    none: '空',
    more: '等 {count} 项',
  },
  'zh-TW': {
    notOutstanding: '不在待補之列：{items}',
    notListed: '待補卻未列入：{items}',
    open: '（',
    separator: '；',
    close: '）',
    none: '空',
    more: '等 {count} 項',
  },
} as const satisfies Readonly<Record<Locale, Readonly<Record<string, string>>>>;

// At most this many items of a list are quoted in a message; the rest are counted.
const LISTED_ITEMS = 6;

/**
 * The message of a {@link RecordProblemCode} in a locale, from its parameters (see
 * {@link RECORD_PROBLEM_TEXTS}); a parameter that is missing shows as nothing recorded.
 *
 * @example
 * import { recordProblemMessage } from './problem-messages'; // internal to the library
 * recordProblemMessage('HANDOVER_INTENT_MISMATCH', { recorded: 'A new kitchen', onRecord: 'Leak in 1202' }, 'zh-CN');
 * // '此次交接所带的诉求为“A new kitchen”，而在案的诉求为“Leak in 1202”：…'
 *
 * @internal
 */
export function recordProblemMessage(code: RecordProblemCode, params: ViolationParams, locale: Locale): string {
  const words = RECORD_PROBLEM_DIFFERENCE[locale];
  const list = (name: string): string => quotedItems(listParam(params[name]), locale);
  const part = (name: 'notOutstanding' | 'notListed'): string[] =>
    listParam(params[name]).length === 0 ? [] : [words[name].replace('{items}', () => list(name))];
  const parts = [...part('notOutstanding'), ...part('notListed')];
  const difference = parts.length === 0 ? '' : `${words.open}${parts.join(words.separator)}${words.close}`;
  return RECORD_PROBLEM_TEXTS[code][locale].replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'difference') return difference;
    if (name === 'recordedItems' || name === 'outstanding') return list(name);
    return quoteList([params[name] ?? ''], locale);
  });
}

function quotedItems(items: readonly string[], locale: Locale): string {
  const words = RECORD_PROBLEM_DIFFERENCE[locale];
  if (items.length === 0) return words.none;
  if (items.length <= LISTED_ITEMS) return quoteList(items, locale);
  const shown = quoteList(items.slice(0, LISTED_ITEMS), locale);
  return `${shown}${locale === 'en' ? ', ' : ''}${words.more.replace('{count}', String(items.length))}`;
}

// A list parameter is a JSON array of strings; anything else is read as no items.
function listParam(value: string | undefined): readonly string[] {
  if (value === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
