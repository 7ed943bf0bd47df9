import { describe, expect, it } from 'vitest';
import { followUp, promiseReply } from '../support/commands';
import { followedUp, received, replyPromised } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { guard } from '../support/staff';
import { day, minute } from '../support/time';

const open = [received({ by: guard })];

// FI-11: a matter that cannot be handled at once gets a definite reply deadline, an explanation,
// and close follow-up (篇2 ¶7 “明確回復具體期限”). Missed deadlines are audited, not enforced.
describe('FI-11 a definite reply deadline, an explanation, close follow-up', () => {
  it('a promise with a deadline after now and an explanation is recorded, and the state knows the deadline', () => {
    spec(open)
      .when(promiseReply({ at: minute(5), deadline: day(1) }))
      .then([replyPromised({ at: minute(5), deadline: day(1) })]);
    const state = stateAfter([...open, replyPromised({ at: minute(5), deadline: day(1) })]);
    expect(state.status === 'open' && state.promisedBy).toBe(day(1));
  });

  it.each([
    ['the very instant of the promise', minute(5)],
    ['an instant already past', minute(-60)],
  ])('refuses a deadline at %s', (_, deadline) => {
    spec(open)
      .when(promiseReply({ at: minute(5), deadline }))
      .thenRefused({ code: 'PROMISE_DEADLINE_REQUIRED', rule: 'FI-11', field: 'data.deadline' });
  });

  it('compares instants, not strings: a deadline written in another zone is still after now', () => {
    // 09:40 in Beijing is 01:40 UTC, ten minutes after the promise at 01:35 UTC.
    spec(open)
      .when(promiseReply({ at: minute(5), deadline: '2026-05-04T09:40:00+08:00' }))
      .thenAccepted();
  });

  it('refuses a deadline that is not a definite instant', () => {
    spec(open)
      .when(promiseReply({ at: minute(5), deadline: 'tomorrow afternoon' }))
      .thenRefused({ code: 'INVALID_COMMAND', rule: null, field: 'data.deadline' });
    spec(open)
      .when(promiseReply({ at: minute(5), deadline: '2026-05-05 18:00' }))
      .thenRefused({ code: 'INVALID_COMMAND', field: 'data.deadline' });
  });

  it.each(['', '    '])('refuses a promise without an explanation (%j)', (explanation) => {
    spec(open)
      .when(promiseReply({ at: minute(5), explanation }))
      .thenRefused({ code: 'PROMISE_EXPLANATION_REQUIRED', rule: 'FI-11', field: 'data.explanation' });
  });

  it('follow-up is recorded; an empty follow-up says nothing and is refused', () => {
    spec(open)
      .when(followUp({ at: minute(30) }))
      .then([followedUp({ at: minute(30) })]);
    spec(open)
      .when(followUp({ at: minute(30), note: '' }))
      .thenRefused({ code: 'TEXT_REQUIRED', rule: null, field: 'data.note' });
  });
});
