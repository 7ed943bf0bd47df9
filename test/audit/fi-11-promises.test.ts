import { describe, expect, it } from 'vitest';
import { audit } from '../../src/supervision/audit';
import { definePolicy } from '../../src/policy/policy';
import { toStaffRef } from '../../src/inquiry/staff';
import { followUp, promiseReply, receive, reply, resolve, transfer } from '../support/commands';
import { clerk, guard } from '../support/staff';
import { at, history } from './history';

// An enquiry the clerk cannot answer at once; its own limit is set far off so only FI-11 is in play.
const policy = definePolicy({
  categories: { enquiry: { timeLimit: { amount: 20, unit: 'working-days' } } },
  inactivity: { amount: 10, unit: 'working-days' },
});
const enquiry = receive({
  by: clerk,
  category: 'enquiry',
  intent: 'When will the parking fees change?',
  at: at.mon('09:00'),
  requester: { name: 'Mr Li', contact: '138 0000 1202' },
});
const promised = promiseReply({ by: clerk, at: at.mon('09:30'), deadline: at.tue('18:00') });
const fi11 = (events: Parameters<typeof audit>[0], asOf: string, p = policy) => audit(events, asOf, p).filter((f) => f.rule === 'FI-11');

// FI-11: a definite reply deadline, an explanation, and close follow-up until done (篇2 ¶7).
describe('FI-11 keep the promised deadline and follow up', () => {
  it('given a reply promised by Tuesday 18:00 and no reply, as of Tuesday 18:01, then PROMISE_MISSED naming the clerk', () => {
    const findings = fi11(history(enquiry, promised), at.tue('18:01'));
    expect(findings).toEqual([
      expect.objectContaining({ code: 'PROMISE_MISSED', stage: 0, accountable: toStaffRef(clerk), settled: false }),
    ]);
    expect(Date.parse(findings[0]?.arisenAt ?? '')).toBe(Date.parse(at.tue('18:00')));
    expect(fi11(history(enquiry, promised), at.tue('18:00'))).toEqual([]);
  });

  const missed = (events: Parameters<typeof audit>[0], asOf: string) => fi11(events, asOf).filter((f) => f.code === 'PROMISE_MISSED');

  it('a reply by the deadline keeps the promise; a reply after it does not', () => {
    expect(missed(history(enquiry, promised, reply({ by: clerk, at: at.tue('18:00') })), at.fri('09:00'))).toEqual([]);
    const late = missed(history(enquiry, promised, reply({ by: clerk, at: at.wed('09:00') })), at.fri('09:00'));
    expect(late.map((f) => [f.code, f.settled])).toEqual([['PROMISE_MISSED', true]]);
  });

  it('a new promise before the deadline tells the requester the new date and replaces the old one', () => {
    const events = history(enquiry, promised, promiseReply({ by: clerk, at: at.tue('17:00'), deadline: at.thu('18:00') }));
    expect(missed(events, at.wed('09:00'))).toEqual([]);
    expect(missed(events, at.thu('18:01')).map((f) => f.code)).toEqual(['PROMISE_MISSED']);
  });

  it('a promise carried over a handover is answered for by the new holder', () => {
    // Deferred, not "out of scope": an enquiry is the clerk's own department's (FI-07/FI-10).
    const events = history(enquiry, promised, transfer({ by: clerk, to: guard, at: at.mon('10:00'), reason: 'deferred' }));
    expect(fi11(events, at.tue('18:01')).map((f) => [f.code, f.stage, f.accountable.id])).toEqual([['PROMISE_MISSED', 1, guard.id]]);
    const retained = fi11(events, at.tue('18:01'), definePolicy({ accountability: 'first-responder-retains' }, policy));
    expect(retained.map((f) => [f.code, f.stage, f.accountable.id])).toEqual([['PROMISE_MISSED', 1, clerk.id]]);
  });

  it('closing the matter keeps the promise', () => {
    expect(fi11(history(enquiry, promised, resolve({ by: clerk, at: at.tue('12:00') })), at.fri('09:00'))).toEqual([]);
  });

  // Default: follow up at least every 2 working days once a matter is promised for later.
  const longPromise = promiseReply({ by: clerk, at: at.mon('09:30'), deadline: at.nextThu('18:00') });

  it('given a promise Monday 09:30 and no follow-up, as of Wednesday 09:31, then NO_FOLLOW_UP', () => {
    expect(fi11(history(enquiry, longPromise), at.wed('09:30'))).toEqual([]);
    expect(fi11(history(enquiry, longPromise), at.wed('09:31')).map((f) => [f.code, f.settled])).toEqual([['NO_FOLLOW_UP', false]]);
  });

  it('follow-ups at least every 2 working days leave no finding; one long gap gives exactly one', () => {
    const steady = history(
      enquiry,
      longPromise,
      followUp({ by: clerk, at: at.tue('15:00') }),
      followUp({ by: clerk, at: at.thu('14:00') }),
    );
    expect(fi11(steady, at.fri('18:00'))).toEqual([]);
    const gap = history(enquiry, longPromise, followUp({ by: clerk, at: at.fri('16:00') }));
    expect(fi11(gap, at.fri('17:00')).map((f) => [f.code, f.settled])).toEqual([['NO_FOLLOW_UP', true]]);
  });

  it('no promise, no follow-up duty (an idle matter is FI-16 inaction instead)', () => {
    expect(fi11(history(enquiry), at.fri('17:00'))).toEqual([]);
  });
});
