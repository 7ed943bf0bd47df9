import { detectLocale, LOCALES, type Locale } from '../src/index';

// The examples' own words (`npm run examples`, `npm run demo`) in English, Simplified and
// Traditional Chinese. Refusals and findings are not here: the library words them
// (`formatViolation`, `formatFinding`); codes, rule IDs, ids and recorded names stay as they are.

/**
 * Everything the examples print in their own words, for one locale.
 *
 * @example
 * import { EXAMPLE_TEXTS } from './texts';
 * EXAMPLE_TEXTS['zh-CN'].refused; // '拒绝'
 *
 * @category examples
 * @since 0.2.0
 */
export interface ExampleTexts {
  /** What follows a label: `: ` in English, `：` in Chinese. */
  readonly colon: string;
  readonly accepted: string;
  readonly refused: string;
  readonly responsible: string;
  readonly nobodyClosed: string;
  readonly final: string;
  readonly chain: string;
  readonly status: Readonly<Record<'open' | 'resolved' | 'declined', string>>;
  readonly started: Readonly<Record<'received' | 'handover' | 'reassignment' | 'reopened', string>>;
  readonly departments: Readonly<Record<string, string>>;
  readonly demoHeader: (scenarios: number, dataDir: string) => string;
  readonly closedNobody: (outcome: string) => string;
  readonly notReceived: string;
  readonly idempotent: (commandId: string, version: number) => string;
  readonly appendedTwice: (commandId: string) => string;
  readonly persistedBoard: (checkpoint: number) => string;
  readonly holdsNow: (open: number) => string;
  readonly holds: (person: string, inquiryId: string, category: string, since: string) => string;
  readonly boardAsOf: (asOf: string, overdue: string, atRisk: string) => string;
  readonly none: string;
  readonly supervisionAsOf: (asOf: string) => string;
  readonly holdsWhat: (open: number) => string;
  readonly nobodyHolds: string;
  readonly overdueAtRisk: (overdue: number, atRisk: number) => string;
  readonly overdue: string;
  readonly atRisk: string;
  readonly due: (inquiryId: string, category: string, deadline: string, accountable: string) => string;
  readonly chains: string;
  readonly findings: (n: number) => string;
  readonly finding: (rule: string, code: string, inquiryId: string, stage: number, accountable: string, settled: boolean) => string;
  readonly accountability: (person: string, byRule: string) => string;
  readonly badLang: (got: string) => string;
  readonly storeSummary: (events: number, streams: number, accepted: number, refused: number, dataDir: string) => string;
}

const en: ExampleTexts = {
  colon: ': ',
  badLang: (got) => `--lang must be one of ${LOCALES.join(', ')} (got ${got === '' ? 'nothing' : got})`,
  accepted: 'accepted',
  refused: 'REFUSED',
  responsible: 'responsible',
  nobodyClosed: 'nobody (closed)',
  final: 'final',
  chain: 'chain of responsible persons',
  status: { open: 'open', resolved: 'resolved', declined: 'declined' },
  started: { received: 'received', handover: 'handover', reassignment: 'reassignment', reopened: 'reopened' },
  departments: {},
  demoHeader: (n, dir) =>
    `首问责任制 demo: ${n} scenarios through the command handler, stored in an embedded PostgreSQL (PGlite) at ${dir}`,
  closedNobody: (outcome) => `${outcome}, nobody responsible`,
  notReceived: 'not received',
  idempotent: (id, v) => `Idempotency: "${id}" submitted again → duplicate, nothing appended (stream still at v${v})`,
  appendedTwice: (id) => `Idempotency: "${id}" submitted again → appended twice (a bug)`,
  persistedBoard: (c) => `Board from the persisted projection (SQL table first_inquiry_positions, checkpoint: position ${c})`,
  holdsNow: (n) => `Who holds what now (${n} open):`,
  holds: (person, id, category, since) => `${person} holds ${id} [${category}] since ${since}`,
  boardAsOf: (asOf, overdue, atRisk) => `As of ${asOf}: overdue ${overdue}; at risk ${atRisk}`,
  none: 'none',
  supervisionAsOf: (asOf) => `Supervision as of ${asOf} (FI-17)`,
  holdsWhat: (n) => `Who holds what (${n} open):`,
  nobodyHolds: 'nobody holds anything: every inquiry is closed',
  overdueAtRisk: (o, r) => `Overdue (${o}), at risk (${r}):`,
  overdue: 'overdue',
  atRisk: 'at risk',
  due: (id, category, deadline, who) => `${id} [${category}], due ${deadline}, answerable: ${who}`,
  chains: 'Chains of responsible persons:',
  findings: (n) => `Audit findings (${n}):`,
  finding: (rule, code, id, stage, who, settled) =>
    `${rule} ${code} ${id} stage ${stage}, answerable: ${who}${settled ? ' (settled)' : ''}`,
  accountability: (person, byRule) => `Accountability (FI-16): ${person} — ${byRule}`,
  storeSummary: (events, streams, accepted, refused, dir) =>
    `Store: ${events} events in ${streams} streams; ${accepted} steps accepted, ${refused} refused by a rule. Data: ${dir}`,
};

const zhCN: ExampleTexts = {
  colon: '：',
  badLang: (got) => `--lang 只能是 ${LOCALES.join('、')}（实际为 ${got === '' ? '空' : got}）`,
  accepted: '已记录',
  refused: '拒绝',
  responsible: '首问责任人',
  nobodyClosed: '无（已办结）',
  final: '结果',
  chain: '首问责任人链',
  status: { open: '未办结', resolved: '已办结', declined: '已婉拒' },
  started: { received: '受理', handover: '交接', reassignment: '改派', reopened: '重新受理' },
  departments: { security: '保安部', engineering: '工程部', 'customer-service': '客服中心' },
  demoHeader: (n, dir) => `首问责任制演示：${n} 个场景经命令处理器执行，存入内嵌的 PostgreSQL（PGlite）：${dir}`,
  closedNobody: (outcome) => `${outcome}，无人负责`,
  notReceived: '尚未受理',
  idempotent: (id, v) => `幂等：再次提交“${id}” → 重复提交，未追加任何事件（事件流仍为 v${v}）`,
  appendedTwice: (id) => `幂等：再次提交“${id}” → 追加了两次（程序错误）`,
  persistedBoard: (c) => `持久化投影中的督办看板（SQL 表 first_inquiry_positions，检查点：位置 ${c}）`,
  holdsNow: (n) => `目前谁在办什么（${n} 个未办结）：`,
  holds: (person, id, category, since) => `${person} 自 ${since} 起负责 ${id} [${category}]`,
  boardAsOf: (asOf, overdue, atRisk) => `截至 ${asOf}：已超时 ${overdue}；即将超时 ${atRisk}`,
  none: '无',
  supervisionAsOf: (asOf) => `截至 ${asOf} 的督查（FI-17）`,
  holdsWhat: (n) => `谁在办什么（${n} 个未办结）：`,
  nobodyHolds: '没有在办事项：所有事项均已办结',
  overdueAtRisk: (o, r) => `已超时（${o}），即将超时（${r}）：`,
  overdue: '已超时',
  atRisk: '即将超时',
  due: (id, category, deadline, who) => `${id} [${category}]，期限 ${deadline}，问责对象：${who}`,
  chains: '首问责任人链：',
  findings: (n) => `督查发现（${n}）：`,
  finding: (rule, code, id, stage, who, settled) => `${rule} ${code} ${id} 第 ${stage} 环节，问责对象：${who}${settled ? '（已定）' : ''}`,
  accountability: (person, byRule) => `问责（FI-16）：${person} — ${byRule}`,
  storeSummary: (events, streams, accepted, refused, dir) =>
    `存储：${streams} 个事件流共 ${events} 条事件；${accepted} 步被接受，${refused} 步被规则拒绝。数据：${dir}`,
};

const zhTW: ExampleTexts = {
  colon: '：',
  badLang: (got) => `--lang 只能是 ${LOCALES.join('、')}（實際為 ${got === '' ? '空' : got}）`,
  accepted: '已記錄',
  refused: '拒絕',
  responsible: '首問責任人',
  nobodyClosed: '無（已辦結）',
  final: '結果',
  chain: '首問責任人鏈',
  status: { open: '未辦結', resolved: '已辦結', declined: '已婉拒' },
  started: { received: '受理', handover: '交接', reassignment: '改派', reopened: '重新受理' },
  departments: { security: '保安部', engineering: '工程部', 'customer-service': '客服中心' },
  demoHeader: (n, dir) => `首問責任制示範：${n} 個場景經命令處理器執行，存入內嵌的 PostgreSQL（PGlite）：${dir}`,
  closedNobody: (outcome) => `${outcome}，無人負責`,
  notReceived: '尚未受理',
  idempotent: (id, v) => `冪等：再次提交“${id}” → 重複提交，未追加任何事件（事件流仍為 v${v}）`,
  appendedTwice: (id) => `冪等：再次提交“${id}” → 追加了兩次（程式錯誤）`,
  persistedBoard: (c) => `持久化投影中的督辦看板（SQL 表 first_inquiry_positions，檢查點：位置 ${c}）`,
  holdsNow: (n) => `目前誰在辦什麼（${n} 個未辦結）：`,
  holds: (person, id, category, since) => `${person} 自 ${since} 起負責 ${id} [${category}]`,
  boardAsOf: (asOf, overdue, atRisk) => `截至 ${asOf}：已逾時 ${overdue}；即將逾時 ${atRisk}`,
  none: '無',
  supervisionAsOf: (asOf) => `截至 ${asOf} 的督查（FI-17）`,
  holdsWhat: (n) => `誰在辦什麼（${n} 個未辦結）：`,
  nobodyHolds: '沒有在辦事項：所有事項均已辦結',
  overdueAtRisk: (o, r) => `已逾時（${o}），即將逾時（${r}）：`,
  overdue: '已逾時',
  atRisk: '即將逾時',
  due: (id, category, deadline, who) => `${id} [${category}]，期限 ${deadline}，問責對象：${who}`,
  chains: '首問責任人鏈：',
  findings: (n) => `督查發現（${n}）：`,
  finding: (rule, code, id, stage, who, settled) => `${rule} ${code} ${id} 第 ${stage} 環節，問責對象：${who}${settled ? '（已定）' : ''}`,
  accountability: (person, byRule) => `問責（FI-16）：${person} — ${byRule}`,
  storeSummary: (events, streams, accepted, refused, dir) =>
    `儲存：${streams} 個事件流共 ${events} 條事件；${accepted} 步被接受，${refused} 步被規則拒絕。資料：${dir}`,
};

/**
 * The examples' words in each locale.
 *
 * @example
 * import { EXAMPLE_TEXTS } from './texts';
 * EXAMPLE_TEXTS.en.refused; // 'REFUSED'
 *
 * @category examples
 * @since 0.2.0
 */
export const EXAMPLE_TEXTS: Readonly<Record<Locale, ExampleTexts>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

/**
 * The language an example speaks: `--lang en|zh-CN|zh-TW` among its arguments, else the
 * environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`, as the CLI reads them), else English. An
 * unknown `--lang` is an error that names it, in the environment's language.
 *
 * @example
 * import { exampleLocale } from './texts';
 * exampleLocale(['--lang', 'zh-TW'], {}); // 'zh-TW'
 * exampleLocale([], { LANG: 'zh_CN.UTF-8' }); // 'zh-CN'
 *
 * @category examples
 * @since 0.2.0
 */
export function exampleLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  for (const [i, arg] of argv.entries()) {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (arg !== '--lang' && value === undefined) continue;
    const locale = LOCALES.find((l) => l === value);
    if (locale === undefined) throw new Error(EXAMPLE_TEXTS[detectLocale(env)].badLang(value ?? ''));
    return locale;
  }
  return detectLocale(env);
}

/**
 * {@link exampleLocale} for a script's entry point: an unknown `--lang` is told on standard error
 * in one line (exit 2), not as a stack trace.
 *
 * @example
 * import { exampleLocaleOrExit } from './texts';
 * const locale = exampleLocaleOrExit(process.argv.slice(2), process.env);
 *
 * @category examples
 * @since 0.2.0
 */
export function exampleLocaleOrExit(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  try {
    return exampleLocale(argv, env);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return process.exit(2);
  }
}

/**
 * A staff member as the examples print them: name and department, the department in the reader's words.
 *
 * @example
 * import { personLabel } from './texts';
 * personLabel({ name: 'Li Na', department: 'engineering' }, 'zh-CN'); // 'Li Na（工程部）'
 *
 * @category examples
 * @since 0.2.0
 */
export function personLabel(staff: { readonly name: string; readonly department: string }, locale: Locale): string {
  const department = EXAMPLE_TEXTS[locale].departments[staff.department] ?? staff.department;
  return locale === 'en' ? `${staff.name} (${department})` : `${staff.name}（${department}）`;
}
