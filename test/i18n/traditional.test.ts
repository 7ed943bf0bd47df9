import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/supervision/finding';
import { ACT_NAMES } from '../../src/inquiry/act-names';
import { FINDING_MESSAGES, messageTools } from '../../src/supervision/finding-messages';
import { GLOSSARY } from '../../src/i18n/glossary';
import { LOG_PROBLEM_TEXTS } from '../../src/log/problem-messages';
import { REPORT_TEXTS } from '../../src/i18n/report';
import { RULE_KIND_NAMES, RULE_TRANSLATIONS } from '../../src/rules/catalogue';
import { renderDecodeProblem } from '../../src/cli/messages';
import { everyCliText, everyPolicyProblem } from './cli-samples';

// Characters that exist only in Simplified script (their Traditional forms differ): none of them may
// appear in a zh-TW text, or a Traditional reader meets a mixed page.
const SIMPLIFIED_ONLY =
  /[这们个为时问责办结环节记录转说认发条对没领导经让还给应联实现过后会设与务员类处报进权门点确务长讲轻许谁该项归说请钟间]/u;

const sample = {
  inquiryId: 'INQ-7',
  category: 'x',
  limit: { amount: 3, unit: 'working-days' },
  from: 'receipt',
  startedAt: '2026-05-04T09:30:00+08:00',
  holder: 'A',
  actor: 'B',
  items: ['c'],
  leader: 'D',
  handler: 'E',
  absentHandler: 'F',
  named: false,
  deadline: '2026-05-05T18:00:00+08:00',
  act: 'FollowedUp',
} as const;

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function')
    return texts((value as (...a: unknown[]) => unknown)({ asOf: '', events: 1, after: 1, inquiries: 1, findings: 1, problems: 1 }, 1, 1));
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(texts);
  return [];
}

describe('Traditional Chinese texts carry no Simplified-only characters', () => {
  it.each([
    ['glossary', Object.values(GLOSSARY).map((e) => e['zh-TW'])],
    ['rule translations', Object.values(RULE_TRANSLATIONS).flatMap((r) => Object.values(r['zh-TW']))],
    ['rule kinds', Object.values(RULE_KIND_NAMES).map((k) => k['zh-TW'])],
    ['act names', Object.values(ACT_NAMES).map((a) => a['zh-TW'])],
    ['log problems', Object.values(LOG_PROBLEM_TEXTS).map((p) => p['zh-TW'])],
    ['report words', texts(REPORT_TEXTS['zh-TW'])],
    ['CLI messages', everyCliText('zh-TW')],
    ['policy problems', everyPolicyProblem().map((p) => renderDecodeProblem(p, 'zh-TW'))],
    ['finding messages', FINDING_CODES.map((code) => FINDING_MESSAGES[code]['zh-TW'](sample as never, messageTools('zh-TW')))],
  ])('%s', (_, list) => {
    expect(list.length).toBeGreaterThan(0);
    for (const text of list) expect(text, text).not.toMatch(SIMPLIFIED_ONLY);
  });
});
