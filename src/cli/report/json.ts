// utils

/**
 * `JSON.stringify(value, null, 2)` and a line end, byte for byte, in pieces (for plain data: no
 * `toJSON` on the object or its arrays): the elements of the
 * object's array properties are stringified a few hundred at a time, so the JSON report of a large log (tens of
 * megabytes of findings) is written as it is made and never held as one string.
 *
 * @example
 * import { jsonChunks } from './cli/report/json'; // internal to the bin
 * [...jsonChunks({ a: [1, { b: 2 }], c: 'x' })].join('') === `${JSON.stringify({ a: [1, { b: 2 }], c: 'x' }, null, 2)}\n`; // true
 *
 * @category cli
 * @since 0.2.0
 */
export function* jsonChunks(value: object): Generator<string> {
  // Arrays are written element by element; anything else whole (JSON.stringify leaves out the
  // properties it cannot write, and says so with undefined).
  const entries: Array<readonly [string, string | readonly unknown[]]> = [];
  for (const [key, v] of Object.entries(value)) {
    if (Array.isArray(v) && v.length > 0) entries.push([key, v]);
    else {
      const json = JSON.stringify(v, null, 2) as string | undefined;
      if (json !== undefined) entries.push([key, json]);
    }
  }
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [i, [key, v]] of entries.entries()) {
    const end = i === entries.length - 1 ? '\n' : ',\n';
    if (typeof v === 'string') {
      // A string in JSON has no raw line break (it is escaped), so every line break is indentation.
      yield `  ${JSON.stringify(key)}: `;
      yield indent(v, '  ');
      yield end;
      continue;
    }
    yield `  ${JSON.stringify(key)}: [\n`;
    // A few hundred elements at a time, stringified inside a wrapper at the depth they are written
    // at and cut out of it: JSON.stringify indents and separates them exactly as the whole would be,
    // with no second pass over each element's text to indent it.
    for (let from = 0; from < v.length; from += ELEMENTS_PER_PIECE) {
      const wrapped = JSON.stringify({ k: v.slice(from, from + ELEMENTS_PER_PIECE) }, null, 2);
      const last = from + ELEMENTS_PER_PIECE >= v.length;
      // Two pieces, not one concatenated: the slice of a flat string is encoded as it stands, while
      // a concatenation would first be copied whole into a new string.
      yield wrapped.slice(WRAPPER_HEAD.length, wrapped.length - WRAPPER_TAIL.length);
      yield last ? '\n' : ',\n';
    }
    yield `  ]${end}`;
  }
  yield '}\n';
}

const ELEMENTS_PER_PIECE = 256;
// What JSON.stringify({ k: [elements] }, null, 2) puts around the elements.
const WRAPPER_HEAD = '{\n  "k": [\n';
const WRAPPER_TAIL = '\n  ]\n}';

function indent(json: string, by: string): string {
  return json.replaceAll('\n', `\n${by}`);
}
