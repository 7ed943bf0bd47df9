import { describe, expect, it } from 'vitest';
import { audit } from '../../src/supervision/audit';
import { toStaffRef } from '../../src/inquiry/staff';
import { receive } from '../support/commands';
import { replyPromised } from '../support/events';
import { clerk, gardener } from '../support/staff';
import { at, history } from './history';

const enquiry = history(receive({ by: clerk, category: 'enquiry', intent: 'Can my dog use the lift?', at: at.mon('09:00') }));
const fi13 = (events: Parameters<typeof audit>[0]) => audit(events, at.mon('12:00')).filter((f) => f.rule === 'FI-13');

// FI-13: make no rash promises to please the requester (篇2 ¶7). decide refuses both cases below, so
// they can only come from imported histories; the events are written directly.
describe('FI-13 no rash promises (imported histories)', () => {
  it('given a promise by a gardener who did not hold the matter, then PROMISE_BY_NON_RESPONSIBLE, naming the clerk as responsible and the gardener as actor', () => {
    const rash = replyPromised({ by: gardener, at: at.mon('10:00'), deadline: at.tue('18:00') });
    expect(fi13([...enquiry, rash])).toEqual([
      expect.objectContaining({
        code: 'PROMISE_BY_NON_RESPONSIBLE',
        stage: 0,
        holder: toStaffRef(clerk),
        accountable: toStaffRef(clerk),
        actor: toStaffRef(gardener),
        arisenAt: at.mon('10:00'),
      }),
    ]);
  });

  it('given a promise whose deadline is not after the promise, then PROMISE_WITHOUT_DEADLINE naming the clerk', () => {
    const vague = replyPromised({ by: clerk, at: at.mon('10:00'), deadline: at.mon('10:00') });
    expect(fi13([...enquiry, vague]).map((f) => [f.code, f.accountable.id])).toEqual([['PROMISE_WITHOUT_DEADLINE', clerk.id]]);
  });

  it('a promise with a definite deadline by the responsible person is no finding', () => {
    expect(fi13([...enquiry, replyPromised({ by: clerk, at: at.mon('10:00'), deadline: at.tue('18:00') })])).toEqual([]);
  });
});
