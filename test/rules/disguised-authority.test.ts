import * as E from 'fp-ts/Either';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/inquiry/decide';
import { implausibleInstant } from '../../src/log/line';
import { formatViolation } from '../../src/inquiry/violation-messages';
import type { Staff } from '../../src/inquiry/staff';
import { escalate, followUp, promiseReply, reassign, transfer } from '../support/commands';
import { escalated, received } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { clerk, director, guard, manager, plumber } from '../support/staff';
import { minute } from '../support/time';

// Ways round the rules that a caller could take by naming people cleverly: asking oneself as the
// leader (FI-08), a leader reassigning the matter they hold themselves (FI-07), an id that looks
// like another person's (the handover to oneself in disguise), and a mistyped year.

const repair = received({ by: manager, category: 'repair', intent: 'Water is leaking from the ceiling of flat 1202' });
// The same id and name as the guard's, with a Cyrillic dze (U+0455) for the Latin s.
const guardLookAlike: Staff = { ...guard, id: '\u0455-017' };
const managerLookAlike: Staff = { ...manager, id: 'm-OO1' };

describe('FI-08: asking a leader means asking someone else', () => {
  it('refuses an escalation to oneself, even by a leader who holds the matter', () => {
    spec([repair])
      .when(escalate({ by: manager, at: minute(5), leader: manager }))
      .thenRefused({ code: 'ESCALATION_TO_SELF', rule: 'FI-08', field: 'data.leader.id' });
  });

  it('refuses an escalation to a leader whose id only looks like the holder’s', () => {
    spec([repair])
      .when(escalate({ by: manager, at: minute(5), leader: managerLookAlike }))
      .thenRefused({ code: 'STAFF_NOT_IDENTIFIED', field: 'data.leader.id' });
  });

  it('accepts an escalation to another leader', () => {
    spec([repair])
      .when(escalate({ by: manager, at: minute(5), leader: director }))
      .then([escalated({ by: manager, at: minute(5), leader: director })]);
  });
});

describe('FI-07: a leader who holds a matter hands it over like anyone else', () => {
  it('refuses a reassignment by the leader who holds the matter (the way round FI-10 and FI-09)', () => {
    spec([repair])
      .when(reassign({ by: manager, at: minute(5), to: clerk }))
      .thenRefused({ code: 'REASSIGNMENT_OF_OWN_MATTER', rule: 'FI-07', field: 'data.actor.id' });
  });

  it('refuses a reassignment by someone whose id only looks like the holder’s', () => {
    spec([repair])
      .when(reassign({ by: managerLookAlike, at: minute(5), to: clerk }))
      .thenRefused({ code: 'STAFF_NOT_IDENTIFIED', field: 'data.actor.id' });
  });

  it('still lets another leader reassign it', () => {
    const after = stateAfter([repair]);
    const decision = decide(reassign({ by: director, at: minute(5), to: clerk }), after);
    expect(E.isRight(decision)).toBe(true);
  });
});

describe('FI-02, one responsible person: two different ids that look the same never name two people', () => {
  const guarded = received({ by: guard });

  it('refuses a handover to an id that looks like the holder’s own (a handover to oneself in disguise)', () => {
    spec([guarded])
      .when(transfer({ by: guard, to: guardLookAlike, at: minute(5) }))
      .thenRefused({ code: 'STAFF_NOT_IDENTIFIED', field: 'data.to.id' });
  });

  it('refuses a handover to an id that differs by a letter l for a digit one', () => {
    spec([guarded])
      .when(transfer({ by: guard, to: { ...guard, id: 's-0l7' }, at: minute(5) }))
      .thenRefused({ code: 'STAFF_NOT_IDENTIFIED', field: 'data.to.id' });
  });

  it('accepts a handover to a different person', () => {
    const decision = decide(transfer({ by: guard, to: plumber, at: minute(5) }), stateAfter([guarded]));
    expect(E.isRight(decision)).toBe(true);
  });

  it('words the refusal in every locale with both ids', () => {
    const decision = decide(transfer({ by: guard, to: guardLookAlike, at: minute(5) }), stateAfter([guarded]));
    if (E.isRight(decision)) throw new Error('accepted a disguised handover');
    for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) {
      const text = formatViolation(decision.left, locale);
      expect(text).toContain('\u0455-017');
      expect(text).toContain('s-017');
    }
  });
});

describe('a command’s instants are in the years a log reader accepts', () => {
  const guarded = received({ by: guard });

  it('refuses an act dated with a mistyped year, naming the field', () => {
    spec([guarded])
      .when(followUp({ by: guard, at: '7026-05-04T09:30:00+08:00' }))
      .thenRefused({ code: 'IMPLAUSIBLE_INSTANT', rule: null, field: 'data.at' });
  });

  it('refuses a promise whose deadline is millennia away', () => {
    spec([guarded])
      .when(promiseReply({ by: guard, at: minute(5), deadline: '9999-12-31T23:59:59+08:00' }))
      .thenRefused({ code: 'IMPLAUSIBLE_INSTANT', rule: null, field: 'data.deadline' });
  });

  // The same line as the log reader's: whatever decide records, check and audit read back.
  test.prop([fc.integer({ min: 1, max: 9999 }), fc.constantFrom('Z', '+08:00', '-12:00', '+14:00')])(
    'refuses exactly the instants the log reader would report as implausible',
    (year, zone) => {
      const at = `${String(year).padStart(4, '0')}-12-31T23:30:00${zone}`;
      const decision = decide(followUp({ by: guard, at }), stateAfter([received({ by: guard, at: '1970-01-02T00:00:00Z' })]));
      const refusedAsImplausible = E.isLeft(decision) && decision.left.code === 'IMPLAUSIBLE_INSTANT';
      expect(refusedAsImplausible).toBe(implausibleInstant('data.at', at) !== undefined);
    },
  );
});
