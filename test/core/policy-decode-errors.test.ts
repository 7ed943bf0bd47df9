import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AccountabilityModel,
  InvalidPolicyError,
  decodePolicy,
  definePolicy,
  findForbiddenPhrase,
  normalizeForMatching,
  type TimeLimit,
} from '../../src/policy/policy';
import { DECODE_REASONS, type DecodeProblem } from '../../src/primitives/reasons';

// What a person who wrote a policy file is told when it is refused: the field, a reason in plain
// words (with the allowed values), and the value as they wrote it. A policy file is given as the
// text of the file, parsed as the CLI parses it.

const refusal = (file: string): { readonly details: readonly DecodeProblem[]; readonly problems: readonly string[] } => {
  const decoded = decodePolicy(JSON.parse(file));
  return E.isLeft(decoded) ? decoded.left : { details: [], problems: [] };
};

describe('a forbidden phrase with no letter or digit is refused, not silently never matched', () => {
  it.each(['🖕', '!!!', '   ', '', '——', '\u200b'])('given {"forbiddenPhrases": [%j]}, it is refused at forbiddenPhrases.0', (phrase) => {
    const { details, problems } = refusal(JSON.stringify({ forbiddenPhrases: [phrase] }));
    expect(details).toEqual([{ path: 'forbiddenPhrases.0', reason: 'PHRASE_NO_LETTERS', got: JSON.stringify(phrase) }]);
    expect(problems).toEqual([
      `forbiddenPhrases.0: has no letter or digit to match: a forbidden phrase is matched on its letters and digits alone, ` +
        `so this one would never be found (got ${JSON.stringify(phrase)})`,
    ]);
  });

  it('given several phrases, each one refused is named by its position; the usable ones are not', () => {
    expect(refusal('{"forbiddenPhrases": ["找别人去", "!!!", 3, "?"]}').details).toEqual([
      { path: 'forbiddenPhrases.1', reason: 'PHRASE_NO_LETTERS', got: '"!!!"' },
      { path: 'forbiddenPhrases.2', reason: 'TEXT', got: '3' },
      { path: 'forbiddenPhrases.3', reason: 'PHRASE_NO_LETTERS', got: '"?"' },
    ]);
  });

  it('a policy written in code is held to the same rule: definePolicy throws, naming the phrase', () => {
    expect(() => definePolicy({ forbiddenPhrases: ['不归我管', '!!!'] })).toThrow(InvalidPolicyError);
    expect(() => definePolicy({ forbiddenPhrases: ['不归我管', '!!!'] })).toThrow(/forbiddenPhrases\.1: has no letter or digit to match/);
  });

  it('a phrase with letters among its symbols is kept as written, and found', () => {
    const policy = definePolicy({ forbiddenPhrases: ['!!找·别人·去!!', 'A.S.A.P.'] });
    expect(findForbiddenPhrase('您找别人去吧', policy)).toBe('!!找·别人·去!!');
    expect(findForbiddenPhrase('asap, sorry', policy)).toBe('A.S.A.P.');
  });

  it('one rule: a phrase is refused exactly when the matcher would find it in no text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 8 }), (phrase) => {
        const accepted = E.isRight(decodePolicy({ forbiddenPhrases: [phrase] }));
        expect(accepted).toBe(normalizeForMatching(phrase).length > 0);
        // Accepted, it is found in a text made of itself; refused, it could never have been.
        if (accepted) expect(findForbiddenPhrase(phrase, definePolicy({ forbiddenPhrases: [phrase] }))).toBe(phrase);
      }),
    );
  });
});

describe('a refused policy is worded in plain words and allowed values, not in io-ts type names', () => {
  it.each([
    ['[]', '', 'POLICY', '[]'],
    ['null', '', 'POLICY', 'null'],
    ['"policy"', '', 'POLICY', '"policy"'],
    ['{"forbiddenPhrases": "我不知道"}', 'forbiddenPhrases', 'TEXT_LIST', '"我不知道"'],
    ['{"forbiddenPhrases": [["我不知道"]]}', 'forbiddenPhrases.0', 'TEXT', '["我不知道"]'],
    ['{"categories": []}', 'categories', 'CATEGORIES', '[]'],
    ['{"categories": {"repair": "fast"}}', 'categories.repair', 'CATEGORY', '"fast"'],
    ['{"categories": {"parking": {"label": 1, "departments": ["security"]}}}', 'categories.parking.label', 'TEXT', '1'],
    ['{"categories": {"parking": {"label": "P", "departments": "security"}}}', 'categories.parking.departments', 'TEXT_LIST', '"security"'],
    ['{"categories": {"repair": {"requiresLiability": "yes"}}}', 'categories.repair.requiresLiability', 'BOOLEAN', '"yes"'],
    ['{"replaceCategories": "yes"}', 'replaceCategories', 'BOOLEAN', '"yes"'],
    ['{"allowUnknownCategories": 1}', 'allowUnknownCategories', 'BOOLEAN', '1'],
    ['{"inactivity": 3}', 'inactivity', 'TIME_LIMIT', '3'],
    ['{"fallbackTimeLimit": {"amount": 1, "unit": "days"}}', 'fallbackTimeLimit.unit', 'TIME_UNIT', '"days"'],
    ['{"accountability": "everyone"}', 'accountability', 'ACCOUNTABILITY', '"everyone"'],
    ['{"calendar": []}', 'calendar', 'CALENDAR', '[]'],
    ['{"calendar": {"weekdays": "Mon-Fri"}}', 'calendar.weekdays', 'WEEKDAY_LIST', '"Mon-Fri"'],
    ['{"calendar": {"weekdays": ["Mon"]}}', 'calendar.weekdays.0', 'WEEKDAY', '"Mon"'],
    ['{"calendar": {"hours": "09:00-18:00"}}', 'calendar.hours', 'PERIOD_LIST', '"09:00-18:00"'],
    ['{"calendar": {"hours": ["09:00-18:00"]}}', 'calendar.hours.0', 'PERIOD', '"09:00-18:00"'],
    ['{"calendar": {"workdays": "2026-09-28"}}', 'calendar.workdays', 'DATE_LIST', '"2026-09-28"'],
  ] as const)('given the policy file %s, it is refused at "%s" with %s', (file, path, reason, got) => {
    expect(refusal(file).details).toEqual([{ path, reason, got }]);
  });

  it.each([
    ['[]', 'must be a JSON object of policy fields (got [])'],
    ['{"forbiddenPhrases": "我不知道"}', 'forbiddenPhrases: must be a list of texts (got "我不知道")'],
    ['{"categories": []}', 'categories: must be an object of category settings by category id (got [])'],
    ['{"allowUnknownCategories": "yes"}', 'allowUnknownCategories: must be true or false (got "yes")'],
    ['{"accountability": "everyone"}', 'accountability: must be "handover-discharges" or "first-responder-retains" (got "everyone")'],
    ['{"inactivity": {"amount": 1, "unit": "days"}}', 'inactivity.unit: must be "hours", "working-hours" or "working-days" (got "days")'],
  ])('given the policy file %s, the problem reads: %s', (file, line) => {
    expect(refusal(file).problems).toEqual([line]);
  });

  it('the allowed values named are the ones accepted', () => {
    // Typed by TimeLimit: a new unit that is not listed here does not compile.
    const units: { readonly [U in TimeLimit['unit']]: U } = {
      hours: 'hours',
      'working-hours': 'working-hours',
      'working-days': 'working-days',
    };
    for (const unit of Object.values(units)) {
      expect(E.isRight(decodePolicy({ inactivity: { amount: 1, unit } }))).toBe(true);
      expect(DECODE_REASONS.TIME_UNIT).toContain(`"${unit}"`);
    }
    for (const model of Object.keys(AccountabilityModel.keys)) {
      expect(E.isRight(decodePolicy({ accountability: model }))).toBe(true);
      expect(DECODE_REASONS.ACCOUNTABILITY).toContain(`"${model}"`);
    }
  });

  it('no JSON at all is refused in io-ts type names (reason EXPECTED)', () => {
    const calendar = fc.record(
      {
        zone: fc.oneof(fc.constant('Asia/Shanghai'), fc.jsonValue()),
        weekdays: fc.oneof(fc.jsonValue(), fc.array(fc.oneof(fc.integer({ min: -1, max: 9 }), fc.jsonValue()), { maxLength: 3 })),
        hours: fc.oneof(fc.jsonValue(), fc.array(fc.oneof(fc.jsonValue(), fc.record({ from: fc.jsonValue(), to: fc.constant('18:00') })))),
        holidays: fc.jsonValue(),
        workdays: fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 2 })),
      },
      { requiredKeys: [] },
    );
    const limit = fc.oneof(fc.jsonValue(), fc.record({ amount: fc.jsonValue(), unit: fc.oneof(fc.constant('hours'), fc.jsonValue()) }));
    const category = fc.oneof(
      fc.jsonValue(),
      fc.record(
        { label: fc.jsonValue(), departments: fc.jsonValue(), timeLimit: limit, requiresLiability: fc.jsonValue() },
        { requiredKeys: [] },
      ),
    );
    const field = (name: string) => fc.constant(name);
    const policy = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          forbiddenPhrases: fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 3 })),
          categories: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string({ maxLength: 5 }), category, { maxKeys: 2 })),
          replaceCategories: fc.jsonValue(),
          allowUnknownCategories: fc.jsonValue(),
          calendar: fc.oneof(fc.jsonValue(), calendar),
          accountability: fc.jsonValue(),
          inactivity: limit,
          atRiskFraction: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
      fc.dictionary(fc.oneof(field('fallbackTimeLimit'), field('namedHandOn')), limit),
    );
    fc.assert(
      fc.property(policy, (value) => {
        const decoded = decodePolicy(value);
        if (E.isLeft(decoded))
          for (const p of decoded.left.details) expect(p.reason, decoded.left.problems.join('\n')).not.toBe('EXPECTED');
      }),
      { numRuns: 500 },
    );
  });
});

describe('a number JSON reads as Infinity (1e309) is shown as Infinity, not as a null nobody wrote', () => {
  it.each([
    ['{"inactivity": {"amount": 1e309, "unit": "hours"}}', 'inactivity.amount: must be a number greater than 0 (got Infinity)'],
    ['{"inactivity": {"amount": -1e309, "unit": "hours"}}', 'inactivity.amount: must be a number greater than 0 (got -Infinity)'],
    ['{"atRiskFraction": 1e309}', 'atRiskFraction: must be a fraction between 0 and 1, e.g. 0.8 (got Infinity)'],
    ['{"calendar": {"weekdays": [1, 1e309]}}', 'calendar.weekdays.1: must be a weekday number 1 (Monday) … 7 (Sunday) (got Infinity)'],
  ])('given the policy file %s, the problem reads: %s', (file, line) => {
    expect(refusal(file).problems).toEqual([line]);
  });

  it('a null that was written is still shown as null', () => {
    expect(refusal('{"atRiskFraction": null}').problems).toEqual([
      'atRiskFraction: must be a fraction between 0 and 1, e.g. 0.8 (got null)',
    ]);
  });

  it('so is a number a policy written in code gives that JSON cannot hold', () => {
    expect(() => definePolicy({ atRiskFraction: Number.NaN })).toThrow(
      'atRiskFraction: must be a fraction between 0 and 1, e.g. 0.8 (got NaN)',
    );
  });
});
