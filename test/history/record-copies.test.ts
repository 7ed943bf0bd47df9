import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/inquiry/decide';
import type { InquiryCommand } from '../../src/inquiry/commands';
import type { InquiryEvent } from '../../src/inquiry/events';
import { evolve } from '../../src/inquiry/evolve';
import { LOCALES } from '../../src/i18n/locale';
import { initialState } from '../../src/inquiry/state';
import { checkEventLog } from '../../src/log/check-log';
import { createHistoryChecker } from '../../src/log/checker';
import {
  formatHistoryProblem,
  historyProblemMessage,
  RECORD_PROBLEM_RULES,
  type HistoryProblem,
  type RecordProblemCode,
} from '../../src/log/problem';
import { LOG_PROBLEM_TEXTS, recordProblemMessage } from '../../src/log/problem-messages';
import {
  clarify,
  classifyLiability,
  INQUIRY_ID,
  LEAK,
  notifyMissing,
  receive,
  recordMaterialsReceived,
  resolve,
  reopen,
  transfer,
} from '../support/commands';
import { clarified, followedUp, liabilityClassified, missingNotified, received, reopened, resolved, transferred } from '../support/events';
import { toStaffRef, type Staff } from '../../src/inquiry/staff';
import { clerk, guard, plumber } from '../support/staff';
import { minute } from '../support/time';

// Some fields of an event are not taken from the command: `decide` copies them from the inquiry's
// state (a handover's intent, the items a record of materials received lists). A log that holds
// something else there is one `decide` would never have written, and `check` says so: on the
// event's line, with a code of its own and the rule the copy keeps.

const KITCHEN = 'Requester wants a new kitchen for free';
const DRAWINGS = ['copy of the property certificate', 'renovation drawings', 'contractor licence'];

/** A recorded MaterialsReceived (test/support/events has no builder for it). */
function materialsReceived(o: { readonly by: Staff; readonly at: string; readonly items: readonly string[] }): InquiryEvent {
  return {
    type: 'MaterialsReceived',
    data: { schemaVersion: 1, inquiryId: INQUIRY_ID, at: o.at, by: toStaffRef(o.by), items: [...o.items] },
  };
}

/** When the log (events, or '' for a blank line) is checked: the problems found, in order. */
async function checked(lines: ReadonlyArray<InquiryEvent | ''>): Promise<HistoryProblem[]> {
  const found: HistoryProblem[] = [];
  await checkEventLog(
    lines.map((l) => (l === '' ? '' : JSON.stringify(l))),
    { onProblem: (p) => void found.push(p) },
  );
  return found;
}

/** The same, each problem as [line, code, rule]. */
async function problems(lines: ReadonlyArray<InquiryEvent | ''>): Promise<Array<[number, string, string | null]>> {
  return (await checked(lines)).map((p) => [p.line, p.code, p.rule]);
}

/** The events `decide` itself records for these commands, one after the other. */
function writtenByDecide(commands: readonly InquiryCommand[]): InquiryEvent[] {
  let state = initialState();
  return commands.flatMap((command) => {
    const events = E.getOrElseW((v: { code: string }) => {
      throw new Error(`decide refused ${command.type}: ${v.code}`);
    })(decide(command, state));
    for (const event of events) state = evolve(state, event);
    return [...events];
  });
}

describe('check: a handover carries the intent on record (FI-04)', () => {
  it('given a log decide wrote (receipt, clarification, handover, notice, materials, resolution, reopening, handover), no problem', async () => {
    const log = writtenByDecide([
      receive({ by: guard }),
      clarify({ by: guard, at: minute(2), intent: 'Leak from the ceiling of 1202, coming from the bathroom of 1302' }),
      transfer({ by: guard, to: plumber, at: minute(5) }),
      notifyMissing({ by: plumber, at: minute(10) }),
      recordMaterialsReceived({ by: plumber, at: minute(60) }),
      classifyLiability({ by: plumber, at: minute(80) }),
      resolve({ by: plumber, at: minute(90) }),
      reopen({ by: clerk, at: minute(600) }),
      transfer({ by: clerk, to: plumber, at: minute(601) }),
    ]);
    expect(log.map((e) => e.type)).toContain('InquiryTransferred');
    expect(await problems(log)).toEqual([]);
  });

  it('given a handover whose intent was rewritten, when checked, then HANDOVER_INTENT_MISMATCH (FI-04) on its line', async () => {
    expect(
      await problems([received({ by: guard, intent: LEAK }), '', transferred({ by: guard, to: plumber, at: minute(5), intent: KITCHEN })]),
    ).toEqual([[3, 'HANDOVER_INTENT_MISMATCH', 'FI-04']]);
  });

  it('the problem says what the handover carried and what the record held, and what to do', async () => {
    const [p] = await checked([received({ by: guard }), transferred({ by: guard, to: plumber, at: minute(5), intent: KITCHEN })]);
    expect(p?.inquiryId).toBe('INQ-2026-0001');
    expect(p?.message).toBe(
      `InquiryTransferred of INQ-2026-0001 by Wang Wei (s-017) at ${minute(5)} would have been refused: ` +
        `It carries the intent “${KITCHEN}”, but the intent on record is “${LEAK}”: a handover carries the recorded intent on as it stands. ` +
        `If the requester’s intent changed, the log lacks its clarification (ClarifyInquiry) before this line; if not, this line should carry “${LEAK}”.`,
    );
    expect(p?.refused?.params).toMatchObject({ recorded: KITCHEN, onRecord: LEAK, field: 'data.intent' });
  });

  it('given a handover after a clarification, carrying the clarified intent, no problem', async () => {
    const clear = 'Leak from the ceiling of 1202, coming from the bathroom of 1302';
    expect(
      await problems([
        received({ by: guard, intent: 'Something is wet', intentClear: false, requester: { name: 'Mrs Zhao', contact: '138 0000 1202' } }),
        clarified({ by: guard, at: minute(2), intent: clear }),
        transferred({ by: guard, to: plumber, at: minute(5), intent: clear }),
      ]),
    ).toEqual([]);
  });

  it('given a handover after a clarification, still carrying the intent of the receipt, then HANDOVER_INTENT_MISMATCH', async () => {
    expect(
      await problems([
        received({ by: guard, intent: LEAK }),
        clarified({ by: guard, at: minute(2), intent: 'Leak from the bathroom of 1302' }),
        transferred({ by: guard, to: plumber, at: minute(5), intent: LEAK }),
      ]),
    ).toEqual([[3, 'HANDOVER_INTENT_MISMATCH', 'FI-04']]);
  });

  it('every handover of a chain is held to the intent on record; after a reopening the intent carries on', async () => {
    expect(
      await problems([
        received({ by: guard, requester: { name: 'Mrs Zhao', contact: '138 0000 1202' } }),
        transferred({ by: guard, to: plumber, at: minute(5) }),
        transferred({ by: plumber, to: clerk, at: minute(10), reason: 'deferred', intent: KITCHEN }),
        liabilityClassified({ by: clerk, at: minute(15) }),
        resolved({ by: clerk, at: minute(20) }),
        reopened({ by: guard, at: minute(30) }),
        transferred({ by: guard, to: plumber, at: minute(35) }),
        transferred({ by: plumber, to: guard, at: minute(40), reason: 'deferred', intent: `${LEAK}.` }),
      ]),
    ).toEqual([
      [3, 'HANDOVER_INTENT_MISMATCH', 'FI-04'],
      [8, 'HANDOVER_INTENT_MISMATCH', 'FI-04'],
    ]);
  });

  it('a handover decide refuses anyway is reported for its refusal only, one problem a line', async () => {
    expect(await problems([received({ by: guard }), transferred({ by: clerk, to: plumber, at: minute(5), intent: KITCHEN })])).toEqual([
      [2, 'NOT_RESPONSIBLE', 'FI-02'],
    ]);
    expect(await problems([received({ by: guard }), transferred({ by: guard, to: plumber, at: minute(5), intent: ' ' })])).toEqual([
      [2, 'INTENT_REQUIRED', 'FI-04'],
    ]);
  });

  it('checking goes on as the log was recorded: the receiver of the mismatched handover holds the matter', async () => {
    expect(
      await problems([
        received({ by: guard }),
        transferred({ by: guard, to: plumber, at: minute(5), intent: KITCHEN }),
        followedUp({ by: plumber, at: minute(10) }),
        liabilityClassified({ by: plumber, at: minute(15) }),
        resolved({ by: plumber, at: minute(20) }),
      ]),
    ).toEqual([[2, 'HANDOVER_INTENT_MISMATCH', 'FI-04']]);
  });

  it('a long intent is quoted cut short, in every locale', async () => {
    const long = `${'Water everywhere, '.repeat(10)}please come`;
    const [p] = await checked([
      received({ by: guard, intent: long }),
      transferred({ by: guard, to: plumber, at: minute(5), intent: KITCHEN }),
    ]);
    const quoted = `“${Array.from(long).slice(0, 59).join('')}…”`;
    for (const locale of LOCALES) {
      const text = historyProblemMessage(p as HistoryProblem, locale);
      expect(text).toContain(quoted);
      expect(text).not.toContain(long);
    }
  });
});

describe('check: a record of materials received lists the items outstanding (FI-05)', () => {
  const asked = missingNotified({ by: guard, at: minute(5), items: DRAWINGS });

  it('given the items outstanding, in any order, no problem', async () => {
    expect(await problems([received({ by: guard }), asked, materialsReceived({ by: guard, at: minute(60), items: DRAWINGS })])).toEqual([]);
    expect(
      await problems([received({ by: guard }), asked, materialsReceived({ by: guard, at: minute(60), items: [...DRAWINGS].reverse() })]),
    ).toEqual([]);
  });

  it('given different items, when checked, then MATERIALS_ITEMS_MISMATCH (FI-05) on its line', async () => {
    expect(
      await problems([received({ by: guard }), asked, materialsReceived({ by: guard, at: minute(60), items: ['a signed blank cheque'] })]),
    ).toEqual([[3, 'MATERIALS_ITEMS_MISMATCH', 'FI-05']]);
  });

  it('given an extra item no notice asked for, then MATERIALS_ITEMS_MISMATCH', async () => {
    expect(
      await problems([
        received({ by: guard }),
        asked,
        '',
        materialsReceived({ by: guard, at: minute(60), items: [...DRAWINGS, 'a letter from the neighbours'] }),
      ]),
    ).toEqual([[4, 'MATERIALS_ITEMS_MISMATCH', 'FI-05']]);
  });

  it('given an item outstanding left out, then MATERIALS_ITEMS_MISMATCH; so also an empty list', async () => {
    expect(
      await problems([received({ by: guard }), asked, materialsReceived({ by: guard, at: minute(60), items: DRAWINGS.slice(0, 2) })]),
    ).toEqual([[3, 'MATERIALS_ITEMS_MISMATCH', 'FI-05']]);
    expect(await problems([received({ by: guard }), asked, materialsReceived({ by: guard, at: minute(60), items: [] })])).toEqual([
      [3, 'MATERIALS_ITEMS_MISMATCH', 'FI-05'],
    ]);
  });

  it('the items outstanding are those of every notice since the last materials received, across a reopening', async () => {
    const second = missingNotified({ by: guard, at: minute(6), items: ['the contractor’s insurance'] });
    expect(
      await problems([
        received({ by: guard }),
        asked,
        second,
        materialsReceived({ by: guard, at: minute(60), items: [...DRAWINGS, 'the contractor’s insurance'] }),
        missingNotified({ by: guard, at: minute(70), items: ['a floor plan'] }),
        liabilityClassified({ by: guard, at: minute(75) }),
        resolved({ by: guard, at: minute(80) }),
        reopened({ by: clerk, at: minute(90) }),
        materialsReceived({ by: clerk, at: minute(100), items: DRAWINGS }),
      ]),
    ).toEqual([[9, 'MATERIALS_ITEMS_MISMATCH', 'FI-05']]);
  });

  it('with nothing outstanding, decide refuses the record anyway: NO_MATERIALS_OUTSTANDING, not a mismatch', async () => {
    expect(await problems([received({ by: guard }), materialsReceived({ by: guard, at: minute(60), items: ['anything'] })])).toEqual([
      [2, 'NO_MATERIALS_OUTSTANDING', null],
    ]);
  });

  it('the problem says what the record listed, what was outstanding and how they differ', async () => {
    const [p] = await checked([
      received({ by: guard }),
      asked,
      materialsReceived({ by: guard, at: minute(60), items: ['renovation drawings', 'a letter from the neighbours'] }),
    ]);
    expect(p?.message).toBe(
      `MaterialsReceived of INQ-2026-0001 by Wang Wei (s-017) at ${minute(60)} would have been refused: ` +
        'It lists “renovation drawings”, “a letter from the neighbours”, but the items outstanding were ' +
        '“copy of the property certificate”, “renovation drawings”, “contractor licence” ' +
        '(not outstanding: “a letter from the neighbours”; outstanding but not listed: “copy of the property certificate”, “contractor licence”). ' +
        'A record of materials received says that everything asked for has arrived, and the time limit counts on from it: find out what the requester brought. ' +
        'An item no notice on record asks for needs its notice (NotifyMissingMaterials) before this line; while an outstanding item has not arrived, ' +
        'the paperwork is not complete; otherwise this line should list “copy of the property certificate”, “renovation drawings”, “contractor licence”.',
    );
    const zh = historyProblemMessage(p as HistoryProblem, 'zh-CN');
    expect(zh).toContain(
      '（不在待补之列：“a letter from the neighbours”；待补却未列入：“copy of the property certificate”、“contractor licence”）',
    );
  });

  it('a long list is quoted in part and counted', () => {
    const many = JSON.stringify(Array.from({ length: 9 }, (_, i) => `item ${i + 1}`));
    const params = { recordedItems: many, outstanding: '["item 1"]', notOutstanding: many, notListed: '[]' };
    expect(recordProblemMessage('MATERIALS_ITEMS_MISMATCH', params, 'en')).toContain('“item 6”, … (9 in all), but');
    expect(recordProblemMessage('MATERIALS_ITEMS_MISMATCH', params, 'zh-CN')).toContain('“item 6”等 9 项，而');
  });
});

describe('record problems in every locale', () => {
  const CODES = Object.keys(RECORD_PROBLEM_RULES) as RecordProblemCode[];
  // As in test/i18n/traditional.test.ts: characters that exist only in Simplified script.
  const SIMPLIFIED_ONLY =
    /[这们个为时问责办结环节记录转说认发条对没领导经让还给应联实现过后会设与务员类处报进权门点确务长讲轻许谁该项归说请钟间]/u;
  const HAN = /\p{Script=Han}/u;
  const params = {
    inquiry: 'INQ-7',
    recorded: 'x',
    onRecord: 'y',
    recordedItems: '["a","b"]',
    outstanding: '["b","c"]',
    notOutstanding: '["a"]',
    notListed: '["c"]',
  };

  it.each(CODES.flatMap((code) => LOCALES.map((locale) => [code, locale] as const)))('%s in %s', (code, locale) => {
    const text = recordProblemMessage(code, params, locale);
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text).toMatch(/“[a-z]”/);
    expect(LOG_PROBLEM_TEXTS[code][locale].length).toBeGreaterThan(0);
    if (locale === 'en') expect(text).not.toMatch(HAN);
    else expect(text).toMatch(HAN);
    if (locale === 'zh-TW') {
      expect(text, text).not.toMatch(SIMPLIFIED_ONLY);
      expect(LOG_PROBLEM_TEXTS[code][locale]).not.toMatch(SIMPLIFIED_ONLY);
    }
  });

  it('a Chinese report names the rule, the event and what differs, in the reader’s script', async () => {
    const [p] = await checked([received({ by: guard }), transferred({ by: guard, to: plumber, at: minute(5), intent: KITCHEN })]);
    const line = formatHistoryProblem('events.jsonl', p as HistoryProblem, 'zh-CN');
    expect(line).toMatch(
      /^events\.jsonl:2: HANDOVER_INTENT_MISMATCH \(FI-04\): 违反“.+”：Wang Wei（s-017）于 .+ 的“交接转办”（InquiryTransferred）本应被拒绝：此次交接所带的诉求为“/,
    );
    expect(line).toContain(`而在案的诉求为“${LEAK}”`);
    expect(formatHistoryProblem('events.jsonl', p as HistoryProblem, 'zh-TW')).toContain(`而在案的訴求為“${LEAK}”`);
  });

  it('the streaming checker answers with the same code, rule and field', () => {
    const checker = createHistoryChecker();
    checker.check(received({ by: guard }));
    expect(checker.check(transferred({ by: guard, to: plumber, at: minute(5), intent: KITCHEN }))).toMatchObject({
      code: 'HANDOVER_INTENT_MISMATCH',
      rule: 'FI-04',
      field: 'data.intent',
    });
  });
});
