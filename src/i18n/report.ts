import type { Locale } from './locale';

// model

/**
 * The fixed words of the audit and check reports in one locale (headings, labels, counts); the
 * domain words come from the glossary where they are terms of the trade.
 *
 * @category i18n
 * @since 0.2.0
 */
export interface ReportTexts {
  readonly title: string;
  readonly summary: (s: {
    readonly asOf: string;
    readonly events: number;
    readonly after: number;
    readonly inquiries: number;
    readonly findings: number;
    readonly problems: number;
  }) => string;
  readonly findings: (n: number) => string;
  readonly findingsOldestFirst: string;
  readonly noFindings: string;
  readonly accountable: string;
  readonly arisen: string;
  readonly stillOpen: string;
  readonly problems: (n: number) => string;
  readonly holdingsHeading: (n: number) => string;
  readonly deadlinesHeading: (overdue: number, atRisk: number) => string;
  readonly overdue: string;
  readonly atRisk: string;
  readonly due: string;
  readonly used: string;
  readonly heldBy: string;
  readonly since: string;
  readonly peopleHeading: string;
  readonly peopleLine: (stages: number, open: number, findings: number) => string;
  readonly columns: {
    readonly inquiry: string;
    readonly stage: string;
    readonly finding: string;
    readonly accountable: string;
    readonly arisen: string;
    readonly message: string;
    readonly holder: string;
    readonly category: string;
    readonly since: string;
    readonly state: string;
    readonly due: string;
    readonly used: string;
    readonly person: string;
    readonly department: string;
    readonly stagesHeld: string;
    readonly holdingNow: string;
    readonly findings: string;
    readonly byRule: string;
    readonly rule: string;
    readonly status: string;
  };
  readonly log: string;
  readonly inquiriesHeading: string;
  readonly quietInquiries: (n: number) => string;
  /** Under the HTML report's limit: how many inquiries' timelines are not on the page. */
  readonly timelinesLeftOut: (withFindings: number, withoutFindings: number) => string;
  readonly problemsInLog: string;
  readonly nothingOpen: string;
  readonly nothingAtRisk: string;
  readonly holdsItNow: string;
  readonly findingCount: (n: number) => string;
  readonly status: Readonly<Record<'open' | 'resolved' | 'declined', string>>;
  readonly started: Readonly<Record<'received' | 'handover' | 'reassignment' | 'reopened', string>>;
  readonly ended: Readonly<Record<'handover' | 'reassignment' | 'resolved' | 'declined', string>>;
  readonly movedBy: string;
  readonly escalatedTo: string;
  readonly notAtPost: string;
  readonly noHandlerNamed: string;
  readonly named: string;
  readonly at: string;
  readonly checkSummary: (events: number, inquiries: number, problems: number) => string;
}

const en: ReportTexts = {
  title: 'First-inquiry audit',
  summary: (s) =>
    `Audit as of ${s.asOf}: ${s.events} events${s.after === 0 ? '' : ` (${s.after} dated after it left out)`}, ${s.inquiries} inquiries, ${s.findings} findings, ${s.problems} problems`,
  findings: (n) => `Findings (${n})`,
  findingsOldestFirst: 'Findings, oldest first',
  noFindings: 'No findings.',
  accountable: 'accountable',
  arisen: 'arisen',
  stillOpen: 'still open',
  problems: (n) => `Problems (${n})`,
  holdingsHeading: (n) => `Who holds what (${n} open)`,
  deadlinesHeading: (o, r) => `Overdue (${o}) and at risk (${r})`,
  overdue: 'overdue',
  atRisk: 'at risk',
  due: 'due',
  used: 'used',
  heldBy: 'held by',
  since: 'since',
  peopleHeading: 'Accountability by person (stages held, holding now, findings by rule)',
  peopleLine: (s, o, f) => `${s} stages, ${o} open, ${f} findings`,
  columns: {
    inquiry: 'Inquiry',
    stage: 'Stage',
    finding: 'Finding',
    accountable: 'Accountable',
    arisen: 'Arisen',
    message: 'Message',
    holder: 'Holder',
    category: 'Category',
    since: 'Since',
    state: 'State',
    due: 'Due',
    used: 'Used',
    person: 'Person',
    department: 'Department',
    stagesHeld: 'Stages held',
    holdingNow: 'Holding now',
    findings: 'Findings',
    byRule: 'By rule',
    rule: 'Rule',
    status: 'Status',
  },
  log: 'Log',
  inquiriesHeading: 'Inquiries',
  quietInquiries: (n) => `${n} ${n === 1 ? 'inquiry' : 'inquiries'} without findings`,
  timelinesLeftOut: (f, q) =>
    `Timelines left out to keep this page readable: ${f} ${f === 1 ? 'inquiry' : 'inquiries'} with findings (every finding is listed above) and ${q} without.`,
  problemsInLog: 'Problems in the log',
  nothingOpen: 'Nothing is open.',
  nothingAtRisk: 'Nothing open is overdue or at risk.',
  holdsItNow: 'holds it now',
  findingCount: (n) => `${n} finding${n === 1 ? '' : 's'}`,
  status: { open: 'open', resolved: 'resolved', declined: 'declined' },
  started: { received: 'received', handover: 'taken over by handover', reassignment: 'reassigned', reopened: 'reopened' },
  ended: { handover: 'handed over', reassignment: 'reassigned away', resolved: 'resolved', declined: 'declined' },
  movedBy: 'by',
  escalatedTo: 'Escalated to',
  notAtPost: 'not at post',
  noHandlerNamed: 'no handler named yet',
  named: 'named',
  at: 'at',
  checkSummary: (e, i, p) => `${e} events, ${i} inquiries, ${p} problems`,
};

const zhCN: ReportTexts = {
  title: '首问责任制督查报告',
  summary: (s) =>
    `督查时点 ${s.asOf}：${s.events} 条事件${s.after === 0 ? '' : `（另有 ${s.after} 条晚于督查时点，未计入）`}，${s.inquiries} 个事项，${s.findings} 项督查发现，${s.problems} 个记录问题`,
  findings: (n) => `督查发现（${n}）`,
  findingsOldestFirst: '督查发现（按发生时间，从早到晚）',
  noFindings: '没有督查发现。',
  accountable: '问责对象',
  arisen: '发生于',
  stillOpen: '仍未解决',
  problems: (n) => `记录问题（${n}）`,
  holdingsHeading: (n) => `谁在办什么（${n} 个未办结）`,
  deadlinesHeading: (o, r) => `已超时（${o}）和即将超时（${r}）`,
  overdue: '已超时',
  atRisk: '即将超时',
  due: '到期',
  used: '已用',
  heldBy: '首问责任人',
  since: '自',
  peopleHeading: '按人员问责（负责过的环节、在办事项、按规则的督查发现）',
  peopleLine: (s, o, f) => `负责 ${s} 个环节，在办 ${o} 个，督查发现 ${f} 项`,
  columns: {
    inquiry: '事项',
    stage: '环节',
    finding: '督查发现',
    accountable: '问责对象',
    arisen: '发生于',
    message: '说明',
    holder: '首问责任人',
    category: '类别',
    since: '起始',
    state: '状态',
    due: '到期',
    used: '已用',
    person: '人员',
    department: '部门',
    stagesHeld: '负责环节数',
    holdingNow: '在办',
    findings: '督查发现',
    byRule: '按规则',
    rule: '规则',
    status: '状态',
  },
  log: '记录文件',
  inquiriesHeading: '事项',
  quietInquiries: (n) => `${n} 个没有督查发现的事项`,
  timelinesLeftOut: (f, q) =>
    `为保持页面可读，以下事项未展示时间线：${f} 个有督查发现的事项（督查发现均已列于上文），${q} 个没有督查发现的事项。`,
  problemsInLog: '记录中的问题',
  nothingOpen: '没有未办结的事项。',
  nothingAtRisk: '没有已超时或即将超时的未办结事项。',
  holdsItNow: '目前在办',
  findingCount: (n) => `${n} 项督查发现`,
  status: { open: '未办结', resolved: '已办结', declined: '已婉拒' },
  started: { received: '受理', handover: '经交接接手', reassignment: '领导改派', reopened: '重新受理' },
  ended: { handover: '交接给下一环节', reassignment: '被改派', resolved: '办结', declined: '婉拒' },
  movedBy: '改派人',
  escalatedTo: '请示领导',
  notAtPost: '不在岗',
  noHandlerNamed: '尚未指定经办人',
  named: '指定经办人',
  at: '于',
  checkSummary: (e, i, p) => `${e} 条事件，${i} 个事项，${p} 个问题`,
};

const zhTW: ReportTexts = {
  ...zhCN,
  title: '首問責任制督查報告',
  summary: (s) =>
    `督查時點 ${s.asOf}：${s.events} 條事件${s.after === 0 ? '' : `（另有 ${s.after} 條晚於督查時點，未計入）`}，${s.inquiries} 個事項，${s.findings} 項督查發現，${s.problems} 個記錄問題`,
  findings: (n) => `督查發現（${n}）`,
  findingsOldestFirst: '督查發現（按發生時間，從早到晚）',
  noFindings: '沒有督查發現。',
  accountable: '問責對象',
  arisen: '發生於',
  stillOpen: '仍未解決',
  problems: (n) => `記錄問題（${n}）`,
  holdingsHeading: (n) => `誰在辦什麼（${n} 個未辦結）`,
  deadlinesHeading: (o, r) => `已逾時（${o}）和即將逾時（${r}）`,
  overdue: '已逾時',
  atRisk: '即將逾時',
  due: '到期',
  used: '已用',
  heldBy: '首問責任人',
  peopleHeading: '按人員問責（負責過的環節、在辦事項、按規則的督查發現）',
  peopleLine: (s, o, f) => `負責 ${s} 個環節，在辦 ${o} 個，督查發現 ${f} 項`,
  columns: {
    inquiry: '事項',
    stage: '環節',
    finding: '督查發現',
    accountable: '問責對象',
    arisen: '發生於',
    message: '說明',
    holder: '首問責任人',
    category: '類別',
    since: '起始',
    state: '狀態',
    due: '到期',
    used: '已用',
    person: '人員',
    department: '部門',
    stagesHeld: '負責環節數',
    holdingNow: '在辦',
    findings: '督查發現',
    byRule: '按規則',
    rule: '規則',
    status: '狀態',
  },
  log: '記錄檔案',
  inquiriesHeading: '事項',
  quietInquiries: (n) => `${n} 個沒有督查發現的事項`,
  timelinesLeftOut: (f, q) =>
    `為保持頁面可讀，以下事項未展示時間線：${f} 個有督查發現的事項（督查發現均已列於上文），${q} 個沒有督查發現的事項。`,
  problemsInLog: '記錄中的問題',
  nothingOpen: '沒有未辦結的事項。',
  nothingAtRisk: '沒有已逾時或即將逾時的未辦結事項。',
  holdsItNow: '目前在辦',
  findingCount: (n) => `${n} 項督查發現`,
  status: { open: '未辦結', resolved: '已辦結', declined: '已婉拒' },
  started: { received: '受理', handover: '經交接接手', reassignment: '領導改派', reopened: '重新受理' },
  ended: { handover: '交接給下一環節', reassignment: '被改派', resolved: '辦結', declined: '婉拒' },
  movedBy: '改派人',
  escalatedTo: '請示領導',
  notAtPost: '不在崗',
  noHandlerNamed: '尚未指定經辦人',
  named: '指定經辦人',
  at: '於',
  checkSummary: (e, i, p) => `${e} 條事件，${i} 個事項，${p} 個問題`,
};

/**
 * The report words of every locale.
 *
 * @example
 * import { REPORT_TEXTS } from './i18n/report'; // internal to the library
 * REPORT_TEXTS['zh-CN'].title; // '首问责任制督查报告'
 *
 * @category i18n
 * @since 0.2.0
 */
export const REPORT_TEXTS: Readonly<Record<Locale, ReportTexts>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };
