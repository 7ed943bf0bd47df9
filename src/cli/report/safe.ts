// utils

// C0 and C1 controls (ESC, BEL, CR, LF, backspace …), line and paragraph separators, and the bidi
// controls (embeddings, overrides, isolates, marks) that can reorder or hide what follows them.
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
// The same characters, for a test: most text has none, and a test costs a third of a replace that finds nothing.
// eslint-disable-next-line no-control-regex -- as above
const ANY_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/**
 * Makes recorded text safe to print: every control character, line separator and bidi control is
 * shown as a visible escape (`\x1B`, `\u202E`) instead of being sent to the terminal or page, so a
 * name in an event log cannot move the cursor, ring a bell, forge a report line or reverse the text
 * after it. Everything else, Chinese, Arabic or emoji, is kept as it is.
 *
 * @example
 * import { visible } from './cli/report/safe'; // internal to the bin
 * visible('Li\u001b[2J Na'); // 'Li\\x1B[2J Na'
 * visible('王伟\u202Eabc'); // '王伟\\u202Eabc'
 *
 * @category cli
 * @since 0.2.0
 */
export function visible(text: string): string {
  if (!ANY_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
