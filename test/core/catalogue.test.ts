import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../../src/rules/catalogue';
import { RULE_IDS } from '../../src/rules/ids';
import { VIOLATION_RULES, type ViolationCode } from '../../src/inquiry/violations';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = readFileSync(`${root}docs/seed/000_3fea15bf1a5cd24c.txt`, 'utf8');
const codes = Object.keys(VIOLATION_RULES) as ViolationCode[];

// The catalogue is what docs, errors and audit reports quote; these checks keep it honest for
// every entry, including the audit findings and proofs other modules add later.
describe('the rule catalogue', () => {
  it('lists the 17 rules in ID order, FI-01 to FI-17', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(RULE_IDS).toHaveLength(17);
    expect(RULE_IDS[0]).toBe('FI-01');
    expect(RULE_IDS[16]).toBe('FI-17');
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s quotes the seed word for word', (_, rule) => {
    expect(rule.quote.length).toBeGreaterThan(0);
    expect(seed).toContain(rule.quote);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has a title, a statement, a source and a how', (_, rule) => {
    for (const text of [rule.title, rule.statement, rule.source, rule.how]) expect(text.trim()).not.toBe('');
  });

  it.each(codes)('refusal code %s names a rule that lists it, or no rule', (code) => {
    const rule = VIOLATION_RULES[code];
    if (rule === null) {
      expect(RULES.filter((r) => r.violationCodes.includes(code))).toEqual([]);
    } else {
      expect(ruleById(rule).violationCodes).toContain(code);
      expect(RULES.filter((r) => r.violationCodes.includes(code)).map((r) => r.id)).toEqual([rule]);
    }
  });

  it.each(RULES.filter((r) => r.kind.startsWith('enforced')).map((r) => [r.id, r] as const))(
    'enforced rule %s has at least one refusal code',
    (_, rule) => {
      expect(rule.violationCodes.length).toBeGreaterThan(0);
    },
  );

  it.each(RULES.filter((r) => r.violationCodes.length > 0).map((r) => [r.id, r] as const))(
    'rule %s, which decide enforces, names a proof',
    (_, rule) => {
      expect(rule.proof.length).toBeGreaterThan(0);
    },
  );

  it.each(RULES.flatMap((r) => r.proof.map((file) => [r.id, file] as const)))(
    '%s is proved by %s, which exists and names the rule',
    (id, file) => {
      expect(existsSync(`${root}${file}`), `${file} is missing`).toBe(true);
      expect(readFileSync(`${root}${file}`, 'utf8')).toContain(id);
    },
  );

  it.each(RULES.map((r) => [r.id, r] as const))('%s names each finding code and proof once', (_, rule) => {
    expect(new Set(rule.findingCodes).size).toBe(rule.findingCodes.length);
    expect(new Set(rule.proof).size).toBe(rule.proof.length);
  });

  it('finds a rule by ID, and says it is a bug when the ID is not in the catalogue', () => {
    expect(ruleById('FI-07').id).toBe('FI-07');
    expect(() => ruleById('FI-99' as 'FI-01')).toThrow(/bug/);
  });
});
