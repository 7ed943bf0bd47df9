import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { decodeEvent, replay as fold, type InquiryEvent, type InquiryState } from '../../src/index';
import { runAll, runScenario, type ScenarioRun, type StepOutcome } from '../../examples/runner';
import { scenarios, type Scenario } from '../../examples/scenarios';
import { EXAMPLE_TEXTS, exampleLocale } from '../../examples/texts';
import { ENGLISH_PHRASE, HAN, wordsOf } from './chinese';
import { LOCALES } from '../../src/index';

const run = promisify(execFile);

function scenario(id: string): Scenario {
  const found = scenarios.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found;
}

function refusals(r: ScenarioRun): Array<{ code: string; rule: string | null }> {
  return r.outcomes.flatMap((o) => (o.result.kind === 'refused' ? [{ code: o.result.violation.code, rule: o.result.violation.rule }] : []));
}

function closed(state: InquiryState) {
  if (state.status !== 'closed') throw new Error(`expected a closed inquiry, got ${state.status}`);
  return state;
}

function eventsOfType<T extends InquiryEvent['type']>(r: ScenarioRun, type: T): Array<Extract<InquiryEvent, { type: T }>> {
  return r.events.filter((e): e is Extract<InquiryEvent, { type: T }> => e.type === type);
}

function stepAccepting(r: ScenarioRun, type: InquiryEvent['type']): StepOutcome {
  const step = r.outcomes.find((o) => o.result.kind === 'accepted' && o.result.events.some((e) => e.type === type));
  if (step === undefined) throw new Error(`no step produced ${type}`);
  return step;
}

describe('the example scenarios', () => {
  it('are the stories of the seed, with distinct ids', () => {
    expect(scenarios.map((s) => s.id)).toEqual(
      expect.arrayContaining(['water-leak', 'renovation-permit', 'absent-handler', 'unreasonable-demand', 'unclear-letter']),
    );
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: is about one inquiry, with fixed +08:00 instants in order, and cites the seed',
    (_id, s) => {
      const ids = new Set(s.steps.map((step) => step.command.data.inquiryId));
      expect(ids.size).toBe(1);
      const times = s.steps.map((step) => step.command.data.at);
      for (const at of times) expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect([...times].sort()).toEqual(times);
      expect(s.seedPassage).toMatch(/篇\d/);
    },
  );

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: shows at least one rule refusing a step; every other step is accepted with one event',
    (_id, s) => {
      const r = runScenario(s);
      expect(refusals(r).length).toBeGreaterThan(0);
      expect(refusals(r).every((v) => v.rule !== null)).toBe(true);
      expect(r.events).toHaveLength(s.steps.length - refusals(r).length);
    },
  );

  it('between them, make each of FI-02, FI-06 to FI-12, FI-14 and FI-15 refuse at least one step', () => {
    const bitten = new Set(scenarios.flatMap((s) => refusals(runScenario(s)).map((v) => v.rule)));
    for (const rule of ['FI-02', 'FI-06', 'FI-07', 'FI-08', 'FI-09', 'FI-10', 'FI-11', 'FI-12', 'FI-14', 'FI-15'])
      expect(bitten, rule).toContain(rule);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: accepted events are valid stored events and replay to the same state',
    (_id, s) => {
      const r = runScenario(s);
      for (const e of r.events) expect(E.isRight(decodeEvent(JSON.parse(JSON.stringify(e))))).toBe(true);
      expect(fold(r.events)).toEqual(r.state);
    },
  );
});

describe('water leak reported to a security guard', () => {
  const r = runScenario(scenario('water-leak'));

  it('makes the guard, not the service desk, the responsible person at once (FI-01)', () => {
    expect(r.outcomes[0]?.result.kind).toBe('accepted');
    expect(r.outcomes[0]?.responsible).toMatchObject({ name: 'Wang Wei', department: 'security' });
  });

  it('refuses a handover without a note (FI-07), a follow-up by the former holder (FI-02), and resolving before liability is classified (FI-12)', () => {
    expect(refusals(r)).toEqual([
      { code: 'HANDOVER_NOTE_REQUIRED', rule: 'FI-07' },
      { code: 'NOT_RESPONSIBLE', rule: 'FI-02' },
      { code: 'LIABILITY_NOT_CLASSIFIED', rule: 'FI-12' },
    ]);
  });

  it('passes responsibility to the plumber with the handover, carrying the intent (FI-04, FI-07)', () => {
    const [handover] = eventsOfType(r, 'InquiryTransferred');
    expect(handover?.data.to.name).toBe('Li Na');
    expect(handover?.data.note.trim()).not.toBe('');
    expect(handover?.data.intent).toContain('3-1202');
  });

  it('ends resolved, with the renovation contractor liable and the chain guard -> plumber', () => {
    const final = closed(r.state);
    expect(final.outcome).toBe('resolved');
    expect(final.liability).toBe('renovation-contractor');
    expect(final.stages.map((s) => s.holder.name)).toEqual(['Wang Wei', 'Li Na']);
    expect(eventsOfType(r, 'InquiryResolved')[0]?.data.by.name).toBe('Li Na');
  });
});

describe('renovation permit with missing papers', () => {
  const r = runScenario(scenario('renovation-permit'));

  it('refuses an empty notice (FI-06) and a promise dated in the past (FI-11)', () => {
    expect(refusals(r)).toEqual([
      { code: 'NOTICE_ITEMS_REQUIRED', rule: 'FI-06' },
      { code: 'PROMISE_DEADLINE_REQUIRED', rule: 'FI-11' },
    ]);
  });

  it('tells everything missing in exactly one notice, and promises a definite date', () => {
    const notices = eventsOfType(r, 'MissingMaterialsNotified');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.data.items.length).toBeGreaterThanOrEqual(2);
    expect(eventsOfType(r, 'ReplyPromised')[0]?.data.deadline).toBe('2026-05-08T17:00:00+08:00');
  });

  it('grants the permit before the promised time, with the desk clerk responsible throughout', () => {
    const final = closed(r.state);
    expect(final.outcome).toBe('resolved');
    expect(final.stages.map((s) => s.holder.name)).toEqual(['Chen Jing']);
    expect(final.missingItems).toEqual(eventsOfType(r, 'MissingMaterialsNotified')[0]?.data.items);
    const resolvedAt = eventsOfType(r, 'InquiryResolved')[0]?.data.at ?? '';
    expect(Date.parse(resolvedAt)).toBeLessThan(Date.parse('2026-05-08T17:00:00+08:00'));
  });
});

describe('competent handler absent', () => {
  const r = runScenario(scenario('absent-handler'));

  it('refuses a handover to the off-duty electrician, an escalation to a non-leader, and a handover to someone other than the named handler (FI-08)', () => {
    expect(refusals(r)).toEqual([
      { code: 'HANDLER_OFF_DUTY', rule: 'FI-08' },
      { code: 'NOT_A_LEADER', rule: 'FI-08' },
      { code: 'NAMED_HANDLER_REQUIRED', rule: 'FI-08' },
    ]);
  });

  it('keeps the matter with the clerk while the leader is asked and names a handler (先行接收)', () => {
    expect(stepAccepting(r, 'InquiryEscalated').responsible?.name).toBe('Zhang Li');
    expect(stepAccepting(r, 'HandlerNamed').responsible?.name).toBe('Zhang Li');
    expect(eventsOfType(r, 'HandlerNamed')[0]?.data.by.name).toBe('Zhou Qiang');
  });

  it('hands on promptly to exactly the named handler, who becomes responsible and resolves it', () => {
    const named = eventsOfType(r, 'HandlerNamed')[0];
    const handover = eventsOfType(r, 'InquiryTransferred')[0];
    expect(handover?.data.to.id).toBe(named?.data.handler.id);
    expect(handover?.data.reason).toBe('named-handler');
    const minutes = (Date.parse(handover?.data.at ?? '') - Date.parse(named?.data.at ?? '')) / 60_000;
    expect(minutes).toBeGreaterThanOrEqual(0);
    expect(minutes).toBeLessThanOrEqual(5);
    const final = closed(r.state);
    expect(final.stages.map((s) => s.holder.name)).toEqual(['Zhang Li', 'Sun Hao']);
    expect(final.liability).toBe('natural-causes');
  });
});

describe('unreasonable demand declined tactfully', () => {
  const r = runScenario(scenario('unreasonable-demand'));

  it('refuses "不归我管" (FI-10) and a decline without reasons (FI-14)', () => {
    expect(refusals(r)).toEqual([
      { code: 'FORBIDDEN_PHRASE', rule: 'FI-10' },
      { code: 'DECLINE_EXPLANATION_REQUIRED', rule: 'FI-14' },
    ]);
    const phrase = r.outcomes.find((o) => o.result.kind === 'refused' && o.result.violation.code === 'FORBIDDEN_PHRASE');
    expect(phrase?.result.kind === 'refused' && phrase.result.violation.message).toContain('不归我管');
  });

  it('closes the inquiry as declined with an explanation, leaving nobody responsible', () => {
    const declined = stepAccepting(r, 'DemandDeclined');
    expect(declined.responsible).toBeNull();
    expect(eventsOfType(r, 'DemandDeclined')[0]?.data.explanation.trim().length).toBeGreaterThan(20);
  });

  it('reopens with whoever takes the matter again as the responsible person of a new stage, and ends resolved', () => {
    expect(stepAccepting(r, 'InquiryReopened').responsible?.name).toBe('Wang Wei');
    const final = closed(r.state);
    expect(final.outcome).toBe('resolved');
    expect(final.stages.map((s) => [s.holder.name, s.startedBy, s.endedBy])).toEqual([
      ['Chen Jing', 'received', 'declined'],
      ['Wang Wei', 'reopened', 'resolved'],
    ]);
  });
});

describe('unclear letter put off to the next stage', () => {
  const r = runScenario(scenario('unclear-letter'));

  it('refuses a promise on an unclear matter with no way to reach the requester (FI-15), and a deferral without contact details (FI-09)', () => {
    expect(refusals(r)).toEqual([
      { code: 'CONTACT_REQUIRED_FOR_UNCLEAR', rule: 'FI-15' },
      { code: 'CONTACT_REQUIRED_FOR_DEFERRAL', rule: 'FI-09' },
    ]);
  });

  it('hands the matter on as deferred only after the contact is recorded; the engineer is responsible for the next stage', () => {
    const contact = eventsOfType(r, 'ContactRecorded')[0];
    const handover = eventsOfType(r, 'InquiryTransferred')[0];
    expect(handover?.data.reason).toBe('deferred');
    expect(Date.parse(contact?.data.at ?? '')).toBeLessThan(Date.parse(handover?.data.at ?? ''));
    expect(stepAccepting(r, 'InquiryTransferred').responsible?.name).toBe('Li Na');
    expect(eventsOfType(r, 'ReplyPromised')[0]?.data.by.name).toBe('Li Na');
  });

  it('ends resolved with the developer liable and a chain of two responsible persons', () => {
    const final = closed(r.state);
    expect(final.liability).toBe('developer-legacy');
    expect(final.requester.contact).toContain('136 0004 0905');
    expect(final.stages.map((s) => [s.holder.name, s.startedBy, s.endedBy])).toEqual([
      ['Chen Jing', 'received', 'handover'],
      ['Li Na', 'handover', 'resolved'],
    ]);
  });
});

describe('npm run examples', () => {
  const { runs, lines } = runAll();

  it('prints each step: narration, accepted events or the refusal with its rule, and who is responsible', () => {
    const steps = runs.reduce((n, x) => n + x.outcomes.length, 0);
    expect(lines.filter((l) => /^ \d+\. /.test(l))).toHaveLength(steps);
    expect(lines.filter((l) => l.startsWith('    responsible: '))).toHaveLength(steps);
    expect(lines).toContain('    responsible: Sun Hao (engineering)');
    expect(lines.some((l) => l.startsWith('    REFUSED HANDLER_OFF_DUTY (FI-08): Liu Yang is not at their post.'))).toBe(true);
    expect(lines.some((l) => l.startsWith('    REFUSED FORBIDDEN_PHRASE (FI-10): '))).toBe(true);
    expect(lines).toContain(
      '   final: closed (resolved); chain of responsible persons: Zhang Li (customer-service) -> Sun Hao (engineering)',
    );
  });

  it('runs from the command line, prints the same lines and exits 0', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'examples/run-all.ts'], { cwd: process.cwd() });
    expect(stdout.trimEnd().split('\n')).toEqual(lines);
  });
});

describe('the examples in Chinese (npm run examples -- --lang zh-CN, or a Chinese LANG)', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s: its title and every narration are told in each language', (_id, s) => {
    for (const words of [s.title, ...s.steps.map((step) => step.narration)]) {
      for (const locale of LOCALES) expect(words[locale].trim(), `${s.id} ${locale}`).not.toBe('');
      for (const locale of ['zh-CN', 'zh-TW'] as const) {
        expect(words[locale]).toMatch(HAN);
        expect(wordsOf(words[locale]), words[locale]).not.toMatch(ENGLISH_PHRASE);
      }
      expect(words['zh-CN']).not.toBe(words.en);
    }
  });

  it.each(['zh-CN', 'zh-TW'] as const)(
    '%s: every printed line is Chinese but for names, ids and codes; the decisions are the same',
    (locale) => {
      const zh = runAll(scenarios, locale);
      const en = runAll(scenarios, 'en');
      expect(zh.lines).toHaveLength(en.lines.length);
      expect(zh.runs.map((r) => r.events)).toEqual(en.runs.map((r) => r.events));
      for (const line of zh.lines) expect(wordsOf(line), line).not.toMatch(ENGLISH_PHRASE);
      expect(zh.lines.filter((l) => l.startsWith(`    ${EXAMPLE_TEXTS[locale].refused} `))).toHaveLength(
        en.lines.filter((l) => l.startsWith('    REFUSED ')).length,
      );
      expect(zh.lines.some((l) => l.includes('HANDLER_OFF_DUTY (FI-08)：') && HAN.test(l))).toBe(true);
    },
  );

  it('the check above finds the English of the English lines', () => {
    expect(runAll(scenarios, 'en').lines.filter((l) => ENGLISH_PHRASE.test(wordsOf(l))).length).toBeGreaterThan(40);
  });

  it('takes --lang or --lang=, else the environment’s language, else English; names an unknown one', () => {
    expect(exampleLocale(['--lang', 'zh-TW'], {})).toBe('zh-TW');
    expect(exampleLocale(['--lang=zh-CN'], { LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(exampleLocale([], { LANG: 'zh_TW.UTF-8' })).toBe('zh-TW');
    expect(exampleLocale([], {})).toBe('en');
    expect(() => exampleLocale(['--lang', 'fr'], {})).toThrow('--lang must be one of en, zh-CN, zh-TW (got fr)');
    expect(() => exampleLocale(['--lang'], { LANG: 'zh_CN.UTF-8' })).toThrow('--lang 只能是 en、zh-CN、zh-TW（实际为 空）');
  });

  it('runs from the command line in Chinese and exits 0; an unknown --lang exits 2 with one line', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'examples/run-all.ts', '--lang', 'zh-CN'], { cwd: process.cwd() });
    expect(stdout.trimEnd().split('\n')).toEqual(runAll(scenarios, 'zh-CN').lines);
    const bad = await run(process.execPath, ['--import', 'tsx', 'examples/run-all.ts', '--lang', 'fr'], { cwd: process.cwd() }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad).toMatchObject({ code: 2, stderr: '--lang must be one of en, zh-CN, zh-TW (got fr)\n' });
  });
});
