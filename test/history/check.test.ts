import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/inquiry/decider';
import type { InquiryEvent } from '../../src/inquiry/events';
import { checkEvent } from '../../src/log/check';
import { createHistoryChecker } from '../../src/log/checker';
import { commandForEvent } from '../../src/log/command';
import { initialState } from '../../src/inquiry/state';
import {
  escalated,
  followedUp,
  handlerNamed,
  liabilityClassified,
  received,
  reassigned,
  replied,
  reopened,
  resolved,
  transferred,
} from '../support/events';
import { clerk, director, guard, manager, plumber } from '../support/staff';
import { minute } from '../support/time';

/** Given a recorded history, the problems a streaming checker reports: [index, code, rule]. */
function problems(history: readonly InquiryEvent[]): Array<[number, string, string | null]> {
  const checker = createHistoryChecker();
  return history.flatMap((event, i) => {
    const refusal = checker.check(event);
    return refusal === undefined ? [] : [[i, refusal.code, refusal.rule] as [number, string, string | null]];
  });
}

describe('history checker: replaying a recorded history through the enforced rules', () => {
  it('a history the rules allow has no problems: receipt, handover, liability, resolution, reopening', () => {
    expect(
      problems([
        received({ by: guard }),
        transferred({ by: guard, to: plumber, at: minute(5) }),
        followedUp({ by: plumber, at: minute(30) }),
        liabilityClassified({ by: plumber, at: minute(60) }),
        resolved({ by: plumber, at: minute(90) }),
        reopened({ by: clerk, at: minute(600) }),
        replied({ by: clerk, at: minute(601) }),
      ]),
    ).toEqual([]);
  });

  it('a handover by someone who was not responsible → NOT_RESPONSIBLE (FI-02)', () => {
    expect(problems([received({ by: guard }), transferred({ by: clerk, to: plumber, at: minute(5) })])).toEqual([
      [1, 'NOT_RESPONSIBLE', 'FI-02'],
    ]);
  });

  it('a handover with a blank note → HANDOVER_NOTE_REQUIRED (FI-07)', () => {
    expect(problems([received({ by: guard }), transferred({ by: guard, to: plumber, note: '  ', at: minute(5) })])).toEqual([
      [1, 'HANDOVER_NOTE_REQUIRED', 'FI-07'],
    ]);
  });

  it('a handover that does not carry the intent on → INTENT_REQUIRED (FI-04)', () => {
    expect(problems([received({ by: guard }), transferred({ by: guard, to: plumber, intent: '', at: minute(5) })])).toEqual([
      [1, 'INTENT_REQUIRED', 'FI-04'],
    ]);
  });

  it('events for an inquiry never received → INQUIRY_NOT_FOUND, each of them', () => {
    expect(problems([followedUp({ by: guard }), replied({ by: guard, at: minute(1) })])).toEqual([
      [0, 'INQUIRY_NOT_FOUND', null],
      [1, 'INQUIRY_NOT_FOUND', null],
    ]);
  });

  it('a second receipt of the same inquiry → INQUIRY_ALREADY_RECEIVED (FI-01); the first responder stays responsible', () => {
    expect(problems([received({ by: guard }), received({ by: clerk, at: minute(2) }), followedUp({ by: guard, at: minute(3) })])).toEqual([
      [1, 'INQUIRY_ALREADY_RECEIVED', 'FI-01'],
    ]);
  });

  it('an event dated before the previous one of its inquiry → TIME_WENT_BACKWARDS', () => {
    expect(problems([received({ by: guard, at: minute(10) }), followedUp({ by: guard, at: minute(9) })])).toEqual([
      [1, 'TIME_WENT_BACKWARDS', null],
    ]);
  });

  it('a handler named by the leader the inquiry was escalated to is fine; by another leader → NOT_ESCALATED_TO_ACTOR (FI-08)', () => {
    const given = [received({ by: guard }), escalated({ by: guard, leader: manager, at: minute(1) })];
    expect(problems([...given, handlerNamed({ by: manager, handler: plumber, at: minute(2) })])).toEqual([]);
    expect(problems([...given, handlerNamed({ by: director, handler: plumber, at: minute(2) })])).toEqual([
      [2, 'NOT_ESCALATED_TO_ACTOR', 'FI-08'],
    ]);
  });

  it("a reassignment is read as a leader's act (the record shows it), yet never as a handover to oneself (FI-02)", () => {
    expect(problems([received({ by: guard }), reassigned({ by: director, to: plumber, at: minute(1) })])).toEqual([]);
    expect(problems([received({ by: guard }), reassigned({ by: director, to: guard, at: minute(1) })])).toEqual([
      [1, 'HANDOVER_TO_SELF', 'FI-02'],
    ]);
  });

  it('a repair resolved before its liability was classified → LIABILITY_NOT_CLASSIFIED (FI-12)', () => {
    expect(problems([received({ by: plumber }), resolved({ by: plumber, at: minute(1) })])).toEqual([
      [1, 'LIABILITY_NOT_CLASSIFIED', 'FI-12'],
    ]);
  });

  it('a shirking phrase said to the requester → FORBIDDEN_PHRASE (FI-10)', () => {
    expect(problems([received({ by: guard }), replied({ by: guard, message: '这个不归我管', at: minute(1) })])).toEqual([
      [1, 'FORBIDDEN_PHRASE', 'FI-10'],
    ]);
  });

  it('acts on a closed inquiry → INQUIRY_CLOSED (FI-02), also after the checker compacted it', () => {
    expect(
      problems([
        received({ by: guard, category: 'enquiry' }),
        transferred({ by: guard, to: clerk, at: minute(1) }),
        resolved({ by: clerk, at: minute(2) }),
        followedUp({ by: clerk, at: minute(3) }),
      ]),
    ).toEqual([[3, 'INQUIRY_CLOSED', 'FI-02']]);
  });

  it('goes on after a problem as the history was recorded: the receiver of a wrongful handover holds the matter', () => {
    expect(
      problems([
        received({ by: guard }),
        transferred({ by: clerk, to: plumber, at: minute(5) }),
        followedUp({ by: plumber, at: minute(6) }),
        followedUp({ by: guard, at: minute(7) }),
      ]),
    ).toEqual([
      [1, 'NOT_RESPONSIBLE', 'FI-02'],
      [3, 'NOT_RESPONSIBLE', 'FI-02'],
    ]);
  });

  it('counts events, inquiries (received or not) and open inquiries', () => {
    const checker = createHistoryChecker();
    for (const event of [
      received({ by: guard }),
      received({ by: guard, inquiryId: 'INQ-2' }),
      followedUp({ by: guard, inquiryId: 'INQ-404' }),
      liabilityClassified({ by: guard, at: minute(1) }),
      resolved({ by: guard, at: minute(2) }),
    ])
      checker.check(event);
    expect(checker.stats()).toEqual({ events: 5, inquiries: 3, open: 1 });
  });
});

describe('checkEvent: one recorded event against the state so far', () => {
  it('returns the state after the event when the rules allow it', () => {
    const history = [received({ by: guard }), transferred({ by: guard, to: plumber, at: minute(5) })];
    const result = checkEvent(fold(history.slice(0, 1)), history[1] as InquiryEvent);
    expect(result).toEqual(E.right(fold(history)));
  });

  it('returns the refusal, naming the rule and the field, when it would have been refused', () => {
    const result = checkEvent(fold([received({ by: guard })]), transferred({ by: guard, to: plumber, note: '', at: minute(5) }));
    expect(E.isLeft(result) && [result.left.code, result.left.rule, result.left.field]).toEqual([
      'HANDOVER_NOTE_REQUIRED',
      'FI-07',
      'data.note',
    ]);
  });
});

describe('commandForEvent: the command behind a recorded event', () => {
  it("takes the actor as on duty, and the leader of a leader's act as a leader", () => {
    const cmd = commandForEvent(handlerNamed({ by: manager, handler: plumber }));
    expect(cmd).toMatchObject({
      type: 'NameHandler',
      data: { actor: { id: manager.id, onDuty: true, leader: true }, handler: { id: plumber.id, onDuty: true } },
    });
  });

  it('rebuilds a command that decide turns back into the very same event', async () => {
    const { decide } = await import('../../src/inquiry/decide');
    const given = [received({ by: guard })];
    const event = transferred({ by: guard, to: plumber, at: minute(5) });
    expect(decide(commandForEvent(event), fold(given))).toEqual(E.right([event]));
    expect(decide(commandForEvent(given[0] as InquiryEvent), initialState())).toEqual(E.right(given));
  });
});
