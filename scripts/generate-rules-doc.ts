// `npm run docs:rules`: writes docs/rules.md from the rule catalogue. The rendering is a pure
// function so a test can tell when the committed file no longer matches the catalogue.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES, VIOLATION_RULES, type Rule, type RuleKind, type ViolationCode } from '../src/index';

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

const KIND_TEXT: Readonly<Record<RuleKind, string>> = {
  enforced: 'enforced: `decide` refuses any command that would break it, with a typed refusal naming the rule',
  audited: 'audited: it depends on time or judgement, so it is computed from the event history and a clock, as findings naming the responsible person of the stage in which they arose',
  'enforced+audited': 'enforced and audited: the part that can be checked at the moment of a command is refused by `decide`; the part that depends on time is computed from the history as findings',
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
    ...rules.map((r) => `| [${r.id}](#${anchor(r)}) | ${cell(r.title)} | ${r.kind} | ${codes(r.violationCodes)} | ${codes(r.findingCodes)} |`),
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

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL(`../${RULES_DOC_PATH}`, import.meta.url), renderRulesDoc());
  console.log(`wrote ${RULES_DOC_PATH} (${RULES.length} rules)`);
}
