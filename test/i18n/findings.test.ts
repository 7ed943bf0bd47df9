import { describe, expect, it } from 'vitest';
import { FINDING_CODES, type FindingCode, type FindingParamsByCode } from '../../src/supervision/finding';
import { createAuditor } from '../../src/supervision/auditor';
import { defaultPolicy } from '../../src/policy/policy';
import { FINDING_MESSAGES, formatFinding, renderFindingMessage } from '../../src/supervision/finding-messages';
import { GLOSSARY } from '../../src/i18n/glossary';
import { LOCALES, type Locale } from '../../src/i18n/locale';
import { AS_OF, EVERY_FINDING } from './every-finding';

// One set of parameters per code; typed, so a new code without a sample does not compile.
const SAMPLES: { readonly [C in FindingCode]: FindingParamsByCode[C] } = {
  OVERDUE: {
    inquiryId: 'INQ-7',
    category: 'repair',
    limit: { amount: 3, unit: 'working-days' },
    from: 'receipt',
    startedAt: '2026-05-04T09:30:00+08:00',
    holder: '李娜',
  },
  NOTICE_NOT_ONE_TIME: { inquiryId: 'INQ-7', actor: '王伟', items: ['施工图', 'licence'] },
  SLOW_HAND_ON_AFTER_ESCALATION: {
    inquiryId: 'INQ-7',
    leader: '刘芳',
    holder: '王伟',
    limit: { amount: 1, unit: 'working-days' },
    absentHandler: '张强',
    named: false,
  },
  SLOW_HAND_ON_AFTER_NAMING: { inquiryId: 'INQ-7', leader: '刘芳', handler: '李娜', holder: '王伟', limit: { amount: 4, unit: 'hours' } },
  PROMISE_MISSED: { inquiryId: 'INQ-7', deadline: '2026-05-05T18:00:00+08:00', holder: '王伟' },
  NO_FOLLOW_UP: { inquiryId: 'INQ-7', limit: { amount: 2, unit: 'working-days' }, holder: '王伟' },
  PROMISE_WITHOUT_DEADLINE: { inquiryId: 'INQ-7', actor: '陈静', deadline: '2026-05-04T08:00:00+08:00' },
  PROMISE_BY_NON_RESPONSIBLE: { inquiryId: 'INQ-7', actor: '陈静', holder: '王伟' },
  INACTION: { inquiryId: 'INQ-7', limit: { amount: 3, unit: 'working-days' }, holder: '王伟' },
  ACT_WITHOUT_RESPONSIBILITY: { inquiryId: 'INQ-7', actor: '陈静', holder: '王伟', act: 'FollowedUp' },
};

const names = (code: FindingCode): string[] =>
  Object.entries(SAMPLES[code]).flatMap(([key, value]) =>
    ['inquiryId', 'category', 'holder', 'actor', 'leader', 'handler', 'absentHandler'].includes(key)
      ? [String(value)]
      : key === 'items'
        ? (value as string[])
        : [],
  );

const HAN = /\p{Script=Han}/u;

describe.each(LOCALES)('finding messages in %s', (locale: Locale) => {
  it.each(FINDING_CODES)('%s has a message that names every person and the inquiry', (code) => {
    expect(typeof FINDING_MESSAGES[code][locale], `${code} has no ${locale} message`).toBe('function');
    const text = renderFindingMessage(code, SAMPLES[code] as never, locale, 'Asia/Shanghai');
    for (const name of names(code)) expect(text, `${code} ${locale}`).toContain(name);
    expect(text).not.toMatch(/undefined|\[object|NaN/);
  });

  it('every instant is shown in one human format with the weekday', () => {
    const text = renderFindingMessage('PROMISE_MISSED', SAMPLES.PROMISE_MISSED, locale, 'Asia/Shanghai');
    expect(text).toContain({ en: '2026-05-05 Tue 18:00', 'zh-CN': '2026-05-05 周二 18:00', 'zh-TW': '2026-05-05 週二 18:00' }[locale]);
    expect(text).not.toContain('T18:00');
  });
});

describe('Chinese finding messages', () => {
  it.each(FINDING_CODES)('%s is written in Chinese, not English, in zh-CN and zh-TW', (code) => {
    for (const locale of ['zh-CN', 'zh-TW'] as const) {
      const text = renderFindingMessage(code, SAMPLES[code] as never, locale);
      expect(text).toMatch(HAN);
      // Apart from the recorded names and ids, no English words are left.
      const rest = names(code)
        .reduce((t, n) => t.split(n).join(''), text)
        .replace(/INQ-\d+/g, '');
      expect(rest, `${code} ${locale}: ${rest}`).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('take the terms of the trade from the glossary, in each script', () => {
    expect(renderFindingMessage('OVERDUE', SAMPLES.OVERDUE, 'zh-CN')).toContain(GLOSSARY.timeLimit['zh-CN']);
    expect(renderFindingMessage('OVERDUE', SAMPLES.OVERDUE, 'zh-TW')).toContain(GLOSSARY.timeLimit['zh-TW']);
    expect(renderFindingMessage('INACTION', SAMPLES.INACTION, 'zh-CN')).toContain(GLOSSARY.responsiblePerson['zh-CN']);
    expect(renderFindingMessage('INACTION', SAMPLES.INACTION, 'zh-TW')).toContain(GLOSSARY.responsiblePerson['zh-TW']);
    expect(renderFindingMessage('NOTICE_NOT_ONE_TIME', SAMPLES.NOTICE_NOT_ONE_TIME, 'zh-CN')).toContain(GLOSSARY.oneTimeNotice['zh-CN']);
  });

  it('word a limit in Chinese: 3个工作日 / 4小时 / 3個工作日', () => {
    expect(renderFindingMessage('INACTION', SAMPLES.INACTION, 'zh-CN')).toContain('3个工作日');
    expect(renderFindingMessage('SLOW_HAND_ON_AFTER_NAMING', SAMPLES.SLOW_HAND_ON_AFTER_NAMING, 'zh-CN')).toContain('4小时');
    expect(renderFindingMessage('INACTION', SAMPLES.INACTION, 'zh-TW')).toContain('3個工作日');
  });
});

describe('findings from the auditor', () => {
  const auditor = createAuditor();
  for (const event of EVERY_FINDING) auditor.add(event);
  const findings = auditor.findings(AS_OF);

  it('the fixture reaches every finding code (the tests below are not vacuous)', () => {
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(FINDING_CODES));
  });

  it('carry params, and their English message is the catalogue’s rendering of them', () => {
    for (const f of findings) {
      expect(f.params, f.code).toBeDefined();
      expect(f.message, f.code).toBe(formatFinding(f, 'en', defaultPolicy.calendar.zone));
    }
  });

  it('have a message that reads as plain data: JSON, a spread and a structured clone all carry it', () => {
    for (const f of findings) {
      const english = formatFinding(f, 'en', defaultPolicy.calendar.zone);
      expect(Object.keys(f), f.code).toContain('message');
      expect((JSON.parse(JSON.stringify(f)) as { message: unknown }).message, f.code).toBe(english);
      expect({ ...f }.message, f.code).toBe(english);
      expect(structuredClone(f).message, f.code).toBe(english);
      // Where JSON puts it: after params, before the actor (if any) and `settled`.
      const keys = Object.keys(f).filter((k) => k !== 'actor');
      expect(keys.slice(-3), f.code).toEqual(['params', 'message', 'settled']);
    }
  });

  it.each(LOCALES)('render in %s with the same code and rule', (locale) => {
    for (const f of findings) {
      const text = formatFinding(f, locale, 'Asia/Shanghai');
      expect(text.length, f.code).toBeGreaterThan(10);
      if (locale !== 'en') expect(text, f.code).toMatch(HAN);
    }
  });

  it('a finding built by hand without params keeps its message', () => {
    const [f] = findings;
    const { params: _params, ...bare } = f!;
    expect(formatFinding({ ...bare, message: 'hand-made' }, 'zh-CN')).toBe('hand-made');
  });
});
