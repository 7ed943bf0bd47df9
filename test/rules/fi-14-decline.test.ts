import { describe, expect, it } from 'vitest';
import { declineDemand, reopen } from '../support/commands';
import { demandDeclined, received, reopened } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { clerk, guard } from '../support/staff';
import { minute } from '../support/time';

const complaint = received({ by: clerk, category: 'complaint', intent: 'Compensation for a stained ceiling' });

// FI-14: an excessive or unreasonable demand is declined tactfully, with the reasons explained,
// never with provocation or blame (篇3 6).
describe('FI-14 decline unreasonable demands tactfully, with reasons', () => {
  it('a decline with its reasons is recorded and closes the inquiry', () => {
    spec([complaint])
      .when(declineDemand({ by: clerk, at: minute(20) }))
      .then([demandDeclined({ by: clerk, at: minute(20) })]);
    const state = stateAfter([complaint, demandDeclined({ by: clerk, at: minute(20) })]);
    expect(state).toMatchObject({ status: 'closed', outcome: 'declined', responsible: null });
  });

  it.each(['', ' \n '])('refuses a decline without reasons (%j)', (explanation) => {
    spec([complaint])
      .when(declineDemand({ by: clerk, explanation }))
      .thenRefused({ code: 'DECLINE_EXPLANATION_REQUIRED', rule: 'FI-14', field: 'data.explanation' });
  });

  it('refuses a decline that does not say which demand it declines', () => {
    spec([complaint])
      .when(declineDemand({ by: clerk, demand: '' }))
      .thenRefused({ code: 'TEXT_REQUIRED', rule: null, field: 'data.demand' });
  });

  it('refuses reasons that brush the requester off (checked like any text to them, FI-10)', () => {
    spec([complaint])
      .when(declineDemand({ by: clerk, explanation: '赔偿不是我的事，别来烦我' }))
      .thenRefused({ code: 'FORBIDDEN_PHRASE', rule: 'FI-10', field: 'data.explanation' });
  });

  it('the requester may come back: whoever takes the reopened matter is responsible for the new stage', () => {
    const given = [complaint, demandDeclined({ by: clerk, at: minute(20) })];
    spec(given)
      .when(reopen({ by: guard, at: minute(90) }))
      .then([reopened({ by: guard, at: minute(90) })]);
    expect(stateAfter([...given, reopened({ by: guard, at: minute(90) })])).toMatchObject({
      status: 'open',
      responsible: { id: guard.id },
    });
  });
});
