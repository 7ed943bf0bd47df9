// `npm run docs:rules`: writes docs/rules.md from the rule catalogue. The rendering is a pure
// function so a test can tell when the committed file no longer matches the catalogue.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES, VIOLATION_RULES, ruleWords, type Rule, type RuleKind, type ViolationCode } from '../src/index';

/**
 * Where the generated document lives, from the package root.
 *
 * @example
 * import { RULES_DOC_PATH } from './generate-rules-doc';
 * RULES_DOC_PATH; // 'docs/rules.md'
 *
 * @category docs
 * @since 0.1.0
 */
export const RULES_DOC_PATH = 'docs/rules.md';

/**
 * Where the Simplified Chinese rule document lives, from the package root.
 *
 * @example
 * import { RULES_DOC_ZH_PATH } from './generate-rules-doc';
 * RULES_DOC_ZH_PATH; // 'docs/rules.zh-CN.md'
 *
 * @category docs
 * @since 0.2.0
 */
export const RULES_DOC_ZH_PATH = 'docs/rules.zh-CN.md';

const KIND_TEXT: Readonly<Record<RuleKind, string>> = {
  enforced: 'enforced: `decide` refuses any command that would break it, with a typed refusal naming the rule',
  audited:
    'audited: it depends on time or judgement, so it is computed from the event history and a clock, as findings naming the responsible person of the stage in which they arose',
  'enforced+audited':
    'enforced and audited: the part that can be checked at the moment of a command is refused by `decide`; the part that depends on time is computed from the history as findings',
  'read-model': 'read model: served by supervision views over the history rather than checked',
};

/**
 * Renders the rule catalogue as Markdown for auditors: a summary table, then per rule its
 * statement, the seed's own words and where they are, how the rule is made to hold, the codes
 * that name it and the test files that prove it; then the refusals that protect the record
 * rather than one rule. Deterministic: the same catalogue gives the same bytes.
 *
 * @example
 * import { RULES } from '../src/index';
 * import { renderRulesDoc } from './generate-rules-doc';
 * renderRulesDoc(RULES).startsWith('# The rule catalogue'); // true
 *
 * @category docs
 * @since 0.1.0
 */
export function renderRulesDoc(rules: readonly Rule[] = RULES): string {
  const recordCodes = (Object.keys(VIOLATION_RULES) as ViolationCode[]).filter((code) => VIOLATION_RULES[code] === null);
  return [
    '# The rule catalogue (首问责任制)',
    '',
    '<!-- Generated from src/rules/catalogue.ts by `npm run docs:rules`. Do not edit by hand: a test fails when this file is stale. -->',
    '',
    'Every rule of the first-inquiry responsibility system, with the passage of the seed it comes from',
    '([the seed](seed/000_3fea15bf1a5cd24c.txt): three training essays, 篇1–篇3; ¶N counts an essay’s paragraphs',
    'after its title lines; quotes keep the seed’s own mix of traditional and simplified characters).',
    'Rule IDs are stable: refusals, audit findings, tests and reports all name rules by them.',
    '',
    'A rule is **enforced** when `decide` refuses any command that would break it (a `RuleViolation`',
    'value with a stable `code` and the rule ID), so no event that breaks it can be produced; it is',
    '**audited** when it depends on the passing of time or on judgement, so it is computed from the',
    'event history and a clock, as findings that name the responsible person of the stage in which',
    'they arose.',
    '',
    '| ID | Rule | Kind | Refusal codes | Finding codes |',
    '|---|---|---|---|---|',
    ...rules.map(
      (r) => `| [${r.id}](#${anchor(r)}) | ${cell(r.title)} | ${r.kind} | ${codes(r.violationCodes)} | ${codes(r.findingCodes)} |`,
    ),
    '',
    ...rules.flatMap(section),
    '## Refusals that protect the record',
    '',
    'These refusal codes carry `rule: null`: they keep the record itself sound rather than enforce one rule.',
    '',
    ...recordCodes.map((code) => `- \`${code}\``),
    '',
  ].join('\n');
}

function section(rule: Rule): string[] {
  return [
    `<a id="${anchor(rule)}"></a>`,
    '',
    `## ${rule.id} — ${rule.title}`,
    '',
    rule.statement,
    '',
    `**Seed** (${rule.source}):`,
    '',
    `> ${rule.quote}`,
    '',
    `**Kind:** ${KIND_TEXT[rule.kind]}.`,
    '',
    `**How it holds:** ${rule.how}`,
    '',
    `**Refusal codes:** ${rule.violationCodes.length === 0 ? 'none (nothing is refused for it at command time)' : codes(rule.violationCodes)}`,
    '',
    `**Finding codes:** ${rule.findingCodes.length === 0 ? 'none listed' : codes(rule.findingCodes)}`,
    '',
    `**Proved by:** ${rule.proof.length === 0 ? 'no test file listed yet' : rule.proof.map((p) => `[${p}](../${p})`).join(', ')}`,
    '',
  ];
}

function anchor(rule: Rule): string {
  return rule.id.toLowerCase();
}

function codes(list: readonly string[]): string {
  return list.length === 0 ? '—' : list.map((c) => `\`${c}\``).join(', ');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

const KIND_TEXT_ZH: Readonly<Record<RuleKind, string>> = {
  enforced: '强制：任何会违反它的命令都会被 `decide` 拒绝，拒绝结果带有稳定的代码和规则编号',
  audited: '督查：它取决于时间或判断，因此从事件记录和时点计算，结果是督查发现，并指明问题发生所在环节的首问责任人',
  'enforced+audited': '强制＋督查：命令发出时就能检查的部分由 `decide` 拒绝；取决于时间的部分从记录中计算为督查发现',
  'read-model': '督办视图：由督办视图提供，而不是逐条检查',
};

/**
 * Renders the rule catalogue in Simplified Chinese (docs/rules.zh-CN.md): the same structure as
 * {@link renderRulesDoc}, with each rule's title, statement and how-it-holds text from the
 * catalogue's Chinese translation (its terms from the glossary); IDs, codes, the seed's quote and
 * the proof files are the same as in English. Deterministic.
 *
 * @example
 * import { renderRulesDocZh } from './generate-rules-doc';
 * renderRulesDocZh().startsWith('# 首问责任制规则目录'); // true
 *
 * @category docs
 * @since 0.2.0
 */
export function renderRulesDocZh(rules: readonly Rule[] = RULES): string {
  const recordCodes = (Object.keys(VIOLATION_RULES) as ViolationCode[]).filter((code) => VIOLATION_RULES[code] === null);
  return [
    '# 首问责任制规则目录',
    '',
    '<!-- 由 `npm run docs:rules` 从 src/rules/catalogue.ts 生成，请勿手工修改：文件过期时测试会失败。 -->',
    '',
    '[English](rules.md) · 简体中文',
    '',
    '首问责任制的全部规则，每条都注明出自[种子文本](seed/000_3fea15bf1a5cd24c.txt)的哪一段（三篇培训文章，篇1–篇3；',
    '¶N 指文章标题之后的第 N 段；引文保留原文繁简混用的写法）。规则编号固定不变：拒绝结果、督查发现、测试和报告都用它指称规则。',
    '术语见[术语表](glossary.md)。',
    '',
    '**强制**规则：任何会违反它的命令都会被 `decide` 拒绝（返回带稳定 `code` 和规则编号的 `RuleViolation` 值），',
    '因此不可能产生违反它的事件。**督查**规则：它取决于时间的流逝或人的判断，因此从事件记录和时点计算，',
    '结果是督查发现，并指明问题发生所在环节的首问责任人。',
    '',
    '| 编号 | 规则 | 类型 | 拒绝代码 | 督查发现代码 |',
    '|---|---|---|---|---|',
    ...rules.map(
      (r) =>
        `| [${r.id}](#${anchor(r)}) | ${cell(ruleWords(r.id, 'zh-CN').title)} | ${KIND_TEXT_ZH[r.kind].split('：')[0]} | ${codes(r.violationCodes)} | ${codes(r.findingCodes)} |`,
    ),
    '',
    ...rules.flatMap(sectionZh),
    '## 保护记录本身的拒绝代码',
    '',
    '以下拒绝代码的 `rule` 为 `null`：它们保证记录本身完整可靠，而不是执行某一条规则。',
    '',
    ...recordCodes.map((code) => `- \`${code}\``),
    '',
  ].join('\n');
}

function sectionZh(rule: Rule): string[] {
  const words = ruleWords(rule.id, 'zh-CN');
  return [
    `<a id="${anchor(rule)}"></a>`,
    '',
    `## ${rule.id} — ${words.title}`,
    '',
    words.statement,
    '',
    `**原文**（${rule.source}）：`,
    '',
    `> ${rule.quote}`,
    '',
    `**类型：**${KIND_TEXT_ZH[rule.kind]}。`,
    '',
    `**如何落实：**${words.how}`,
    '',
    `**拒绝代码：**${rule.violationCodes.length === 0 ? '无（命令发出时不因此拒绝）' : codes(rule.violationCodes)}`,
    '',
    `**督查发现代码：**${rule.findingCodes.length === 0 ? '无' : codes(rule.findingCodes)}`,
    '',
    `**测试：**${rule.proof.length === 0 ? '尚未列出测试文件' : rule.proof.map((p) => `[${p}](../${p})`).join('、')}`,
    '',
  ];
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL(`../${RULES_DOC_PATH}`, import.meta.url), renderRulesDoc());
  writeFileSync(new URL(`../${RULES_DOC_ZH_PATH}`, import.meta.url), renderRulesDocZh());
  console.log(`wrote ${RULES_DOC_PATH} and ${RULES_DOC_ZH_PATH} (${RULES.length} rules)`);
}
