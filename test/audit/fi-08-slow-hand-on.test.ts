import { describe, expect, it } from 'vitest';
import { audit } from '../../src/supervision/audit';
import { definePolicy } from '../../src/policy/policy';
import { toStaffRef } from '../../src/inquiry/staff';
import { escalate, nameHandler, receive, transfer } from '../support/commands';
import { absentElectrician, guard, manager, plumber } from '../support/staff';
import { at, history } from './history';

// A complaint (5 working days), so only the hand-on clocks are in play within these few hours.
const powerComplaint = receive({ by: guard, category: 'complaint', intent: 'The corridor lights of block 3 are out', at: at.mon('09:00') });
const asked = escalate({ by: guard, at: at.mon('10:00'), leader: manager, absentHandler: absentElectrician });
const named = nameHandler({ by: manager, at: at.mon('10:30'), handler: plumber });
const handOn = (when: string) => transfer({ by: guard, to: plumber, reason: 'named-handler', at: when });
const codes = (events: Parameters<typeof audit>[0], asOf: string) => audit(events, asOf).filter((f) => f.rule === 'FI-08');

// FI-08: handler absent: keep it (先行接收), ask a leader (请示相关领导), hand on promptly (及时转办) (篇1 ¶4, 篇3 4).
// Defaults: hand on within 1 working day of asking; within 2 working hours of a handler being named.
describe('FI-08 hand on promptly after the handler was found absent', () => {
  it('given an escalation Monday 10:00 and no handover, as of Tuesday 10:01, then SLOW_HAND_ON_AFTER_ESCALATION naming the guard who kept it', () => {
    const findings = codes(history(powerComplaint, asked), at.tue('10:01'));
    expect(findings).toEqual([
      expect.objectContaining({ code: 'SLOW_HAND_ON_AFTER_ESCALATION', stage: 0, accountable: toStaffRef(guard), settled: false }),
    ]);
    expect(findings[0]?.message).toContain('Zhang Qiang was absent');
    expect(findings[0]?.message).toContain('no handler was named');
    expect(codes(history(powerComplaint, asked), at.tue('10:00'))).toEqual([]);
  });

  it('given a handler named Monday 10:30, a handover at 12:31 is SLOW_HAND_ON_AFTER_NAMING; at 12:30 it is prompt', () => {
    const late = codes(history(powerComplaint, asked, named, handOn(at.mon('12:31'))), at.tue('09:00'));
    expect(late).toEqual([
      expect.objectContaining({ code: 'SLOW_HAND_ON_AFTER_NAMING', stage: 0, holder: toStaffRef(guard), settled: true }),
    ]);
    expect(Date.parse(late[0]?.arisenAt ?? '')).toBe(Date.parse(at.mon('12:30')));
    expect(codes(history(powerComplaint, asked, named, handOn(at.mon('12:30'))), at.tue('09:00'))).toEqual([]);
  });

  it('the hand-on limits count working hours: named Friday 17:30, handed over Monday 10:29 is prompt', () => {
    const friday = [
      receive({ by: guard, category: 'complaint', at: at.fri('17:00') }),
      escalate({ by: guard, at: at.fri('17:10'), leader: manager, absentHandler: absentElectrician }),
      nameHandler({ by: manager, at: at.fri('17:30'), handler: plumber }),
      handOn(at.nextMon('10:29')),
    ];
    expect(codes(history(...friday), at.nextMon('12:00'))).toEqual([]);
  });

  it('asking the leader again does not restart the clock', () => {
    const again = escalate({ by: guard, at: at.tue('09:00'), leader: manager, question: 'Any news on who takes it?' });
    expect(codes(history(powerComplaint, asked, again), at.tue('10:01')).map((f) => f.code)).toEqual(['SLOW_HAND_ON_AFTER_ESCALATION']);
  });

  it('the policy sets both limits', () => {
    const policy = definePolicy({ namedHandOn: { amount: 30, unit: 'hours' }, escalationHandOn: { amount: 3, unit: 'working-days' } });
    const events = history(powerComplaint, asked, named);
    expect(audit(events, at.tue('16:30'), policy).filter((f) => f.rule === 'FI-08')).toEqual([]);
    expect(
      audit(events, at.tue('16:31'), policy)
        .filter((f) => f.rule === 'FI-08')
        .map((f) => f.code),
    ).toEqual(['SLOW_HAND_ON_AFTER_NAMING']);
  });
});

describe('FI-08 finding messages', () => {
  it('read as one sentence with the limit in words: “within 1 working day”', () => {
    const unnamed = escalate({ by: guard, at: at.mon('10:00'), leader: manager });
    const [finding] = audit(history(powerComplaint, unnamed), at.tue('10:01')).filter((f) => f.rule === 'FI-08');
    expect(finding?.message).toBe(
      'The handler was absent and Liu Fang was asked, but Wang Wei did not hand INQ-2026-0001 on within 1 working day (no handler was named).',
    );
  });
});
