import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { AuditPolicyOverrides, decodeAuditPolicy, defaultAuditPolicy, defineAuditPolicy, timeLimitFor } from '../../src/audit/policy';
import { defaultCalendar } from '../../src/calendar/calendar';

const problems = (value: unknown) => {
  const r = decodeAuditPolicy(value);
  return E.isLeft(r) ? r.left.problems : [];
};

describe('the audit policy: every threshold, documented defaults, decodable overrides', () => {
  it('defaults: the core categories’ limits, Shanghai office hours, handover discharges', () => {
    expect(defaultAuditPolicy.timeLimits).toEqual(
      expect.objectContaining({
        repair: { amount: 3, unit: 'working-days' },
        'emergency-repair': { amount: 4, unit: 'hours' },
        complaint: { amount: 5, unit: 'working-days' },
      }),
    );
    expect([defaultAuditPolicy.calendar, defaultAuditPolicy.accountability, defaultAuditPolicy.atRiskFraction]).toEqual([defaultCalendar, 'handover-discharges', 0.8]);
  });

  it('overrides merge time limits by category and calendar fields one by one', () => {
    const policy = defineAuditPolicy({
      timeLimits: { repair: { amount: 2, unit: 'working-days' }, parking: { amount: 4, unit: 'working-hours' } },
      calendar: { holidays: ['2026-10-01'] },
    });
    expect([timeLimitFor(policy, 'repair'), timeLimitFor(policy, 'parking'), timeLimitFor(policy, 'complaint'), timeLimitFor(policy, 'toString')]).toEqual([
      { amount: 2, unit: 'working-days' },
      { amount: 4, unit: 'working-hours' },
      { amount: 5, unit: 'working-days' },
      defaultAuditPolicy.fallbackTimeLimit,
    ]);
    expect(policy.calendar).toEqual({ ...defaultCalendar, holidays: ['2026-10-01'] });
  });

  it('a policy file is decoded with errors naming the field', () => {
    expect(problems({ inactivity: { amount: -1, unit: 'working-days' } })).toEqual(['inactivity.amount: must be a number greater than 0 (got -1)']);
    expect(problems({ timeLimits: { repair: { amount: 3, unit: 'days' } } })).toEqual([expect.stringMatching(/^timeLimits\.repair\.unit: /)]);
    expect(problems({ accountability: 'everyone' })).toEqual([expect.stringMatching(/^accountability: /)]);
    expect(problems({ atRiskFraction: 1.5 })).toEqual(['atRiskFraction: must be a fraction between 0 and 1, e.g. 0.8 (got 1.5)']);
  });

  it('an unknown field is an error, not silently ignored (a typo would otherwise change nothing)', () => {
    expect(problems({ inactivty: { amount: 1, unit: 'working-days' } })).toEqual([expect.stringMatching(/^inactivty: is not an audit policy field/)]);
    expect(problems({ calendar: { timezone: 'UTC' } })).toEqual([expect.stringMatching(/^calendar\.timezone: is not an audit policy field/)]);
  });

  it('calendar problems are named under calendar', () => {
    expect(problems({ calendar: { zone: 'Nowhere/Land' } })).toEqual([expect.stringMatching(/^calendar\.zone: must be an IANA time zone/)]);
    expect(problems({ calendar: { weekdays: [] } })).toEqual([expect.stringMatching(/^calendar\.weekdays: needs at least one working weekday/)]);
  });

  it('the overrides codec accepts what defineAuditPolicy accepts', () => {
    expect(AuditPolicyOverrides.is({ accountability: 'first-responder-retains', namedHandOn: { amount: 1, unit: 'hours' } })).toBe(true);
  });

  it('defining an invalid policy in code is a bug and throws', () => {
    expect(() => defineAuditPolicy({ atRiskFraction: 2 })).toThrow(/atRiskFraction/);
  });
});
