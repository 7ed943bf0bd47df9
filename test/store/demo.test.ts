import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDemo, type DemoRun } from '../../examples/demo';
import { runScenario } from '../../examples/runner';
import { scenarios } from '../../examples/scenarios';
import { openPgliteEventStore } from '../../src/store/pglite';
import { readAllEvents, rightOf } from './support/contract';
import { ENGLISH_PHRASE, HAN, wordsOf } from '../examples/chinese';

const dataDir = mkdtempSync(join(tmpdir(), 'first-inquiry-demo-'));
let run: DemoRun;

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run demo', () => {
  it('stores, through the command handler on PGlite, exactly the events the pure decider gives for every scenario', async () => {
    run = await runDemo(dataDir);
    for (const scenario of scenarios) {
      const inquiryId = scenario.steps[0]!.command.data.inquiryId;
      const stored = run.events.filter((e) => e.streamId === inquiryId);
      expect(
        stored.map((e) => e.event),
        scenario.id,
      ).toEqual(runScenario(scenario).events);
      expect(stored.map((e) => e.version)).toEqual(stored.map((_, i) => i + 1));
      expect(new Set(stored.map((e) => e.metadata.correlationId))).toEqual(new Set([scenario.id]));
    }
    expect(run.refused).toBeGreaterThan(0);
  });

  it('shows a double-submitted form appending nothing', () => {
    expect(run.duplicates).toBe(1);
    expect(run.lines.join('\n')).toMatch(/submitted again → duplicate, nothing appended/);
  });

  it('prints the supervision view and the audit findings with the rule and the answerable person', () => {
    const text = run.lines.join('\n');
    expect(text).toContain('Supervision as of 2026-05-15T12:00:00+08:00 (FI-17)');
    expect(text).toMatch(/• .+ \(\S+\) holds INQ-\S+ \[\S+\] since /);
    expect(text).toMatch(/• overdue: INQ-\S+ \[\S+\], due \S+, answerable: /);
    expect(text).toMatch(/• INQ-\S+ \[open\]: .+ \(received\) → /);
    expect(text).toMatch(/• FI-05 OVERDUE INQ-\S+ stage \d+, answerable: /);
    expect(text).toMatch(/Accountability \(FI-16\): .* — FI-\d\d × \d/);
  });

  it.each(['zh-CN', 'zh-TW'] as const)(
    'in %s (npm run demo -- --lang, or a Chinese LANG): the same events and boards, every line Chinese but for names, ids and codes',
    async (locale) => {
      const zhDir = mkdtempSync(join(tmpdir(), `first-inquiry-demo-${locale}-`));
      try {
        const zh = await runDemo(zhDir, locale);
        expect(zh.events.map((e) => e.event)).toEqual(run.events.map((e) => e.event));
        expect([zh.accepted, zh.refused, zh.duplicates]).toEqual([run.accepted, run.refused, run.duplicates]);
        expect(zh.persisted).toEqual(run.persisted);
        expect(zh.lines).toHaveLength(run.lines.length);
        for (const line of zh.lines) expect(wordsOf(line.split(zhDir).join(' ')), line).not.toMatch(ENGLISH_PHRASE);
        expect(zh.lines.filter((l) => HAN.test(l)).length).toBeGreaterThan(run.lines.length * 0.8);
        expect(run.lines.filter((l) => ENGLISH_PHRASE.test(wordsOf(l.split(dataDir).join(' ')))).length).toBeGreaterThan(40);
      } finally {
        rmSync(zhDir, { recursive: true, force: true });
      }
    },
  );

  it('leaves the events in the data directory, readable after the demo closed it', async () => {
    const reopened = rightOf(await openPgliteEventStore({ dataDir }));
    expect((await readAllEvents(reopened)).map((e) => e.event)).toEqual(run.events.map((e) => e.event));
    await reopened.close();
  });
});
