import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/policy';
import { deadlineBoard } from '../../src/supervision/deadlines';
import { toStaffRef } from '../../src/inquiry/staff';
import { classifyLiability, notifyMissing, receive, recordMaterialsReceived, reopen, resolve, transfer } from '../support/commands';
import { clerk, guard, plumber } from '../support/staff';
import { at, history } from '../audit/history';

// FI-17 with FI-05: what is overdue, and what is at risk (≥ 80 % of the limit used by default).
describe('overdue and at-risk lists as of an instant', () => {
  const desk = [
    // A: repair, Friday 17:00 → due Wednesday 17:00, held by the plumber.
    receive({ inquiryId: 'A', by: guard, at: at.fri('17:00') }),
    transfer({ inquiryId: 'A', by: guard, to: plumber, at: at.fri('17:10') }),
    // B: enquiry (1 working day), Tuesday 09:00 next week → due Tuesday 18:00.
    receive({ inquiryId: 'B', by: clerk, category: 'enquiry', at: at.nextTue('09:00') }),
    // C: repair settled in time: never listed.
    receive({ inquiryId: 'C', by: guard, at: at.fri('17:30') }),
    classifyLiability({ inquiryId: 'C', by: guard, at: at.nextMon('09:00') }),
    resolve({ inquiryId: 'C', by: guard, at: at.nextMon('09:30') }),
  ];
  const events = history(...desk);

  it('given a repair due Wednesday 17:00 and an enquiry due Tuesday 18:00, as of Tuesday 17:00, then the enquiry is at risk (8 of 9 hours used) and nothing is overdue', () => {
    const board = deadlineBoard(events, at.nextTue('17:00'));
    expect(board.overdue).toEqual([]);
    expect(board.atRisk.map((e) => [e.inquiryId, e.holder.id, Number(e.used.toFixed(3))])).toEqual([['B', clerk.id, 0.889]]);
  });

  it('as of Wednesday 16:00, the enquiry is overdue and the repair at risk (26 of 27 working hours)', () => {
    const board = deadlineBoard(events, at.nextWed('16:00'));
    expect(board.overdue).toEqual([
      expect.objectContaining({
        inquiryId: 'B',
        category: 'enquiry',
        holder: toStaffRef(clerk),
        accountable: toStaffRef(clerk),
        stage: 0,
        deadline: '2026-05-12T18:00:00.000+08:00',
      }),
    ]);
    expect(board.atRisk).toEqual([
      expect.objectContaining({
        inquiryId: 'A',
        holder: toStaffRef(plumber),
        stage: 1,
        deadline: '2026-05-13T17:00:00.000+08:00',
        limit: { amount: 3, unit: 'working-days' },
      }),
    ]);
  });

  it('lists the most pressing first, and names the first responder under first-responder-retains', () => {
    const board = deadlineBoard(events, at.nextWed('17:01'), definePolicy({ accountability: 'first-responder-retains' }));
    expect(board.overdue.map((e) => [e.inquiryId, e.accountable.id, e.holder.id])).toEqual([
      ['B', clerk.id, clerk.id],
      ['A', guard.id, plumber.id],
    ]);
  });

  it('the policy sets the at-risk fraction', () => {
    expect(deadlineBoard(events, at.nextTue('12:00')).atRisk).toEqual([]);
    // As of Tuesday 12:00: B has used 3 of 9 working hours, A 13 of 27.
    expect(deadlineBoard(events, at.nextTue('12:00'), definePolicy({ atRiskFraction: 0.3 })).atRisk.map((e) => e.inquiryId)).toEqual([
      'B',
      'A',
    ]);
    expect(deadlineBoard(events, at.nextTue('12:00'), definePolicy({ atRiskFraction: 0.4 })).atRisk.map((e) => e.inquiryId)).toEqual(['A']);
  });

  it('a reopened inquiry counts its limit from the reopening', () => {
    const reopened = history(...desk, reopen({ inquiryId: 'C', by: clerk, at: at.nextThu('09:00') }));
    const board = deadlineBoard(reopened, at.nextThu('10:00'));
    expect([...board.overdue, ...board.atRisk].map((e) => e.inquiryId)).not.toContain('C');
    // Thursday 09:00 + 27 working hours = Monday 18 May 18:00; as of Tuesday 19 May it is overdue.
    const later = deadlineBoard(reopened, '2026-05-19T10:00:00+08:00');
    expect(later.overdue.find((e) => e.inquiryId === 'C')).toEqual(
      expect.objectContaining({ from: at.nextThu('09:00'), stage: 1, holder: toStaffRef(clerk) }),
    );
  });
});

describe('a limit that never runs out', () => {
  // A policy may say a limit of any positive size; past 9999-12-31 its deadline is "never" and the
  // share used is a real fraction, with or without a wait for materials in between.
  const waited = history(
    receive({ inquiryId: 'W', by: guard, at: at.fri('09:00') }),
    notifyMissing({ inquiryId: 'W', by: guard, at: at.fri('10:00') }),
    recordMaterialsReceived({ inquiryId: 'W', by: guard, at: at.nextMon('10:00') }),
  );
  it.each([
    [2_399_511_334, 'hours'],
    [1e300, 'hours'],
    [1e306, 'hours'],
    [1e15, 'working-days'],
    [1e306, 'working-hours'],
  ] as const)('%s %s: never overdue; listed at a tiny at-risk fraction, the deadline reads never', (amount, unit) => {
    const policy = definePolicy({ categories: { repair: { timeLimit: { amount, unit } } }, atRiskFraction: 1e-12 });
    for (const events of [waited, history(receive({ inquiryId: 'W', by: guard, at: at.fri('09:00') }))]) {
      const board = deadlineBoard(events, '2200-12-31T00:00:00Z', policy);
      expect(board.overdue).toEqual([]);
      for (const entry of board.atRisk) {
        expect(entry.deadline).toBe('never');
        expect(entry.used).toBeGreaterThan(0);
        expect(entry.used).toBeLessThan(1);
      }
      if (amount < 1e16) expect(board.atRisk.map((e) => e.inquiryId)).toEqual(['W']);
    }
  });
});
