import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { describeErrors } from '../codecs';
import { TimeLimitCodec, defaultPolicy, type Policy, type TimeLimit } from '../policy';
import { CalendarDate, WorkingCalendar, WorkingPeriod, ZoneName, defaultCalendar } from '../calendar/calendar';
import { withHolidays } from '../calendar/china';

// model

/**
 * Who answers for a finding:
 * - `handover-discharges` (the seed, 篇1 ¶4 “簡要交接后,首問責任解除”): after a brief handover the
 *   next handler is responsible for their stage, so a finding names the holder of the stage in
 *   which it arose;
 * - `first-responder-retains` (ITIL service-desk style): whoever received the matter (or reopened
 *   it) stays accountable for follow-up until it is closed.
 *
 * @example
 * import { AccountabilityModel } from 'first-inquiry';
 * AccountabilityModel.is('first-responder-retains'); // true
 *
 * @category audit
 * @since 0.1.0
 */
export const AccountabilityModel = t.keyof({ 'handover-discharges': null, 'first-responder-retains': null }, 'AccountabilityModel');
export type AccountabilityModel = t.TypeOf<typeof AccountabilityModel>;

const Fraction = new t.Type<number, number, unknown>(
  'Fraction',
  (u): u is number => typeof u === 'number' && u > 0 && u < 1,
  (u, c) => (typeof u === 'number' && u > 0 && u < 1 ? t.success(u) : t.failure(u, c, 'must be a fraction between 0 and 1, e.g. 0.8')),
  t.identity,
);

export { TimeLimitCodec } from '../policy';

/**
 * The `holidays` of a policy file's calendar: a list of dates, which may include `"cn"` to merge
 * in mainland China's public holidays and make-up working days (`chinese-days`), or `"cn"` alone.
 *
 * @example
 * import { HolidayList } from './audit/policy'; // internal: part of AuditPolicyOverrides
 * HolidayList.is(['cn', '2025-12-31']); // true: China's holidays and the organisation's own
 *
 * @internal
 */
export const HolidayList = new t.Type<'cn' | readonly string[], 'cn' | readonly string[], unknown>(
  'HolidayList',
  (u): u is 'cn' | readonly string[] => u === 'cn' || (Array.isArray(u) && u.every((d) => d === 'cn' || CalendarDate.is(d))),
  (u, c) => {
    if (u === 'cn') return t.success(u);
    if (!Array.isArray(u)) return t.failure(u, c, 'must be a list of dates YYYY-MM-DD, or "cn" for mainland China\'s public holidays and make-up days');
    const bad = u.findIndex((d) => d !== 'cn' && !CalendarDate.is(d));
    return bad === -1
      ? t.success(u as readonly string[])
      : t.failure(u[bad], [...c, { key: String(bad), type: CalendarDate, actual: u[bad] }], 'must be a date YYYY-MM-DD that exists, or "cn"');
  },
  t.identity,
);

/**
 * Every threshold of the audit (defaults in {@link defaultAuditPolicy}; where they come from in
 * `docs/findings.md`):
 * - `timeLimits`: category id → time limit to settle it (FI-05); `fallbackTimeLimit` for others;
 * - `calendar`: working days, hours, holidays and zone the working-time limits count in;
 * - `accountability`: who findings name ({@link AccountabilityModel});
 * - `escalationHandOn`: from asking a leader about an absent handler to handing the matter on (FI-08);
 * - `namedHandOn`: from a leader naming a handler to handing the matter to them (FI-08);
 * - `followUpEvery`: the longest gap between follow-ups of a matter promised for later (FI-11);
 * - `inactivity`: the longest an open matter may go with no recorded act (FI-16);
 * - `atRiskFraction`: how much of its time limit an open matter may use before supervision lists
 *   it as at risk (FI-17).
 *
 * @example
 * import { defaultAuditPolicy, type AuditPolicy } from 'first-inquiry';
 * const strict: AuditPolicy = { ...defaultAuditPolicy, inactivity: { amount: 1, unit: 'working-days' } };
 *
 * @category audit
 * @since 0.1.0
 */
export interface AuditPolicy {
  readonly timeLimits: Readonly<Record<string, TimeLimit>>;
  readonly fallbackTimeLimit: TimeLimit;
  readonly calendar: WorkingCalendar;
  readonly accountability: AccountabilityModel;
  readonly escalationHandOn: TimeLimit;
  readonly namedHandOn: TimeLimit;
  readonly followUpEvery: TimeLimit;
  readonly inactivity: TimeLimit;
  readonly atRiskFraction: number;
}

/**
 * What a policy file may override, as a codec so a CLI can decode `--policy file.json` with
 * errors that name the field. Every field is optional; `timeLimits` merge by category over the
 * defaults, `calendar` fields replace the default calendar's one by one.
 *
 * @example
 * import { AuditPolicyOverrides } from 'first-inquiry';
 * AuditPolicyOverrides.is({ accountability: 'first-responder-retains', inactivity: { amount: 1, unit: 'working-days' } }); // true
 *
 * @category audit
 * @since 0.1.0
 */
export const AuditPolicyOverrides = t.exact(
  t.partial({
    timeLimits: t.record(t.string, TimeLimitCodec),
    fallbackTimeLimit: TimeLimitCodec,
    calendar: t.exact(
      t.partial({
        zone: ZoneName,
        weekdays: t.readonlyArray(t.number),
        hours: t.readonlyArray(WorkingPeriod),
        holidays: HolidayList,
        workdays: t.readonlyArray(CalendarDate),
      }),
    ),
    accountability: AccountabilityModel,
    escalationHandOn: TimeLimitCodec,
    namedHandOn: TimeLimitCodec,
    followUpEvery: TimeLimitCodec,
    inactivity: TimeLimitCodec,
    atRiskFraction: Fraction,
  }),
  'AuditPolicyOverrides',
);
export type AuditPolicyOverrides = t.TypeOf<typeof AuditPolicyOverrides>;

/**
 * Why a policy file could not be used; each problem names its field, e.g.
 * `inactivity.amount: must be a number greater than 0 (got -1)`.
 *
 * @example
 * import { decodeAuditPolicy } from 'first-inquiry';
 * import * as E from 'fp-ts/Either';
 * const r = decodeAuditPolicy({ atRiskFraction: 2 });
 * if (E.isLeft(r)) r.left.problems; // ['atRiskFraction: must be a fraction between 0 and 1, e.g. 0.8 (got 2)']
 *
 * @category audit
 * @since 0.1.0
 */
export interface AuditPolicyError {
  readonly _tag: 'AuditPolicyError';
  readonly code: 'INVALID_AUDIT_POLICY';
  readonly problems: readonly string[];
}

// constants

const workingDays = (amount: number): TimeLimit => ({ amount, unit: 'working-days' });
const workingHours = (amount: number): TimeLimit => ({ amount, unit: 'working-hours' });

/**
 * The time limits of the core policy's categories (emergency repair 4 h, repair 3 working days,
 * enquiry 1, complaint 5, renovation permit 5, other 5).
 *
 * @example
 * import { timeLimitsOf, defaultPolicy } from 'first-inquiry';
 * timeLimitsOf(defaultPolicy).enquiry; // { amount: 1, unit: 'working-days' }
 *
 * @category audit
 * @since 0.1.0
 */
export function timeLimitsOf(policy: Policy): Readonly<Record<string, TimeLimit>> {
  return Object.fromEntries(Object.entries(policy.categories).map(([id, c]) => [id, c.timeLimit]));
}

/**
 * The default audit policy: the core policy's category time limits, the {@link defaultCalendar}
 * (Asia/Shanghai, Monday–Friday 09:00–18:00), `handover-discharges`, escalation hand-on within 1
 * working day, hand-on to a named handler within 2 working hours, follow-up at least every 2
 * working days, inaction after 3 working days, at risk from 80 % of the time limit.
 *
 * @example
 * import { defaultAuditPolicy } from 'first-inquiry';
 * defaultAuditPolicy.timeLimits.repair; // { amount: 3, unit: 'working-days' }
 *
 * @category audit
 * @since 0.1.0
 */
export const defaultAuditPolicy: AuditPolicy = {
  timeLimits: timeLimitsOf(defaultPolicy),
  fallbackTimeLimit: defaultPolicy.fallbackTimeLimit,
  calendar: defaultCalendar,
  accountability: 'handover-discharges',
  escalationHandOn: workingDays(1),
  namedHandOn: workingHours(2),
  followUpEvery: workingDays(2),
  inactivity: workingDays(3),
  atRiskFraction: 0.8,
};

// constructors

/**
 * Decodes a policy file's content (unknown, e.g. parsed JSON) over a base policy, never throwing:
 * the {@link AuditPolicy}, or every problem with its field path.
 *
 * @example
 * import { decodeAuditPolicy } from 'first-inquiry';
 * decodeAuditPolicy({ inactivity: { amount: 0, unit: 'working-days' } });
 * // Left: ['inactivity.amount: must be a number greater than 0 (got 0)']
 *
 * @category audit
 * @since 0.1.0
 */
export function decodeAuditPolicy(value: unknown, base: AuditPolicy = defaultAuditPolicy): E.Either<AuditPolicyError, AuditPolicy> {
  const fail = (problems: readonly string[]): E.Either<AuditPolicyError, never> =>
    E.left({ _tag: 'AuditPolicyError', code: 'INVALID_AUDIT_POLICY', problems });
  const decoded = AuditPolicyOverrides.decode(value);
  if (E.isLeft(decoded)) return fail(describeErrors(decoded.left));
  const extra = unknownKeys(value);
  if (extra.length > 0) return fail(extra.map((k) => `${k}: is not an audit policy field (known: ${Object.keys(AuditPolicyOverrides.type.props).join(', ')})`));
  // "cn" among the holidays names a built-in source; the listed dates are the organisation's own, merged on top.
  const holidays = decoded.right.calendar?.holidays;
  const own = holidays === undefined ? {} : { holidays: holidays === 'cn' ? [] : holidays.filter((d) => d !== 'cn') };
  const calendar = WorkingCalendar.decode({ ...base.calendar, ...decoded.right.calendar, ...own });
  if (E.isLeft(calendar)) return fail(describeErrors(calendar.left).map((p) => `calendar.${p}`));
  const china = holidays === 'cn' || (holidays !== undefined && holidays.includes('cn'));
  return E.right({ ...merge(base, decoded.right), calendar: china ? withHolidays(calendar.right, 'cn') : calendar.right });
}

/**
 * An audit policy from the defaults (or `base`) with your overrides, for callers writing the
 * policy in code. Invalid overrides are a programming error, so this throws; decode untrusted
 * input with {@link decodeAuditPolicy} instead.
 *
 * @example
 * import { defineAuditPolicy } from 'first-inquiry';
 * const policy = defineAuditPolicy({
 *   accountability: 'first-responder-retains',
 *   timeLimits: { parking: { amount: 1, unit: 'working-days' } },
 *   calendar: { holidays: ['2025-10-01', '2025-10-02', '2025-10-03'], workdays: ['2025-09-28'] },
 * });
 * // or: calendar: { holidays: ['cn', '2025-12-31'] } — China's holidays and 调休 days, plus your own
 *
 * @category audit
 * @since 0.1.0
 */
export function defineAuditPolicy(overrides: AuditPolicyOverrides = {}, base: AuditPolicy = defaultAuditPolicy): AuditPolicy {
  const result = decodeAuditPolicy(overrides, base);
  if (E.isLeft(result)) throw new Error(`bug: invalid audit policy: ${result.left.problems.join('; ')}`);
  return result.right;
}

/**
 * The time limit of a category under an audit policy (the fallback for unknown categories).
 *
 * @example
 * import { timeLimitFor, defaultAuditPolicy } from 'first-inquiry';
 * timeLimitFor(defaultAuditPolicy, 'emergency-repair'); // { amount: 4, unit: 'hours' }
 *
 * @category audit
 * @since 0.1.0
 */
export function timeLimitFor(policy: AuditPolicy, category: string): TimeLimit {
  return Object.hasOwn(policy.timeLimits, category) ? (policy.timeLimits[category] ?? policy.fallbackTimeLimit) : policy.fallbackTimeLimit;
}

function merge(base: AuditPolicy, o: AuditPolicyOverrides): Omit<AuditPolicy, 'calendar'> {
  return {
    timeLimits: { ...base.timeLimits, ...o.timeLimits },
    fallbackTimeLimit: o.fallbackTimeLimit ?? base.fallbackTimeLimit,
    accountability: o.accountability ?? base.accountability,
    escalationHandOn: o.escalationHandOn ?? base.escalationHandOn,
    namedHandOn: o.namedHandOn ?? base.namedHandOn,
    followUpEvery: o.followUpEvery ?? base.followUpEvery,
    inactivity: o.inactivity ?? base.inactivity,
    atRiskFraction: o.atRiskFraction ?? base.atRiskFraction,
  };
}

function unknownKeys(value: unknown): readonly string[] {
  if (typeof value !== 'object' || value === null) return [];
  const known = new Set(Object.keys(AuditPolicyOverrides.type.props));
  const top = Object.keys(value).filter((k) => !known.has(k));
  const calendar = (value as { calendar?: unknown }).calendar;
  const calendarKeys = typeof calendar === 'object' && calendar !== null
    ? Object.keys(calendar).filter((k) => !['zone', 'weekdays', 'hours', 'holidays', 'workdays'].includes(k)).map((k) => `calendar.${k}`)
    : [];
  return [...top, ...calendarKeys];
}
