import { fc, test } from '@fast-check/vitest';
import * as E from 'fp-ts/Either';
import { describe, expect } from 'vitest';
import { generateEvents } from '../../scripts/generate-log';
import { parseEventLine } from '../../src/log/line';
import { formatLogProblem } from '../../src/log/problem-messages';

// Whatever is wrong with a line of a log, a Chinese reader is told it in Chinese: the decoder's and
// the JSON parser's English never reaches the report, only paths, values and type names as they are.

const SAMPLE = [...generateEvents({ events: 400, seed: 3 })];

// A recorded event with one field (at any depth) taken away or replaced by any JSON value.
const brokenEvent = fc
  .record({
    event: fc.constantFrom(...SAMPLE),
    pick: fc.nat(),
    replacement: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
  })
  .map(({ event, pick, replacement }) => {
    const copy = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
    const holders: Array<[Record<string, unknown>, string]> = [];
    const walk = (o: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(o)) {
        holders.push([o, k]);
        if (typeof v === 'object' && v !== null && !Array.isArray(v)) walk(v as Record<string, unknown>);
      }
    };
    walk(copy);
    const [holder, key] = holders[pick % holders.length] as [Record<string, unknown>, string];
    if (replacement === undefined) delete holder[key];
    else holder[key] = replacement;
    return JSON.stringify(copy);
  });

// Text that is not JSON at all, or JSON cut short.
const notJson = fc.oneof(
  fc.string(),
  fc.constantFrom(...SAMPLE).map((e) => JSON.stringify(e).slice(0, 40)),
);

const DECODER_ENGLISH =
  /is malformed|is implausible|must be|got nothing|\(got |not valid JSON|Unexpected|in JSON at position|outside the years/;

// An id with an invisible character or not in NFKC keeps its English detail (it names the code point or the form).
const ID_DETAIL = /must be a usable id: it (contains|is not in Unicode NFKC)/;

describe('a line that is not an event, in Chinese', () => {
  test.prop(
    [
      fc.oneof(
        brokenEvent,
        notJson,
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
    ],
    { numRuns: 400 },
  )('is explained from its data, never in the decoder’s or the parser’s English', (line) => {
    const parsed = parseEventLine(line);
    if (E.isRight(parsed)) return;
    const problem = parsed.left;
    if (problem.code !== 'MALFORMED_JSON') expect(problem.detail?.fields?.length ?? 0, problem.message).toBeGreaterThan(0);
    if (ID_DETAIL.test(problem.message)) return;
    for (const field of problem.detail?.fields ?? []) expect(field.reason, problem.message).not.toBe('OTHER');
    for (const locale of ['zh-CN', 'zh-TW'] as const) {
      // Recorded values are quoted as they are: only the words around them are checked.
      const words = formatLogProblem(problem, locale).replace(/"(?:[^"\\]|\\.)*"/g, '""');
      expect(words, problem.message).not.toMatch(DECODER_ENGLISH);
    }
  });
});
