import { describe, expect, it } from 'vitest';
import { audit } from '../../src/supervision/audit';
import { staffRecords } from '../../src/supervision/staff-records';
import { toStaffRef } from '../../src/inquiry/staff';
import { classifyLiability, declineDemand, reassign, receive, resolve, transfer } from '../support/commands';
import { clerk, guard, manager, plumber } from '../support/staff';
import { at, history } from '../audit/history';

// FI-16 and FI-17: an accountability record per person: what they received, passed on, settled,
// and the findings that name them.
describe('per-person records', () => {
  const events = history(
    receive({ inquiryId: 'A', by: guard, at: at.mon('09:00') }),
    transfer({ inquiryId: 'A', by: guard, to: plumber, at: at.mon('09:10') }),
    receive({ inquiryId: 'B', by: guard, category: 'complaint', at: at.mon('09:20') }),
    reassign({ inquiryId: 'B', by: manager, to: clerk, at: at.mon('10:00') }),
    declineDemand({ inquiryId: 'B', by: clerk, at: at.mon('11:00') }),
    receive({ inquiryId: 'C', by: clerk, category: 'enquiry', at: at.mon('11:30') }),
    classifyLiability({ inquiryId: 'A', by: plumber, at: at.thu('09:00') }),
    resolve({ inquiryId: 'A', by: plumber, at: at.thu('10:00') }),
  );

  it('given receipts, a handover, a reassignment, a decline and a late resolution, then each person’s acts and findings by rule', () => {
    const asOf = at.thu('12:00');
    const records = staffRecords(events, audit(events, asOf));
    expect(records).toEqual(
      [
        // The leader who reassigned B holds no record of their own acts here: a reassignment is counted for the receiver.
        { staff: toStaffRef(guard), receivedFirst: 2, takenOver: 0, handedOver: 1, resolved: 0, declined: 0, stagesHeld: 2, findings: {} },
        // A (repair, due Wednesday 18:00) was resolved on Thursday: overdue while the plumber held it.
        {
          staff: toStaffRef(plumber),
          receivedFirst: 0,
          takenOver: 1,
          handedOver: 0,
          resolved: 1,
          declined: 0,
          stagesHeld: 1,
          findings: { 'FI-05': 1 },
        },
        // C (enquiry, due Tuesday 11:30) is still open and untouched since Monday 11:30: overdue, and idle for 3 working days.
        {
          staff: toStaffRef(clerk),
          receivedFirst: 1,
          takenOver: 1,
          handedOver: 0,
          resolved: 0,
          declined: 1,
          stagesHeld: 2,
          findings: { 'FI-05': 1, 'FI-16': 1 },
        },
      ].sort((a, b) => (a.staff.id < b.staff.id ? -1 : 1)),
    );
  });

  it('without findings, the records count acts only', () => {
    expect(staffRecords(events).every((r) => Object.keys(r.findings).length === 0)).toBe(true);
  });
});
