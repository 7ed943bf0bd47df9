import type { Locale } from '../i18n/locale';
import { RULE_KIND_NAMES, RULES, ruleWords, type Rule } from '../rules/catalogue';

// model

/**
 * The output formats of `first-inquiry rules`.
 *
 * @category cli
 * @since 0.1.0
 */
export type RulesFormat = 'text' | 'md' | 'json';

// utils

/**
 * The rule catalogue ({@link RULES}) as text for a terminal, Markdown, or JSON, in a locale: the
 * title, statement and how-enforced text in the reader's language; IDs, codes and the seed's quote
 * stay as they are (the quote is the seed's own words). In JSON the rule objects keep their shape,
 * with the three texts in the locale.
 *
 * @example
 * import { formatRules } from './cli/rules-command'; // internal to the bin
 * formatRules('text').startsWith('FI-01'); // true
 * formatRules('text', undefined, 'zh-CN').includes('首问责任人'); // true
 *
 * @category cli
 * @since 0.1.0
 */
export function formatRules(format: RulesFormat, rules: readonly Rule[] = RULES, locale: Locale = 'en'): string {
  const localized = locale === 'en' ? rules : rules.map((rule) => ({ ...rule, ...ruleWords(rule.id, locale) }));
  switch (format) {
    case 'json':
      return `${JSON.stringify(localized, null, 2)}\n`;
    case 'md':
      return `# ${LABELS[locale].heading}\n\n${localized.map((r) => markdown(r, locale)).join('\n')}`;
    case 'text':
      return localized.map((r) => text(r, locale)).join('\n');
  }
}

const LABELS: Readonly<
  Record<
    Locale,
    {
      readonly heading: string;
      readonly source: string;
      readonly how: string;
      readonly codes: string;
      readonly proof: string;
      readonly colon: string;
    }
  >
> = {
  en: { heading: 'First-inquiry rules (首问责任制)', source: 'source', how: 'how', codes: 'codes', proof: 'Proved by', colon: ': ' },
  'zh-CN': { heading: '首问责任制规则', source: '出处', how: '如何落实', codes: '代码', proof: '测试', colon: '：' },
  'zh-TW': { heading: '首問責任制規則', source: '出處', how: '如何落實', codes: '代碼', proof: '測試', colon: '：' },
};

function text(rule: Rule, locale: Locale): string {
  const l = LABELS[locale];
  const codes = [...rule.violationCodes, ...rule.findingCodes];
  return [
    `${rule.id}  ${rule.title}  [${RULE_KIND_NAMES[rule.kind][locale]}]`,
    `  ${rule.statement}`,
    `  ${l.source}${l.colon}${rule.source} “${rule.quote}”`,
    `  ${l.how}${l.colon}${rule.how}`,
    ...(codes.length === 0 ? [] : [`  ${l.codes}${l.colon}${codes.join(', ')}`]),
    '',
  ].join('\n');
}

function markdown(rule: Rule, locale: Locale): string {
  const l = LABELS[locale];
  const codes = [...rule.violationCodes, ...rule.findingCodes];
  return [
    `## ${rule.id} ${rule.title}`,
    '',
    `*${RULE_KIND_NAMES[rule.kind][locale]}* — ${rule.statement}`,
    '',
    `> ${rule.quote} (${rule.source})`,
    '',
    rule.how,
    '',
    ...(codes.length === 0
      ? []
      : [`${l.codes[0]?.toUpperCase()}${l.codes.slice(1)}${l.colon}${codes.map((c) => `\`${c}\``).join(', ')}`, '']),
    ...(rule.proof.length === 0 ? [] : [`${l.proof}${l.colon}${rule.proof.map((p) => `\`${p}\``).join(', ')}`, '']),
  ].join('\n');
}
