import { describe, expect, it } from 'vitest';
import type { InquiryCommand } from '../../src/inquiry/commands';
import type { InquiryState } from '../../src/inquiry/state';
import {
  classifyLiability,
  declineDemand,
  escalate,
  followUp,
  notifyMissing,
  promiseReply,
  recordContact,
  reply,
  resolve,
  transfer,
} from '../support/commands';
import { demandDeclined, liabilityClassified, received, resolved, transferred } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { guard, plumber } from '../support/staff';
import type { Staff } from '../../src/inquiry/staff';
import { minute } from '../support/time';

function holders(state: InquiryState): readonly string[] {
  return state.status === 'open' ? [state.responsible.id] : [];
}

const actsOfTheResponsible: ReadonlyArray<readonly [string, (by: Staff) => InquiryCommand]> = [
  ['follow up', (by) => followUp({ by, at: minute(10) })],
  ['reply to the requester', (by) => reply({ by, at: minute(10) })],
  ['record contact details', (by) => recordContact({ by, at: minute(10) })],
  ['hand over', (by) => transfer({ by, to: plumber, at: minute(10) })],
  ['escalate', (by) => escalate({ by, at: minute(10) })],
  ['notify missing materials', (by) => notifyMissing({ by, at: minute(10) })],
  ['promise a reply', (by) => promiseReply({ by, at: minute(10) })],
  ['classify liability', (by) => classifyLiability({ by, at: minute(10) })],
  ['decline a demand', (by) => declineDemand({ by, at: minute(10) })],
  ['resolve', (by) => resolve({ by, at: minute(10) })],
];

// FI-02: from receipt until closure an inquiry has exactly one responsible person; responsibility
// ends only by a completed handover to a named person or by closure (篇1 ¶4).
describe('FI-02 exactly one responsible person until closure', () => {
  it('from receipt, exactly one person holds the inquiry; after a handover, exactly the receiver', () => {
    expect(holders(stateAfter([received({ by: guard })]))).toEqual([guard.id]);
    expect(holders(stateAfter([received({ by: guard }), transferred({ by: guard, to: plumber, at: minute(5) })]))).toEqual([plumber.id]);
  });

  it('after closure nobody is responsible any more', () => {
    const state = stateAfter([received({ by: guard }), liabilityClassified({ by: guard }), resolved({ by: guard, at: minute(40) })]);
    expect(state.status).toBe('closed');
    expect(holders(state)).toEqual([]);
  });

  it.each(actsOfTheResponsible)('the responsible person may %s', (_, act) => {
    spec([received({ by: guard }), liabilityClassified({ by: guard, at: minute(1) })])
      .when(act(guard))
      .thenAccepted();
  });

  it.each(actsOfTheResponsible)('nobody else may %s while the responsible person holds the matter', (_, act) => {
    spec([received({ by: guard })])
      .when(act(plumber))
      .thenRefused({ code: 'NOT_RESPONSIBLE', rule: 'FI-02', field: 'data.actor.id' });
  });

  it('after the handover the previous holder is discharged: the receiver acts, the previous holder may not', () => {
    const given = [received({ by: guard }), transferred({ by: guard, to: plumber, at: minute(5) })];
    spec(given)
      .when(followUp({ by: plumber, at: minute(20) }))
      .thenAccepted();
    spec(given)
      .when(followUp({ by: guard, at: minute(20) }))
      .thenRefused({ code: 'NOT_RESPONSIBLE', rule: 'FI-02', field: 'data.actor.id' });
  });

  it.each(actsOfTheResponsible)('a closed inquiry accepts no act, not even "%s" by its last holder', (_, act) => {
    spec([received({ by: guard }), demandDeclined({ by: guard, at: minute(2) })])
      .when(act(guard))
      .thenRefused({ code: 'INQUIRY_CLOSED', rule: 'FI-02' });
  });

  it('refuses a handover to oneself: a handover needs another receiver, or there would be no hand-off at all', () => {
    spec([received({ by: guard })])
      .when(transfer({ by: guard, to: guard, at: minute(5) }))
      .thenRefused({ code: 'HANDOVER_TO_SELF', rule: 'FI-02', field: 'data.to.id' });
  });
});
