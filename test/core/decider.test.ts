import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { createDecider, decideOrThrow, fold, inquiryDecider, throwingDecider } from '../../src/inquiry/decider';
import { evolve } from '../../src/inquiry/evolve';
import { definePolicy } from '../../src/policy/policy';
import { initialState } from '../../src/inquiry/state';
import { RuleViolationError, violation } from '../../src/inquiry/violations';
import { followUp, reply, transfer } from '../support/commands';
import { followedUp, received, transferred } from '../support/events';
import { guard, plumber } from '../support/staff';
import { minute } from '../support/time';

const open = fold([received({ by: guard })]);

function thrown(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected it to throw');
}

describe('createDecider', () => {
  it('binds a policy: the same command is refused under one policy and accepted under the default', () => {
    const strict = createDecider(definePolicy({ forbiddenPhrases: ['Thursday'] }));
    expect(strict.decide(reply({ at: minute(5) }), open)).toMatchObject(E.left({ code: 'FORBIDDEN_PHRASE', rule: 'FI-10' }));
    expect(E.isRight(inquiryDecider.decide(reply({ at: minute(5) }), open))).toBe(true);
    expect(strict.policy.forbiddenPhrases).toEqual(['Thursday']);
    expect([strict.evolve, strict.initialState()]).toEqual([evolve, initialState()]);
  });
});

describe('throwingDecider and decideOrThrow (for exception-style callers such as Emmett)', () => {
  it('return the events of an accepted command as a fresh, mutable array', () => {
    const events = throwingDecider().decide(followUp({ at: minute(5) }), open);
    expect(events).toEqual([followedUp({ at: minute(5) })]);
    events.push(followedUp({ at: minute(6) }));
    expect(decideOrThrow(followUp({ at: minute(5) }), open)).toHaveLength(1);
  });

  it('throw a RuleViolationError that carries the refusal unchanged', () => {
    const error = thrown(() => throwingDecider().decide(followUp({ by: plumber }), open));
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(error).toBeInstanceOf(Error);
    const e = error as RuleViolationError;
    expect([e.name, e.code, e.rule, e.violation.field]).toEqual(['RuleViolationError', 'NOT_RESPONSIBLE', 'FI-02', 'data.actor.id']);
    expect(e.message).toMatch(/^NOT_RESPONSIBLE \(FI-02\): .*Wang Wei/);
  });

  it('decideOrThrow honours a policy; a refusal without a rule has no rule in its message', () => {
    const e = thrown(() =>
      decideOrThrow(reply({ at: minute(5) }), open, definePolicy({ forbiddenPhrases: ['Thursday'] })),
    ) as RuleViolationError;
    expect(e.code).toBe('FORBIDDEN_PHRASE');
    expect(new RuleViolationError(violation('INQUIRY_NOT_FOUND', 'No such inquiry.')).message).toBe('INQUIRY_NOT_FOUND: No such inquiry.');
  });

  it('throwingDecider keeps the decider’s policy, evolve and initial state', () => {
    const strict = throwingDecider(createDecider(definePolicy({ forbiddenPhrases: ['Thursday'] })));
    expect(thrown(() => strict.decide(reply({ at: minute(5) }), open))).toMatchObject({ code: 'FORBIDDEN_PHRASE' });
    expect(strict.initialState()).toEqual(initialState());
    expect(strict.evolve(open, transferred({ at: minute(5) }))).toEqual(evolve(open, transferred({ at: minute(5) })));
  });
});

describe('fold', () => {
  it('folds from the initial state, or carries on from a given one', () => {
    expect(fold([])).toEqual(initialState());
    const later = [transferred({ at: minute(5) }), followedUp({ by: plumber, at: minute(9) })];
    expect(fold(later, open)).toEqual(fold([received({ by: guard }), ...later]));
    expect(
      fold(
        [transfer({ at: minute(5) })].flatMap((c) => decideOrThrow(c, open)),
        open,
      ),
    ).toMatchObject({ responsible: { id: plumber.id } });
  });
});
