import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/cli/report/json';

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

  it('writes each element of a long array as a piece of its own', () => {
    const value = { findings: Array.from({ length: 100 }, (_, i) => ({ i })) };
    expect([...jsonChunks(value)].length).toBeGreaterThan(100);
    expect(pieces(value)).toBe(whole(value));
  });
});
