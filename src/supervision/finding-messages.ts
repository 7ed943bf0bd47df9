import type { Finding, FindingCode, FindingParamsByCode } from './finding';
import type { TimeLimit } from '../policy/policy';
import { ACT_NAMES } from '../inquiry/act-names';
import { formatInstant, formatTimeLimit, quoteList } from '../i18n/format';
import { term, type GlossaryTerm } from '../i18n/glossary';
import type { Locale } from '../i18n/locale';

// model

/**
 * What a finding message is worded with: the locale's terms of the trade, and instants, limits
 * and lists formatted for the locale (instants in the audit's zone when one is given).
 *
 * @category i18n
 * @since 0.2.0
 */
export interface MessageTools {
  readonly t: (key: GlossaryTerm) => string;
  readonly at: (iso: string) => string;
  readonly limit: (limit: TimeLimit) => string;
  readonly list: (items: readonly string[]) => string;
  readonly act: (type: keyof typeof ACT_NAMES) => string;
}

type Template<C extends FindingCode> = (p: FindingParamsByCode[C], w: MessageTools) => string;

/**
 * The finding message catalogue: for every {@link FindingCode} and every {@link Locale}, how the
 * message is worded from the finding's parameters. Domain words come from the glossary
 * (`w.t('responsiblePerson')`), never restated here. A test walks every code in every locale.
 *
 * @example
 * import { FINDING_MESSAGES } from './finding-messages';
 * Object.keys(FINDING_MESSAGES.OVERDUE); // ['en', 'zh-CN', 'zh-TW']
 *
 * @category i18n
 * @since 0.2.0
 */
export const FINDING_MESSAGES: { readonly [C in FindingCode]: Readonly<Record<Locale, Template<C>>> } = {
  OVERDUE: {
    en: (p, w) =>
      `${p.inquiryId} (${p.category}) was not settled within ${w.limit(p.limit)} of its ${p.from === 'receipt' ? 'receipt' : 'reopening'} at ${w.at(p.startedAt)}${p.waits === undefined || p.waits.length === 0 ? '' : ` (not counting the wait for the requester's missing materials, ${p.waits.map((x) => `${w.at(x.from)} to ${w.at(x.to)}`).join(', ')})`}; ${p.holder} held it when the limit ran out.`,
    'zh-CN': (p, w) =>
      `事项${p.inquiryId}（${p.category}）自${w.at(p.startedAt)}${p.from === 'receipt' ? w.t('receipt') : '重新受理'}起，超过${w.t('timeLimit')}（${w.limit(p.limit)}）仍未办结${p.waits === undefined || p.waits.length === 0 ? '' : `（已扣除等待${w.t('requester')}补齐材料的时间：${p.waits.map((x) => `${w.at(x.from)}至${w.at(x.to)}`).join('、')}）`}；时限届满时的${w.t('responsiblePerson')}是${p.holder}。`,
    'zh-TW': (p, w) =>
      `事項${p.inquiryId}（${p.category}）自${w.at(p.startedAt)}${p.from === 'receipt' ? w.t('receipt') : '重新受理'}起，超過${w.t('timeLimit')}（${w.limit(p.limit)}）仍未辦結${p.waits === undefined || p.waits.length === 0 ? '' : `（已扣除等待${w.t('requester')}補齊材料的時間：${p.waits.map((x) => `${w.at(x.from)}至${w.at(x.to)}`).join('、')}）`}；時限屆滿時的${w.t('responsiblePerson')}是${p.holder}。`,
  },
  NOTICE_NOT_ONE_TIME: {
    en: (p, w) =>
      `${p.actor} sent ${p.inquiryId}'s requester a further notice asking for ${w.list(p.items)}, not in any earlier notice: everything missing must be told at once (一次性告知).`,
    'zh-CN': (p, w) =>
      `${p.actor}就事项${p.inquiryId}再次通知${w.t('requester')}补交${w.list(p.items)}，这些在此前的通知中都没有提到：所缺材料应当${w.t('oneTimeNotice')}。`,
    'zh-TW': (p, w) =>
      `${p.actor}就事項${p.inquiryId}再次通知${w.t('requester')}補交${w.list(p.items)}，這些在此前的通知中都沒有提到：所缺材料應當${w.t('oneTimeNotice')}。`,
  },
  SLOW_HAND_ON_AFTER_ESCALATION: {
    en: (p, w) =>
      `${p.absentHandler === undefined ? 'The handler was absent' : `${p.absentHandler} was absent`} and ${p.leader} was asked, but ${p.holder} did not hand ${p.inquiryId} on within ${w.limit(p.limit)}${p.named ? '' : ' (no handler was named)'}.`,
    'zh-CN': (p, w) =>
      `${p.absentHandler === undefined ? w.t('handler') : `${w.t('handler')}${p.absentHandler}`}不在岗，已${w.t('escalation')}（${p.leader}），但${p.holder}未在${w.limit(p.limit)}内将事项${p.inquiryId}${w.t('transfer')}${p.named ? '' : '（领导尚未指定经办人）'}。`,
    'zh-TW': (p, w) =>
      `${p.absentHandler === undefined ? w.t('handler') : `${w.t('handler')}${p.absentHandler}`}不在崗，已${w.t('escalation')}（${p.leader}），但${p.holder}未在${w.limit(p.limit)}內將事項${p.inquiryId}${w.t('transfer')}${p.named ? '' : '（領導尚未指定經辦人）'}。`,
  },
  SLOW_HAND_ON_AFTER_NAMING: {
    en: (p, w) =>
      `${p.leader} named ${p.handler} to handle ${p.inquiryId}, but ${p.holder} did not hand it over within ${w.limit(p.limit)} (及时转办).`,
    'zh-CN': (p, w) =>
      `${p.leader}已指定${p.handler}办理事项${p.inquiryId}，但${p.holder}未在${w.limit(p.limit)}内完成${w.t('handover')}，未做到及时${w.t('transfer')}。`,
    'zh-TW': (p, w) =>
      `${p.leader}已指定${p.handler}辦理事項${p.inquiryId}，但${p.holder}未在${w.limit(p.limit)}內完成${w.t('handover')}，未做到及時${w.t('transfer')}。`,
  },
  PROMISE_MISSED: {
    en: (p, w) =>
      `The reply promised to the requester of ${p.inquiryId} by ${w.at(p.deadline)} was not given (no reply, new promise or closure by then); ${p.holder} held it.`,
    'zh-CN': (p, w) =>
      `事项${p.inquiryId}承诺在${w.at(p.deadline)}前答复${w.t('requester')}，到期既未答复、未重新承诺，也未办结；当时的${w.t('responsiblePerson')}是${p.holder}。`,
    'zh-TW': (p, w) =>
      `事項${p.inquiryId}承諾在${w.at(p.deadline)}前答覆${w.t('requester')}，到期既未答覆、未重新承諾，也未辦結；當時的${w.t('responsiblePerson')}是${p.holder}。`,
  },
  NO_FOLLOW_UP: {
    en: (p, w) => `${p.inquiryId} was promised for later but went ${w.limit(p.limit)} without follow-up; ${p.holder} held it.`,
    'zh-CN': (p, w) =>
      `事项${p.inquiryId}已承诺稍后答复，但${w.limit(p.limit)}没有任何${w.t('followUp')}；当时的${w.t('responsiblePerson')}是${p.holder}。`,
    'zh-TW': (p, w) =>
      `事項${p.inquiryId}已承諾稍後答覆，但${w.limit(p.limit)}沒有任何${w.t('followUp')}；當時的${w.t('responsiblePerson')}是${p.holder}。`,
  },
  PROMISE_WITHOUT_DEADLINE: {
    en: (p, w) =>
      `${p.actor} promised the requester of ${p.inquiryId} a reply without a definite deadline after the promise (deadline given: ${w.at(p.deadline)}).`,
    'zh-CN': (p, w) =>
      `${p.actor}向事项${p.inquiryId}的${w.t('requester')}承诺答复，却没有给出承诺之后的明确${w.t('replyDeadline')}（所给期限：${w.at(p.deadline)}）。`,
    'zh-TW': (p, w) =>
      `${p.actor}向事項${p.inquiryId}的${w.t('requester')}承諾答覆，卻沒有給出承諾之後的明確${w.t('replyDeadline')}（所給期限：${w.at(p.deadline)}）。`,
  },
  PROMISE_BY_NON_RESPONSIBLE: {
    en: (p) => `${p.actor} promised the requester of ${p.inquiryId} a reply while ${p.holder} was its responsible person.`,
    'zh-CN': (p, w) =>
      `${p.actor}向事项${p.inquiryId}的${w.t('requester')}作出答复承诺，但当时的${w.t('responsiblePerson')}是${p.holder}。`,
    'zh-TW': (p, w) =>
      `${p.actor}向事項${p.inquiryId}的${w.t('requester')}作出答覆承諾，但當時的${w.t('responsiblePerson')}是${p.holder}。`,
  },
  INACTION: {
    en: (p, w) => `Nothing was recorded on ${p.inquiryId} for ${w.limit(p.limit)}; ${p.holder} held it.`,
    'zh-CN': (p, w) =>
      `事项${p.inquiryId}已有${w.limit(p.limit)}没有任何处理记录（${w.t('inaction')}）；当时的${w.t('responsiblePerson')}是${p.holder}。`,
    'zh-TW': (p, w) =>
      `事項${p.inquiryId}已有${w.limit(p.limit)}沒有任何處理記錄（${w.t('inaction')}）；當時的${w.t('responsiblePerson')}是${p.holder}。`,
  },
  ACT_WITHOUT_RESPONSIBILITY: {
    en: (p, w) => `${p.actor} acted on ${p.inquiryId} (${w.act(p.act)}) while ${p.holder} was its responsible person.`,
    'zh-CN': (p, w) => `${p.actor}对事项${p.inquiryId}进行了处理（${w.act(p.act)}），但当时的${w.t('responsiblePerson')}是${p.holder}。`,
    'zh-TW': (p, w) => `${p.actor}對事項${p.inquiryId}進行了處理（${w.act(p.act)}），但當時的${w.t('responsiblePerson')}是${p.holder}。`,
  },
};

// utils

/**
 * The wording tools of a locale (and, for instants, a time zone).
 *
 * @example
 * import { messageTools } from './finding-messages'; // internal to the library
 * messageTools('zh-CN').t('stage'); // '环节'
 *
 * @category i18n
 * @since 0.2.0
 */
export function messageTools(locale: Locale, zone?: string): MessageTools {
  return {
    t: (key) => term(key, locale),
    at: (iso) => formatInstant(iso, locale, zone),
    limit: (limit) => formatTimeLimit(limit, locale),
    list: (items) => quoteList(items, locale),
    act: (type) => ACT_NAMES[type][locale],
  };
}

/**
 * Renders a finding's parameters as one message for a code in a locale.
 *
 * @example
 * import { renderFindingMessage } from './finding-messages';
 * renderFindingMessage('INACTION', { inquiryId: 'INQ-7', limit: { amount: 2, unit: 'working-days' }, holder: '李娜' }, 'zh-CN');
 * // '事项INQ-7已有2个工作日没有任何处理记录（不作为）；当时的首问责任人是李娜。'
 *
 * @category i18n
 * @since 0.2.0
 */
export function renderFindingMessage<C extends FindingCode>(
  code: C,
  params: FindingParamsByCode[C],
  locale: Locale,
  zone?: string,
): string {
  const template = FINDING_MESSAGES[code][locale] as Template<C>;
  return template(params, messageTools(locale, zone));
}

/**
 * A finding's message in a locale, rendered from its `code` and `params` (instants in `zone` when
 * given, e.g. the audit calendar's). Codes, rule IDs and recorded names are the same in every
 * locale. A finding built without `params` keeps its `message` as it is.
 *
 * @example
 * import { formatFinding, type Finding } from 'first-inquiry/supervision';
 * const li = { id: 's-102', name: '李娜', department: 'engineering' };
 * const finding: Finding = {
 *   rule: 'FI-16', code: 'INACTION', inquiryId: 'INQ-7', stage: 1, holder: li, accountable: li,
 *   arisenAt: '2026-05-07T09:30:00+08:00', settled: false,
 *   params: { inquiryId: 'INQ-7', limit: { amount: 3, unit: 'working-days' }, holder: '李娜' },
 *   message: 'Nothing was recorded on INQ-7 for 3 working days; 李娜 held it.',
 * };
 * formatFinding(finding, 'zh-CN'); // '事项INQ-7已有3个工作日没有任何处理记录（不作为）；当时的首问责任人是李娜。'
 *
 * @category i18n
 * @since 0.2.0
 */
export function formatFinding(finding: Finding, locale: Locale, zone?: string): string {
  if (finding.params === undefined) return finding.message;
  return renderFindingMessage(finding.code, finding.params as never, locale, zone);
}
