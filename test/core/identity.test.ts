import * as E from 'fp-ts/Either';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InquiryCommand } from '../../src/inquiry/commands';
import { decide } from '../../src/inquiry/decide';
import { decodeEvent, type InquiryEvent } from '../../src/inquiry/events';
import { refusalOfEvent } from '../../src/log/check';
import { idProblem, isUsableId, isUsableName, isVisibleText, spokenForm } from '../../src/primitives/identity';
import type { Staff } from '../../src/inquiry/staff';
import { initialState } from '../../src/inquiry/state';
import { escalate, nameHandler, reassign, receive, reopen, transfer } from '../support/commands';
import { demandDeclined, escalated, received, reopened, transferred } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { clerk, guard, manager, plumber } from '../support/staff';
import { minute } from '../support/time';

// Characters that draw nothing: white space of every kind, format and control characters,
// variation selectors, the combining grapheme joiner, Hangul fillers, the blank braille pattern.
const INVISIBLES = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2007',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2060',
  '\u2061',
  '\u2062',
  '\u2063',
  '\u2064',
  '\ufeff',
  '\u00ad',
  '\u034f',
  '\u061c',
  '\u180e',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufe00',
  '\ufe0f',
  '\u{e0100}',
  '\u{e0001}',
  '\u3164',
  '\u115f',
  '\u1160',
  '\uffa0',
  '\u2800',
  '\u0000',
  '\u001b',
  '\u007f',
  '\u0085',
];
const invisible = fc.constantFrom(...INVISIBLES);
const nothingVisible = fc.array(invisible, { maxLength: 6 }).map((cs) => cs.join(''));
const cleanId = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);

describe('one definition of visible, a usable name and a usable id (src/identity.ts)', () => {
  it('a text of nothing but invisible characters shows nothing', () => {
    fc.assert(
      fc.property(nothingVisible, (text) => {
        expect(isVisibleText(text)).toBe(false);
        expect(isUsableName(text)).toBe(false);
        expect(isUsableId(text)).toBe(false);
      }),
    );
  });

  it('an id with an invisible character anywhere is refused, never merged with the clean id', () => {
    fc.assert(
      fc.property(cleanId, invisible, fc.nat(), (id, ch, at) => {
        const i = at % (id.length + 1);
        const spoiled = id.slice(0, i) + ch + id.slice(i);
        expect(isUsableId(id)).toBe(true);
        expect(idProblem(spoiled)).toBeDefined();
      }),
    );
  });

  it('an id not in NFKC form is refused (full-width letters, decomposed accents)', () => {
    expect(idProblem('ｓ-017')).toMatch(/NFKC/);
    expect(idProblem('jose\u0301')).toMatch(/NFKC/);
    expect(isUsableId('josé')).toBe(true);
    expect(isUsableId('王伟-7')).toBe(true);
  });

  it('a name is usable when it shows something, even with stray spaces', () => {
    expect(isUsableName(' Wang Wei ')).toBe(true);
    expect(spokenForm(' Wang\u200b  Wei\u00a0')).toBe('Wang Wei');
  });
});

// Every person a command names, with a builder that puts a given staff member in that place.
const PLACES: ReadonlyArray<readonly [string, (who: Staff) => { given: InquiryEvent[]; command: InquiryCommand }, string]> = [
  ['the receiver of a call (actor)', (who) => ({ given: [], command: receive({ by: who, announced: { name: who.name } }) }), 'data.actor'],
  ['the actor of an act', (who) => ({ given: [received({ by: guard })], command: transfer({ by: who, at: minute(5) }) }), 'data.actor'],
  [
    'the receiver of a handover',
    (who) => ({ given: [received({ by: guard })], command: transfer({ by: guard, to: who, at: minute(5) }) }),
    'data.to',
  ],
  [
    'the receiver of a reassignment',
    (who) => ({ given: [received({ by: guard })], command: reassign({ by: manager, to: who, at: minute(5) }) }),
    'data.to',
  ],
  [
    'the leader asked',
    (who) => ({ given: [received({ by: guard })], command: escalate({ by: guard, leader: { ...who, leader: true }, at: minute(5) }) }),
    'data.leader',
  ],
  [
    'the absent handler',
    (who) => ({
      given: [received({ by: guard })],
      command: escalate({ by: guard, absentHandler: { ...who, onDuty: false }, at: minute(5) }),
    }),
    'data.absentHandler',
  ],
  [
    'the handler a leader names',
    (who) => ({
      given: [received({ by: guard }), escalated({ by: guard, at: minute(2) })],
      command: nameHandler({ by: manager, handler: who, at: minute(5) }),
    }),
    'data.handler',
  ],
  [
    'the reopener',
    (who) => ({
      given: [received({ by: guard }), demandDeclined({ by: guard, at: minute(2) })],
      command: reopen({ by: who, at: minute(5), announced: { name: who.name } }),
    }),
    'data.actor',
  ],
];

describe('every person everywhere must be identifiable (issue 10 items 1 and 2)', () => {
  it.each(PLACES)(
    '%s with an id of nothing visible, or with white space or an invisible character in it, is refused',
    (_, place, field) => {
      fc.assert(
        fc.property(
          fc.oneof(
            nothingVisible,
            fc.tuple(invisible, fc.boolean()).map(([ch, before]) => (before ? `${ch}${plumber.id}` : `${plumber.id}${ch}`)),
          ),
          (id) => {
            const { given, command } = place({ ...plumber, id });
            const result = decide(command, stateAfter(given));
            expect(E.isLeft(result)).toBe(true);
            if (E.isLeft(result)) {
              expect(['STAFF_NOT_IDENTIFIED', 'HANDOVER_RECEIVER_REQUIRED', 'INVALID_COMMAND']).toContain(result.left.code);
              expect(result.left.field?.startsWith(field)).toBe(true);
            }
          },
        ),
        { numRuns: 40 },
      );
    },
  );

  it.each(PLACES)('%s without a visible name is refused', (_, place, field) => {
    fc.assert(
      fc.property(nothingVisible, (name) => {
        const { given, command } = place({ ...plumber, name });
        const result = decide(command, stateAfter(given));
        expect(E.isLeft(result) && ['STAFF_NOT_IDENTIFIED', 'HANDOVER_RECEIVER_REQUIRED'].includes(result.left.code)).toBe(true);
        expect(E.isLeft(result) && result.left.field?.startsWith(field)).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it('a nameless receiver who announces an employee number is still refused', () => {
    spec([])
      .when(receive({ by: { id: 'x9', name: '', department: 'security', onDuty: true, employeeNo: '7' }, announced: { employeeNo: '7' } }))
      .thenRefused({ code: 'STAFF_NOT_IDENTIFIED', rule: null, field: 'data.actor.name' });
  });

  it('the holder cannot hand the matter to themself under a second id (s-017 and "s-017 ")', () => {
    spec([received({ by: guard })])
      .when(transfer({ by: guard, to: { ...guard, id: `${guard.id} ` }, at: minute(5) }))
      .thenRefused({ code: 'STAFF_NOT_IDENTIFIED', rule: null, field: 'data.to.id' });
  });

  it('an inquiry id of nothing visible or with invisible characters is refused', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nothingVisible,
          invisible.map((ch) => `INQ-1${ch}`),
        ),
        (inquiryId) => {
          const result = decide(receive({ inquiryId }), initialState());
          expect(E.isLeft(result) && result.left.code).toBe('INVALID_COMMAND');
          expect(E.isLeft(result) && result.left.field).toBe('data.inquiryId');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('events naming an unusable id do not decode', () => {
    const bad = transferred({ by: guard, to: plumber, at: minute(5) });
    expect(E.isLeft(decodeEvent({ ...bad, data: { ...bad.data, to: { ...bad.data.to, id: 's-102\u200b' } } }))).toBe(true);
    expect(E.isLeft(decodeEvent({ ...bad, data: { ...bad.data, inquiryId: '\u200b' } }))).toBe(true);
  });
});

describe('FI-03 applies to a reopened stage (issue 10 item 1)', () => {
  const closed = [received({ by: guard }), demandDeclined({ by: guard, at: minute(2) })];

  it('the reopener must announce their name or employee number', () => {
    spec(closed)
      .when(reopen({ by: clerk, at: minute(5), announced: {} }))
      .thenRefused({ code: 'IDENTITY_NOT_ANNOUNCED', rule: 'FI-03', field: 'data.announced' });
    spec(closed)
      .when(reopen({ by: clerk, at: minute(5), announced: { name: 'Someone Else' } }))
      .thenRefused({ code: 'IDENTITY_NOT_ANNOUNCED', rule: 'FI-03' });
    const noAnnouncement = reopen({ by: clerk, at: minute(5) }) as InquiryCommand & { data: { announced?: unknown } };
    const { announced: _, ...withoutAnnouncement } = noAnnouncement.data;
    spec(closed)
      .when({ ...noAnnouncement, data: withoutAnnouncement } as InquiryCommand)
      .thenRefused({ code: 'IDENTITY_NOT_ANNOUNCED', rule: 'FI-03' });
  });

  it('the history checker reports a recorded reopening without an announcement', () => {
    const { announced: _, ...silent } = reopened({ by: clerk, at: minute(5) }).data;
    expect(refusalOfEvent(stateAfter(closed), { type: 'InquiryReopened', data: silent })?.code).toBe('IDENTITY_NOT_ANNOUNCED');
    expect(refusalOfEvent(stateAfter(closed), reopened({ by: clerk, at: minute(5) }))).toBeUndefined();
  });

  it('the announcement goes on the record of the reopening', () => {
    spec(closed)
      .when(reopen({ by: clerk, at: minute(5), announced: { employeeNo: clerk.employeeNo ?? '' } }))
      .then([reopened({ by: clerk, at: minute(5), announced: { employeeNo: clerk.employeeNo ?? '' } })]);
  });
});
