import { describe, expect, it } from 'vitest';
import { audit } from '../../src/supervision/audit';
import { notifyMissing, receive, recordMaterialsReceived, followUp } from '../support/commands';
import { missingNotified, received } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { clerk } from '../support/staff';
import { minute } from '../support/time';
import { at, history } from './history';

// FI-05 counts "with complete paperwork" (資料齊全的情況下…規定的時限, 篇1 ¶2). A renovation permit has
// 5 working days (45 working hours, Monday–Friday 09:00–18:00 in Shanghai).
const may = (day: number, hhmm: string) => `2026-05-${String(day).padStart(2, '0')}T${hhmm}:00+08:00`;
const codes = (events: Parameters<typeof audit>[0], asOf: string) => audit(events, asOf).map((f) => f.code);

describe('FI-05 while the requester brings missing materials', () => {
  const permit = receive({ by: clerk, category: 'renovation-permit', at: at.mon('09:00'), intent: 'Renovation permit for 3-1202' });
  const notice = notifyMissing({ by: clerk, at: at.mon('10:00') });
  // One working hour used before the notice; 44 left when the papers arrive on Wednesday 20 May 10:00:
  // Wed 8 h, Thu 9 h, Fri 9 h, Mon 9 h, Tue 9 h → Tuesday 26 May 18:00.
  const complete = history(permit, notice, recordMaterialsReceived({ by: clerk, at: may(20, '10:00') }));

  it('the clerk who sent the one-time notice is not blamed for the requester’s 16-day wait', () => {
    expect(codes(history(permit, notice), may(20, '09:00'))).toEqual([]);
    expect(codes(complete, may(20, '10:00'))).toEqual([]);
  });

  it('the limit resumes with what was left when the papers arrived, and runs out then', () => {
    expect(codes(complete, may(26, '18:00'))).not.toContain('OVERDUE');
    const overdue = audit(complete, may(26, '18:01')).find((f) => f.code === 'OVERDUE');
    expect(Date.parse(overdue?.arisenAt ?? '')).toBe(Date.parse(may(26, '18:00')));
    expect(overdue?.message).toContain('not counting the wait');
    expect(overdue?.accountable.id).toBe(clerk.id);
  });

  it('time before a late notice is staff’s time: it still counts', () => {
    // Notice on Friday 17:00: 44 working hours used, one left after the papers arrive.
    const late = history(
      permit,
      notifyMissing({ by: clerk, at: at.fri('17:00') }),
      recordMaterialsReceived({ by: clerk, at: may(20, '10:00') }),
    );
    expect(codes(late, may(20, '11:00'))).not.toContain('OVERDUE');
    expect(codes(late, may(20, '11:01'))).toContain('OVERDUE');
  });

  it('a notice sent after the limit ran out does not excuse the delay', () => {
    const tooLate = history(permit, notifyMissing({ by: clerk, at: at.nextTue('10:00') }));
    expect(codes(tooLate, may(20, '09:00'))).toContain('OVERDUE');
  });

  it('nothing done after the papers arrived is inaction; waiting for the requester is not', () => {
    expect(codes(history(permit, notice), may(29, '09:00'))).not.toContain('INACTION');
    // Idle from Wednesday 20 May 10:00 for 3 working days (27 h): Monday 25 May 10:00.
    expect(codes(complete, may(25, '10:00'))).not.toContain('INACTION');
    expect(codes(complete, may(25, '10:01'))).toContain('INACTION');
    const busy = history(
      permit,
      notice,
      recordMaterialsReceived({ by: clerk, at: may(20, '10:00') }),
      followUp({ by: clerk, at: may(22, '10:00') }),
    );
    expect(codes(busy, may(25, '10:01'))).not.toContain('INACTION');
  });
});

describe('RecordMaterialsReceived', () => {
  const open = [received({ by: clerk, category: 'renovation-permit' })];

  it('records that everything outstanding arrived, and clears the outstanding items', () => {
    const noticed = [...open, missingNotified({ by: clerk, at: minute(5) })];
    const [event] = spec(noticed)
      .when(recordMaterialsReceived({ by: clerk, at: minute(60) }))
      .thenAccepted();
    expect(event?.type === 'MaterialsReceived' && event.data.items).toEqual(missingNotified().data.items);
    expect(
      event !== undefined &&
        stateAfter([...noticed, event]).status !== 'none' &&
        (stateAfter([...noticed, event]) as { missingItems: readonly string[] }).missingItems,
    ).toEqual([]);
  });

  it('is refused when nothing is outstanding', () => {
    spec(open)
      .when(recordMaterialsReceived({ by: clerk, at: minute(5) }))
      .thenRefused({ code: 'NO_MATERIALS_OUTSTANDING', rule: null });
  });
});
