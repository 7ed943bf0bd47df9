import { RULES, type Rule } from '../rules/catalogue';

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
 * The rule catalogue ({@link RULES}) as text for a terminal, Markdown, or JSON.
 *
 * @example
 * import { formatRules } from './cli/rules-command'; // internal to the bin
 * formatRules('text').startsWith('FI-01'); // true
 *
 * @category cli
 * @since 0.1.0
 */
export function formatRules(format: RulesFormat, rules: readonly Rule[] = RULES): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rules, null, 2)}\n`;
    case 'md':
      return `# First-inquiry rules (首问责任制)\n\n${rules.map(markdown).join('\n')}`;
    case 'text':
      return rules.map(text).join('\n');
  }
}

function text(rule: Rule): string {
  const codes = [...rule.violationCodes, ...rule.findingCodes];
  return [
    `${rule.id}  ${rule.title}  [${rule.kind}]`,
    `  ${rule.statement}`,
    `  source: ${rule.source} “${rule.quote}”`,
    `  how: ${rule.how}`,
    ...(codes.length === 0 ? [] : [`  codes: ${codes.join(', ')}`]),
    '',
  ].join('\n');
}

function markdown(rule: Rule): string {
  const codes = [...rule.violationCodes, ...rule.findingCodes];
  return [
    `## ${rule.id} ${rule.title}`,
    '',
    `*${rule.kind}* — ${rule.statement}`,
    '',
    `> ${rule.quote} (${rule.source})`,
    '',
    rule.how,
    '',
    ...(codes.length === 0 ? [] : [`Codes: ${codes.map((c) => `\`${c}\``).join(', ')}`, '']),
    ...(rule.proof.length === 0 ? [] : [`Proved by: ${rule.proof.map((p) => `\`${p}\``).join(', ')}`, '']),
  ].join('\n');
}
