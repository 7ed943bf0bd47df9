import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { InvalidPolicyError, PolicyOverridesCodec, decodePolicy, defaultPolicy, definePolicy, timeLimitFor } from '../../src/policy/policy';
import { defaultCalendar } from '../../src/policy/calendar';

const problems = (value: unknown) => {
  const r = decodePolicy(value);
  return E.isLeft(r) ? r.left.problems : [];
};

describe('the one policy: every threshold, documented defaults, decodable overrides', () => {
  it('defaults: the core categories’ limits, Shanghai office hours, handover discharges', () => {
    expect(['repair', 'emergency-repair', 'complaint'].map((c) => timeLimitFor(defaultPolicy, c))).toEqual([
      { amount: 3, unit: 'working-days' },
      { amount: 4, unit: 'hours' },
      { amount: 5, unit: 'working-days' },
    ]);
    expect([defaultPolicy.calendar, defaultPolicy.accountability, defaultPolicy.atRiskFraction]).toEqual([
      defaultCalendar,
      'handover-discharges',
      0.8,
    ]);
  });

  it('a category keeps its other fields when one is overridden (a time limit alone)', () => {
    const policy = definePolicy({ categories: { repair: { timeLimit: { amount: 1, unit: 'hours' } } } });
    expect(policy.categories.repair).toEqual({ ...defaultPolicy.categories.repair, timeLimit: { amount: 1, unit: 'hours' } });
  });

  it('overrides merge time limits by category and calendar fields one by one', () => {
    const policy = definePolicy({
      categories: {
        repair: { timeLimit: { amount: 2, unit: 'working-days' } },
        parking: { label: 'Parking', departments: ['security'], timeLimit: { amount: 4, unit: 'working-hours' } },
      },
      calendar: { holidays: ['2026-10-01'] },
    });
    expect([
      timeLimitFor(policy, 'repair'),
      timeLimitFor(policy, 'parking'),
      timeLimitFor(policy, 'complaint'),
      timeLimitFor(policy, 'toString'),
    ]).toEqual([
      { amount: 2, unit: 'working-days' },
      { amount: 4, unit: 'working-hours' },
      { amount: 5, unit: 'working-days' },
      defaultPolicy.fallbackTimeLimit,
    ]);
    expect(policy.calendar).toEqual({ ...defaultCalendar, holidays: ['2026-10-01'] });
  });

  it('a policy file is decoded with errors naming the field', () => {
    expect(problems({ inactivity: { amount: -1, unit: 'working-days' } })).toEqual([
      'inactivity.amount: must be a number greater than 0 (got -1)',
    ]);
    expect(problems({ categories: { repair: { timeLimit: { amount: 3, unit: 'days' } } } })).toEqual([
      expect.stringMatching(/^categories\.repair\.timeLimit\.unit: /),
    ]);
    expect(problems({ categories: { parking: { timeLimit: { amount: 1, unit: 'hours' } } } })).toEqual([
      'categories.parking.label: required for a new category',
      'categories.parking.departments: required for a new category',
    ]);
    expect(problems({ accountability: 'everyone' })).toEqual([expect.stringMatching(/^accountability: /)]);
    expect(problems({ atRiskFraction: 1.5 })).toEqual(['atRiskFraction: must be a fraction between 0 and 1, e.g. 0.8 (got 1.5)']);
  });

  it('an unknown field is an error, not silently ignored (a typo would otherwise change nothing)', () => {
    expect(problems({ inactivty: { amount: 1, unit: 'working-days' } })).toEqual([
      expect.stringMatching(/^inactivty: is not a policy field/),
    ]);
    expect(problems({ calendar: { timezone: 'UTC' } })).toEqual([expect.stringMatching(/^calendar\.timezone: is not a calendar field/)]);
  });

  it('calendar problems are named under calendar', () => {
    expect(problems({ calendar: { zone: 'Nowhere/Land' } })).toEqual([expect.stringMatching(/^calendar\.zone: must be an IANA time zone/)]);
    expect(problems({ calendar: { weekdays: [] } })).toEqual([
      expect.stringMatching(/^calendar\.weekdays: needs at least one working weekday/),
    ]);
  });

  it('the overrides codec accepts what definePolicy accepts', () => {
    expect(PolicyOverridesCodec.is({ accountability: 'first-responder-retains', namedHandOn: { amount: 1, unit: 'hours' } })).toBe(true);
  });

  it('defining an invalid policy in code throws InvalidPolicyError naming the field (a negative limit included)', () => {
    expect(() => definePolicy({ atRiskFraction: 2 })).toThrow(InvalidPolicyError);
    expect(() => definePolicy({ atRiskFraction: 2 })).toThrow(/atRiskFraction/);
    expect(() => definePolicy({ fallbackTimeLimit: { amount: -3, unit: 'hours' } })).toThrow(/fallbackTimeLimit\.amount/);
    expect(() => definePolicy({ categories: { repair: { timeLimit: { amount: -1, unit: 'working-days' } } } })).toThrow(
      /categories\.repair\.timeLimit\.amount/,
    );
  });
});
