import { describe, expect, it } from 'vitest';
import { GLOSSARY, type GlossaryTerm } from '../../src/i18n/glossary';
import { LOCALES } from '../../src/i18n/locale';
import { RULES, RULE_TRANSLATIONS, fillTerms, ruleWords } from '../../src/rules/catalogue';

const HAN = /\p{Script=Han}/u;

describe('the glossary', () => {
  it.each(Object.keys(GLOSSARY) as GlossaryTerm[])('%s has a term in every locale and a meaning in both languages', (key) => {
    const entry = GLOSSARY[key];
    for (const locale of LOCALES) expect(entry[locale].trim(), `${key} ${locale}`).not.toBe('');
    expect(entry['zh-CN']).toMatch(HAN);
    expect(entry['zh-TW']).toMatch(HAN);
    expect(entry.meaning).toMatch(/[a-z]/);
    expect(entry.meaningZh).toMatch(HAN);
  });

  it('has the terms the trade names (首问责任人, 环节, 转办, 交接, 督办, 回复期限, 服务忌语, 一次性告知)', () => {
    const zh = Object.values(GLOSSARY).map((e) => e['zh-CN']);
    expect(zh).toEqual(expect.arrayContaining(['首问责任人', '环节', '转办', '交接', '督办', '回复期限', '服务忌语', '一次性告知']));
  });

  it('fills {term} placeholders and refuses an unknown one', () => {
    expect(fillTerms('{responsiblePerson}·{stage}', 'zh-TW')).toBe('首問責任人·環節');
    expect(() => fillTerms('{nope}', 'zh-CN')).toThrow(/nope/);
  });
});

describe('the rule catalogue in Chinese', () => {
  it.each(RULES.map((r) => r.id))('%s has a title, statement and how in zh-CN and zh-TW, every term filled in', (id) => {
    for (const locale of ['zh-CN', 'zh-TW'] as const) {
      const words = RULE_TRANSLATIONS[id][locale];
      for (const text of [words.title, words.statement, words.how]) {
        expect(text, `${id} ${locale}`).toMatch(HAN);
        expect(text, `${id} ${locale}`).not.toMatch(/[{}]/);
      }
    }
    expect(ruleWords(id, 'en').title).toBe(RULES.find((r) => r.id === id)?.title);
  });

  it('uses the glossary rather than restating it: the Traditional texts carry the Traditional terms', () => {
    const all = (locale: 'zh-CN' | 'zh-TW') => RULES.map((r) => Object.values(ruleWords(r.id, locale)).join('')).join('');
    expect(all('zh-CN')).toContain(GLOSSARY.responsiblePerson['zh-CN']);
    expect(all('zh-TW')).toContain(GLOSSARY.responsiblePerson['zh-TW']);
    expect(all('zh-TW')).not.toContain(GLOSSARY.responsiblePerson['zh-CN']);
    expect(all('zh-TW')).not.toContain(GLOSSARY.stage['zh-CN']);
  });
});
