import { describe, expect, it } from 'vitest';
import { notifyMissing } from '../support/commands';
import { missingNotified, received } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { clerk } from '../support/staff';
import { minute } from '../support/time';

const permit = received({ by: clerk, category: 'renovation-permit', intent: 'Apply for a renovation permit for 1202' });

// FI-06: if paperwork is incomplete, every missing item is told in ONE notice (一次性告知, 篇1 ¶2).
// Enforced here: a notice names its items. Audited elsewhere: a later notice asking for something new.
describe('FI-06 tell everything missing at once', () => {
  it('a notice lists every missing item and is recorded with them', () => {
    spec([permit])
      .when(notifyMissing({ by: clerk, at: minute(10) }))
      .then([missingNotified({ by: clerk, at: minute(10) })]);
    const state = stateAfter([permit, missingNotified({ by: clerk, at: minute(10) })]);
    expect(state.status === 'open' && state.missingItems).toEqual([
      'copy of the property certificate',
      'renovation drawings',
      'contractor licence',
    ]);
  });

  it('refuses a notice that names no item', () => {
    spec([permit])
      .when(notifyMissing({ by: clerk, items: [] }))
      .thenRefused({ code: 'NOTICE_ITEMS_REQUIRED', rule: 'FI-06', field: 'data.items' });
  });

  it('refuses a notice with a blank item among real ones', () => {
    spec([permit])
      .when(notifyMissing({ by: clerk, items: ['renovation drawings', '  '] }))
      .thenRefused({ code: 'NOTICE_ITEMS_REQUIRED', rule: 'FI-06', field: 'data.items' });
  });

  it('refuses a notice without a message to the requester', () => {
    spec([permit])
      .when(notifyMissing({ by: clerk, message: '' }))
      .thenRefused({ code: 'TEXT_REQUIRED', rule: null, field: 'data.message' });
  });

  it('a second notice is recorded (whether it asks for something new is an audit finding), and the state keeps every item asked for', () => {
    const first = missingNotified({ by: clerk, at: minute(10), items: ['renovation drawings'] });
    spec([permit, first])
      .when(notifyMissing({ by: clerk, at: minute(60), items: ['contractor licence'] }))
      .thenAccepted();
    const state = stateAfter([
      permit,
      first,
      missingNotified({ by: clerk, at: minute(60), items: ['renovation drawings', 'contractor licence'] }),
    ]);
    expect(state.status === 'open' && state.missingItems).toEqual(['renovation drawings', 'contractor licence']);
  });
});
