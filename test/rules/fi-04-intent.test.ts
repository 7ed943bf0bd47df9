import { describe, expect, it } from 'vitest';
import { clarify, receive, transfer } from '../support/commands';
import { clarified, received, transferred } from '../support/events';
import { spec } from '../support/specification';
import { guard, plumber } from '../support/staff';
import { minute } from '../support/time';

// FI-04: the responsible person records the requester's intent; a handover carries it on (篇3 2, 篇3 4).
describe('FI-04 record the requester’s intent; a handover carries it', () => {
  it('a receipt records the intent', () => {
    spec([])
      .when(receive({ intent: '想了解停车位租赁价格' }))
      .then([received({ intent: '想了解停车位租赁价格' })]);
  });

  it.each(['', '   ', '\n\t'])('refuses a receipt with no intent (%j)', (intent) => {
    spec([]).when(receive({ intent })).thenRefused({ code: 'INTENT_REQUIRED', rule: 'FI-04', field: 'data.intent' });
  });

  it('records only the known fields of the requester and the announcement: stray caller data stays off the record', () => {
    const command = receive({
      requester: { name: 'Mrs Zhao', contact: '138', password: 'hunter2' } as never,
      announced: { name: guard.name, mood: 'tired' } as never,
    });
    const [event] = spec([]).when(command).thenAccepted();
    expect(event?.type === 'InquiryReceived' && event.data.requester).toEqual({ name: 'Mrs Zhao', contact: '138' });
    expect(event?.type === 'InquiryReceived' && event.data.announced).toEqual({ name: guard.name });
    expect(event?.type === 'InquiryReceived' && event.data.requester).not.toBe(command.data.requester);
  });

  it('a clarification records the new intent; a blank one is refused', () => {
    const given = [received({ intentClear: false, intent: 'Something about water' })];
    spec(given)
      .when(clarify({ at: minute(3), intent: LEAK_FROM_1302 }))
      .then([clarified({ at: minute(3), intent: LEAK_FROM_1302 })]);
    spec(given)
      .when(clarify({ at: minute(3), intent: ' ' }))
      .thenRefused({ code: 'INTENT_REQUIRED', rule: 'FI-04', field: 'data.intent' });
  });

  it('a handover carries the intent as recorded, including a later clarification', () => {
    spec([received({ by: guard })])
      .when(transfer({ by: guard, to: plumber, at: minute(5) }))
      .then([transferred({ by: guard, to: plumber, at: minute(5), intent: received().data.intent })]);
    spec([received({ by: guard, intent: 'Something about water' }), clarified({ by: guard, at: minute(3), intent: LEAK_FROM_1302 })])
      .when(transfer({ by: guard, to: plumber, at: minute(5) }))
      .then([transferred({ by: guard, to: plumber, at: minute(5), intent: LEAK_FROM_1302 })]);
  });
});

const LEAK_FROM_1302 = 'Water drips from the bathroom ceiling; it started after 1302 was renovated';
