import { describe, it } from 'vitest';
import type { InquiryCommand } from '../../src/inquiry/commands';
import { escalate, followUp, promiseReply, reply, transfer } from '../support/commands';
import { clarified, contactRecorded, received } from '../support/events';
import { spec } from '../support/specification';
import { clerk, plumber } from '../support/staff';
import { day, minute } from '../support/time';

const unclear = received({
  by: clerk,
  category: 'repair',
  channel: 'call',
  intent: 'Caller mentioned “the noise” and hung up',
  intentClear: false,
});

const actsThatLeaveTheRequesterWaiting: ReadonlyArray<readonly [string, InquiryCommand]> = [
  ['hand it over', transfer({ by: clerk, to: plumber, at: minute(5) })],
  ['escalate it', escalate({ by: clerk, at: minute(5) })],
  ['promise a later reply', promiseReply({ by: clerk, at: minute(5), deadline: day(1) })],
];

// FI-15: for an unclear matter, take the requester's contact details so the answer can follow (篇3 5).
describe('FI-15 unclear matter: take contact details', () => {
  it.each(actsThatLeaveTheRequesterWaiting)(
    'refuses to %s while the matter is unclear and there is no way to reach the requester',
    (_, command) => {
      spec([unclear]).when(command).thenRefused({ code: 'CONTACT_REQUIRED_FOR_UNCLEAR', rule: 'FI-15' });
    },
  );

  it.each(actsThatLeaveTheRequesterWaiting)('may %s once the contact details are recorded', (_, command) => {
    spec([unclear, contactRecorded({ by: clerk, at: minute(2) })])
      .when(command)
      .thenAccepted();
  });

  it.each(actsThatLeaveTheRequesterWaiting)('may %s once the intent is clarified', (_, command) => {
    spec([unclear, clarified({ by: clerk, at: minute(2), intent: 'Noise from the pump room at night' })])
      .when(command)
      .thenAccepted();
  });

  it.each(actsThatLeaveTheRequesterWaiting)('may %s when the contact came with the unclear receipt', (_, command) => {
    spec([received({ ...unclear.data, by: clerk, requester: { name: 'Caller', contact: '139 1111 2222' } })])
      .when(command)
      .thenAccepted();
  });

  it('answering on the spot or following up does not leave the requester waiting, so needs no contact', () => {
    spec([unclear])
      .when(reply({ by: clerk, at: minute(1), message: 'Could you tell me which building the noise comes from?' }))
      .thenAccepted();
    spec([unclear])
      .when(followUp({ by: clerk, at: minute(1) }))
      .thenAccepted();
  });
});
