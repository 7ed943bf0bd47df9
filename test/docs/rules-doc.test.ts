import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, VIOLATION_RULES, type Rule } from '../../src/index';
import { RULES_DOC_PATH, renderRulesDoc } from '../../scripts/generate-rules-doc';

function sectionOf(doc: string, id: string): string {
  const start = doc.indexOf(`## ${id} — `);
  const end = doc.indexOf('\n## ', start + 1);
  return start < 0 ? '' : doc.slice(start, end < 0 ? undefined : end);
}

describe('docs/rules.md', () => {
  it('matches the rule catalogue (if this fails, run `npm run docs:rules` and commit docs/rules.md)', () => {
    const committed = existsSync(RULES_DOC_PATH) ? readFileSync(RULES_DOC_PATH, 'utf8') : '';
    expect(committed, `${RULES_DOC_PATH} is stale: run \`npm run docs:rules\` and commit it`).toBe(renderRulesDoc());
  });

  it('has a section for every rule with its statement, seed quote and source, kind, and how it holds', () => {
    const doc = renderRulesDoc();
    for (const rule of RULES) {
      const section = sectionOf(doc, rule.id);
      expect(section, rule.id).toContain(rule.title);
      expect(section, rule.id).toContain(rule.statement);
      expect(section, rule.id).toContain(`> ${rule.quote}`);
      expect(section, rule.id).toContain(`**Seed** (${rule.source})`);
      expect(section, rule.id).toContain(rule.how);
      expect(doc, rule.id).toContain(`| [${rule.id}](#${rule.id.toLowerCase()}) | ${rule.title} | ${rule.kind} |`);
    }
  });

  it('names every refusal code: under its rule, or among those that protect the record', () => {
    const doc = renderRulesDoc();
    for (const [code, rule] of Object.entries(VIOLATION_RULES)) {
      if (rule === null) expect(doc.slice(doc.indexOf('## Refusals that protect the record'))).toContain(`- \`${code}\``);
      else expect(sectionOf(doc, rule), code).toContain(`\`${code}\``);
    }
  });

  it('links only proof files that exist', () => {
    const missing = RULES.flatMap((rule) => rule.proof.filter((path) => !existsSync(path)).map((path) => `${rule.id}: ${path}`));
    expect(missing).toEqual([]);
  });

  it('links the proof files and lists finding codes once the catalogue has them', () => {
    const base = RULES[0] as Rule;
    const rule: Rule = { ...base, findingCodes: ['FIRST_RESPONDER_SILENT'], proof: ['test/rules/a.test.ts', 'test/b.test-prop.ts'] };
    const section = sectionOf(renderRulesDoc([rule]), rule.id);
    expect(section).toContain('**Finding codes:** `FIRST_RESPONDER_SILENT`');
    expect(section).toContain(
      '**Proved by:** [test/rules/a.test.ts](../test/rules/a.test.ts), [test/b.test-prop.ts](../test/b.test-prop.ts)',
    );
    expect(sectionOf(renderRulesDoc([{ ...rule, proof: [] }]), rule.id)).toContain('**Proved by:** no test file listed yet');
  });
});
