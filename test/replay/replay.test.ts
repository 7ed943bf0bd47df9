import { describe, expect, it } from 'vitest';
import { fold } from '../../src/inquiry/decider';
import { replay, replayAll } from '../../src/inquiry/replay';
import { initialState } from '../../src/inquiry/state';
import { toStaffRef } from '../../src/inquiry/staff';
import * as ev from '../support/events';
import { clerk, guard, plumber } from '../support/staff';
import { minute } from '../support/time';

describe('replay: one inquiry', () => {
  it('given a receipt, a handover and a resolution, then the chain of responsible persons is unbroken', () => {
    const state = replay([
      ev.received({ by: guard, at: minute(0) }),
      ev.transferred({ by: guard, to: plumber, at: minute(5) }),
      ev.resolved({ by: plumber, at: minute(90) }),
    ]);
    expect(state).toMatchObject({
      status: 'closed',
      outcome: 'resolved',
      responsible: null,
      version: 3,
      stages: [
        { index: 0, holder: toStaffRef(guard), from: minute(0), to: minute(5), startedBy: 'received', endedBy: 'handover' },
        { index: 1, holder: toStaffRef(plumber), from: minute(5), to: minute(90), startedBy: 'handover', endedBy: 'resolved' },
      ],
    });
  });

  it('given no receipt, then nothing is known and the events are ignored, as evolve ignores them', () => {
    expect(replay([ev.followedUp(), ev.resolved()])).toBe(initialState());
  });

  it('given a state and no events, then it returns that very state', () => {
    const state = fold([ev.received()]);
    expect(replay([], state)).toBe(state);
  });

  it('given a state, then it continues from it without touching it', () => {
    const open = fold([ev.received({ by: guard })]);
    const closed = replay([ev.resolved({ by: guard, at: minute(10) })], open);
    expect(open.status).toBe('open');
    expect(closed.status).toBe('closed');
  });

  it('then the state cannot be changed, not even deep inside', () => {
    const state = replay([ev.received(), ev.transferred({ to: plumber, at: minute(1) })]);
    if (state.status !== 'open') throw new Error('expected an open inquiry');
    expect(() => {
      (state.stages[0] as { holder: { name: string } }).holder.name = 'someone else';
    }).toThrow(TypeError);
    expect(() => {
      (state.requester as { contact?: string }).contact = 'x';
    }).toThrow(TypeError);
  });

  it('then changing the events afterwards does not change the state', () => {
    const receipt = ev.received({ by: clerk });
    const state = replay([receipt]);
    (receipt.data.by as { name: string }).name = 'changed';
    expect(state.status === 'open' && state.responsible.name).toBe(clerk.name);
  });
});

describe('replayAll: an interleaved log', () => {
  it('given two inquiries interleaved and a stray event, then each gets its own state', () => {
    const states = replayAll([
      ev.received({ inquiryId: 'A', by: guard }),
      ev.received({ inquiryId: 'B', by: clerk }),
      ev.followedUp({ inquiryId: 'C' }),
      ev.resolved({ inquiryId: 'A', by: guard, at: minute(3) }),
      ev.transferred({ inquiryId: 'B', by: clerk, to: plumber, at: minute(4) }),
    ]);
    expect([...states.keys()]).toEqual(['A', 'B', 'C']);
    expect(states.get('A')?.status).toBe('closed');
    const b = states.get('B');
    expect(b?.status === 'open' && b.responsible.id).toBe(plumber.id);
    expect(states.get('C')).toBe(initialState());
  });

  it('given an inquiry whose receipt comes after stray events, then the receipt still starts it', () => {
    const states = replayAll([ev.followedUp({ inquiryId: 'A' }), ev.received({ inquiryId: 'A', at: minute(1) })]);
    expect(states.get('A')).toMatchObject({ status: 'open', version: 1, receivedAt: minute(1) });
  });
});
