import { term } from './glossary';
import type { Locale } from './locale';
import { PLAUSIBLE_YEARS } from '../primitives/years';
import { describeProblem, type DecodeProblem, type DecodeReason } from '../primitives/reasons';

// One wording of the codecs' refusals per locale, for whoever shows them: the CLI's policy
// problems and the log's INVALID_EVENT problems alike.

const YEARS = `${PLAUSIBLE_YEARS.from}–${PLAUSIBLE_YEARS.to}`;

/**
 * Why a value is refused (a policy field, an event's field), in each locale (the English is the
 * codec's own, from `DECODE_REASONS`). A typed record: a new reason without its translation does not compile.
 */
const REASONS: {
  readonly [R in DecodeReason]: { readonly 'zh-CN': (p: DecodeProblem) => string; readonly 'zh-TW': (p: DecodeProblem) => string };
} = {
  MISSING: { 'zh-CN': () => '必须填写（缺少此字段）', 'zh-TW': () => '必須填寫（缺少此欄位）' },
  ID: { 'zh-CN': () => '必须是编号（文字）', 'zh-TW': () => '必須是編號（文字）' },
  ID_BLANK: {
    'zh-CN': () => '必须是可用的编号：它什么也不显示（为空，或只有空白、不可见字符）',
    'zh-TW': () => '必須是可用的編號：它什麼也不顯示（為空，或只有空白、不可見字元）',
  },
  INSTANT_PLAUSIBLE: {
    'zh-CN': () => `必须是 ${YEARS} 年之间的时间（年份是否输错？）`,
    'zh-TW': () => `必須是 ${YEARS} 年之間的時間（年份是否輸錯？）`,
  },
  ONE_OF: {
    'zh-CN': (p) => `必须是以下之一：${(p.params?.known ?? '').split(', ').join('、')}`,
    'zh-TW': (p) => `必須是以下之一：${(p.params?.known ?? '').split(', ').join('、')}`,
  },
  EVENT_TYPE: {
    'zh-CN': (p) => `必须是以下事件类型之一：${(p.params?.known ?? '').split(', ').join('、')}`,
    'zh-TW': (p) => `必須是以下事件類型之一：${(p.params?.known ?? '').split(', ').join('、')}`,
  },
  NON_BLANK: { 'zh-CN': () => '必须是非空的文字', 'zh-TW': () => '必須是非空的文字' },
  INSTANT: {
    'zh-CN': () => '必须是带时区的 ISO-8601 日期时间，例如 2026-05-04T09:30:00+08:00',
    'zh-TW': () => '必須是帶時區的 ISO-8601 日期時間，例如 2026-05-04T09:30:00+08:00',
  },
  POSITIVE_NUMBER: { 'zh-CN': () => '必须是大于 0 的数', 'zh-TW': () => '必須是大於 0 的數' },
  FRACTION: { 'zh-CN': () => '必须是 0 和 1 之间的小数，例如 0.8', 'zh-TW': () => '必須是 0 和 1 之間的小數，例如 0.8' },
  HOLIDAY_LIST: {
    'zh-CN': () => '必须是日期 YYYY-MM-DD 的列表，或 "cn"（中国大陆法定节假日和调休上班日）',
    'zh-TW': () => '必須是日期 YYYY-MM-DD 的列表，或 "cn"（中國大陸法定節假日和調休上班日）',
  },
  DATE_EXISTS: { 'zh-CN': () => '必须是存在的日期 YYYY-MM-DD', 'zh-TW': () => '必須是存在的日期 YYYY-MM-DD' },
  DATE_EXISTS_OR_CN: { 'zh-CN': () => '必须是存在的日期 YYYY-MM-DD，或 "cn"', 'zh-TW': () => '必須是存在的日期 YYYY-MM-DD，或 "cn"' },
  DATE_PLAUSIBLE: {
    'zh-CN': () => `必须是 ${YEARS} 年之间的日期（年份是否输错？）`,
    'zh-TW': () => `必須是 ${YEARS} 年之間的日期（年份是否輸錯？）`,
  },
  DATE_PLAUSIBLE_OR_CN: {
    'zh-CN': () => `必须是 ${YEARS} 年之间的日期（年份是否输错？），或 "cn"`,
    'zh-TW': () => `必須是 ${YEARS} 年之間的日期（年份是否輸錯？），或 "cn"`,
  },
  TIME_OF_DAY: {
    'zh-CN': () => '必须是时刻 HH:mm，例如 09:00（24:00 表示一天结束）',
    'zh-TW': () => '必須是時刻 HH:mm，例如 09:00（24:00 表示一天結束）',
  },
  ZONE: { 'zh-CN': () => '必须是 IANA 时区，例如 Asia/Shanghai', 'zh-TW': () => '必須是 IANA 時區，例如 Asia/Shanghai' },
  WEEKDAY: { 'zh-CN': () => '必须是星期几的数字：1（星期一）… 7（星期日）', 'zh-TW': () => '必須是星期幾的數字：1（星期一）… 7（星期日）' },
  NO_WEEKDAY: {
    'zh-CN': () => `至少要有一个${term('workingDay', 'zh-CN')}，否则永远没有工作时间`,
    'zh-TW': () => `至少要有一個${term('workingDay', 'zh-TW')}，否則永遠沒有工作時間`,
  },
  NO_PERIOD: { 'zh-CN': () => '至少要有一个工作时段', 'zh-TW': () => '至少要有一個工作時段' },
  PERIOD_BACKWARDS: { 'zh-CN': () => '结束时间必须晚于开始时间（from < to）', 'zh-TW': () => '結束時間必須晚於開始時間（from < to）' },
  PERIODS_OVERLAP: {
    'zh-CN': () => '必须在上一个时段结束之后开始（按顺序，不重叠）',
    'zh-TW': () => '必須在上一個時段結束之後開始（按順序，不重疊）',
  },
  REQUIRED_FOR_NEW_CATEGORY: { 'zh-CN': () => '新增类别必须填写此项', 'zh-TW': () => '新增類別必須填寫此項' },
  POLICY: { 'zh-CN': () => '必须是由政策字段组成的 JSON 对象', 'zh-TW': () => '必須是由政策欄位組成的 JSON 物件' },
  TEXT: { 'zh-CN': () => '必须是文字', 'zh-TW': () => '必須是文字' },
  TEXT_LIST: { 'zh-CN': () => '必须是文字的列表', 'zh-TW': () => '必須是文字的列表' },
  PHRASE_NO_LETTERS: {
    'zh-CN': () => `其中没有可供匹配的字母或数字：${term('forbiddenPhrase', 'zh-CN')}只按字母和数字匹配，这一条永远匹配不到`,
    'zh-TW': () => `其中沒有可供比對的字母或數字：${term('forbiddenPhrase', 'zh-TW')}只按字母和數字比對，這一條永遠比對不到`,
  },
  BOOLEAN: { 'zh-CN': () => '必须是 true 或 false', 'zh-TW': () => '必須是 true 或 false' },
  CATEGORIES: { 'zh-CN': () => '必须是按类别编号列出类别设置的对象', 'zh-TW': () => '必須是按類別編號列出類別設定的物件' },
  CATEGORY: { 'zh-CN': () => '必须是由该类别的设置组成的对象', 'zh-TW': () => '必須是由該類別的設定組成的物件' },
  TIME_LIMIT: {
    'zh-CN': () => `必须是${term('timeLimit', 'zh-CN')}，例如 {"amount": 2, "unit": "working-days"}`,
    'zh-TW': () => `必須是${term('timeLimit', 'zh-TW')}，例如 {"amount": 2, "unit": "working-days"}`,
  },
  TIME_UNIT: {
    'zh-CN': () => '必须是 "hours"（自然小时）、"working-hours"（工作小时）或 "working-days"（工作日）',
    'zh-TW': () => '必須是 "hours"（自然小時）、"working-hours"（工作小時）或 "working-days"（工作日）',
  },
  ACCOUNTABILITY: {
    'zh-CN': () => '必须是 "handover-discharges"（交接后首问责任解除）或 "first-responder-retains"（首问责任人始终负责）',
    'zh-TW': () => '必須是 "handover-discharges"（交接後首問責任解除）或 "first-responder-retains"（首問責任人始終負責）',
  },
  CALENDAR: { 'zh-CN': () => '必须是由工作日历设置组成的对象', 'zh-TW': () => '必須是由工作日曆設定組成的物件' },
  WEEKDAY_LIST: {
    'zh-CN': () => '必须是星期几数字的列表：1（星期一）… 7（星期日）',
    'zh-TW': () => '必須是星期幾數字的列表：1（星期一）… 7（星期日）',
  },
  PERIOD_LIST: {
    'zh-CN': () => '必须是工作时段的列表，例如 [{"from": "09:00", "to": "18:00"}]',
    'zh-TW': () => '必須是工作時段的列表，例如 [{"from": "09:00", "to": "18:00"}]',
  },
  PERIOD: {
    'zh-CN': () => '必须是工作时段，例如 {"from": "09:00", "to": "18:00"}',
    'zh-TW': () => '必須是工作時段，例如 {"from": "09:00", "to": "18:00"}',
  },
  DATE_LIST: { 'zh-CN': () => '必须是日期 YYYY-MM-DD 的列表', 'zh-TW': () => '必須是日期 YYYY-MM-DD 的列表' },
  EXPECTED: { 'zh-CN': (p) => `类型应为 ${p.params?.type ?? ''}`, 'zh-TW': (p) => `型別應為 ${p.params?.type ?? ''}` },
  NOT_POLICY_FIELD: {
    'zh-CN': (p) => `不是政策文件的字段（可用字段：${p.params?.known ?? ''}）`,
    'zh-TW': (p) => `不是政策檔案的欄位（可用欄位：${p.params?.known ?? ''}）`,
  },
  NOT_CATEGORY_FIELD: {
    'zh-CN': (p) => `不是类别的字段（可用字段：${p.params?.known ?? ''}）`,
    'zh-TW': (p) => `不是類別的欄位（可用欄位：${p.params?.known ?? ''}）`,
  },
  NOT_CALENDAR_FIELD: {
    'zh-CN': (p) => `不是工作日历的字段（可用字段：${p.params?.known ?? ''}）`,
    'zh-TW': (p) => `不是工作日曆的欄位（可用欄位：${p.params?.known ?? ''}）`,
  },
  OTHER: { 'zh-CN': (p) => p.params?.text ?? '', 'zh-TW': (p) => p.params?.text ?? '' },
};

const GOT = {
  'zh-CN': { got: (v: string) => `（实际为 ${v}）`, nothing: '（未填写）' },
  'zh-TW': { got: (v: string) => `（實際為 ${v}）`, nothing: '（未填寫）' },
} as const;

// utils

/**
 * A refused value in a locale: the field path and the value as they are, the reason in the
 * reader's language (English: exactly `describeProblem`). Recorded text is shown as given: a
 * caller printing to a terminal or a page makes it safe there.
 *
 * @example
 * import { formatDecodeProblem } from './decode-problems'; // internal to the library
 * formatDecodeProblem({ path: 'atRiskFraction', reason: 'FRACTION', got: '2' }, 'zh-CN');
 * // 'atRiskFraction: 必须是 0 和 1 之间的小数，例如 0.8（实际为 2）'
 *
 * @internal
 */
export function formatDecodeProblem(problem: DecodeProblem, locale: Locale): string {
  if (locale === 'en') return describeProblem(problem);
  const got = problem.got === undefined ? '' : problem.got === null ? GOT[locale].nothing : GOT[locale].got(problem.got);
  return `${problem.path === '' ? '' : `${problem.path}: `}${REASONS[problem.reason][locale](problem)}${got}`;
}
