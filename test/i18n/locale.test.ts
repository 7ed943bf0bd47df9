import { describe, expect, it } from 'vitest';
import { detectLocale, parseLocale } from '../../src/i18n/detect';
import { formatInstant, formatTimeLimit, stageLabel } from '../../src/i18n/format';

describe('the locale from the environment', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'zh_CN' }, 'zh-CN'],
    [{ LANG: 'zh_SG.UTF-8' }, 'zh-CN'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh-TW'],
    [{ LANG: 'zh_HK.Big5-HKSCS' }, 'zh-TW'],
    [{ LANG: 'zh_MO' }, 'zh-TW'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
    [{ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh-CN'],
    [{ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'zh_CN.UTF-8' }, 'zh-TW'],
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
  ])('%j → %s (LC_ALL, then LC_MESSAGES, then LANG)', (env, locale) => {
    expect(detectLocale(env)).toBe(locale);
  });

  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant-CN', 'zh-TW'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', undefined],
    ['', undefined],
    ['zhx', undefined],
  ])('--lang %s → %s', (tag, locale) => {
    expect(parseLocale(tag)).toBe(locale);
  });
});

describe('human numbering and dates', () => {
  it('stages are counted from 1 in every language', () => {
    expect([stageLabel(0, 'en'), stageLabel(0, 'zh-CN'), stageLabel(2, 'zh-TW')]).toEqual(['stage 1', '环节1', '環節3']);
  });

  it('an instant is shown in the audit zone with the weekday, in one format', () => {
    expect(formatInstant('2026-05-04T01:30:00.000Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026-05-04 周一 09:30');
    expect(formatInstant('2026-05-04T01:30:00.000Z', 'en', 'Asia/Shanghai')).toBe('2026-05-04 Mon 09:30');
    expect(formatInstant('2026-05-10T23:59:00+08:00', 'zh-TW', 'Asia/Shanghai')).toBe('2026-05-10 週日 23:59');
    // Crossing midnight in another zone changes the date and the weekday together.
    expect(formatInstant('2026-05-04T01:30:00.000Z', 'en', 'America/New_York')).toBe('2026-05-03 Sun 21:30');
    expect(formatInstant('2026-05-13T17:00:00.000+08:00', 'en')).toBe('2026-05-13 Wed 17:00');
  });

  it('text that is not an instant is shown as it is', () => {
    expect(formatInstant('yesterday', 'zh-CN', 'Asia/Shanghai')).toBe('yesterday');
  });

  it('limits in words', () => {
    expect([1, 3].map((amount) => formatTimeLimit({ amount, unit: 'working-days' }, 'en'))).toEqual(['1 working day', '3 working days']);
    expect(formatTimeLimit({ amount: 4, unit: 'hours' }, 'zh-CN')).toBe('4小时');
    expect(formatTimeLimit({ amount: 8, unit: 'working-hours' }, 'zh-TW')).toBe('8個工作小時');
  });
});
