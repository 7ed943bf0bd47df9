import * as E from 'fp-ts/Either';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandCodecs } from '../../src/inquiry/commands';
import { decide } from '../../src/inquiry/decide';
import { LOCALES } from '../../src/i18n/locale';
import { VIOLATION_MESSAGES, formatViolation } from '../../src/inquiry/violation-messages';
import { defaultPolicy } from '../../src/policy/policy';
import { initialState } from '../../src/inquiry/state';
import { VIOLATION_RULES, violation, type RuleViolation, type ViolationCode } from '../../src/inquiry/violations';
import { receiptStepArbitrary, stepArbitrary } from '../support/arbitraries';
import { escalate, followUp, nameHandler, reassign, receive, resolve } from '../support/commands';
import { demandDeclined, received } from '../support/events';
import { OwnershipStep, initialModel, predict, type OwnershipReal } from '../support/model';
import { spec, stateAfter } from '../support/specification';
import { clerk, guard, plumber } from '../support/staff';
import { minute } from '../support/time';
import { directoryRefusals } from '../support/directory';

const CODES = Object.keys(VIOLATION_RULES) as ViolationCode[];
const COMMANDS = Object.keys(commandCodecs);
const placeholders = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
const variantsOf = (entry: string | Readonly<Record<string, string>>): Readonly<Record<string, string>> =>
  typeof entry === 'string' ? { default: entry } : entry;
const namesAnAction = (text: string): boolean => COMMANDS.some((c) => text.includes(c));

describe('the refusal message catalogue (issue 12 item 1)', () => {
  it.each(LOCALES)('is complete for every code in %s, with the same variants and parameters as English', (locale) => {
    for (const code of CODES) {
      const entry = VIOLATION_MESSAGES[locale][code];
      expect(entry, `${locale} ${code}`).toBeDefined();
      const en = variantsOf(VIOLATION_MESSAGES.en[code]);
      const here = variantsOf(entry);
      expect(Object.keys(here).sort(), `${locale} ${code} variants`).toEqual(Object.keys(en).sort());
      for (const [variant, template] of Object.entries(here)) {
        expect(template.trim().length, `${locale} ${code}.${variant}`).toBeGreaterThan(0);
        expect(placeholders(template), `${locale} ${code}.${variant} parameters`).toEqual(placeholders(en[variant] ?? ''));
        // Every message names what this actor can do next: a command, or the refused one sent again.
        expect(namesAnAction(template) || template.includes('{command}'), `${locale} ${code}.${variant} names no action`).toBe(true);
      }
    }
  });

  it('the Chinese messages use the terms of the trade', () => {
    const zh = JSON.stringify(VIOLATION_MESSAGES['zh-CN']);
    const tw = JSON.stringify(VIOLATION_MESSAGES['zh-TW']);
    for (const term of ['首问责任人', '环节', '转办', '交接', '回复期限', '服务忌语', '一次性告知']) expect(zh).toContain(term);
    for (const term of ['首問責任人', '環節', '轉辦', '交接', '回覆期限', '服務忌語', '一次性告知']) expect(tw).toContain(term);
  });

  it('a refusal’s English message is its catalogue rendering, and every locale renders its parameters', () => {
    const v = violation('NOT_RESPONSIBLE', { actor: 'Li Na', inquiry: 'INQ-7', holder: 'Wang Wei', command: 'FollowUp' }, 'data.actor.id');
    expect(v.message).toBe(formatViolation(v, 'en'));
    expect(formatViolation(v, 'zh-CN')).toBe(
      'Li Na 不是事项 INQ-7 的首问责任人，Wang Wei 才是。只有 Wang Wei 可以办理：请 Wang Wei 向你交接（TransferInquiry），或请领导改派（ReassignInquiry）。',
    );
    expect(formatViolation(v, 'zh-TW')).toContain('首問責任人');
    expect(v.params).toMatchObject({ actor: 'Li Na', holder: 'Wang Wei', field: 'data.actor.id' });
  });

  it('a 0.1-style violation built from a message keeps it and still renders in every locale', () => {
    const v = violation('INTENT_REQUIRED', 'Carry the intent on.', 'data.intent');
    expect(v.message).toBe('Carry the intent on.');
    for (const locale of LOCALES) expect(formatViolation(v, locale)).not.toMatch(/\{\w+\}/);
  });
});

// Every refusal `decide` (and the directory) really gives, by code: from random histories.
function realRefusals(): Map<ViolationCode, RuleViolation> {
  const found = new Map<ViolationCode, RuleViolation>();
  const histories = fc.sample(fc.tuple(receiptStepArbitrary, fc.array(stepArbitrary, { maxLength: 40, size: 'medium' })), {
    numRuns: 500,
    seed: 20261203,
  });
  for (const [first, rest] of histories) {
    const model = initialModel();
    const real: OwnershipReal = { state: initialState(), events: [], policy: defaultPolicy };
    for (const step of [first, ...rest]) {
      const result = decide(predict(step, model).command, real.state);
      if (E.isLeft(result) && !found.has(result.left.code)) found.set(result.left.code, result.left);
      new OwnershipStep(step).run(model, real);
    }
  }
  for (const v of directoryRefusals()) if (!found.has(v.code)) found.set(v.code, v);
  // The model's clock stays in this century: a mistyped year is refused before any rule.
  const mistyped = decide(followUp({ by: guard, at: '7026-05-04T09:30:00+08:00' }), stateAfter([received({ by: guard })]));
  if (E.isLeft(mistyped) && !found.has(mistyped.left.code)) found.set(mistyped.left.code, mistyped.left);
  return found;
}

describe('every refusal says what this actor can do next (issue 10 item 10)', () => {
  const refusals = realRefusals();

  it('the walk reaches every code', () => {
    expect([...refusals.keys()].sort()).toEqual([...CODES].sort());
  });

  it.each(CODES)('%s names an action in every locale, with every parameter filled in', (code) => {
    const v = refusals.get(code);
    expect(v).toBeDefined();
    if (v === undefined) return;
    for (const locale of LOCALES) {
      const text = formatViolation(v, locale);
      expect(namesAnAction(text), `${locale}: ${text}`).toBe(true);
      expect(text, locale).not.toMatch(/\{\w+\}|—/);
    }
  });
});

describe('refusals that used to mislead', () => {
  it('a receipt of another inquiry against this state is a mismatch, not a second receipt', () => {
    spec([received({ by: guard })])
      .when(receive({ by: clerk, inquiryId: 'INQ-2' }))
      .thenRefused({ code: 'INQUIRY_MISMATCH', rule: null, field: 'data.inquiryId' });
  });

  it('a second receipt of a closed inquiry says to reopen it, not to hand it over', () => {
    const refusal = spec([received({ by: guard }), demandDeclined({ by: guard, at: minute(5) })])
      .when(receive({ by: clerk, at: minute(10) }))
      .thenRefused({ code: 'INQUIRY_ALREADY_RECEIVED' });
    expect(refusal.message).toContain('ReopenInquiry');
    expect(refusal.message).not.toContain('TransferInquiry');
  });

  it('NOT_A_LEADER says what makes someone a leader, and what to do instead', () => {
    const open = [received({ by: guard })];
    for (const command of [
      escalate({ by: guard, leader: plumber, at: minute(5) }),
      reassign({ by: clerk, to: plumber, at: minute(5) }),
      nameHandler({ by: clerk, at: minute(5) }),
    ]) {
      const refusal = spec(open).when(command).thenRefused({ code: 'NOT_A_LEADER', rule: 'FI-08' });
      expect(refusal.message).toContain('leader: true');
      expect(namesAnAction(refusal.message)).toBe(true);
    }
  });

  it('LIABILITY_NOT_CLASSIFIED names ClassifyLiability', () => {
    const refusal = spec([received({ by: guard })])
      .when(resolve({ by: guard, at: minute(5) }))
      .thenRefused({ code: 'LIABILITY_NOT_CLASSIFIED' });
    expect(refusal.message).toContain('ClassifyLiability');
    expect(formatViolation(refusal, 'zh-CN')).toContain('ClassifyLiability');
  });
});
