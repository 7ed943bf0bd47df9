import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { batchedLines, splitLines } from '../../src/cli/io';
import { checkEventLog } from '../../src/log/check-log';
import { LINE_BATCHES, type UnreadableLine } from '../../src/log/line';
import { received, replied } from '../support/events';

// The CLI's line reader decodes a chunk's whole lines in one call and hands them over a batch at
// a time. This is the reader it replaced, one line at a time: both must give exactly the same
// lines and problems, whatever the bytes, wherever the chunks break, whatever the limits.
async function* referenceSplitLines(
  input: Iterable<Uint8Array | string>,
  maxLine: number,
  maxSkip: number,
): AsyncGenerator<string | UnreadableLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parts: Uint8Array[] = [];
  let length = 0;
  let pending = false;
  let skipped = -1;
  const tooLong = (detail: string): UnreadableLine => ({
    _tag: 'UnreadableLine',
    code: 'LINE_TOO_LONG',
    message: `line longer than ${maxLine} bytes (${detail}); an event is a few hundred bytes: is this a JSON Lines event log?`,
  });
  const finish = (): string | UnreadableLine => {
    if (skipped >= 0) return tooLong(`${skipped} bytes`);
    let bytes = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts, length);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return decoder.decode(bytes);
    } catch {
      let lo = 0;
      let hi = bytes.length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
          lo = mid;
        } catch {
          hi = mid - 1;
        }
      }
      const at = Math.min(lo, bytes.length - 1);
      const byte = (bytes[at] ?? 0).toString(16).padStart(2, '0');
      return {
        _tag: 'UnreadableLine',
        code: 'INVALID_UTF8',
        message: `not valid UTF-8 text (byte 0x${byte} at byte ${at + 1} of the line); save the log as UTF-8`,
      };
    }
  };
  for (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    while (start <= buffer.length) {
      const newline = buffer.indexOf(0x0a, start);
      const end = newline === -1 ? buffer.length : newline;
      if (end > start) pending = true;
      if (skipped >= 0) skipped += end - start;
      else if (length + end - start > maxLine) {
        skipped = length + end - start;
        parts = [];
        length = 0;
      } else if (end > start) {
        parts.push(buffer.subarray(start, end));
        length += end - start;
      }
      if (skipped > maxLine + maxSkip) {
        yield tooLong(`no line end within ${maxLine + maxSkip} bytes; reading stopped here`);
        return;
      }
      if (newline === -1) break;
      yield finish();
      parts = [];
      length = 0;
      pending = false;
      skipped = -1;
      start = newline + 1;
    }
  }
  if (pending) yield finish();
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

// Bytes that make lines of every kind: text (ASCII, two-, three- and four-byte UTF-8), line ends,
// \r, BOMs, and bytes that are not UTF-8 (stray continuation bytes, truncated sequences,
// surrogates, overlong forms, 0xff).
const piece = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('a', '{"x":1}', ' ', '\n', '\n', '\r\n', '\r', 'é', '中', '😀', '\ufeff').map((s) => Buffer.from(s)),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }).map((s) => Buffer.from(s)) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom([0xff], [0x80], [0xc3], [0xe4, 0xb8], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf])
      .map((b) => Buffer.from(b)),
  },
);
const input = fc
  .tuple(fc.array(piece, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean())
  .map(([pieces, cuts, strings]) => {
    const bytes = Buffer.concat(pieces);
    const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    const chunks: (Uint8Array | string)[] = [];
    let from = 0;
    for (const cut of [...at, bytes.length]) {
      chunks.push(bytes.subarray(from, cut));
      from = cut;
    }
    // Standard input may come as strings (of valid text only: a string holds no bad bytes).
    return strings ? chunks.map((c) => Buffer.from(c).toString('utf8')) : chunks;
  });
const limits = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }));

describe('the batched line reader reads exactly as the line-by-line one did', () => {
  test.prop([input, limits], { numRuns: 5_000 })(
    'splitLines, batchedLines and its batches give the same lines',
    async (chunks, [maxLine, maxSkip]) => {
      const expected = await collect(referenceSplitLines(chunks, maxLine, maxSkip));
      expect(await collect(splitLines(chunks, maxLine, maxSkip))).toEqual(expected);
      expect(await collect(batchedLines(chunks, maxLine, maxSkip))).toEqual(expected);
      const batches = await collect(batchedLines(chunks, maxLine, maxSkip)[LINE_BATCHES]);
      expect(batches.flat()).toEqual(expected);
      expect(batches.every((batch) => batch.length > 0)).toBe(true);
    },
  );

  test.prop([input], { numRuns: 500 })('with the default limits', async (chunks) => {
    expect(await collect(splitLines(chunks))).toEqual(await collect(referenceSplitLines(chunks, 1 << 20, 1 << 28)));
  });

  it('runs of lines longer than the reader decodes at once, and a line longer than such a run', async () => {
    const lines = Array.from({ length: 6_000 }, (_, i) => `{"n":${i},"text":"${'x'.repeat(i % 400)}é"}`);
    lines.splice(3_000, 0, 'y'.repeat(700_000), '\xff');
    const bytes = Buffer.concat(lines.map((l) => Buffer.from(`${l}\r\n`, l === '\xff' ? 'latin1' : 'utf8')));
    const chunks = [bytes.subarray(0, 1 << 20), bytes.subarray(1 << 20)];
    const expected = await collect(referenceSplitLines(chunks, 1 << 20, 1 << 28));
    expect(expected).toHaveLength(6_002);
    expect(await collect(batchedLines(chunks))).toEqual(expected);
  });

  it('a reader that stops early closes the input', async () => {
    let closed = false;
    async function* chunks(): AsyncGenerator<Uint8Array> {
      try {
        yield Buffer.from('a\nb\n');
        yield Buffer.from('c\n');
      } finally {
        closed = true;
      }
    }
    for await (const line of batchedLines(chunks())) if (line === 'a') break;
    expect(closed).toBe(true);
  });

  it('checkEventLog reports the same problems on the same lines, batch by batch or line by line', async () => {
    const log = `${JSON.stringify(received())}\n\n{oops\n\xff\n${JSON.stringify(replied())}\n${JSON.stringify(received())}`;
    const chunks = [Buffer.from(log, 'latin1').subarray(0, 40), Buffer.from(log, 'latin1').subarray(40)];
    const seen = async (lines: AsyncIterable<string | UnreadableLine>) => {
      const problems: unknown[] = [];
      const summary = await checkEventLog(lines, { onProblem: (p) => void problems.push(p) });
      return { summary, problems };
    };
    const batched = await seen(batchedLines(chunks));
    expect(batched).toEqual(await seen(splitLines(chunks)));
    expect(batched.problems.map((p) => (p as { line: number; code: string }).line)).toEqual([3, 4, 6]);
  });
});
