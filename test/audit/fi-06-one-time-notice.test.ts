import { describe, expect, it } from 'vitest';
import { audit } from '../../src/supervision/audit';
import { definePolicy } from '../../src/policy/policy';
import { toStaffRef } from '../../src/inquiry/staff';
import { notifyMissing, receive, transfer } from '../support/commands';
import { clerk, guard } from '../support/staff';
import { at, history } from './history';

const permit = (by = clerk) => receive({ by, category: 'renovation-permit', intent: 'Renovation permit for 1202', at: at.mon('09:00') });
const first = notifyMissing({ by: clerk, at: at.mon('09:10'), items: ['property certificate', 'renovation drawings'] });
const noticeFindings = (events: Parameters<typeof audit>[0], policy = definePolicy()) =>
  audit(events, at.mon('12:00'), policy).filter((f) => f.code === 'NOTICE_NOT_ONE_TIME');

// FI-06: every missing item is told in ONE notice; the requester never comes a third time (不讓群眾跑第三趟, 篇1 ¶2).
describe('FI-06 tell everything missing at once', () => {
  it('given a notice listing two documents, when a second notice asks for a new one, then NOTICE_NOT_ONE_TIME naming the clerk', () => {
    const events = history(permit(), first, notifyMissing({ by: clerk, at: at.mon('11:00'), items: ['contractor licence'] }));
    expect(noticeFindings(events)).toEqual([
      expect.objectContaining({
        rule: 'FI-06',
        stage: 0,
        accountable: toStaffRef(clerk),
        actor: toStaffRef(clerk),
        arisenAt: at.mon('11:00'),
        settled: true,
      }),
    ]);
    expect(noticeFindings(events)[0]?.message).toContain('contractor licence');
  });

  it('a reminder repeating what was already asked (in any case or spacing) is no finding', () => {
    const events = history(permit(), first, notifyMissing({ by: clerk, at: at.mon('11:00'), items: ['Property  Certificate'] }));
    expect(noticeFindings(events)).toEqual([]);
  });

  it('the first notice is never a finding, however many items it lists', () => {
    expect(noticeFindings(history(permit(), first))).toEqual([]);
  });

  it('a new handler asking for something new after a handover is still a second notice; under first-responder-retains the first responder answers', () => {
    const events = history(
      permit(guard),
      notifyMissing({ by: guard, at: at.mon('09:10'), items: ['property certificate'] }),
      transfer({ by: guard, to: clerk, at: at.mon('09:20') }),
      notifyMissing({ by: clerk, at: at.mon('10:00'), items: ['renovation drawings'] }),
    );
    expect(noticeFindings(events).map((f) => [f.stage, f.accountable.id, f.actor?.id])).toEqual([[1, clerk.id, clerk.id]]);
    const retained = noticeFindings(events, definePolicy({ accountability: 'first-responder-retains' }));
    expect(retained.map((f) => [f.stage, f.accountable.id, f.actor?.id])).toEqual([[1, guard.id, clerk.id]]);
  });
});
