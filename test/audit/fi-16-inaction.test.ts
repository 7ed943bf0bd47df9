import { describe, expect, it } from 'vitest';
import { audit } from '../../src/supervision/audit';
import { definePolicy } from '../../src/policy/policy';
import { toStaffRef } from '../../src/inquiry/staff';
import { followUp, receive, transfer } from '../support/commands';
import { followedUp } from '../support/events';
import { clerk, gardener, guard } from '../support/staff';
import { at, history } from './history';

// A complaint: 5 working days to settle; inaction is no recorded act for 3 working days (default).
const complaint = receive({ by: guard, category: 'complaint', intent: 'Noise from the gym after 22:00', at: at.mon('09:00') });
const fi16 = (events: Parameters<typeof audit>[0], asOf: string, policy = definePolicy()) =>
  audit(events, asOf, policy).filter((f) => f.rule === 'FI-16');

// FI-16: arbitrary action, rule-breaking action and inaction are accountable (篇1 ¶2; 篇2 ¶1).
describe('FI-16 inaction and acts without responsibility', () => {
  it('given a complaint handed to the clerk Monday 09:10 and nothing since, as of Thursday 09:11, then INACTION naming the clerk', () => {
    const events = history(complaint, transfer({ by: guard, to: clerk, at: at.mon('09:10') }));
    expect(fi16(events, at.thu('09:10'))).toEqual([]);
    expect(fi16(events, at.thu('09:11'))).toEqual([
      expect.objectContaining({ code: 'INACTION', stage: 1, accountable: toStaffRef(clerk), settled: false }),
    ]);
    const retained = fi16(events, at.thu('09:11'), definePolicy({ accountability: 'first-responder-retains' }));
    expect(retained.map((f) => [f.accountable.id, f.holder.id])).toEqual([[guard.id, clerk.id]]);
  });

  it('any recorded act restarts the clock; a gap that was later closed stays as one settled finding', () => {
    const active = history(complaint, followUp({ by: guard, at: at.wed('09:00') }));
    expect(fi16(active, at.thu('09:11'))).toEqual([]);
    const gap = history(complaint, followUp({ by: guard, at: at.nextMon('09:00') }));
    expect(fi16(gap, at.nextMon('10:00')).map((f) => [f.code, f.settled, Date.parse(f.arisenAt)])).toEqual([
      // Monday 09:00 + 27 working hours: Monday, Tuesday, Wednesday until 18:00.
      ['INACTION', true, Date.parse(at.wed('18:00'))],
    ]);
  });

  it('week-ends do not count: received Friday 17:00, idle until Wednesday 17:00 is not yet inaction', () => {
    const friday = history(receive({ by: guard, category: 'complaint', at: at.fri('17:00') }));
    expect(fi16(friday, at.nextWed('17:00'))).toEqual([]);
    expect(fi16(friday, at.nextWed('17:01')).map((f) => f.code)).toEqual(['INACTION']);
  });

  it('given an imported follow-up by someone who did not hold the matter, then ACT_WITHOUT_RESPONSIBILITY naming the holder, with the actor', () => {
    const events = [...history(complaint), followedUp({ by: gardener, at: at.mon('10:00') })];
    expect(fi16(events, at.mon('11:00'))).toEqual([
      expect.objectContaining({
        code: 'ACT_WITHOUT_RESPONSIBILITY',
        accountable: toStaffRef(guard),
        actor: toStaffRef(gardener),
        arisenAt: at.mon('10:00'),
      }),
    ]);
  });
});
