import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { describeErrors } from './codecs';

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
 * Everything the seed leaves to the organisation. Every field has a documented default
 * ({@link defaultPolicy}) and can be overridden with {@link definePolicy}.
 * - `forbiddenPhrases`: service taboo phrases (服务忌语, FI-10), matched in any text to the
 *   requester on their letters and digits alone (see {@link normalizeForMatching}).
 * - `categories`: category id → {@link CategoryPolicy}.
 * - `allowUnknownCategories`: accept a category missing from `categories` (it then needs no
 *   liability classification and has no time limit in `decide`; audits use `fallbackTimeLimit`).
 * - `fallbackTimeLimit`: the time limit for categories not in the table.
 *
 * @category policy
 * @since 0.1.0
 */
export interface Policy {
  readonly forbiddenPhrases: readonly string[];
  readonly categories: Readonly<Record<string, CategoryPolicy>>;
  readonly allowUnknownCategories: boolean;
  readonly fallbackTimeLimit: TimeLimit;
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
};

/**
 * What {@link definePolicy} accepts: any field of {@link Policy}; `categories` are merged by id
 * over the defaults (set `replaceCategories: true` to use only yours).
 *
 * @category policy
 * @since 0.1.0
 */
export interface PolicyOverrides {
  readonly forbiddenPhrases?: readonly string[];
  readonly categories?: Readonly<Record<string, CategoryPolicy>>;
  readonly replaceCategories?: boolean;
  readonly allowUnknownCategories?: boolean;
  readonly fallbackTimeLimit?: TimeLimit;
}

// constructors

/**
 * A policy from the defaults with your overrides.
 *
 * @example
 * import { definePolicy } from 'first-inquiry';
 * const policy = definePolicy({
 *   forbiddenPhrases: ['不清楚', '找别人去'],
 *   categories: { parking: { label: 'Parking', departments: ['security'], timeLimit: { amount: 1, unit: 'working-days' }, requiresLiability: false } },
 * });
 *
 * @category policy
 * @since 0.1.0
 */
export function definePolicy(overrides: PolicyOverrides = {}): Policy {
  return {
    forbiddenPhrases: overrides.forbiddenPhrases ?? defaultPolicy.forbiddenPhrases,
    categories: overrides.replaceCategories === true
      ? { ...overrides.categories }
      : { ...defaultPolicy.categories, ...overrides.categories },
    allowUnknownCategories: overrides.allowUnknownCategories ?? defaultPolicy.allowUnknownCategories,
    fallbackTimeLimit: overrides.fallbackTimeLimit ?? defaultPolicy.fallbackTimeLimit,
  };
}

// utils

/**
 * Folds text the way forbidden phrases are matched: Unicode NFKD (full-width → half-width, accents
 * split from their letters), lower case, and then every character that is not a letter or a digit (Unicode categories L and N)
 * dropped: white space, punctuation (`我不，知道`, `不归·我管`, `不是-我的事`), apostrophes, soft
 * hyphens, invisible separators (U+2063), variation selectors, the combining grapheme joiner and
 * every other mark or format character. A phrase is matched on its letters alone, so no separator
 * a writer slips between them hides it.
 *
 * @example
 * import { normalizeForMatching } from 'first-inquiry';
 * normalizeForMatching('Ｎot my  department'); // 'notmydepartment'
 * normalizeForMatching('我不，知\u2063道'); // '我不知道'
 *
 * @category utils
 * @since 0.1.0
 */
export function normalizeForMatching(text: string): string {
  // NFKD, not NFKC: a combining mark slipped after a letter (s + U+0301) must not compose into
  // another letter (ś); decomposed, the mark is not a letter and is dropped with the rest.
  return text
    .normalize('NFKD')
    .toLowerCase()
    // The spacing modifier letters (U+02B0-U+02FF: ʼ, ˈ, ˊ…) are letters to Unicode but
    // apostrophes and accents to a reader, so they separate like punctuation.
    .replace(/[^\p{L}\p{N}]+|[\u02b0-\u02ff]+/gu, '');
}

const foldedPhrases = new WeakMap<readonly string[], readonly (readonly [string, string])[]>();

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
      .map((p) => [p, normalizeForMatching(p)] as const)
      .filter(([, folded]) => folded.length > 0);
    foldedPhrases.set(policy.forbiddenPhrases, phrases);
  }
  const folded = normalizeForMatching(text);
  return phrases.find(([, p]) => folded.includes(p))?.[0];
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

/**
 * The policy of a category, if the policy has one. An own-property lookup: `constructor`,
 * `__proto__` or `toString` are categories like any other name, known only if the policy lists them.
 *
 * @example
 * import { categoryPolicy, defaultPolicy } from 'first-inquiry';
 * categoryPolicy(defaultPolicy, 'repair')?.requiresLiability; // true
 * categoryPolicy(defaultPolicy, 'constructor'); // undefined
 *
 * @category utils
 * @since 0.2.0
 */
export function categoryPolicy(policy: Policy, category: string): CategoryPolicy | undefined {
  return Object.hasOwn(policy.categories, category) ? policy.categories[category] : undefined;
}

// decoding

const PositiveNumber = new t.Type<number, number, unknown>(
  'PositiveNumber',
  (u): u is number => typeof u === 'number' && Number.isFinite(u) && u > 0,
  (u, c) => (typeof u === 'number' && Number.isFinite(u) && u > 0 ? t.success(u) : t.failure(u, c, 'must be a number greater than 0')),
  t.identity,
);

/**
 * A {@link TimeLimit} as a codec (a positive amount and a unit).
 *
 * @example
 * import { TimeLimitCodec } from 'first-inquiry';
 * TimeLimitCodec.is({ amount: 2, unit: 'working-hours' }); // true
 *
 * @category policy
 * @since 0.1.0
 */
export const TimeLimitCodec: t.Type<TimeLimit, TimeLimit, unknown> = t.type(
  { amount: PositiveNumber, unit: t.keyof({ hours: null, 'working-hours': null, 'working-days': null }) },
  'TimeLimit',
);

const CategoryPolicyCodec: t.Type<CategoryPolicy, CategoryPolicy, unknown> = t.type(
  { label: t.string, departments: t.readonlyArray(t.string), timeLimit: TimeLimitCodec, requiresLiability: t.boolean },
  'CategoryPolicy',
);

/**
 * {@link PolicyOverrides} as a codec, for policies read from files (e.g. `first-inquiry check --policy`).
 *
 * @example
 * import { PolicyOverridesCodec } from 'first-inquiry';
 * PolicyOverridesCodec.is({ allowUnknownCategories: true }); // true
 *
 * @category policy
 * @since 0.1.0
 */
export const PolicyOverridesCodec: t.Type<PolicyOverrides, PolicyOverrides, unknown> = t.partial(
  {
    forbiddenPhrases: t.readonlyArray(t.string),
    categories: t.record(t.string, CategoryPolicyCodec),
    replaceCategories: t.boolean,
    allowUnknownCategories: t.boolean,
    fallbackTimeLimit: TimeLimitCodec,
  },
  'PolicyOverrides',
);

const KNOWN_FIELDS = ['forbiddenPhrases', 'categories', 'replaceCategories', 'allowUnknownCategories', 'fallbackTimeLimit'];
const KNOWN_CATEGORY_FIELDS = ['label', 'departments', 'timeLimit', 'requiresLiability'];

/**
 * Why a policy could not be used; each problem names its field, e.g.
 * `categories.parking.timeLimit.amount: must be a number greater than 0 (got 0)`.
 *
 * @category policy
 * @since 0.1.0
 */
export interface PolicyError {
  readonly _tag: 'PolicyError';
  readonly code: 'INVALID_POLICY';
  readonly problems: readonly string[];
}

/**
 * Decodes untrusted policy overrides (a parsed JSON file) into a {@link Policy}, never throwing.
 * Unknown fields are errors, not silently ignored: a misspelt `forbidenPhrases` would otherwise
 * leave the defaults in force without anyone noticing.
 *
 * @example
 * import { decodePolicy } from 'first-inquiry';
 * decodePolicy({ forbidenPhrases: [] });
 * // Left: ['forbidenPhrases: is not a policy field (known: forbiddenPhrases, categories, ...)']
 *
 * @category policy
 * @since 0.1.0
 */
export function decodePolicy(value: unknown): E.Either<PolicyError, Policy> {
  const fail = (problems: readonly string[]): E.Either<PolicyError, never> => E.left({ _tag: 'PolicyError', code: 'INVALID_POLICY', problems });
  const decoded = PolicyOverridesCodec.decode(value);
  if (E.isLeft(decoded)) return fail(describeErrors(decoded.left));
  const extra = unknownPolicyFields(value as Record<string, unknown>);
  return extra.length > 0 ? fail(extra) : E.right(definePolicy(decoded.right));
}

function unknownPolicyFields(value: Readonly<Record<string, unknown>>): readonly string[] {
  const top = Object.keys(value)
    .filter((k) => !KNOWN_FIELDS.includes(k))
    .map((k) => `${k}: is not a policy field (known: ${KNOWN_FIELDS.join(', ')})`);
  const categories = (value.categories ?? {}) as Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  const nested = Object.entries(categories).flatMap(([id, category]) =>
    Object.keys(category)
      .filter((k) => !KNOWN_CATEGORY_FIELDS.includes(k))
      .map((k) => `categories.${id}.${k}: is not a category field (known: ${KNOWN_CATEGORY_FIELDS.join(', ')})`),
  );
  return [...top, ...nested];
}
