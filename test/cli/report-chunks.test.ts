import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/cli/report/json';
import { utf8Batches } from '../../src/cli/io';

// The CLI writes the JSON report in pieces; the pieces must make exactly what JSON.stringify would.
describe('jsonChunks', () => {
  const whole = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
  const pieces = (value: object) => [...jsonChunks(value)].join('');

  it.each([
    ['an empty object', {}],
    ['only properties JSON leaves out', { a: undefined, f: () => 1 }],
    ['scalars, nulls and nested objects', { n: 1, s: 'x', z: null, o: { a: [1, 2], b: {} }, t: true }],
    ['empty and non-empty arrays', { empty: [], list: [1, 'two', { three: [3, { four: 4 }] }, []], last: 0 }],
    ['array elements JSON writes as null', { list: [undefined, () => 1, Number.NaN, null] }],
    ['left-out properties between written ones', { a: 1, b: undefined, c: [{ d: undefined, e: 'é\n"漢' }], f: undefined }],
    ['an array as the last property', { a: 'x', findings: [{ message: 'line 1\nline 2', params: { items: ['a', 'b'] } }] }],
    ['a Date (toJSON) outside the arrays', { at: new Date(0), list: [new Date(1)] }],
  ])('is JSON.stringify(value, null, 2) for %s', (_, value) => {
    expect(pieces(value)).toBe(whole(value));
  });

  it('writes a long array in pieces of a few hundred elements, never whole', () => {
    const value = { findings: Array.from({ length: 2000 }, (_, i) => ({ i, message: `finding ${i}` })) };
    const chunks = [...jsonChunks(value)];
    // 2,000 elements in pieces of at most 256: at least 8 pieces for the array, plus the braces.
    expect(chunks.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...chunks.map((c) => (c.match(/"message"/g) ?? []).length))).toBeLessThanOrEqual(256);
    expect(pieces(value)).toBe(whole(value));
  });

  it.each([1, 255, 256, 257, 512, 513])('is JSON.stringify(value, null, 2) for an array of %i elements', (n) => {
    const value = {
      a: 1,
      list: Array.from({ length: n }, (_, i) => (i % 3 === 0 ? { i, nested: [i, { j: [] }] } : i % 3 === 1 ? null : `s${i}`)),
      z: [],
    };
    expect(pieces(value)).toBe(whole(value));
  });
});

// The CLI encodes report pieces into buffers as it goes; the bytes must be the pieces' text joined.
describe('utf8Batches', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const batches = (pieces: readonly string[], size?: number) => [...utf8Batches(pieces, size)];
  const joined = (chunks: readonly Uint8Array[]) => Buffer.concat(chunks);

  it.each([
    ['no pieces', []],
    ['empty pieces', ['', '', '']],
    ['ASCII, Latin-1, two-byte and astral text', ['a', '·', '→', '漢字', '😀', 'end\n']],
    ['a surrogate pair split across pieces', ['x\uD83D', '\uDE00y']],
    ['a piece that is half a pair, then the other half', ['\uD83D', '\uDE00']],
    ['a lone half at the very end', ['a', '\uD83D']],
    ['a lone second half', ['\uDE00', 'b']],
  ])('is the UTF-8 of the pieces joined, for %s', (_, pieces) => {
    for (const size of [4, 16, 1 << 16]) {
      expect(joined(batches(pieces, size)).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    }
  });

  it('cuts between whole characters, in buffers of about the size asked for', () => {
    const pieces = Array.from({ length: 5000 }, (_, i) => `<li>${i} 首问 → 😀</li>\n`);
    const chunks = batches(pieces, 1024);
    expect(chunks.length).toBeGreaterThan(50);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(1024);
    // Each batch decodes on its own (a strict decoder throws on a cut character).
    expect(chunks.map((c) => fatal.decode(c)).join('')).toBe(pieces.join(''));
  });

  it('writes a piece larger than a batch whole, after what came before it', () => {
    const big = '漢'.repeat(3000);
    const chunks = batches(['head', big, 'tail'], 1024);
    expect(chunks.map((c) => fatal.decode(c))).toEqual(['head', big, 'tail']);
  });
});
