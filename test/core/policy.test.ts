import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_FORBIDDEN_PHRASES,
  decodePolicy,
  defaultPolicy,
  definePolicy,
  findForbiddenPhrase,
  isInScope,
  normalizeForMatching,
  type CategoryPolicy,
} from '../../src/policy/policy';

const parking: CategoryPolicy = {
  label: 'Parking',
  departments: ['security'],
  timeLimit: { amount: 1, unit: 'working-days' },
  requiresLiability: false,
};

describe('definePolicy', () => {
  it('with no overrides is the default policy', () => {
    expect(definePolicy()).toEqual(defaultPolicy);
  });

  it('merges categories by id over the defaults: yours added, a same-named one replaced, the rest kept', () => {
    const quickRepairs: CategoryPolicy = { ...DEFAULT_CATEGORIES.repair!, timeLimit: { amount: 1, unit: 'working-days' } };
    const policy = definePolicy({ categories: { parking, repair: quickRepairs } });
    expect(policy.categories.parking).toEqual(parking);
    expect(policy.categories.repair?.timeLimit).toEqual({ amount: 1, unit: 'working-days' });
    expect(policy.categories.complaint).toEqual(DEFAULT_CATEGORIES.complaint);
  });

  it('uses only your categories when asked to replace them', () => {
    expect(Object.keys(definePolicy({ categories: { parking }, replaceCategories: true }).categories)).toEqual(['parking']);
  });

  it('replaces the forbidden phrases, the unknown-category switch and the fallback limit', () => {
    const policy = definePolicy({
      forbiddenPhrases: ['找别人去'],
      allowUnknownCategories: true,
      fallbackTimeLimit: { amount: 2, unit: 'hours' },
    });
    expect(policy).toMatchObject({
      forbiddenPhrases: ['找别人去'],
      allowUnknownCategories: true,
      fallbackTimeLimit: { amount: 2, unit: 'hours' },
    });
  });

  it('leaves the defaults untouched', () => {
    definePolicy({ categories: { parking } });
    expect(defaultPolicy.categories.parking).toBeUndefined();
    expect(defaultPolicy.forbiddenPhrases).toBe(DEFAULT_FORBIDDEN_PHRASES);
  });

  it('ships the seed’s three phrases in both scripts and English, and repairs that need a liability decision', () => {
    expect(DEFAULT_FORBIDDEN_PHRASES).toEqual(
      expect.arrayContaining(['我不知道', '不是我的事', '不归我管', '不歸我管', "I don't know", 'not my business', 'not my department']),
    );
    expect(
      Object.entries(DEFAULT_CATEGORIES)
        .filter(([, c]) => c.requiresLiability)
        .map(([id]) => id),
    ).toEqual(['emergency-repair', 'repair']);
  });
});

describe('decodePolicy (policies read from files)', () => {
  it('merges decoded overrides over the defaults, like definePolicy', () => {
    const decoded = decodePolicy({ categories: { parking }, allowUnknownCategories: true });
    expect(decoded).toEqual(E.right(definePolicy({ categories: { parking }, allowUnknownCategories: true })));
  });

  it('names every unknown field, at the top and inside categories, instead of ignoring it', () => {
    const decoded = decodePolicy({
      forbidenPhrases: [],
      categories: { parking: { label: 'P', departments: [], timeLimit: { amount: 1, unit: 'hours' }, requiresLiability: false, sla: 3 } },
    });
    expect(E.isLeft(decoded) && decoded.left.problems).toEqual([
      expect.stringMatching(/^forbidenPhrases: is not a policy field/),
      expect.stringMatching(/^categories\.parking\.sla: is not a category field/),
    ]);
  });

  it.each([
    [{ forbiddenPhrases: '我不知道' }, 'forbiddenPhrases'],
    [{ fallbackTimeLimit: { amount: -1, unit: 'hours' } }, 'fallbackTimeLimit.amount: must be a number greater than 0'],
    [
      { categories: { x: { label: 'X', departments: [], timeLimit: { amount: 1, unit: 'fortnights' }, requiresLiability: false } } },
      'categories.x.timeLimit.unit',
    ],
  ])('refuses %j, naming %s', (value, field) => {
    const decoded = decodePolicy(value);
    expect(E.isLeft(decoded) && decoded.left.problems.join('\n')).toContain(field);
  });

  it('refuses a value that is not an object, without throwing', () => {
    for (const value of [null, 42, 'policy', []]) expect(E.isLeft(decodePolicy(value))).toBe(true);
  });
});

describe('normalizeForMatching', () => {
  it.each([
    ['full-width letters and apostrophe (NFKC)', 'Ｉ ｄｏｎ＇ｔ', 'idont'],
    ['capitals', 'NOT MY Business', 'notmybusiness'],
    ['apostrophes of every kind (not letters, so dropped)', 'don’t don‘t donʼt don`t', 'dontdontdontdont'],
    [
      'punctuation, soft hyphens, invisible separators, variation selectors and the CGJ',
      '我不，知道 不归·我管 不是-我的事 a\u00adb c\u2063d e\ufe0ff g\u034fh',
      '我不知道不归我管不是我的事abcdefgh',
    ],
    ['spaces, tabs, new lines, non-breaking and ideographic spaces', ' a\tb\nc\u00a0d\u3000e ', 'abcde'],
    ['zero-width space, joiners, word joiner and BOM', 'a\u200bb\u200cc\u200dd\u2060e\ufefff', 'abcdef'],
    ['Chinese text, unchanged but for spaces', '不 歸 我 管', '不歸我管'],
  ])('folds %s', (_, text, folded) => {
    expect(normalizeForMatching(text)).toBe(folded);
  });
});

describe('findForbiddenPhrase', () => {
  it('returns the phrase as the policy lists it', () => {
    expect(findForbiddenPhrase('这个不 歸我管', defaultPolicy)).toBe('不歸我管');
    expect(findForbiddenPhrase('Sorry, I DON’T KNOW.', defaultPolicy)).toBe("I don't know");
  });

  it('finds nothing in a sincere answer', () => {
    expect(findForbiddenPhrase('这不归物业管理处负责，我帮您联系街道办。', defaultPolicy)).toBeUndefined();
  });

  it('ignores phrases with nothing to match in a policy built as data: they would otherwise match every text', () => {
    // definePolicy and decodePolicy refuse them (policy-decode-errors.test.ts); a Policy literal is not decoded.
    expect(findForbiddenPhrase('Good morning', { ...defaultPolicy, forbiddenPhrases: ['', '  ', '\u200b'] })).toBeUndefined();
  });

  it('matches a policy’s own phrases however they are spaced or written', () => {
    const policy = definePolicy({ forbiddenPhrases: ['Ask  someone else'] });
    expect(findForbiddenPhrase('please askSOMEONE else', policy)).toBe('Ask  someone else');
  });
});

describe('isInScope', () => {
  it('follows the departments of the category; unknown categories are in nobody’s scope', () => {
    expect(isInScope(defaultPolicy, 'repair', 'engineering')).toBe(true);
    expect(isInScope(defaultPolicy, 'repair', 'security')).toBe(false);
    expect(isInScope(defaultPolicy, 'pets', 'engineering')).toBe(false);
  });
});
