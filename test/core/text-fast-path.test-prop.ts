import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORBIDDEN_PHRASES, defaultPolicy, definePolicy, findForbiddenPhrase, normalizeForMatching } from '../../src/policy/policy';
import { spokenForm } from '../../src/primitives/identity';

// spokenForm, normalizeForMatching and findForbiddenPhrase run on every name, number and text to the requester of a
// checked log, so ASCII text skips Unicode normalisation. These are the functions as they were,
// written without the fast path: both must give exactly the same result on any text.
const INVISIBLE_CHAR = /[\p{Z}\p{C}\p{Default_Ignorable_Code_Point}\u2800]/u;

function spokenFormReference(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    if (/\p{Z}|\s/u.test(ch)) out += ' ';
    else if (!INVISIBLE_CHAR.test(ch)) out += ch;
  }
  return out.replace(/ +/g, ' ').trim();
}

function normalizeForMatchingReference(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+|[\u02b0-\u02ff]+/gu, '');
}

// Mostly ASCII (every ASCII character, spaces and controls included), with the characters that
// matter at its edge: full-width letters, invisible ones, accents, spacing modifiers, CJK.
const edgeChars = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\x00',
  '\x7f',
  '\x1f',
  '\u00a0',
  '\u200b',
  '\u00ad',
  '\u3000',
  'Ｗ',
  'ａ',
  'é',
  'e\u0301',
  'ʼ',
  'ˈ',
  'İ',
  'ß',
  '王',
  '伟',
  '，',
  '\u2063',
  '\ufe0f',
  '\u{1d400}',
);
const asciiChar = fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c));
const text = fc.oneof(
  fc.array(fc.oneof({ weight: 8, arbitrary: asciiChar }, { weight: 1, arbitrary: edgeChars }), { maxLength: 30 }).map((cs) => cs.join('')),
  fc.stringMatching(/^[A-Za-z0-9' .,!-]{0,30}$/),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

describe('the ASCII fast paths of text folding change nothing', () => {
  test.prop([text], { numRuns: 20_000 })('spokenForm gives what it gave without the fast path', (s) => {
    expect(spokenForm(s)).toBe(spokenFormReference(s));
  });

  test.prop([text], { numRuns: 20_000 })('normalizeForMatching gives what it gave without the fast path', (s) => {
    expect(normalizeForMatching(s)).toBe(normalizeForMatchingReference(s));
  });

  it.each(['Wang Wei', ' Wang Wei', 'Wang  Wei', 'Wang Wei ', 'Wang\tWei', 'A-0117', '', ' ', 'x\x7fy', 'x\x00y'])(
    'spokenForm(%j)',
    (s) => {
      expect(spokenForm(s)).toBe(spokenFormReference(s));
    },
  );

  it.each(["I DON'T  know!", 'Not-my department', 'not my busi\u00adness', 'NOT MY DEPARTMENT\u0301', '', '12 ab-CD'])(
    'normalizeForMatching(%j)',
    (s) => {
      expect(normalizeForMatching(s)).toBe(normalizeForMatchingReference(s));
    },
  );
});

function findForbiddenPhraseReference(text: string, phrases: readonly string[]): string | undefined {
  const folded = normalizeForMatchingReference(text);
  return phrases
    .map((p) => [p, normalizeForMatchingReference(p)] as const)
    .filter(([, f]) => f.length > 0)
    .find(([, f]) => folded.includes(f))?.[0];
}

// Phrases: the defaults, and ASCII or edge text; texts: any of the above with a phrase (of the
// policy or not) slipped in, written with other case, spaces and punctuation between its letters.
const phrase = fc.oneof(fc.constantFrom(...DEFAULT_FORBIDDEN_PHRASES, 'a', '', ' - ', 'Ab1', 'x​y'), text);
const phrases = fc.array(phrase, { maxLength: 6 });
const disguised = (p: string) =>
  fc
    .tuple(fc.boolean(), fc.array(fc.constantFrom('', '', ' ', '-', "'", '­', '，', 'ʼ'), { minLength: p.length, maxLength: p.length }))
    .map(([upper, seps]) => [...(upper ? p.toUpperCase() : p)].map((ch, i) => ch + (seps[i] ?? '')).join(''));
const policyAndText = phrases.chain((ps) =>
  fc.tuple(
    fc.constant(ps),
    fc
      .tuple(text, fc.oneof(fc.constant(''), fc.constantFrom(...ps, ...DEFAULT_FORBIDDEN_PHRASES).chain(disguised)), text)
      .map((parts) => parts.join('')),
  ),
);

describe('findForbiddenPhrase finds what it found without the fast path', () => {
  test.prop([policyAndText], { numRuns: 10_000 })('the first phrase of the policy whose folded form is in the folded text', ([ps, s]) => {
    // Written as an object, not decoded: definePolicy refuses a phrase with nothing to match, and the
    // matcher must still skip one in a policy built by hand.
    expect(findForbiddenPhrase(s, { ...defaultPolicy, forbiddenPhrases: ps })).toBe(findForbiddenPhraseReference(s, ps));
  });

  it.each([
    ["I DON'T  know!", "I don't know"],
    ['We are not-my de\u00adpartment here', 'not my department'],
    ['这个不 歸我管', '不歸我管'],
    ['Here is the answer to your question.', undefined],
    ['know', undefined],
  ])('%j: %j', (s, found) => {
    expect(findForbiddenPhrase(s, definePolicy({}))).toBe(found);
    expect(findForbiddenPhraseReference(s, DEFAULT_FORBIDDEN_PHRASES)).toBe(found);
  });
});
