import { describe, expect, it } from 'vitest';
import { recordContact, transfer } from '../support/commands';
import { contactRecorded, received, transferred } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { clerk, guard, plumber } from '../support/staff';
import { minute } from '../support/time';

const deferred = { reason: 'deferred' } as const;

// FI-09: a matter that cannot be settled in time is handed on only after the requester's contact
// details are taken; the receiver is the responsible person of the next stage (篇1 ¶4 “如此例推”).
describe('FI-09 take contact details before deferring; a chain of responsible persons', () => {
  it('refuses to put a matter off to a later stage before the requester’s contact details are taken', () => {
    spec([received({ by: guard })])
      .when(transfer({ by: guard, to: plumber, ...deferred }))
      .thenRefused({ code: 'CONTACT_REQUIRED_FOR_DEFERRAL', rule: 'FI-09', field: 'data.reason' });
  });

  it('defers once the contact details are recorded', () => {
    spec([received({ by: guard })])
      .when(recordContact({ by: guard, at: minute(2) }))
      .then([contactRecorded({ by: guard, at: minute(2) })]);
    spec([received({ by: guard }), contactRecorded({ by: guard, at: minute(2) })])
      .when(transfer({ by: guard, to: plumber, at: minute(3), ...deferred }))
      .then([transferred({ by: guard, to: plumber, at: minute(3), ...deferred })]);
  });

  it('defers when the contact came with the receipt', () => {
    spec([received({ by: guard, requester: { name: 'Mrs Zhao', contact: '138 0000 1202' } })])
      .when(transfer({ by: guard, to: plumber, ...deferred }))
      .thenAccepted();
  });

  it('refuses blank contact details, and a blank contact on the receipt does not count', () => {
    spec([received({ by: guard })])
      .when(recordContact({ by: guard, contact: ' ' }))
      .thenRefused({ code: 'TEXT_REQUIRED', rule: null, field: 'data.contact' });
    spec([received({ by: guard, requester: { name: 'Mrs Zhao', contact: '' } })])
      .when(transfer({ by: guard, to: plumber, ...deferred }))
      .thenRefused({ code: 'CONTACT_REQUIRED_FOR_DEFERRAL', rule: 'FI-09' });
  });

  it('one matter can have a chain of responsible persons, one per stage, with no gap between them', () => {
    const chain = stateAfter([
      received({ by: guard }),
      contactRecorded({ by: guard, at: minute(2) }),
      transferred({ by: guard, to: plumber, at: minute(3), ...deferred }),
      transferred({ by: plumber, to: clerk, at: minute(90), ...deferred }),
    ]);
    expect(chain.status === 'open' && chain.stages.map((s) => [s.index, s.holder.id, s.from, s.to])).toEqual([
      [0, guard.id, received().data.at, minute(3)],
      [1, plumber.id, minute(3), minute(90)],
      [2, clerk.id, minute(90), undefined],
    ]);
  });
});
