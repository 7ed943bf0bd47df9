import { describe, expect, it } from 'vitest';
import { createHoldings, holdings } from '../../src/supervision/holdings';
import { toStaffRef } from '../../src/inquiry/staff';
import { classifyLiability, reassign, receive, reopen, resolve, transfer } from '../support/commands';
import { followedUp } from '../support/events';
import { clerk, gardener, guard, manager, plumber } from '../support/staff';
import { at, history } from '../audit/history';

// FI-17: managers see, at any time, who holds what (篇2 ¶2).
describe('who holds what now', () => {
  const desk = [
    receive({ inquiryId: 'A', by: guard, at: at.mon('09:00') }),
    receive({ inquiryId: 'B', by: clerk, category: 'enquiry', at: at.mon('09:05') }),
    transfer({ inquiryId: 'A', by: guard, to: plumber, at: at.mon('09:10') }),
    receive({ inquiryId: 'C', by: gardener, category: 'complaint', at: at.mon('09:20') }),
    reassign({ inquiryId: 'C', by: manager, to: clerk, at: at.mon('10:00') }),
    receive({ inquiryId: 'D', by: guard, at: at.mon('10:30') }),
    classifyLiability({ inquiryId: 'D', by: guard, at: at.mon('10:40') }),
    resolve({ inquiryId: 'D', by: guard, at: at.mon('11:00') }),
  ];
  const events = history(...desk);

  it('given handovers, a reassignment and a closure, then each open inquiry is listed once, under its responsible person and department', () => {
    expect(holdings(events)).toEqual({
      open: 3,
      skipped: 0,
      byPerson: [
        {
          staff: toStaffRef(clerk),
          inquiries: [
            { inquiryId: 'B', category: 'enquiry', stage: 0, since: at.mon('09:05') },
            { inquiryId: 'C', category: 'complaint', stage: 1, since: at.mon('10:00') },
          ],
        },
        { staff: toStaffRef(plumber), inquiries: [{ inquiryId: 'A', category: 'repair', stage: 1, since: at.mon('09:10') }] },
      ],
      byDepartment: [
        { department: 'customer-service', open: 2, people: [expect.objectContaining({ staff: toStaffRef(clerk) })] },
        { department: 'engineering', open: 1, people: [expect.objectContaining({ staff: toStaffRef(plumber) })] },
      ],
    });
  });

  it('a reopened inquiry is held again, by whoever reopened it', () => {
    const view = holdings(history(...desk, reopen({ inquiryId: 'D', by: gardener, at: at.tue('09:00') })));
    expect(view.byPerson.find((p) => p.staff.id === gardener.id)?.inquiries).toEqual([
      { inquiryId: 'D', category: 'repair', stage: 1, since: at.tue('09:00') },
    ]);
  });

  it('is incremental: the view after each event equals the view of the events so far', () => {
    const board = createHoldings();
    events.forEach((event, i) => {
      board.add(event);
      expect(board.view()).toEqual(holdings(events.slice(0, i + 1)));
    });
  });

  it('events that cannot apply are skipped and counted, not silently dropped', () => {
    const view = holdings([followedUp({ inquiryId: 'nobody', at: at.mon('09:00') }), ...events]);
    expect([view.skipped, view.open]).toEqual([1, 3]);
  });
});
