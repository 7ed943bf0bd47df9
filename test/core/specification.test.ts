import { describe, expect, it } from 'vitest';
import { createDecider } from '../../src/inquiry/decider';
import { definePolicy } from '../../src/policy/policy';
import { DeciderSpecification, SpecificationError } from '../../src/testing';
import { followUp, reply, transfer } from '../support/commands';
import { followedUp, received, transferred } from '../support/events';
import { guard, plumber } from '../support/staff';
import { minute } from '../support/time';

const spec = DeciderSpecification.for();
const open = [received({ by: guard })];

function failureOf(assertion: () => unknown): SpecificationError {
  try {
    assertion();
  } catch (error) {
    if (error instanceof SpecificationError) return error;
    throw error;
  }
  throw new Error('expected the specification to fail, but it passed');
}

// The helper is what every rule specification stands on, so its failures must be real and readable.
describe('DeciderSpecification (given / when / then)', () => {
  it('passes when the command produces exactly the expected events', () => {
    expect(() =>
      spec(open)
        .when(followUp({ at: minute(5) }))
        .then([followedUp({ at: minute(5) })]),
    ).not.toThrow();
  });

  it('fails on other events, showing expected versus actual', () => {
    const error = failureOf(() =>
      spec(open)
        .when(followUp({ at: minute(5) }))
        .then([followedUp({ at: minute(5), note: 'Called 1302 twice' })]),
    );
    expect(error.name).toBe('SpecificationError');
    expect(error.message).toMatch(/expected events:[\s\S]*Called 1302 twice[\s\S]*actual events:[\s\S]*the owner will be home on Thursday/);
  });

  it('fails on extra or missing events', () => {
    expect(
      failureOf(() =>
        spec(open)
          .when(followUp({ at: minute(5) }))
          .then([]),
      ).message,
    ).toMatch(/expected events:\n\[\]/);
    expect(
      failureOf(() =>
        spec(open)
          .when(followUp({ at: minute(5) }))
          .then([followedUp({ at: minute(5) }), followedUp({ at: minute(5) })]),
      ).message,
    ).toContain('actual events');
  });

  it('fails when an acceptance was expected but the command was refused, showing the refusal', () => {
    const error = failureOf(() =>
      spec(open)
        .when(followUp({ by: plumber }))
        .then([followedUp({ by: plumber })]),
    );
    expect(error.message).toMatch(/expected the command to be accepted[\s\S]*NOT_RESPONSIBLE/);
    expect(
      failureOf(() =>
        spec(open)
          .when(followUp({ by: plumber }))
          .thenAccepted(),
      ).message,
    ).toContain('NOT_RESPONSIBLE');
  });

  it('returns the accepted events for further checks', () => {
    expect(
      spec(open)
        .when(transfer({ at: minute(5) }))
        .thenAccepted(),
    ).toEqual([transferred({ at: minute(5) })]);
  });

  it('passes on the expected refusal, by code alone or with rule and field, and returns it', () => {
    expect(
      spec(open)
        .when(followUp({ by: plumber }))
        .thenRefused('NOT_RESPONSIBLE').rule,
    ).toBe('FI-02');
    expect(
      spec(open)
        .when(followUp({ by: plumber }))
        .thenRefused({ code: 'NOT_RESPONSIBLE', rule: 'FI-02', field: 'data.actor.id' }).message,
    ).toContain(guard.name);
  });

  it('fails when a refusal was expected but the command was accepted, showing the events', () => {
    const error = failureOf(() =>
      spec(open)
        .when(followUp({ at: minute(5) }))
        .thenRefused({ code: 'NOT_RESPONSIBLE' }),
    );
    expect(error.message).toMatch(/expected refusal[\s\S]*NOT_RESPONSIBLE[\s\S]*but the command was accepted[\s\S]*FollowedUp/);
  });

  it.each([
    ['code', { code: 'INQUIRY_CLOSED' }],
    ['rule', { code: 'NOT_RESPONSIBLE', rule: 'FI-07' }],
    ['field', { code: 'NOT_RESPONSIBLE', field: 'data.to' }],
  ] as const)('fails on a refusal with another %s, showing expected versus actual', (_, expected) => {
    const error = failureOf(() =>
      spec(open)
        .when(followUp({ by: plumber }))
        .thenRefused(expected),
    );
    expect(error.message).toMatch(/expected refusal[\s\S]*actual refusal[\s\S]*NOT_RESPONSIBLE[\s\S]*data\.actor\.id/);
  });

  it('folds the given events with the decider it was made for, and decides with its policy', () => {
    const strict = DeciderSpecification.for(createDecider(definePolicy({ forbiddenPhrases: ['Thursday'] })));
    strict(open)
      .when(reply({ at: minute(5) }))
      .thenRefused({ code: 'FORBIDDEN_PHRASE', rule: 'FI-10' });
    spec(open)
      .when(reply({ at: minute(5) }))
      .thenAccepted();
    spec().when(followUp()).thenRefused('INQUIRY_NOT_FOUND');
  });
});
