import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { decodePolicy, defaultPolicy } from '../../src/policy/policy';
import { audit } from '../../src/supervision/audit';
import { deadlineBoard } from '../../src/supervision/deadlines';
import { receive } from '../support/commands';
import { guard } from '../support/staff';
import { at, history } from '../audit/history';

// The README's policy example is the one file format, and it changes what the audit reports: the
// repair time limit it sets is the one audit and the deadline board use (issue: two policies).

function readmePolicy(): unknown {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Policy'));
  const block = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error('README.md: no ```json block in the Policy section');
  return JSON.parse(block);
}

describe("the README's policy example", () => {
  const decoded = decodePolicy(readmePolicy());
  const policy = E.isRight(decoded) ? decoded.right : defaultPolicy;

  it('decodes without problems', () => {
    expect(E.isRight(decoded) ? [] : decoded.left.problems).toEqual([]);
  });

  it('makes an ordinary repair overdue after one working day, where the default allows three', () => {
    const events = history(receive({ inquiryId: 'R-1', by: guard, category: 'repair', at: at.mon('09:00') }));
    const asOf = at.wed('09:00');
    expect(audit(events, asOf, defaultPolicy).map((f) => f.code)).not.toContain('OVERDUE');
    expect(audit(events, asOf, policy).map((f) => f.code)).toContain('OVERDUE');
    expect(deadlineBoard(events, asOf, defaultPolicy).overdue).toEqual([]);
    expect(deadlineBoard(events, asOf, policy).overdue.map((e) => e.inquiryId)).toEqual(['R-1']);
  });

  it('keeps the repair category’s other fields (scope, liability) while changing its limit', () => {
    expect(policy.categories.repair).toEqual({ ...defaultPolicy.categories.repair, timeLimit: { amount: 1, unit: 'working-days' } });
  });
});
