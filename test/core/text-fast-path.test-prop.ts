import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/policy/policy';
import { spokenForm } from '../../src/primitives/identity';

// spokenForm and normalizeForMatching run on every name, number and text to the requester of a
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
