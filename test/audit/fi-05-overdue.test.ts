import { describe, expect, it } from 'vitest';
import { audit } from '../../src/supervision/audit';
import { definePolicy } from '../../src/policy/policy';
import { toStaffRef } from '../../src/inquiry/staff';
import { classifyLiability, followUp, receive, reopen, resolve, transfer } from '../support/commands';
import { clerk, guard, plumber } from '../support/staff';
import { at, history } from './history';

const retains = definePolicy({ accountability: 'first-responder-retains' });

// FI-05: a matter within scope is finished within the prescribed time limit (规定的时限, 篇1 ¶2).
// Default limits: repair 3 working days, emergency repair 4 clock hours; Monday–Friday 09:00–18:00 in Shanghai.
describe('FI-05 finish within the prescribed time limit', () => {
  // Friday 17:00 + 3 working days = Monday 17:00, Tuesday 17:00, Wednesday 17:00 (the week-end does not count).
  const repairHandedToPlumber = history(
    receive({ by: guard, at: at.fri('17:00') }),
    transfer({ by: guard, to: plumber, at: at.fri('17:10') }),
    followUp({ by: plumber, at: at.nextMon('10:00') }),
  );

  it('given a repair received Friday 17:00 with a 3-working-day limit, as of Wednesday 17:01, then OVERDUE naming the engineer who held it', () => {
    const findings = audit(repairHandedToPlumber, at.nextWed('17:01'));
    expect(findings.filter((f) => f.code === 'OVERDUE')).toEqual([
      expect.objectContaining({
        rule: 'FI-05',
        code: 'OVERDUE',
        inquiryId: 'INQ-2026-0001',
        stage: 1,
        holder: toStaffRef(plumber),
        accountable: toStaffRef(plumber),
        settled: false,
      }),
    ]);
    const overdue = findings.find((f) => f.code === 'OVERDUE');
    expect(Date.parse(overdue?.arisenAt ?? '')).toBe(Date.parse(at.nextWed('17:00')));
    expect(overdue?.message).toContain('3 working days');
  });

  it('as of Wednesday 17:00 exactly, the limit has not yet run out', () => {
    expect(audit(repairHandedToPlumber, at.nextWed('17:00')).map((f) => f.code)).not.toContain('OVERDUE');
  });

  it('under first-responder-retains the guard who received it stays accountable; the plumber is still shown as holder', () => {
    const overdue = audit(repairHandedToPlumber, at.nextWed('17:01'), retains).find((f) => f.code === 'OVERDUE');
    expect([overdue?.accountable, overdue?.holder]).toEqual([toStaffRef(guard), toStaffRef(plumber)]);
  });

  it('a repair resolved late keeps a settled OVERDUE finding, dated when the limit ran out', () => {
    const events = history(
      receive({ by: guard, at: at.fri('17:00') }),
      transfer({ by: guard, to: plumber, at: at.fri('17:10') }),
      classifyLiability({ by: plumber, at: at.nextThu('09:00') }),
      resolve({ by: plumber, at: at.nextThu('10:00') }),
    );
    const findings = audit(events, at.nextThu('12:00')).filter((f) => f.code === 'OVERDUE');
    expect(findings).toEqual([expect.objectContaining({ stage: 1, accountable: toStaffRef(plumber), settled: true })]);
    expect(Date.parse(findings[0]?.arisenAt ?? '')).toBe(Date.parse(at.nextWed('17:00')));
  });

  it('a repair resolved within the limit has no OVERDUE finding, however late the audit', () => {
    const events = history(
      receive({ by: guard, at: at.fri('17:00') }),
      classifyLiability({ by: guard, at: at.nextWed('16:00') }),
      resolve({ by: guard, at: at.nextWed('17:00') }),
    );
    expect(audit(events, '2027-01-01T00:00:00+08:00')).toEqual([]);
  });

  it('an emergency repair counts clock hours, week-end or not: received Saturday 23:00, overdue after Sunday 03:00', () => {
    const events = history(receive({ by: guard, category: 'emergency-repair', at: at.sat('23:00') }));
    expect(audit(events, at.sun('03:00')).map((f) => f.code)).toEqual([]);
    expect(audit(events, at.sun('03:01')).map((f) => f.code)).toEqual(['OVERDUE']);
  });

  it('the policy decides the limit: a 1-working-day limit for repairs makes Monday 17:01 overdue', () => {
    const strict = definePolicy({ categories: { repair: { timeLimit: { amount: 1, unit: 'working-days' } } } });
    const overdue = audit(repairHandedToPlumber, at.nextMon('17:01'), strict).filter((f) => f.code === 'OVERDUE');
    expect(overdue.map((f) => f.accountable.id)).toEqual([plumber.id]);
  });

  it('a category the policy does not list falls back to fallbackTimeLimit', () => {
    const events = history(receive({ by: clerk, category: 'parking', at: at.mon('09:00') }));
    const policy = definePolicy({ fallbackTimeLimit: { amount: 2, unit: 'working-hours' } });
    expect(audit(events, at.mon('11:00'), policy).map((f) => f.code)).toEqual([]);
    expect(audit(events, at.mon('11:01'), policy).map((f) => f.code)).toEqual(['OVERDUE']);
  });

  it('a reopened matter gets a fresh limit from the reopening, and the one who reopened it answers for it', () => {
    const events = history(
      receive({ by: guard, at: at.mon('09:00') }),
      classifyLiability({ by: guard, at: at.mon('10:00') }),
      resolve({ by: guard, at: at.mon('11:00') }),
      reopen({ by: clerk, at: at.fri('09:00') }),
    );
    // Fresh limit: Friday 09:00 + 27 working hours = Friday, Monday, Tuesday until 18:00.
    expect(audit(events, at.nextTue('18:00'), retains).map((f) => f.code)).toEqual([]);
    const overdue = audit(events, at.nextTue('18:01'), retains).filter((f) => f.code === 'OVERDUE');
    expect(overdue).toEqual([expect.objectContaining({ stage: 1, holder: toStaffRef(clerk), accountable: toStaffRef(clerk) })]);
  });
});
