import { describe, expect, it } from 'vitest';
import { transfer } from '../support/commands';
import { received, transferred } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { guard, plumber } from '../support/staff';
import { minute } from '../support/time';

// FI-07: a matter outside the holder's scope is actively handed to the competent person; after a
// brief handover (简要交接) responsibility passes to that person (篇1 ¶4, 篇3 4).
describe('FI-07 hand over actively, with a brief handover', () => {
  it('the guard hands the leak to the plumber with a note; the plumber is responsible from that instant', () => {
    spec([received({ by: guard })])
      .when(transfer({ by: guard, to: plumber, at: minute(5) }))
      .then([transferred({ by: guard, to: plumber, at: minute(5) })]);

    const state = stateAfter([received({ by: guard }), transferred({ by: guard, to: plumber, at: minute(5) })]);
    expect(state.status === 'open' && state.responsible.id).toBe(plumber.id);
    expect(state.status === 'open' && state.stages.map((s) => [s.holder.id, s.from, s.to, s.startedBy, s.endedBy])).toEqual([
      [guard.id, received().data.at, minute(5), 'received', 'handover'],
      [plumber.id, minute(5), undefined, 'handover', undefined],
    ]);
  });

  it.each(['', '  ', '\u3000', '\u200b', ' \u200d\ufeff '])(
    'refuses a handover without a note (%j): invisible characters say nothing',
    (note) => {
      spec([received({ by: guard })])
        .when(transfer({ by: guard, to: plumber, note }))
        .thenRefused({ code: 'HANDOVER_NOTE_REQUIRED', rule: 'FI-07', field: 'data.note' });
    },
  );

  it.each([
    ['no id', { ...plumber, id: ' ' }],
    ['no name', { ...plumber, name: '' }],
  ])('refuses a handover to a receiver with %s: nobody in particular cannot take responsibility', (_, to) => {
    spec([received({ by: guard })])
      .when(transfer({ by: guard, to }))
      .thenRefused({ code: 'HANDOVER_RECEIVER_REQUIRED', rule: 'FI-07', field: 'data.to' });
  });

  it('records the receiver as a reference only: the moment’s facts (on duty) stay out of the record', () => {
    const [event] = spec([received({ by: guard })])
      .when(transfer({ by: guard, to: plumber }))
      .thenAccepted();
    expect(event?.type === 'InquiryTransferred' && event.data.to).toEqual({
      id: plumber.id,
      name: plumber.name,
      department: plumber.department,
    });
  });
});
