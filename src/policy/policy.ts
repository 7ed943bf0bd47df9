import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { decodeProblems } from '../primitives/codecs';
import { DECODE_REASONS, describeProblem, withReason, type DecodeProblem } from '../primitives/reasons';
import { CalendarDate, WorkingCalendar, WorkingPeriod, ZoneName, defaultCalendar } from './calendar';
import { withHolidays } from './china';

// model

/**
 * A time limit (规定的时限) for settling a category of matter. `hours` counts the clock;
 * `working-hours` and `working-days` count only working time from the calendar the auditor supplies.
 *
 * @example
 * import type { TimeLimit } from 'first-inquiry';
 * const fiveWorkingDays: TimeLimit = { amount: 5, unit: 'working-days' };
 *
 * @category policy
 * @since 0.1.0
 */
export interface TimeLimit {
  readonly amount: number;
  readonly unit: 'hours' | 'working-hours' | 'working-days';
}

/**
 * How one category of inquiry is handled.
 * - `departments`: whose scope (职责范围) the category falls in; others hand it over (FI-07).
 * - `timeLimit`: the prescribed time to settle it (FI-05, audited).
 * - `requiresLiability`: a repair-type matter must have its liability classified before it is
 *   resolved (FI-12).
 *
 * @example
 * import type { CategoryPolicy } from 'first-inquiry';
 * const lifts: CategoryPolicy = {
 *   label: 'Lift fault', departments: ['engineering'],
 *   timeLimit: { amount: 2, unit: 'hours' }, requiresLiability: true,
 * };
 *
 * @category policy
 * @since 0.1.0
 */
export interface CategoryPolicy {
  readonly label: string;
  readonly departments: readonly string[];
  readonly timeLimit: TimeLimit;
  readonly requiresLiability: boolean;
}

/**
 * Who answers for an inquiry's time limit once it has changed hands: the holder of the stage in
 * which the limit ran out (`handover-discharges`, 简要交接后首问责任解除), or the first responder
 * throughout (`first-responder-retains`).
 *
 * @example
 * import { AccountabilityModel } from 'first-inquiry';
 * AccountabilityModel.is('first-responder-retains'); // true
 *
 * @category policy
 * @since 0.1.0
 */
export const AccountabilityModel = withReason(
  t.keyof({ 'handover-discharges': null, 'first-responder-retains': null }, 'AccountabilityModel'),
  'ACCOUNTABILITY',
);
export type AccountabilityModel = t.TypeOf<typeof AccountabilityModel>;

/**
 * The organisation's one policy (制度): everything the seed leaves to it, read by `decide`, the
 * audit, the supervision views and the CLI alike. Every field has a documented default
 * ({@link defaultPolicy}); {@link decodePolicy} reads a policy file, {@link definePolicy} builds
 * one in code.
 * - `forbiddenPhrases`: service taboo phrases (服务忌语, FI-10), matched in any text to the
 *   requester on its letters and digits alone (see `normalizeForMatching`); a phrase without any
 *   would match nothing, and is refused.
 * - `categories`: category id → {@link CategoryPolicy} (scope, time limit, liability).
 * - `allowUnknownCategories`: accept a category missing from `categories` (it then needs no
 *   liability classification; audits use `fallbackTimeLimit`).
 * - `fallbackTimeLimit`: the time limit for categories not in the table.
 * - `calendar`: the working calendar that working-hour and working-day limits count on.
 * - `accountability`: see {@link AccountabilityModel}.
 * - `escalationHandOn` / `namedHandOn`: how soon a matter must move after an escalation (FI-08),
 *   and after a leader named a handler (及时转办).
 * - `followUpEvery`: how often a deferred matter must be followed up (FI-11).
 * - `inactivity`: how long an open matter may sit with nothing recorded (FI-16).
 * - `atRiskFraction`: the share of a time limit after which the deadline board shows a matter
 *   as at risk.
 *
 * @example
 * import { defaultPolicy, type Policy } from 'first-inquiry';
 * const p: Policy = defaultPolicy;
 * p.categories.repair?.timeLimit; // { amount: 3, unit: 'working-days' }
 *
 * @category policy
 * @since 0.1.0
 */
export interface Policy {
  readonly forbiddenPhrases: readonly string[];
  readonly categories: Readonly<Record<string, CategoryPolicy>>;
  readonly allowUnknownCategories: boolean;
  readonly fallbackTimeLimit: TimeLimit;
  readonly calendar: WorkingCalendar;
  readonly accountability: AccountabilityModel;
  readonly escalationHandOn: TimeLimit;
  readonly namedHandOn: TimeLimit;
  readonly followUpEvery: TimeLimit;
  readonly inactivity: TimeLimit;
  readonly atRiskFraction: number;
}

// constants

/**
 * The three service taboo phrases the seed names (篇1 ¶4), in simplified and traditional forms,
 * and their plain English equivalents.
 *
 * @example
 * import { DEFAULT_FORBIDDEN_PHRASES } from 'first-inquiry';
 * DEFAULT_FORBIDDEN_PHRASES.includes('不歸我管'); // true
 *
 * @category policy
 * @since 0.1.0
 */
export const DEFAULT_FORBIDDEN_PHRASES: readonly string[] = [
  '我不知道',
  '不是我的事',
  '不归我管',
  '不歸我管',
  "I don't know",
  'not my business',
  'not my department',
];

/**
 * The default categories. The seed gives no numbers (“规定的时限”); these follow common Chinese
 * property-management and 12345-hotline practice and are meant to be overridden:
 * emergency repair 4 clock hours; ordinary repair 3 working days; enquiry 1 working day;
 * complaint 5 working days (12345 hotline practice); renovation permit 5 working days (the
 * administrative licensing law's one-time-notice window); anything else 5 working days.
 * Repairs need a liability classification before they are resolved (FI-12).
 *
 * @category policy
 * @since 0.1.0
 */
export const DEFAULT_CATEGORIES: Readonly<Record<string, CategoryPolicy>> = {
  'emergency-repair': {
    label: 'Emergency repair (leak, power cut, lift entrapment)',
    departments: ['engineering'],
    timeLimit: { amount: 4, unit: 'hours' },
    requiresLiability: true,
  },
  repair: {
    label: 'Ordinary repair',
    departments: ['engineering'],
    timeLimit: { amount: 3, unit: 'working-days' },
    requiresLiability: true,
  },
  enquiry: {
    label: 'Enquiry',
    departments: ['customer-service'],
    timeLimit: { amount: 1, unit: 'working-days' },
    requiresLiability: false,
  },
  complaint: {
    label: 'Complaint',
    departments: ['customer-service'],
    timeLimit: { amount: 5, unit: 'working-days' },
    requiresLiability: false,
  },
  'renovation-permit': {
    label: 'Renovation permit',
    departments: ['customer-service'],
    timeLimit: { amount: 5, unit: 'working-days' },
    requiresLiability: false,
  },
  other: {
    label: 'Other',
    departments: ['customer-service'],
    timeLimit: { amount: 5, unit: 'working-days' },
    requiresLiability: false,
  },
};

/**
 * The default policy: {@link DEFAULT_FORBIDDEN_PHRASES}, {@link DEFAULT_CATEGORIES}, unknown
 * categories refused, fallback limit 5 working days.
 *
 * @example
 * import { defaultPolicy } from 'first-inquiry';
 * defaultPolicy.categories.repair?.requiresLiability; // true
 *
 * @category policy
 * @since 0.1.0
 */
export const defaultPolicy: Policy = {
  forbiddenPhrases: DEFAULT_FORBIDDEN_PHRASES,
  categories: DEFAULT_CATEGORIES,
  allowUnknownCategories: false,
  fallbackTimeLimit: { amount: 5, unit: 'working-days' },
  calendar: defaultCalendar,
  accountability: 'handover-discharges',
  escalationHandOn: { amount: 1, unit: 'working-days' },
  namedHandOn: { amount: 2, unit: 'working-hours' },
  followUpEvery: { amount: 2, unit: 'working-days' },
  inactivity: { amount: 3, unit: 'working-days' },
  atRiskFraction: 0.8,
};

/**
 * What {@link definePolicy} and {@link decodePolicy} accept, and what a policy file holds: any
 * field of {@link Policy}. `categories` are merged by id over the defaults (set
 * `replaceCategories: true` to use only yours), and each category's fields over that category's
 * defaults, so `{ categories: { repair: { timeLimit: { amount: 2, unit: 'working-days' } } } }`
 * changes one limit; a new category needs `label` and `departments` at least (its time limit
 * defaults to `fallbackTimeLimit`, liability to not required). `calendar` fields merge over the
 * default calendar.
 *
 * @example
 * import type { PolicyOverrides } from 'first-inquiry';
 * const file: PolicyOverrides = { categories: { parking: { label: '停车', departments: ['security'] } }, inactivity: { amount: 2, unit: 'working-days' } };
 *
 * @category policy
 * @since 0.1.0
 */
export interface PolicyOverrides {
  readonly forbiddenPhrases?: readonly string[];
  readonly categories?: Readonly<Record<string, Partial<CategoryPolicy>>>;
  readonly replaceCategories?: boolean;
  readonly allowUnknownCategories?: boolean;
  readonly fallbackTimeLimit?: TimeLimit;
  readonly calendar?: Partial<Omit<WorkingCalendar, 'holidays'>> & { readonly holidays?: 'cn' | readonly string[] };
  readonly accountability?: AccountabilityModel;
  readonly escalationHandOn?: TimeLimit;
  readonly namedHandOn?: TimeLimit;
  readonly followUpEvery?: TimeLimit;
  readonly inactivity?: TimeLimit;
  readonly atRiskFraction?: number;
}

/**
 * Thrown by {@link definePolicy} (the exception-style adapter of {@link decodePolicy}) for a policy
 * written in code that breaks a rule of the policy format; `problems` name each field.
 *
 * @example
 * import { definePolicy, InvalidPolicyError } from 'first-inquiry';
 * try { definePolicy({ inactivity: { amount: -1, unit: 'hours' } }); } catch (e) { e instanceof InvalidPolicyError; } // true
 *
 * @category policy
 * @since 0.2.0
 */
export class InvalidPolicyError extends Error {
  readonly code = 'INVALID_POLICY' as const;
  constructor(readonly problems: readonly string[]) {
    super(`Invalid policy: ${problems.join('; ')}`);
    this.name = 'InvalidPolicyError';
  }
}

// constructors

/**
 * A policy from the defaults (or `base`) with your overrides, checked as strictly as a policy
 * file: a negative or zero time limit, an unknown field or a bad calendar throws
 * {@link InvalidPolicyError} naming the field. Use {@link decodePolicy} for input you did not write.
 *
 * @example
 * import { definePolicy } from 'first-inquiry';
 * const policy = definePolicy({
 *   forbiddenPhrases: ['不清楚', '找别人去'],
 *   categories: { parking: { label: 'Parking', departments: ['security'], timeLimit: { amount: 1, unit: 'working-days' } } },
 * });
 * policy.categories.parking?.requiresLiability; // false
 *
 * @category policy
 * @since 0.1.0
 */
export function definePolicy(overrides: PolicyOverrides = {}, base: Policy = defaultPolicy): Policy {
  const result = decodePolicy(overrides, base);
  if (E.isLeft(result)) throw new InvalidPolicyError(result.left.problems);
  return result.right;
}

/**
 * The category's policy, or `undefined` when the policy has none by that id. An own-property
 * lookup: ids like `constructor` or `__proto__` are never "known" by inheritance.
 *
 * @example
 * import { categoryPolicy, defaultPolicy } from 'first-inquiry';
 * categoryPolicy(defaultPolicy, 'repair')?.requiresLiability; // true
 * categoryPolicy(defaultPolicy, 'constructor'); // undefined
 *
 * @category policy
 * @since 0.2.0
 */
export function categoryPolicy(policy: Policy, category: string): CategoryPolicy | undefined {
  return Object.hasOwn(policy.categories, category) ? policy.categories[category] : undefined;
}

/**
 * The time limit (规定的时限, FI-05) of a category: its own, else the policy's `fallbackTimeLimit`.
 *
 * @example
 * import { timeLimitFor, defaultPolicy } from 'first-inquiry';
 * timeLimitFor(defaultPolicy, 'emergency-repair'); // { amount: 4, unit: 'hours' }
 *
 * @category policy
 * @since 0.1.0
 */
export function timeLimitFor(policy: Policy, category: string): TimeLimit {
  return categoryPolicy(policy, category)?.timeLimit ?? policy.fallbackTimeLimit;
}

// utils

/**
 * Folds text the way forbidden phrases are matched: Unicode NFKD (full-width → half-width, accents
 * split from their letters), lower case, and then every character that is not a letter or a digit
 * (Unicode categories L and N) dropped: white space, punctuation (`我不，知道`, `不归·我管`,
 * `不是-我的事`), apostrophes, soft hyphens, invisible separators (U+2063), variation selectors, the
 * combining grapheme joiner and every other mark or format character. A phrase is matched on its
 * letters alone, so no separator a writer slips between them hides it.
 *
 * @example
 * import { normalizeForMatching } from './policy';
 * normalizeForMatching('Ｎot my  department'); // 'notmydepartment'
 * normalizeForMatching('我不，知\u2063道'); // '我不知道'
 *
 * @category utils
 * @since 0.1.0
 */
export function normalizeForMatching(text: string): string {
  // Fast path, ASCII text (most replies and notes): NFKD leaves it alone, lower case is ASCII's,
  // and its letters and digits are a-z and 0-9 (the spacing modifier letters are not ASCII).
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(NOT_ASCII_ALNUM, '');
  // NFKD, not NFKC: a combining mark slipped after a letter (s + U+0301) must not compose into
  // another letter (ś); decomposed, the mark is not a letter and is dropped with the rest.
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      // The spacing modifier letters (U+02B0-U+02FF: ʼ, ˈ, ˊ…) are letters to Unicode but
      // apostrophes and accents to a reader, so they separate like punctuation.
      .replace(/[^\p{L}\p{N}]+|[\u02b0-\u02ff]+/gu, '')
  );
}

const NON_ASCII = /[\u0080-\uffff]/;
const NOT_ASCII_ALNUM = /[^a-z0-9]+/g;

/**
 * Whether a forbidden phrase can ever be found: it has a letter or a digit left once folded by
 * {@link normalizeForMatching}. `"!!!"`, `"🖕"` or `"   "` fold to nothing, so a policy listing them
 * would forbid nothing while seeming to; the policy codec refuses them, by this one test.
 *
 * @example
 * import { isMatchablePhrase } from './policy';
 * isMatchablePhrase('不归我管'); // true
 * isMatchablePhrase('!!!'); // false
 *
 * @internal
 */
export function isMatchablePhrase(phrase: string): boolean {
  return normalizeForMatching(phrase).length > 0;
}

// A forbidden phrase, folded once per policy; `ascii` when its folded form is all ASCII, the only
// phrases an ASCII text can contain.
interface FoldedPhrase {
  readonly phrase: string;
  readonly folded: string;
  readonly ascii: boolean;
}

const foldedPhrases = new WeakMap<readonly string[], readonly FoldedPhrase[]>();

// The folded form of the ASCII text being searched, as character codes (reused: no string per text).
let asciiFolded = new Uint8Array(256);

/**
 * The first forbidden phrase of the policy found in `text`, or `undefined`.
 *
 * @example
 * import { findForbiddenPhrase, defaultPolicy } from 'first-inquiry';
 * findForbiddenPhrase('这个不 歸我管', defaultPolicy); // '不歸我管'
 *
 * @category utils
 * @since 0.1.0
 */
export function findForbiddenPhrase(text: string, policy: Policy): string | undefined {
  let phrases = foldedPhrases.get(policy.forbiddenPhrases);
  if (phrases === undefined) {
    phrases = policy.forbiddenPhrases
      .map((phrase) => {
        const folded = normalizeForMatching(phrase);
        return { phrase, folded, ascii: !NON_ASCII.test(folded) };
      })
      // A policy written as an object literal is not decoded: a phrase that folds to nothing,
      // which every text contains, is still never a match.
      .filter(({ phrase }) => isMatchablePhrase(phrase));
    foldedPhrases.set(policy.forbiddenPhrases, phrases);
  }
  // Fast path, ASCII text (every text to the requester is checked): folded as normalizeForMatching
  // folds it (lower case, a-z0-9 kept) into a reused buffer and searched there, without a string.
  const length = foldAscii(text);
  if (length >= 0) {
    for (const p of phrases) if (p.ascii && foldedIncludes(length, p.folded)) return p.phrase;
    return undefined;
  }
  const folded = normalizeForMatching(text);
  return phrases.find((p) => folded.includes(p.folded))?.phrase;
}

// Folds an ASCII text into asciiFolded and returns its length, or -1 if the text is not ASCII.
function foldAscii(text: string): number {
  if (asciiFolded.length < text.length) asciiFolded = new Uint8Array(text.length * 2);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) asciiFolded[length++] = c;
    else if (c >= 0x41 && c <= 0x5a) asciiFolded[length++] = c + 0x20;
    else if (c >= 0x80) return -1;
  }
  return length;
}

function foldedIncludes(length: number, phrase: string): boolean {
  const last = length - phrase.length;
  const first = phrase.charCodeAt(0);
  for (let i = 0; i <= last; i++) {
    if (asciiFolded[i] !== first) continue;
    let j = 1;
    while (j < phrase.length && asciiFolded[i + j] === phrase.charCodeAt(j)) j++;
    if (j === phrase.length) return true;
  }
  return false;
}

/**
 * Whether a category falls in a department's scope under the policy (FI-07). Unknown categories
 * are in nobody's scope.
 *
 * @example
 * import { isInScope, defaultPolicy } from 'first-inquiry';
 * isInScope(defaultPolicy, 'repair', 'security'); // false: hand it to engineering
 *
 * @category utils
 * @since 0.1.0
 */
export function isInScope(policy: Policy, category: string, department: string): boolean {
  return categoryPolicy(policy, category)?.departments.includes(department) ?? false;
}

// decoding

const PositiveNumber = new t.Type<number, number, unknown>(
  'PositiveNumber',
  (u): u is number => typeof u === 'number' && Number.isFinite(u) && u > 0,
  (u, c) => (typeof u === 'number' && Number.isFinite(u) && u > 0 ? t.success(u) : t.failure(u, c, DECODE_REASONS.POSITIVE_NUMBER)),
  t.identity,
);

/**
 * A {@link TimeLimit} as a codec (a positive amount and a unit).
 *
 * @example
 * import { TimeLimitCodec } from './policy';
 * TimeLimitCodec.is({ amount: 2, unit: 'working-hours' }); // true
 *
 * @category policy
 * @since 0.1.0
 */
export const TimeLimitCodec: t.Type<TimeLimit, TimeLimit, unknown> = withReason(
  t.type(
    { amount: PositiveNumber, unit: withReason(t.keyof({ hours: null, 'working-hours': null, 'working-days': null }), 'TIME_UNIT') },
    'TimeLimit',
  ),
  'TIME_LIMIT',
);

const Fraction = new t.Type<number, number, unknown>(
  'Fraction',
  (u): u is number => typeof u === 'number' && u > 0 && u < 1,
  (u, c) => (typeof u === 'number' && u > 0 && u < 1 ? t.success(u) : t.failure(u, c, DECODE_REASONS.FRACTION)),
  t.identity,
);

const Text = withReason(t.string, 'TEXT');
const TextList = withReason(t.readonlyArray(Text), 'TEXT_LIST');
const Flag = withReason(t.boolean, 'BOOLEAN');

// A forbidden phrase: a text with something to match (see isMatchablePhrase).
const ForbiddenPhrase = new t.Type<string, string, unknown>(
  'ForbiddenPhrase',
  (u): u is string => typeof u === 'string' && isMatchablePhrase(u),
  (u, c) =>
    typeof u !== 'string'
      ? t.failure(u, c, DECODE_REASONS.TEXT)
      : isMatchablePhrase(u)
        ? t.success(u)
        : t.failure(u, c, DECODE_REASONS.PHRASE_NO_LETTERS),
  t.identity,
);

const CategoryOverridesCodec = withReason(
  t.exact(t.partial({ label: Text, departments: TextList, timeLimit: TimeLimitCodec, requiresLiability: Flag }), 'CategoryPolicy'),
  'CATEGORY',
);

/**
 * The `holidays` of a policy file's calendar: a list of dates, which may include `"cn"` to merge
 * in mainland China's public holidays and make-up working days (`chinese-days`), or `"cn"` alone.
 *
 * @internal
 */
export const HolidayList = new t.Type<'cn' | readonly string[], 'cn' | readonly string[], unknown>(
  'HolidayList',
  (u): u is 'cn' | readonly string[] => u === 'cn' || (Array.isArray(u) && u.every((d) => d === 'cn' || CalendarDate.is(d))),
  (u, c) => {
    if (u === 'cn') return t.success(u);
    if (!Array.isArray(u)) return t.failure(u, c, DECODE_REASONS.HOLIDAY_LIST);
    const bad = u.findIndex((d) => d !== 'cn' && !CalendarDate.is(d));
    if (bad === -1) return t.success(u as readonly string[]);
    const context = [...c, { key: String(bad), type: CalendarDate, actual: u[bad] }];
    // The date's own reason (it does not exist, or its year is implausible), then the other choice.
    const failed = CalendarDate.validate(u[bad], context);
    const plausible = E.isLeft(failed) && failed.left[0]?.message === DECODE_REASONS.DATE_PLAUSIBLE;
    return t.failure(u[bad], context, plausible ? DECODE_REASONS.DATE_PLAUSIBLE_OR_CN : DECODE_REASONS.DATE_EXISTS_OR_CN);
  },
  t.identity,
);

const CalendarOverridesCodec = withReason(
  t.exact(
    t.partial({
      zone: ZoneName,
      // Any number here; one that is not a weekday is refused, with the same reason and path, by
      // the WorkingCalendar these fields are merged into.
      weekdays: withReason(t.readonlyArray(withReason(t.number, 'WEEKDAY')), 'WEEKDAY_LIST'),
      hours: withReason(t.readonlyArray(WorkingPeriod), 'PERIOD_LIST'),
      holidays: HolidayList,
      workdays: withReason(t.readonlyArray(CalendarDate), 'DATE_LIST'),
    }),
    'WorkingCalendar',
  ),
  'CALENDAR',
);

/**
 * {@link PolicyOverrides} as a codec: the one policy file format, for `decide`, the audit and
 * every CLI command (`--policy FILE`).
 *
 * @example
 * import { PolicyOverridesCodec } from 'first-inquiry';
 * PolicyOverridesCodec.is({ allowUnknownCategories: true }); // true
 *
 * @category policy
 * @since 0.1.0
 */
export const PolicyOverridesCodec = withReason(
  t.exact(
    t.partial({
      forbiddenPhrases: withReason(t.readonlyArray(ForbiddenPhrase), 'TEXT_LIST'),
      categories: withReason(t.record(t.string, CategoryOverridesCodec), 'CATEGORIES'),
      replaceCategories: Flag,
      allowUnknownCategories: Flag,
      fallbackTimeLimit: TimeLimitCodec,
      calendar: CalendarOverridesCodec,
      accountability: AccountabilityModel,
      escalationHandOn: TimeLimitCodec,
      namedHandOn: TimeLimitCodec,
      followUpEvery: TimeLimitCodec,
      inactivity: TimeLimitCodec,
      atRiskFraction: Fraction,
    }),
    'PolicyOverrides',
  ),
  'POLICY',
);

const KNOWN_FIELDS = Object.keys(PolicyOverridesCodec.type.props);
const KNOWN_CATEGORY_FIELDS = Object.keys(CategoryOverridesCodec.type.props);
const KNOWN_CALENDAR_FIELDS = Object.keys(CalendarOverridesCodec.type.props);

/**
 * Why a policy could not be used; each problem names its field, e.g.
 * `categories.parking.timeLimit.amount: must be a number greater than 0 (got 0)`.
 *
 * @example
 * import type { PolicyError } from 'first-inquiry';
 * const show = (e: PolicyError) => e.problems.join('\n');
 *
 * @category policy
 * @since 0.1.0
 */
export interface PolicyError {
  readonly _tag: 'PolicyError';
  readonly code: 'INVALID_POLICY';
  readonly problems: readonly string[];
  /** The same problems as data (field path, reason code, value), for wording them in another language. */
  readonly details: readonly DecodeProblem[];
}

/**
 * Decodes untrusted policy overrides (a parsed JSON file) over the defaults (or `base`) into a
 * {@link Policy}, never throwing. Unknown fields are errors, not silently ignored: a misspelt
 * `forbidenPhrases` would otherwise leave the defaults in force without anyone noticing.
 *
 * @example
 * import { decodePolicy } from 'first-inquiry';
 * decodePolicy({ forbidenPhrases: [] });
 * // Left: ['forbidenPhrases: is not a policy field (known: forbiddenPhrases, categories, ...)']
 *
 * @category policy
 * @since 0.1.0
 */
export function decodePolicy(value: unknown, base: Policy = defaultPolicy): E.Either<PolicyError, Policy> {
  const fail = (details: readonly DecodeProblem[]): E.Either<PolicyError, never> =>
    E.left({ _tag: 'PolicyError', code: 'INVALID_POLICY', problems: details.map(describeProblem), details });
  const decoded = PolicyOverridesCodec.decode(value);
  if (E.isLeft(decoded)) return fail(problemsOf(decoded.left));
  const extra = unknownPolicyFields(value as Record<string, unknown>);
  if (extra.length > 0) return fail(extra);
  const o = decoded.right;
  // "cn" among the holidays names a built-in source; the listed dates are the organisation's own, merged on top.
  const holidays = o.calendar?.holidays;
  const own = holidays === undefined ? {} : { holidays: holidays === 'cn' ? [] : holidays.filter((d) => d !== 'cn') };
  const decodedCalendar = WorkingCalendar.decode({ ...base.calendar, ...o.calendar, ...own });
  if (E.isLeft(decodedCalendar))
    return fail(problemsOf(decodedCalendar.left).map((p) => ({ ...p, path: p.path === '' ? 'calendar' : `calendar.${p.path}` })));
  const china = holidays === 'cn' || (holidays !== undefined && holidays.includes('cn'));
  const calendar = { right: china ? withHolidays(decodedCalendar.right, 'cn') : decodedCalendar.right };
  const fallbackTimeLimit = o.fallbackTimeLimit ?? base.fallbackTimeLimit;
  const categories = new Map<string, CategoryPolicy>(o.replaceCategories === true ? [] : Object.entries(base.categories));
  const missing: DecodeProblem[] = [];
  const required = (path: string): DecodeProblem => ({ path, reason: 'REQUIRED_FOR_NEW_CATEGORY' });
  for (const [id, c] of Object.entries(o.categories ?? {})) {
    const known = categories.get(id);
    const label = c.label ?? known?.label;
    const departments = c.departments ?? known?.departments;
    if (label === undefined) missing.push(required(`categories.${id}.label`));
    if (departments === undefined) missing.push(required(`categories.${id}.departments`));
    if (label === undefined || departments === undefined) continue;
    categories.set(id, {
      label,
      departments,
      timeLimit: c.timeLimit ?? known?.timeLimit ?? fallbackTimeLimit,
      requiresLiability: c.requiresLiability ?? known?.requiresLiability ?? false,
    });
  }
  if (missing.length > 0) return fail(missing);
  return E.right({
    forbiddenPhrases: o.forbiddenPhrases ?? base.forbiddenPhrases,
    categories: Object.fromEntries(categories),
    allowUnknownCategories: o.allowUnknownCategories ?? base.allowUnknownCategories,
    fallbackTimeLimit,
    calendar: calendar.right,
    accountability: o.accountability ?? base.accountability,
    escalationHandOn: o.escalationHandOn ?? base.escalationHandOn,
    namedHandOn: o.namedHandOn ?? base.namedHandOn,
    followUpEvery: o.followUpEvery ?? base.followUpEvery,
    inactivity: o.inactivity ?? base.inactivity,
    atRiskFraction: o.atRiskFraction ?? base.atRiskFraction,
  });
}

// The problems of a policy, each said once (a union's members can refuse the same value alike).
function problemsOf(errors: t.Errors): readonly DecodeProblem[] {
  const problems = new Map<string, DecodeProblem>();
  for (const p of decodeProblems(errors)) if (!problems.has(describeProblem(p))) problems.set(describeProblem(p), p);
  return [...problems.values()];
}

function unknownPolicyFields(value: Readonly<Record<string, unknown>>): readonly DecodeProblem[] {
  const unknown = (path: string, reason: DecodeProblem['reason'], known: readonly string[]): DecodeProblem => ({
    path,
    reason,
    params: { known: known.join(', ') },
  });
  const top = Object.keys(value)
    .filter((k) => !KNOWN_FIELDS.includes(k))
    .map((k) => unknown(k, 'NOT_POLICY_FIELD', KNOWN_FIELDS));
  const categories = (value['categories'] ?? {}) as Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  const nested = Object.entries(categories).flatMap(([id, category]) =>
    Object.keys(category)
      .filter((k) => !KNOWN_CATEGORY_FIELDS.includes(k))
      .map((k) => unknown(`categories.${id}.${k}`, 'NOT_CATEGORY_FIELD', KNOWN_CATEGORY_FIELDS)),
  );
  const calendar = value['calendar'];
  const calendarKeys =
    typeof calendar === 'object' && calendar !== null
      ? Object.keys(calendar)
          .filter((k) => !KNOWN_CALENDAR_FIELDS.includes(k))
          .map((k) => unknown(`calendar.${k}`, 'NOT_CALENDAR_FIELD', KNOWN_CALENDAR_FIELDS))
      : [];
  return [...top, ...nested, ...calendarKeys];
}
