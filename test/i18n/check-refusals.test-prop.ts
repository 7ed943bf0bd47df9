import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkEventLog } from '../../src/log/check-log';
import { formatHistoryProblem, historyProblemMessage, isRecordProblemCode, type HistoryProblem } from '../../src/log/problem';
import { formatViolation } from '../../src/inquiry/violation-messages';
import type { ViolationCode } from '../../src/inquiry/violations';
import { generateEvents } from '../../scripts/generate-log';
import { corrupt, corruption } from '../support/corrupt-log';

// `first-inquiry check` in Chinese: every refusal a corrupted log can meet is worded from the
// violation catalogue in the reader's language, never the English sentence with a Chinese title
// before it. What stays the same in every language is taken out before looking for English: the
// recorded values (names, ids, instants, the inquiry, quoted text), the event type and the command
// names in parentheses that say what to do next.

const HAN = /\p{Script=Han}/u;
const ENGLISH_PHRASE = /\b[A-Za-z][A-Za-z']*(?:[ ,]+[A-Za-z][A-Za-z']*){2,}/;

function withoutKept(text: string, p: HistoryProblem): string {
  const r = p.refused;
  const kept = r === undefined ? [] : [...Object.values(r.params), r.by.name, r.by.id, r.at, r.eventType, p.inquiryId ?? ''];
  return kept
    .filter((k) => k !== '')
    .sort((a, b) => b.length - a.length)
    .reduce((t, k) => t.split(k).join(' '), text)
    .replace(/\([A-Z][A-Za-z]+\)|（[A-Z][A-Za-z]+）/g, ' ');
}

async function refusals(seed: number, corruptions: Parameters<typeof corrupt>[1][]): Promise<HistoryProblem[]> {
  const events = corruptions.reduce(corrupt, [...generateEvents({ events: 250, seed })]);
  const found: HistoryProblem[] = [];
  await checkEventLog(
    events.map((e) => JSON.stringify(e)),
    { onProblem: (p) => void found.push(p) },
  );
  // A record decide would never have written (test/history/record-copies.test.ts words those) is no refusal.
  return found.filter((p) => p.refused !== undefined && !isRecordProblemCode(p.code));
}

describe('check: refusals in the reader’s language', () => {
  test.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.array(corruption, { minLength: 2, maxLength: 10 })], { numRuns: 60 })(
    'zh-CN and zh-TW word every refusal from the catalogue; English keeps its sentence',
    async (seed, corruptions) => {
      for (const p of await refusals(seed, corruptions)) {
        const refused = p.refused;
        if (refused === undefined || p.inquiryId === undefined) throw new Error('a refusal names its event');
        expect(p.message).toContain(`${refused.eventType} of ${p.inquiryId} by ${refused.by.name} (${refused.by.id}) at ${refused.at}`);
        expect(historyProblemMessage(p, 'en')).toBe(p.message);
        for (const locale of ['zh-CN', 'zh-TW'] as const) {
          const text = historyProblemMessage(p, locale);
          expect(text).toContain(formatViolation({ code: p.code as ViolationCode, params: refused.params }, locale));
          expect(text).toMatch(HAN);
          expect(withoutKept(text, p), text).not.toMatch(ENGLISH_PHRASE);
        }
      }
    },
  );

  it('the corruptions reach many refusal codes, so the property above sees them', async () => {
    const codes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.array(corruption, { minLength: 4, maxLength: 12 }), async (seed, cs) => {
        for (const p of await refusals(seed, cs)) codes.add(p.code);
      }),
      { numRuns: 40, seed: 11 },
    );
    expect(codes.size).toBeGreaterThanOrEqual(8);
  });

  it('the English detector finds the English sentence, so its silence in Chinese means something', async () => {
    const [p] = await refusals(5, [{ kind: 'by', i: 3, j: 40 }]);
    if (p === undefined) throw new Error('the corruption gives a refusal');
    expect(withoutKept(p.message, p)).toMatch(ENGLISH_PHRASE);
    expect(formatHistoryProblem('events.jsonl', p, 'zh-CN')).toMatch(/^events\.jsonl:\d+: [A-Z_]+( \(FI-\d\d\))?: .*本应被拒绝：/);
  });

  it('a problem built by hand without the refusal’s facts keeps its English words, after the rule’s title', () => {
    const p: HistoryProblem = { line: 2, code: 'NOT_RESPONSIBLE', rule: 'FI-02', inquiryId: 'INQ-1', message: 'Li Na is not responsible.' };
    expect(historyProblemMessage(p, 'zh-CN')).toMatch(/^违反“.+”：Li Na is not responsible\.$/);
  });
});
