import { describe, expect, it } from 'vitest';
import { escalate, nameHandler, transfer } from '../support/commands';
import { escalated, handlerNamed, received, transferred } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { absentElectrician, director, guard, manager, plumber } from '../support/staff';
import { minute } from '../support/time';

const powerCut = received({ by: guard, category: 'emergency-repair', intent: 'No power in 1202 since 8 am' });
const asked = escalated({ by: guard, at: minute(5), leader: manager, absentHandler: absentElectrician });
const named = handlerNamed({ by: manager, at: minute(15), handler: plumber });

// FI-08: if the competent handler is not at their post, the holder keeps the matter (先行接收), asks a
// leader (请示相关领导), who names an authorised handler, and then hands over promptly (篇1 ¶4, 篇3 4).
describe('FI-08 handler absent: keep it, ask a leader, hand on promptly', () => {
  it('refuses a handover to someone who is not at their post', () => {
    spec([powerCut])
      .when(transfer({ by: guard, to: absentElectrician, at: minute(2) }))
      .thenRefused({ code: 'HANDLER_OFF_DUTY', rule: 'FI-08', field: 'data.to.onDuty' });
  });

  it('asking a leader keeps the matter with its holder', () => {
    spec([powerCut])
      .when(escalate({ by: guard, at: minute(5), leader: manager, absentHandler: absentElectrician }))
      .then([asked]);
    const state = stateAfter([powerCut, asked]);
    expect(state.status === 'open' && state.responsible.id).toBe(guard.id);
    expect(state.status === 'open' && state.escalation?.leader.id).toBe(manager.id);
  });

  it('refuses an escalation to someone who is not a leader', () => {
    spec([powerCut])
      .when(escalate({ by: guard, leader: plumber }))
      .thenRefused({ code: 'NOT_A_LEADER', rule: 'FI-08', field: 'data.leader.leader' });
  });

  it('the leader asked names an on-duty handler; the holder still holds the matter until the handover', () => {
    spec([powerCut, asked])
      .when(nameHandler({ by: manager, at: minute(15), handler: plumber }))
      .then([named]);
    const state = stateAfter([powerCut, asked, named]);
    expect(state.status === 'open' && [state.responsible.id, state.escalation?.namedHandler?.id]).toEqual([guard.id, plumber.id]);
  });

  it('refuses a handler named by a leader nobody asked', () => {
    spec([powerCut, asked])
      .when(nameHandler({ by: director, at: minute(15) }))
      .thenRefused({ code: 'NOT_ESCALATED_TO_ACTOR', rule: 'FI-08', field: 'data.actor.id' });
  });

  it('refuses a handler named before anyone was asked', () => {
    spec([powerCut])
      .when(nameHandler({ by: manager, at: minute(15) }))
      .thenRefused({ code: 'NOT_ESCALATED_TO_ACTOR', rule: 'FI-08' });
  });

  it('refuses a handler named by someone who is not a leader', () => {
    spec([powerCut, asked])
      .when(nameHandler({ by: plumber, at: minute(15) }))
      .thenRefused({ code: 'NOT_A_LEADER', rule: 'FI-08', field: 'data.actor.leader' });
  });

  it('refuses naming a handler who is off duty too', () => {
    spec([powerCut, asked])
      .when(nameHandler({ by: manager, at: minute(15), handler: absentElectrician }))
      .thenRefused({ code: 'HANDLER_OFF_DUTY', rule: 'FI-08', field: 'data.handler.onDuty' });
  });

  it('the holder hands over to the named handler (及时转办); the escalation is then settled', () => {
    spec([powerCut, asked, named])
      .when(transfer({ by: guard, to: plumber, at: minute(16), reason: 'named-handler' }))
      .then([transferred({ by: guard, to: plumber, at: minute(16), reason: 'named-handler', intent: powerCut.data.intent })]);
    const state = stateAfter([powerCut, asked, named, transferred({ by: guard, to: plumber, at: minute(16), reason: 'named-handler' })]);
    expect(state.status === 'open' && [state.responsible.id, state.escalation]).toEqual([plumber.id, undefined]);
  });

  it('refuses a "named-handler" handover to anyone but the person the leader named', () => {
    spec([powerCut, asked, handlerNamed({ by: manager, at: minute(15), handler: director })])
      .when(transfer({ by: guard, to: plumber, at: minute(16), reason: 'named-handler' }))
      .thenRefused({ code: 'NAMED_HANDLER_REQUIRED', rule: 'FI-08', field: 'data.to.id' });
    spec([powerCut, asked])
      .when(transfer({ by: guard, to: plumber, at: minute(16), reason: 'named-handler' }))
      .thenRefused({ code: 'NAMED_HANDLER_REQUIRED', rule: 'FI-08' });
  });
});
