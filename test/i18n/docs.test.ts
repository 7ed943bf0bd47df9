import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/i18n/glossary';
import { RULES, ruleWords } from '../../src/rules/catalogue';
import { GLOSSARY_DOC_PATH, renderGlossaryDoc } from '../../scripts/generate-glossary-doc';
import { RULES_DOC_ZH_PATH, renderRulesDocZh } from '../../scripts/generate-rules-doc';

const committed = (path: string): string => (existsSync(path) ? readFileSync(path, 'utf8') : '');

describe('docs/rules.zh-CN.md', () => {
  it('matches the catalogue (if this fails, run `npm run docs:rules` and commit it)', () => {
    expect(committed(RULES_DOC_ZH_PATH), `${RULES_DOC_ZH_PATH} is stale: run \`npm run docs:rules\``).toBe(renderRulesDocZh());
  });

  it('has every rule in Chinese with the seed’s words and its codes', () => {
    const doc = renderRulesDocZh();
    for (const rule of RULES) {
      const words = ruleWords(rule.id, 'zh-CN');
      expect(doc).toContain(`## ${rule.id} — ${words.title}`);
      expect(doc).toContain(words.statement);
      expect(doc).toContain(words.how);
      expect(doc).toContain(`> ${rule.quote}`);
      for (const code of [...rule.violationCodes, ...rule.findingCodes]) expect(doc).toContain(`\`${code}\``);
    }
  });
});

describe('docs/glossary.md', () => {
  it('matches src/i18n/glossary.ts (if this fails, run `npm run docs:glossary` and commit it)', () => {
    expect(committed(GLOSSARY_DOC_PATH), `${GLOSSARY_DOC_PATH} is stale: run \`npm run docs:glossary\``).toBe(renderGlossaryDoc());
  });

  it('lists every term in English, Simplified and Traditional Chinese', () => {
    const doc = renderGlossaryDoc();
    for (const entry of Object.values(GLOSSARY)) {
      expect(doc).toContain(`| ${entry.en} | ${entry['zh-CN']} | ${entry['zh-TW']} |`);
    }
  });
});
