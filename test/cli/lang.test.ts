import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { AuditLogReport } from '../../src/log/audit-log';
import { RULES } from '../../src/rules/catalogue';
import { missingNotified, received, replied, resolved, transferred } from '../support/events';
import { clerk, guard } from '../support/staff';
import { day, minute } from '../support/time';
import { logFile, scratchDir, text } from './support';

// The CLI in the user's language: --lang, or the locale environment when --lang is not given.
async function run(
  argv: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    {
      stdout: { write: (t) => ((stdout += text(t)), true) },
      stderr: { write: (t) => ((stderr += text(t)), true) },
      stdin: Readable.from(['']),
    },
    env,
  );
  return { code, stdout, stderr };
}

const HAN = /\p{Script=Han}/u;

const overdue = () =>
  logFile([
    received({ by: guard, category: 'enquiry' }),
    transferred({ by: guard, to: clerk, at: minute(5) }),
    replied({ by: clerk, at: minute(30) }),
    received({ by: guard, category: 'renovation-permit', inquiryId: 'INQ-2', at: minute(6) }),
    missingNotified({ by: guard, inquiryId: 'INQ-2', items: ['drawings'], at: minute(7) }),
    missingNotified({ by: guard, inquiryId: 'INQ-2', items: ['licence'], at: minute(8) }),
    '{"type":"Nope","data":{}}',
  ]);

describe('first-inquiry rules --lang', () => {
  it.each([
    ['zh-CN', '首问责任人'],
    ['zh-TW', '首問責任人'],
  ])('--lang %s lists all 17 rules in Chinese, with the same IDs and codes', async (lang, word) => {
    const { code, stdout } = await run(['rules', '--lang', lang]);
    expect(code).toBe(0);
    const heads = stdout.split('\n').filter((l) => /^FI-\d\d /.test(l));
    expect(heads.map((l) => l.slice(0, 5))).toEqual(RULES.map((r) => r.id));
    for (const head of heads) expect(head).toMatch(HAN);
    expect(stdout).toContain(word);
    expect(stdout).toContain('NOT_RESPONSIBLE');
  });

  it('LANG=zh_CN.UTF-8 selects Chinese without --lang; --lang en overrides it', async () => {
    expect((await run(['rules'], { LANG: 'zh_CN.UTF-8' })).stdout).toContain('首先接待的员工即为首问责任人');
    expect((await run(['rules', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).stdout).toContain('The first receiver is responsible');
    expect((await run(['rules'], { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).stdout).toContain('首先接待的員工即為首問責任人');
  });

  it('--format json keeps the shape and the codes; the texts are in the language asked for', async () => {
    const rules = JSON.parse((await run(['rules', '--format', 'json', '--lang', 'zh-CN'])).stdout) as Array<{
      id: string;
      title: string;
      violationCodes: string[];
    }>;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(rules.map((r) => r.violationCodes)).toEqual(RULES.map((r) => r.violationCodes));
    for (const r of rules) expect(r.title).toMatch(HAN);
  });

  it('an unknown language is a usage error (exit 2)', async () => {
    const { code, stderr } = await run(['rules', '--lang', 'fr']);
    expect([code, stderr.split('\n')[0]]).toEqual([2, 'first-inquiry rules: --lang must be en, zh-CN or zh-TW (got fr)']);
  });
});

describe('first-inquiry audit in Chinese', () => {
  it('text: headings, findings and stages (环节, from 1) in Chinese; codes and rule IDs unchanged', async () => {
    const { code, stdout } = await run(['audit', overdue(), '--as-of', day(2), '--lang', 'zh-CN']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^督查时点 2026-05-06 周三 09:30：/);
    expect(stdout).toContain('INQ-2026-0001 环节2：OVERDUE（FI-05 在规定时限内办结）');
    expect(stdout).toContain('INQ-2 环节1：NOTICE_NOT_ONE_TIME（FI-06 所缺材料一次性告知）');
    expect(stdout).toContain('问责对象：Chen Jing');
    expect(stdout).toContain('UNKNOWN_EVENT_TYPE: 这一行的事件类型无法识别');
    expect(stdout).not.toMatch(/\d{4}-\d\d-\d\dT\d\d/);
  });

  it('the same in Chinese via LANG=zh_CN.UTF-8', async () => {
    const viaLang = await run(['audit', overdue(), '--as-of', day(2)], { LANG: 'zh_CN.UTF-8' });
    expect(viaLang.stdout).toContain('督查发现（');
  });

  it('json: the message fields are Chinese; codes, rules, params and instants stay machine-readable', async () => {
    const file = overdue();
    const zh = JSON.parse((await run(['audit', file, '--as-of', day(2), '--format', 'json', '--lang', 'zh-CN'])).stdout) as AuditLogReport;
    const en = JSON.parse((await run(['audit', file, '--as-of', day(2), '--format', 'json'])).stdout) as AuditLogReport;
    expect(zh.findings.map((f) => [f.code, f.rule, f.stage, f.arisenAt, f.params])).toEqual(
      en.findings.map((f) => [f.code, f.rule, f.stage, f.arisenAt, f.params]),
    );
    for (const f of zh.findings) expect(f.message).toMatch(HAN);
    for (const p of zh.problems) expect(p.message).toMatch(HAN);
    expect(zh.findings.map((f) => f.message)).not.toEqual(en.findings.map((f) => f.message));
    expect(en.findings.find((f) => f.code === 'OVERDUE')?.message).toMatch(
      /^INQ-2026-0001 \(enquiry\) was not settled within 1 working day/,
    );
  });

  it('md: Chinese headings and columns, stages from 1, human dates', async () => {
    const { stdout } = await run(['audit', overdue(), '--as-of', day(2), '--format', 'md', '--lang', 'zh-CN']);
    expect(stdout).toMatch(/^# 首问责任制督查报告/);
    expect(stdout).toContain('| 事项 | 环节 | 督查发现 | 问责对象 | 发生于 | 说明 |');
    expect(stdout).toContain('| INQ-2026-0001 | 环节2 | OVERDUE（FI-05 在规定时限内办结） |');
    expect(stdout).toMatch(/\| 2026-05-0\d 周. \d\d:\d\d \|/);
  });

  it('html: lang="zh-CN" (or zh-TW) and Chinese headings', async () => {
    for (const [lang, title] of [
      ['zh-CN', '首问责任制督查报告'],
      ['zh-TW', '首問責任制督查報告'],
      ['en', 'First-inquiry audit'],
    ] as const) {
      const out = join(scratchDir, `lang-${lang}.html`);
      await run(['audit', overdue(), '--as-of', day(2), '--format', 'html', '--out', out, '--lang', lang]);
      const html = readFileSync(out, 'utf8');
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<h1>${title}`);
    }
  });

  it('English reports number stages from 1 and show dates with the weekday too', async () => {
    const { stdout } = await run(['audit', overdue(), '--as-of', day(2)]);
    expect(stdout).toContain('INQ-2026-0001 stage 2: OVERDUE (FI-05 Finish within the prescribed time limit)');
    expect(stdout).toMatch(/arisen 2026-05-05 Tue \d\d:\d\d/);
    expect(stdout).not.toMatch(/\d{4}-\d\d-\d\dT\d\d/);
  });
});

describe('first-inquiry check in Chinese', () => {
  it('problem lines keep FILE:LINE: CODE and explain the problem in Chinese; the summary is Chinese', async () => {
    const file = logFile(['{"type":"InquiryReceived"', '{"type":"Nope","data":{}}']);
    const { code, stdout } = await run(['check', file, '--lang', 'zh-CN']);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}:1: MALFORMED_JSON: 这一行不是有效的 JSON`);
    expect(stdout).toContain(`${file}:2: UNKNOWN_EVENT_TYPE: 这一行的事件类型无法识别`);
    expect(stdout).toContain('0 条事件，0 个事项，2 个问题');
  });

  it('every kind of unreadable line is explained in Chinese first, the technical detail after it', async () => {
    const late = JSON.stringify(received({ by: guard, at: '7026-05-04T09:30:00+08:00' }));
    const file = join(scratchDir, 'unreadable-zh.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0x0a]), Buffer.from(late)]));
    const { stdout } = await run(['check', file, '--lang', 'zh-CN']);
    expect(stdout).toContain(`${file}:1: INVALID_UTF8: 这一行不是有效的 UTF-8 文本（请以 UTF-8 保存日志）（`);
    expect(stdout).toContain(`${file}:2: IMPLAUSIBLE_INSTANT: 此事件的时间不在 1970–2200 年之间（年份是否输错？）（`);
  });

  it('a line that is not an event says what is wrong, field by field, in Chinese (paths and values as they are)', async () => {
    // Given a receipt with an unknown channel and a blank category, a resolution without its summary,
    // a line the JSON parser stops in, an unknown type, a line that is a number, and a mistyped year,
    const { summary: _, ...unsummed } = resolved({ by: guard, at: minute(2) }).data;
    const file = logFile([
      JSON.stringify({ type: 'InquiryReceived', data: { ...received({ by: guard }).data, channel: 'fax', category: '' } }),
      JSON.stringify({ type: 'InquiryResolved', data: unsummed }),
      '{"type":"InquiryResolved",}',
      '{"type":"Nope","data":{}}',
      '42',
      JSON.stringify(received({ inquiryId: 'INQ-9', by: guard, at: '7026-05-04T09:30:00+08:00' })),
    ]);
    // when checked and audited in Chinese (simplified and traditional),
    const expected = {
      'zh-CN': [
        ':1: INVALID_EVENT: 这条事件缺少字段或字段有误（InquiryReceived：',
        'data.category: 必须是非空的文字（实际为 ""）',
        ':2: INVALID_EVENT: 这条事件缺少字段或字段有误（InquiryResolved：data.summary: 必须填写（缺少此字段））',
        ':3: MALFORMED_JSON: 这一行不是有效的 JSON（解析停在第 27 个字符）',
        ':4: UNKNOWN_EVENT_TYPE: 这一行的事件类型无法识别（type: 必须是以下事件类型之一：InquiryReceived、',
        '（实际为 "Nope"）',
        '（实际为 42）',
        ':6: IMPLAUSIBLE_INSTANT: 此事件的时间不在 1970–2200 年之间（年份是否输错？）（InquiryReceived：data.at = "7026-05-04T09:30:00+08:00"）',
      ],
      'zh-TW': [
        'data.category: 必須是非空的文字（實際為 ""）',
        'data.summary: 必須填寫（缺少此欄位）',
        '這一行不是有效的 JSON（解析停在第 27 個字元）',
        '必須是以下事件類型之一：',
      ],
    } as const;
    for (const locale of ['zh-CN', 'zh-TW'] as const) {
      for (const command of ['check', 'audit']) {
        const { stdout } = await run([command, file, '--lang', locale]);
        // then every problem is worded in the reader's language, none in the decoder's or parser's English.
        for (const words of expected[locale]) expect(stdout).toContain(words);
        expect(stdout).toContain('data.channel: ');
        expect(stdout).not.toMatch(
          /is malformed|is implausible|must be|got nothing|expected|not valid JSON|Unexpected|position|outside the years/,
        );
      }
    }
  });

  it('a refusal names the rule’s Chinese title; code and rule ID unchanged', async () => {
    const file = logFile([received({ by: guard }), transferred({ by: clerk, to: clerk, at: minute(1) })]);
    const { stdout } = await run(['check', file], { LANG: 'zh_CN.UTF-8' });
    expect(stdout).toMatch(
      /:2: NOT_RESPONSIBLE \(FI-02\): 违反“办结前始终只有一名首问责任人”：.+（s-\d+）于 .+ 对事项 .+ 的“交接转办”（InquiryTransferred）本应被拒绝：/,
    );
    expect(stdout).not.toContain('would have been refused');
  });
});
