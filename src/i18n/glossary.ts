import type { Locale } from './locale';

// model

/**
 * One term of the trade in every locale, with what it means (in English and Simplified Chinese)
 * and where the seed or the rules use it.
 *
 * @category i18n
 * @since 0.2.0
 */
export interface GlossaryEntry {
  readonly en: string;
  readonly 'zh-CN': string;
  readonly 'zh-TW': string;
  /** What the term means, in English. */
  readonly meaning: string;
  /** What the term means, in Simplified Chinese. */
  readonly meaningZh: string;
}

// constants

/**
 * The terms of the trade (行业用语) of 首问责任制, in English, Simplified and Traditional Chinese.
 * Every message catalogue takes its domain words from here (through {@link term}), so one word is
 * spelled one way in every finding, report and doc; `docs/glossary.md` is generated from it.
 *
 * @example
 * import { GLOSSARY } from './glossary';
 * GLOSSARY.responsiblePerson['zh-CN']; // '首问责任人'
 *
 * @category i18n
 * @since 0.2.0
 */
export const GLOSSARY = {
  firstInquirySystem: {
    en: 'first-inquiry responsibility system',
    'zh-CN': '首问责任制',
    'zh-TW': '首問責任制',
    meaning: 'The rule that whoever first receives a call, letter or visit answers for it until it is settled or handed on.',
    meaningZh: '业主来电、来函、来访时，首先接待的员工对该事项负责到底，直至办结或完成交接。',
  },
  inquiry: {
    en: 'inquiry',
    'zh-CN': '事项',
    'zh-TW': '事項',
    meaning: 'Anything a requester brings: a question, request, repair or complaint.',
    meaningZh: '来电、来函、来访所提出的任何事情：咨询、申请、报修、投诉。',
  },
  requester: {
    en: 'requester',
    'zh-CN': '来电来访人',
    'zh-TW': '來電來訪人',
    meaning: 'The owner, resident, tenant or other person who brings the inquiry.',
    meaningZh: '提出事项的业主、住户、租户或其他相关人员。',
  },
  responsiblePerson: {
    en: 'responsible person',
    'zh-CN': '首问责任人',
    'zh-TW': '首問責任人',
    meaning: 'The one staff member answerable for the inquiry right now (FI-01, FI-02).',
    meaningZh: '此刻对该事项负责的唯一一名员工（FI-01、FI-02）。',
  },
  stage: {
    en: 'stage',
    'zh-CN': '环节',
    'zh-TW': '環節',
    meaning: 'One responsible person’s stretch of an inquiry; a handover starts the next stage (FI-09). Reports number stages from 1.',
    meaningZh: '一名首问责任人负责的一段过程；每次交接开始新的环节（FI-09）。报告中环节从1开始编号。',
  },
  receipt: {
    en: 'receipt',
    'zh-CN': '受理',
    'zh-TW': '受理',
    meaning: 'The first receiving of an inquiry, which makes the receiver responsible (FI-01).',
    meaningZh: '首次接待事项，接待人即成为首问责任人（FI-01）。',
  },
  handover: {
    en: 'handover',
    'zh-CN': '交接',
    'zh-TW': '交接',
    meaning: 'A brief, recorded hand-off of what is known to the next handler; responsibility passes with it (FI-07).',
    meaningZh: '将已知情况简要、有记录地交给下一位经办人；责任随之转移（FI-07）。',
  },
  transfer: {
    en: 'hand on',
    'zh-CN': '转办',
    'zh-TW': '轉辦',
    meaning: 'Passing a matter to the competent department or handler (及时转办: promptly, FI-08).',
    meaningZh: '将事项转交有权办理的部门或经办人（及时转办，FI-08）。',
  },
  reassignment: {
    en: 'reassignment',
    'zh-CN': '改派',
    'zh-TW': '改派',
    meaning: 'A leader moving a matter to another handler when the responsible person is away or idle.',
    meaningZh: '首问责任人不在或不作为时，由领导将事项改派给他人。',
  },
  leader: {
    en: 'leader',
    'zh-CN': '相关领导',
    'zh-TW': '相關領導',
    meaning: 'A supervisor who can name an authorised handler or reassign a matter.',
    meaningZh: '可以指定授权经办人或改派事项的主管。',
  },
  escalation: {
    en: 'escalation',
    'zh-CN': '请示领导',
    'zh-TW': '請示領導',
    meaning: 'Asking a leader when the competent handler is not at their post (FI-08); ownership stays where it is.',
    meaningZh: '经办人不在岗时向领导请示（FI-08）；责任仍留在原处。',
  },
  handler: {
    en: 'handler',
    'zh-CN': '经办人',
    'zh-TW': '經辦人',
    meaning: 'The staff member competent to deal with a matter.',
    meaningZh: '有权办理该事项的员工。',
  },
  supervision: {
    en: 'supervision',
    'zh-CN': '督办',
    'zh-TW': '督辦',
    meaning: 'Managers following up, at any time, who holds what, what is overdue and what went wrong (FI-17).',
    meaningZh: '管理人员随时掌握谁在办什么、什么已超时、哪里出了问题（FI-17）。',
  },
  audit: {
    en: 'audit',
    'zh-CN': '督查',
    'zh-TW': '督查',
    meaning: 'Checking an inquiry history against the rules as of an instant; its results are findings.',
    meaningZh: '以某一时点为准，对照规则检查事项记录；结果即为督查发现。',
  },
  finding: {
    en: 'finding',
    'zh-CN': '督查发现',
    'zh-TW': '督查發現',
    meaning: 'Something that went wrong in an inquiry’s history, naming who was accountable at the time (FI-16).',
    meaningZh: '事项记录中出现的问题，并指明当时的责任人（FI-16）。',
  },
  accountable: {
    en: 'accountable',
    'zh-CN': '问责对象',
    'zh-TW': '問責對象',
    meaning: 'Who answers for a finding under the organisation’s accountability model.',
    meaningZh: '按单位的问责方式，对某项督查发现负责的人。',
  },
  timeLimit: {
    en: 'time limit',
    'zh-CN': '规定时限',
    'zh-TW': '規定時限',
    meaning: 'The prescribed time to settle a matter of a category (FI-05).',
    meaningZh: '某类事项应当办结的时间（FI-05）。',
  },
  replyDeadline: {
    en: 'reply deadline',
    'zh-CN': '回复期限',
    'zh-TW': '回覆期限',
    meaning: 'The definite time by which the requester is promised an answer (FI-11).',
    meaningZh: '向来电来访人明确承诺答复的具体期限（FI-11）。',
  },
  followUp: {
    en: 'follow-up',
    'zh-CN': '跟进',
    'zh-TW': '跟進',
    meaning: 'Keeping a promised matter moving until it is done (FI-11).',
    meaningZh: '对已承诺的事项密切跟进，直至办结（FI-11）。',
  },
  forbiddenPhrase: {
    en: 'forbidden phrase',
    'zh-CN': '服务忌语',
    'zh-TW': '服務忌語',
    meaning: 'Words that brush a requester off, such as “我不知道”, “不是我的事”, “不归我管” (FI-10).',
    meaningZh: '简单回绝的用语，如“我不知道”“不是我的事”“不归我管”（FI-10）。',
  },
  oneTimeNotice: {
    en: 'one-time notice',
    'zh-CN': '一次性告知',
    'zh-TW': '一次性告知',
    meaning: 'Telling the requester every missing item and document at once (FI-06).',
    meaningZh: '一次告知所缺的全部事项和材料（FI-06）。',
  },
  contactDetails: {
    en: 'contact details',
    'zh-CN': '联系方式',
    'zh-TW': '聯繫方式',
    meaning: 'How to reach the requester so an answer can follow (FI-09, FI-15).',
    meaningZh: '便于后续答复的来电来访人联系方式（FI-09、FI-15）。',
  },
  liability: {
    en: 'liability',
    'zh-CN': '责任归属',
    'zh-TW': '責任歸屬',
    meaning: 'Whose responsibility the underlying problem is: property company, contractor, developer or natural causes (FI-12).',
    meaningZh: '问题属于谁的责任：物业、装修施工、开发商遗留或自然因素（FI-12）。',
  },
  inaction: {
    en: 'inaction',
    'zh-CN': '不作为',
    'zh-TW': '不作為',
    meaning: 'No recorded act on an open matter for too long (FI-16).',
    meaningZh: '未办结的事项长时间没有任何记录的处理（FI-16）。',
  },
  workingDay: {
    en: 'working day',
    'zh-CN': '工作日',
    'zh-TW': '工作日',
    meaning: 'A day of the organisation’s working calendar (holidays out, make-up working days 调休 in).',
    meaningZh: '单位工作日历上的工作日（节假日除外，调休上班日计入）。',
  },
  overdue: {
    en: 'overdue',
    'zh-CN': '超时',
    'zh-TW': '逾時',
    meaning: 'Not settled within the time limit (FI-05).',
    meaningZh: '未在规定时限内办结（FI-05）。',
  },
} as const satisfies Readonly<Record<string, GlossaryEntry>>;

/**
 * The key of a glossary term.
 *
 * @category i18n
 * @since 0.2.0
 */
export type GlossaryTerm = keyof typeof GLOSSARY;

// utils

/**
 * A term of the trade in a locale.
 *
 * @example
 * import { term } from './glossary';
 * term('stage', 'zh-CN'); // '环节'
 * term('stage', 'en'); // 'stage'
 *
 * @category i18n
 * @since 0.2.0
 */
export function term(key: GlossaryTerm, locale: Locale): string {
  return GLOSSARY[key][locale];
}
