import * as E from 'fp-ts/Either';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/inquiry/decide';
import type { InquiryEvent } from '../../src/inquiry/events';
import { evolve } from '../../src/inquiry/evolve';
import { definePolicy, defaultPolicy, findForbiddenPhrase, normalizeForMatching } from '../../src/policy/policy';
import { replay, replayAll } from '../../src/inquiry/replay';
import type { Staff } from '../../src/inquiry/staff';
import { validHistoryArbitrary } from '../support/arbitraries';
import { declineDemand, receive, reassign, reply, resolve, transfer } from '../support/commands';
import { contactRecorded, demandDeclined, escalated, handlerNamed, liabilityClassified, received, resolved } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { clerk, gardener, guard, manager, plumber } from '../support/staff';
import { minute } from '../support/time';

const secondPlumber: Staff = { id: 's-104', name: 'Huang Bo', department: 'engineering', onDuty: true };
const leaderPlumber: Staff = { ...plumber, leader: true };

// issue 10 item 4
describe('an event of another inquiry changes nothing', () => {
  it('evolve and the fast replay leave the state unchanged for any event of another inquiry', () => {
    fc.assert(
      fc.property(validHistoryArbitrary(15), validHistoryArbitrary(15), (mine, theirs) => {
        const first = mine.events[0];
        fc.pre(first !== undefined);
        const state = stateAfter(mine.events);
        const others: InquiryEvent[] = theirs.events.map((e) => ({ ...e, data: { ...e.data, inquiryId: 'INQ-OTHER' } }) as InquiryEvent);
        for (const other of others) expect(evolve(state, other)).toBe(state);
        expect(replay([...mine.events, ...others])).toEqual(state);
        expect(replay(others, state)).toBe(state);
      }),
      { numRuns: 100 },
    );
  });

  it('another inquiry’s resolution does not close this one', () => {
    const state = stateAfter([received({ by: guard })]);
    expect(evolve(state, resolved({ by: guard, at: minute(5), inquiryId: 'INQ-2' })).status).toBe('open');
    expect(
      replayAll([received({ by: guard }), resolved({ by: guard, at: minute(5), inquiryId: 'INQ-2' })]).get('INQ-2026-0001')?.status,
    ).toBe('open');
  });
});

// issue 10 item 5
describe('FI-15 holds however a matter changes hands', () => {
  const unclear = received({ by: guard, intent: 'Something about “the noise”', intentClear: false });

  it('a leader cannot reassign an unclear matter while the requester cannot be reached', () => {
    spec([unclear])
      .when(reassign({ by: manager, to: plumber, at: minute(5) }))
      .thenRefused({ code: 'CONTACT_REQUIRED_FOR_UNCLEAR', rule: 'FI-15' });
    spec([unclear, contactRecorded({ by: guard, at: minute(2) })])
      .when(reassign({ by: manager, to: plumber, at: minute(5) }))
      .thenAccepted();
  });

  it('a responsible person who is a leader cannot get round their own refusal by reassigning', () => {
    const held = received({ by: leaderPlumber, intent: 'Unclear', intentClear: false });
    spec([held])
      .when(transfer({ by: leaderPlumber, to: secondPlumber, at: minute(5), reason: 'deferred' }))
      .thenRefused({ code: 'CONTACT_REQUIRED_FOR_DEFERRAL' });
    // A leader who holds the matter may not reassign it at all: they hand it over like anyone else.
    spec([held])
      .when(reassign({ by: leaderPlumber, to: secondPlumber, at: minute(5) }))
      .thenRefused({ code: 'REASSIGNMENT_OF_OWN_MATTER', rule: 'FI-07' });
  });

  it('a leader reassigning to an off-duty colleague is told to choose someone on duty, not to escalate', () => {
    const refusal = spec([received({ by: guard })])
      .when(reassign({ by: manager, to: { ...plumber, onDuty: false }, at: minute(5) }))
      .thenRefused({ code: 'HANDLER_OFF_DUTY', rule: 'FI-08' });
    expect(refusal.message).toContain('ReassignInquiry');
    expect(refusal.message).not.toMatch(/escalate/i);
  });
});

// issue 10 item 6
describe('推诿: "out of scope" is checked against the policy’s scope (FI-07, FI-10)', () => {
  const leak = received({ by: plumber, category: 'repair' });

  it('someone whose department the category is in cannot hand it on as out of scope', () => {
    spec([leak])
      .when(transfer({ by: plumber, to: guard, at: minute(5), reason: 'out-of-scope' }))
      .thenRefused({ code: 'HANDOVER_WITHIN_OWN_SCOPE', rule: 'FI-10', field: 'data.reason' });
    spec([leak])
      .when(transfer({ by: plumber, to: secondPlumber, at: minute(5), reason: 'out-of-scope' }))
      .thenRefused({ code: 'HANDOVER_WITHIN_OWN_SCOPE', rule: 'FI-10' });
  });

  it('a matter handed on as out of scope must go to someone competent for it', () => {
    spec([received({ by: guard })])
      .when(transfer({ by: guard, to: clerk, at: minute(5) }))
      .thenRefused({ code: 'RECEIVER_NOT_COMPETENT', rule: 'FI-07', field: 'data.to.department' });
    spec([received({ by: guard, category: 'complaint' })])
      .when(transfer({ by: guard, to: gardener, at: minute(5) }))
      .thenRefused({ code: 'RECEIVER_NOT_COMPETENT', rule: 'FI-07' });
    spec([received({ by: guard })])
      .when(transfer({ by: guard, to: plumber, at: minute(5) }))
      .thenAccepted();
  });

  it('a deferral, a handler a leader named and a leader’s reassignment are not scope handovers', () => {
    const withContact = [leak, contactRecorded({ by: plumber, at: minute(1) })];
    spec(withContact)
      .when(transfer({ by: plumber, to: secondPlumber, at: minute(5), reason: 'deferred' }))
      .thenAccepted();
    spec([
      received({ by: guard }),
      escalated({ by: guard, at: minute(1) }),
      handlerNamed({ by: manager, at: minute(2), handler: { id: clerk.id, name: clerk.name, department: clerk.department } }),
    ])
      .when(transfer({ by: guard, to: clerk, at: minute(5), reason: 'named-handler' }))
      .thenAccepted();
    spec([received({ by: guard })])
      .when(reassign({ by: manager, to: clerk, at: minute(5) }))
      .thenAccepted();
  });

  it('a category whose policy names no department has no scope to check', () => {
    const policy = definePolicy({
      categories: { misc: { label: 'Misc', departments: [], timeLimit: { amount: 1, unit: 'hours' }, requiresLiability: false } },
    });
    const state = stateAfter([received({ by: plumber, category: 'misc' })]);
    expect(E.isRight(decide(transfer({ by: plumber, to: gardener, at: minute(5) }), state, policy))).toBe(true);
  });
});

// issue 10 item 8
describe('FI-12 holds however a repair closes', () => {
  it('a repair cannot be declined before its liability is classified', () => {
    const refusal = spec([received({ by: guard })])
      .when(declineDemand({ by: guard, at: minute(5) }))
      .thenRefused({ code: 'LIABILITY_NOT_CLASSIFIED', rule: 'FI-12' });
    expect(refusal.message).toContain('ClassifyLiability');
    spec([received({ by: guard }), liabilityClassified({ by: guard, at: minute(1) })])
      .when(declineDemand({ by: guard, at: minute(5) }))
      .then([demandDeclined({ by: guard, at: minute(5) })]);
  });

  it('a matter that needs no classification can be declined without one', () => {
    spec([received({ by: clerk, category: 'complaint' })])
      .when(declineDemand({ by: clerk, at: minute(5) }))
      .thenAccepted();
  });
});

// issue 10 item 9
describe('forbidden phrases are matched on letters and digits alone (FI-10)', () => {
  // Anything that is not a letter or digit: punctuation, symbols, spaces, format characters, marks.
  const separator = fc.oneof(
    fc.constantFrom(
      '，',
      '·',
      '-',
      '、',
      '.',
      '…',
      '—',
      '_',
      '/',
      '\u00ad',
      '\u2063',
      '\u200b',
      '\ufe0f',
      '\u034f',
      '\u3000',
      ' ',
      '*',
      '~',
      '\u0301',
      '\u2060',
      '「',
      '」',
      '!',
      '\u{e0101}',
    ),
    fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme-ascii' }).filter((c) => !/[\p{L}\p{N}]/u.test(c)),
    // Any code point at all that is neither a letter nor a digit, even once decomposed (℡ is a
    // symbol, but NFKD makes it the letters TEL: that would be inserting letters, not a separator).
    fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }).filter((c) => !/[\p{L}\p{N}\u02b0-\u02ff]/u.test(c.normalize('NFKD'))),
  );
  const phrase = fc.constantFrom(...defaultPolicy.forbiddenPhrases);

  it('any separators inserted between the letters of a phrase do not hide it', () => {
    fc.assert(
      fc.property(
        phrase,
        fc.array(fc.array(separator, { maxLength: 2 }), { minLength: 20, maxLength: 20 }),
        fc.constantFrom('', '好的，', 'Sorry: '),
        (p, seps, prefix) => {
          const chars = [...p];
          const disguised = prefix + chars.map((c, i) => c + (i < chars.length - 1 ? (seps[i] ?? []).join('') : '')).join('');
          expect(findForbiddenPhrase(disguised, defaultPolicy)).toBe(p);
          const result = decide(reply({ by: guard, at: minute(5), message: disguised }), stateAfter([received({ by: guard })]));
          expect(E.isLeft(result) && result.left.code).toBe('FORBIDDEN_PHRASE');
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each(['我不，知道', '不归·我管', '不是-我的事', '不\u00ad归我管', '我\u2063不知道', '不歸\ufe0f我管', '不是\u034f我的事'])(
    'catches %j',
    (text) => {
      expect(findForbiddenPhrase(text, defaultPolicy)).toBeDefined();
    },
  );

  it('folds to letters and digits only', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(/^[\p{L}\p{N}]*$/u.test(normalizeForMatching(text))).toBe(true);
      }),
    );
  });
});

// issue 10 item 11
describe('categories are looked up as own properties', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('%s is not a known category', (category) => {
    spec([]).when(receive({ category })).thenRefused({ code: 'UNKNOWN_CATEGORY', rule: null, field: 'data.category' });
  });

  it('a policy may still name such a category', () => {
    const policy = definePolicy(
      JSON.parse(
        '{"categories":{"constructor":{"label":"Odd","departments":["security"],"timeLimit":{"amount":1,"unit":"hours"},"requiresLiability":true}}}',
      ),
    );
    const state = stateAfter([received({ by: guard, category: 'constructor' })]);
    expect(E.isRight(decide(receive({ category: 'constructor' }), stateAfter([]), policy))).toBe(true);
    const closing = decide(resolve({ by: guard, at: minute(5) }), state, policy);
    expect(E.isLeft(closing) && closing.left.code).toBe('LIABILITY_NOT_CLASSIFIED');
  });
});
