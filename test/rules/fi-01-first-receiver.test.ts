import { describe, expect, it } from 'vitest';
import { isInScope, defaultPolicy } from '../../src/policy/policy';
import { receive } from '../support/commands';
import { received, resolved } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { absentElectrician, clerk, gardener, guard, plumber } from '../support/staff';
import { minute } from '../support/time';

// FI-01: the staff member who first receives a call, letter or visit becomes the responsible
// person at once, whatever their department or role (篇1 ¶4; 篇3 第一).
describe('FI-01 the first receiver is responsible', () => {
  it('a security guard who is told about a ceiling leak becomes its responsible person, though repairs are not his scope', () => {
    expect(isInScope(defaultPolicy, 'repair', guard.department)).toBe(false);
    spec([])
      .when(receive({ by: guard }))
      .then([received({ by: guard })]);

    const state = stateAfter([received({ by: guard })]);
    expect(state.status === 'open' && state.responsible.id).toBe(guard.id);
    expect(state.status === 'open' && state.stages).toEqual([
      {
        index: 0,
        holder: { id: guard.id, name: guard.name, department: 'security', employeeNo: 'A-0117' },
        from: received().data.at,
        startedBy: 'received',
      },
    ]);
  });

  it.each([
    ['a service-desk clerk, by phone', clerk, 'call'],
    ['a gardener with no employee number, by letter', gardener, 'letter'],
    ['a plumber, in person', plumber, 'visit'],
  ] as const)('%s: whoever is found first is responsible', (_, by, channel) => {
    spec([])
      .when(receive({ by, channel, category: 'enquiry' }))
      .then([received({ by, channel, category: 'enquiry' })]);
  });

  it('a staff member who is off duty but is approached anyway still becomes responsible (no excuse to ignore the requester)', () => {
    spec([])
      .when(receive({ by: absentElectrician }))
      .then([received({ by: absentElectrician })]);
  });

  it('keeps whether the matter was clear and the greeting, as said', () => {
    spec([])
      .when(receive({ by: clerk, intentClear: false, greeting: '您好，我是客服陈静，工号C-0201。' }))
      .then([received({ by: clerk, intentClear: false, greeting: '您好，我是客服陈静，工号C-0201。' })]);
  });

  it('refuses a second receipt of the same inquiry: the first receiver stays responsible and hands it over instead', () => {
    spec([received({ by: guard })])
      .when(receive({ by: plumber, at: minute(5) }))
      .thenRefused({ code: 'INQUIRY_ALREADY_RECEIVED', rule: 'FI-01', field: 'data.inquiryId' });
  });

  it('refuses a fresh receipt of a closed inquiry: the requester who comes back reopens it', () => {
    spec([received({ by: guard }), resolved({ by: guard, at: minute(30) })])
      .when(receive({ by: clerk, at: minute(60) }))
      .thenRefused({ code: 'INQUIRY_ALREADY_RECEIVED', rule: 'FI-01' });
  });
});
