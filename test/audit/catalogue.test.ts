import { describe, expect, it } from 'vitest';
import { FINDING_CODES, FINDING_RULES } from '../../src/supervision/finding';
import { RULES, ruleById } from '../../src/rules/catalogue';

describe('finding codes in the rule catalogue', () => {
  it('every finding code reports an audited rule, and the catalogue lists it under that rule', () => {
    for (const code of FINDING_CODES) {
      const rule = ruleById(FINDING_RULES[code]);
      expect(rule.kind, code).toMatch(/audited/);
      expect(rule.findingCodes, code).toContain(code);
    }
  });

  it('every audited rule has at least one finding code and a test that proves it', () => {
    for (const rule of RULES.filter((r) => r.kind.includes('audited'))) {
      expect(rule.findingCodes.length, rule.id).toBeGreaterThan(0);
      expect(
        rule.proof.some((p) => p.startsWith('test/audit/')),
        rule.id,
      ).toBe(true);
    }
  });
});
