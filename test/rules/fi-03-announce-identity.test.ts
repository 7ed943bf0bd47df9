import { describe, it } from 'vitest';
import { receive } from '../support/commands';
import { received } from '../support/events';
import { spec } from '../support/specification';
import { gardener, guard, plumber } from '../support/staff';

// FI-03: on receipt the responsible person tells the requester their name or employee number (篇3 1).
describe('FI-03 tell the requester your name or employee number', () => {
  it.each([
    ['the name', { name: 'Wang Wei' }],
    ['the employee number (工号)', { employeeNo: 'A-0117' }],
    ['both', { name: 'Wang Wei', employeeNo: 'A-0117' }],
    ['the name, with stray spaces', { name: ' Wang Wei ' }],
    ['a wrong name but the right employee number', { name: 'Wang', employeeNo: 'A-0117' }],
  ])('accepts a receipt whose announcement gives %s', (_, announced) => {
    spec([])
      .when(receive({ by: guard, announced }))
      .then([received({ by: guard, announced })]);
  });

  it.each([
    ['nothing', {}],
    ['someone else’s name', { name: plumber.name }],
    ['a blank name', { name: '   ' }],
    ['someone else’s employee number', { employeeNo: 'C-0201' }],
  ])('refuses a receipt that announces %s', (_, announced) => {
    spec([])
      .when(receive({ by: guard, announced }))
      .thenRefused({ code: 'IDENTITY_NOT_ANNOUNCED', rule: 'FI-03', field: 'data.announced' });
  });

  it('refuses an employee number from a staff member who has none: they say their name instead', () => {
    spec([])
      .when(receive({ by: gardener, announced: { employeeNo: 'G-0001' } }))
      .thenRefused({ code: 'IDENTITY_NOT_ANNOUNCED', rule: 'FI-03' });
    spec([])
      .when(receive({ by: gardener, announced: { name: gardener.name } }))
      .thenAccepted();
  });
});
