import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import type { InquiryCommand } from '../../src/inquiry/commands';
import { createDecider } from '../../src/inquiry/decider';
import { decide } from '../../src/inquiry/decide';
import { definePolicy } from '../../src/policy/policy';
import { initialState } from '../../src/inquiry/state';
import { DeciderSpecification } from '../../src/testing';
import { INQUIRY_ID, followUp, receive, reassign, reopen, reply, transfer } from '../support/commands';
import { demandDeclined, received, reassigned, reopened, resolved, liabilityClassified } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { absentElectrician, clerk, director, guard, manager, plumber } from '../support/staff';
import { minute } from '../support/time';

const open = [received({ by: guard })];
const closed = [received({ by: guard }), liabilityClassified({ by: guard, at: minute(1) }), resolved({ by: guard, at: minute(30) })];

/** What a JavaScript caller might pass: the types do not protect them. */
function anything(value: unknown): InquiryCommand {
  return value as InquiryCommand;
}

// Refusals that protect the record itself rather than one rule: they carry `rule: null`.
describe('record integrity: refusals without a rule', () => {
  describe('plain garbage from JavaScript callers is refused as a value, naming what is wrong', () => {
    it.each([
      ['null', null],
      ['undefined', undefined],
      ['a number', 42],
      ['a string', 'ReceiveInquiry'],
      ['an array', [receive()]],
      ['an empty object', {}],
      ['an unknown type', { type: 'DeleteInquiry', data: {} }],
      ['a type that is not a string', { type: 7n, data: {} }],
      ['a prototype key as type', { type: 'toString', data: {} }],
    ])('%s', (_, value) => {
      spec(open).when(anything(value)).thenRefused({ code: 'INVALID_COMMAND', rule: null, field: 'type' });
    });

    it.each([
      ['no data', { type: 'FollowUp' }, 'data'],
      ['data that is null', { type: 'FollowUp', data: null }, 'data'],
      ['a note that is a function', { type: 'FollowUp', data: { ...followUp().data, note: () => 'done' } }, 'data.note'],
      ['a note that is a BigInt', { type: 'FollowUp', data: { ...followUp().data, note: 12n } }, 'data.note'],
      ['a note that refers to itself', { type: 'FollowUp', data: { ...followUp().data, note: cyclic() } }, 'data.note'],
    ])('a known type with %s', (_, value, field) => {
      const refusal = spec(open).when(anything(value)).thenRefused({ code: 'INVALID_COMMAND', rule: null, field });
      expect(refusal.message).toContain(field);
    });
  });

  it.each([
    ['an instant without a zone', receive({ at: '2026-05-04 09:30' }), 'data.at'],
    ['a blank inquiry id', receive({ inquiryId: '  ' }), 'data.inquiryId'],
    ['a channel that does not exist', anything(receive({ channel: 'fax' as 'call' })), 'data.channel'],
    [
      'an actor without the on-duty fact',
      anything({ type: 'ReceiveInquiry', data: { ...receive().data, actor: { id: 'x', name: 'X', department: 'd' } } }),
      'data.actor.onDuty',
    ],
    ['a requester without a name', anything({ type: 'ReceiveInquiry', data: { ...receive().data, requester: {} } }), 'data.requester.name'],
    ['metadata of the wrong shape', anything({ ...receive(), metadata: { commandId: 1 } }), 'metadata.commandId'],
  ])('refuses a malformed command (%s), naming the field', (_, command, field) => {
    const refusal = spec([]).when(command).thenRefused({ code: 'INVALID_COMMAND', rule: null, field });
    expect(refusal.message).toContain(field);
  });

  it('refuses an act by a staff member with a blank id: every act must be attributable', () => {
    spec([])
      .when(receive({ by: { ...guard, id: ' ' } }))
      .thenRefused({ code: 'INVALID_COMMAND', rule: null, field: 'data.actor.id' });
  });

  it('accepts well-formed metadata and leaves it to the command handler', () => {
    spec([])
      .when({ ...receive(), metadata: { commandId: 'c-1', correlationId: 'call-77' } })
      .then([received()]);
  });

  it('refuses a category the policy does not know, and lists the known ones; a policy may allow unknown categories', () => {
    const refusal = spec([])
      .when(receive({ category: 'pets' }))
      .thenRefused({ code: 'UNKNOWN_CATEGORY', rule: null, field: 'data.category' });
    expect(refusal.message).toContain('repair');
    DeciderSpecification.for(createDecider(definePolicy({ allowUnknownCategories: true })))([])
      .when(receive({ category: 'pets' }))
      .then([received({ category: 'pets' })]);
  });

  it('refuses an act on an inquiry that was never received', () => {
    spec([]).when(followUp()).thenRefused({ code: 'INQUIRY_NOT_FOUND', rule: null, field: 'data.inquiryId' });
  });

  it('refuses a command for another inquiry than the state it is decided against', () => {
    spec(open)
      .when(followUp({ inquiryId: 'INQ-2026-0002' }))
      .thenRefused({ code: 'INQUIRY_MISMATCH', rule: null, field: 'data.inquiryId' });
  });

  describe('time goes forwards only', () => {
    it('refuses an act dated before the last recorded act', () => {
      spec([...open, reassigned({ by: manager, at: minute(30) })])
        .when(followUp({ by: plumber, at: minute(29) }))
        .thenRefused({ code: 'TIME_WENT_BACKWARDS', rule: null, field: 'data.at' });
    });

    it('accepts an act at the same instant, also when written in another zone', () => {
      spec(open)
        .when(followUp({ at: received().data.at }))
        .thenAccepted();
      spec(open)
        .when(followUp({ at: '2026-05-04T09:30:00+08:00' }))
        .thenAccepted();
    });

    it('compares instants, not strings: an earlier instant written in a later-looking zone is refused', () => {
      spec(open)
        .when(followUp({ at: '2026-05-04T09:29:00+08:00' }))
        .thenRefused({ code: 'TIME_WENT_BACKWARDS', rule: null });
    });
  });

  describe('reopening', () => {
    it('refuses to reopen an inquiry that is still open', () => {
      spec(open)
        .when(reopen({ by: clerk, at: minute(5) }))
        .thenRefused({ code: 'INQUIRY_NOT_CLOSED', rule: null });
    });

    it('reopens a closed inquiry: whoever takes it is responsible for a new stage that starts then', () => {
      spec(closed)
        .when(reopen({ by: clerk, at: minute(60) }))
        .then([reopened({ by: clerk, at: minute(60) })]);
      const state = stateAfter([...closed, reopened({ by: clerk, at: minute(60) })]);
      expect(state.status === 'open' && state.stages.map((s) => [s.holder.id, s.from, s.startedBy])).toEqual([
        [guard.id, received().data.at, 'received'],
        [clerk.id, minute(60), 'reopened'],
      ]);
    });

    it('refuses a reopen that does not say why the requester came back', () => {
      spec(closed)
        .when(reopen({ by: clerk, at: minute(60), reason: '' }))
        .thenRefused({ code: 'TEXT_REQUIRED', rule: null, field: 'data.reason' });
    });
  });

  it('refuses every act but a reopen on a closed inquiry', () => {
    spec(closed)
      .when(reply({ at: minute(40) }))
      .thenRefused({ code: 'INQUIRY_CLOSED', rule: 'FI-02' });
    spec([...open, demandDeclined({ at: minute(5) })])
      .when(transfer({ at: minute(40) }))
      .thenRefused({ code: 'INQUIRY_CLOSED', rule: 'FI-02' });
  });

  it('refuses acts by staff who are not responsible', () => {
    spec(open)
      .when(reply({ by: clerk }))
      .thenRefused({ code: 'NOT_RESPONSIBLE', rule: 'FI-02', field: 'data.actor.id' });
  });

  describe('leader-only acts', () => {
    it('a leader reassigns an open matter to an on-duty colleague; the chain stays unbroken and the leader’s act is recorded', () => {
      spec(open)
        .when(reassign({ by: manager, at: minute(30) }))
        .then([reassigned({ by: manager, at: minute(30) })]);
      const state = stateAfter([...open, reassigned({ by: manager, at: minute(30) })]);
      expect(state.status === 'open' && state.stages.map((s) => [s.holder.id, s.from, s.to, s.startedBy, s.endedBy])).toEqual([
        [guard.id, received().data.at, minute(30), 'received', 'reassignment'],
        [plumber.id, minute(30), undefined, 'reassignment', undefined],
      ]);
    });

    it('any leader may reassign, not only one that was asked', () => {
      spec(open)
        .when(reassign({ by: director, at: minute(30), to: clerk }))
        .thenAccepted();
    });

    it('refuses a reassignment by someone who is not a leader, even the responsible person', () => {
      spec(open)
        .when(reassign({ by: plumber, at: minute(30), to: clerk }))
        .thenRefused({ code: 'NOT_A_LEADER', rule: 'FI-08', field: 'data.actor.leader' });
      spec(open)
        .when(reassign({ by: guard, at: minute(30), to: clerk }))
        .thenRefused({ code: 'NOT_A_LEADER', rule: 'FI-08' });
    });

    it('refuses a reassignment to someone off duty, to the holder themself, or without a reason', () => {
      spec(open)
        .when(reassign({ by: manager, to: absentElectrician }))
        .thenRefused({ code: 'HANDLER_OFF_DUTY', rule: 'FI-08', field: 'data.to.onDuty' });
      spec(open)
        .when(reassign({ by: manager, to: guard }))
        .thenRefused({ code: 'HANDOVER_TO_SELF', rule: 'FI-02', field: 'data.to.id' });
      spec(open)
        .when(reassign({ by: manager, reason: ' ' }))
        .thenRefused({ code: 'TEXT_REQUIRED', rule: null, field: 'data.reason' });
      spec(open)
        .when(reassign({ by: manager, to: { ...clerk, name: '' } }))
        .thenRefused({ code: 'HANDOVER_RECEIVER_REQUIRED', rule: 'FI-07', field: 'data.to' });
    });
  });

  it('never touches the state or the command it decides on', () => {
    const state = stateAfter(open);
    const command = transfer({ at: minute(5) });
    const before = structuredClone({ state, command });
    expect(E.isRight(decide(command, state))).toBe(true);
    expect({ state, command }).toEqual(before);
    expect(Object.isFrozen(state)).toBe(true);
    expect(decide(followUp(), initialState())).toEqual(decide(followUp(), initialState()));
    expect(INQUIRY_ID).toBe(command.data.inquiryId);
  });
});

function cyclic(): unknown {
  const node: { self?: unknown } = {};
  node.self = node;
  return node;
}
