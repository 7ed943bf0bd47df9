import { describe, expect, it } from 'vitest';
import { fold } from '../../src/inquiry/decider';
import { createStageChains, stageChains } from '../../src/supervision/stage-chains';
import { toStaffRef } from '../../src/inquiry/staff';
import { classifyLiability, escalate, nameHandler, reassign, receive, reopen, resolve, transfer } from '../support/commands';
import { absentElectrician, clerk, gardener, guard, manager, plumber } from '../support/staff';
import { at, history } from '../audit/history';

// FI-09 and FI-17: one matter can have a chain of responsible persons (如此例推…不只一個“首問責任人”).
describe("each inquiry's chain of stages", () => {
  const desk = [
    receive({ inquiryId: 'A', by: gardener, at: at.mon('09:00') }),
    receive({ inquiryId: 'B', by: clerk, category: 'enquiry', at: at.mon('09:01') }),
    escalate({ inquiryId: 'A', by: gardener, leader: manager, absentHandler: absentElectrician, at: at.mon('09:05') }),
    nameHandler({ inquiryId: 'A', by: manager, handler: plumber, at: at.mon('09:20') }),
    transfer({ inquiryId: 'A', by: gardener, to: plumber, reason: 'named-handler', at: at.mon('09:30') }),
    reassign({ inquiryId: 'A', by: manager, to: guard, at: at.mon('13:00') }),
    classifyLiability({ inquiryId: 'A', by: guard, at: at.mon('15:00') }),
    resolve({ inquiryId: 'A', by: guard, at: at.mon('16:00') }),
    reopen({ inquiryId: 'A', by: clerk, at: at.wed('10:00') }),
  ];
  const events = history(...desk);

  it('given a receipt, a named-handler handover, a reassignment, a closure and a reopening, then four stages: who, from when to when, how each began and ended', () => {
    expect(stageChains(events).find((c) => c.inquiryId === 'A')).toEqual({
      inquiryId: 'A',
      category: 'repair',
      status: 'open',
      stages: [
        { index: 0, holder: toStaffRef(gardener), from: at.mon('09:00'), startedBy: 'received', to: at.mon('09:30'), endedBy: 'handover' },
        {
          index: 1,
          holder: toStaffRef(plumber),
          from: at.mon('09:30'),
          startedBy: 'handover',
          to: at.mon('13:00'),
          endedBy: 'reassignment',
        },
        {
          index: 2,
          holder: toStaffRef(guard),
          from: at.mon('13:00'),
          startedBy: 'reassignment',
          movedBy: toStaffRef(manager),
          to: at.mon('16:00'),
          endedBy: 'resolved',
        },
        { index: 3, holder: toStaffRef(clerk), from: at.wed('10:00'), startedBy: 'reopened' },
      ],
      escalations: [
        {
          stage: 0,
          at: at.mon('09:05'),
          by: toStaffRef(gardener),
          leader: toStaffRef(manager),
          absentHandler: toStaffRef(absentElectrician),
          question: expect.any(String),
          named: { handler: toStaffRef(plumber), at: at.mon('09:20') },
        },
      ],
    });
  });

  it('agrees with the stages the core state keeps for each inquiry', () => {
    for (const chain of stageChains(events)) {
      const state = fold(events.filter((e) => e.data.inquiryId === chain.inquiryId));
      expect(state.status !== 'none' && state.stages).toEqual(chain.stages.map(({ movedBy: _, ...stage }) => stage));
    }
  });

  it('lists every inquiry, in id order; a released chain is returned and dropped', () => {
    const chains = createStageChains();
    for (const event of events) chains.add(event);
    expect(chains.view().map((c) => [c.inquiryId, c.stages.length])).toEqual([
      ['A', 4],
      ['B', 1],
    ]);
    expect(chains.release('B')?.stages).toHaveLength(1);
    expect(chains.view().map((c) => c.inquiryId)).toEqual(['A']);
    expect(chains.skipped()).toBe(0);
  });
});
