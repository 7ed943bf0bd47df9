import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { audit } from '../../src/supervision/audit';
import { createAuditor } from '../../src/supervision/auditor';
import { compareFindings, sortFindings, type Finding } from '../../src/supervision/finding';
import { definePolicy } from '../../src/policy/policy';
import { fold } from '../../src/inquiry/decider';
import type { InquiryEvent } from '../../src/inquiry/events';
import { generateEvents } from '../../scripts/generate-log';

// Laws of the audit on logs of the synthetic desk (every event accepted by decide, many
// inquiries interleaved), under both accountability models.

const log = (seed: number) => [...generateEvents({ events: 600, seed })];
const asOfAfter = (events: readonly InquiryEvent[]) =>
  new Date(Math.max(...events.map((e) => Date.parse(e.data.at))) + 3 * 86_400_000).toISOString();
const policies = [definePolicy(), definePolicy({ accountability: 'first-responder-retains' })];

function byInquiry(events: readonly InquiryEvent[]): Map<string, InquiryEvent[]> {
  const groups = new Map<string, InquiryEvent[]>();
  for (const e of events) groups.set(e.data.inquiryId, [...(groups.get(e.data.inquiryId) ?? []), e]);
  return groups;
}

describe('audit laws', () => {
  test.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(...policies)], { numRuns: 15 })(
    'auditing the whole log equals auditing each inquiry alone',
    (seed, policy) => {
      const events = log(seed);
      const asOf = asOfAfter(events);
      const alone: Finding[] = [...byInquiry(events).values()].flatMap((own) => [...audit(own, asOf, policy)]);
      expect(audit(events, asOf, policy)).toEqual(alone.sort(compareFindings));
    },
  );

  test.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.nat(), { minLength: 50, maxLength: 50 })], { numRuns: 15 })(
    'any interleaving that keeps each inquiry’s order gives the same findings',
    (seed, picks) => {
      const events = log(seed);
      const queues = [...byInquiry(events).values()].map((q) => [...q]);
      const shuffled: InquiryEvent[] = [];
      for (let i = 0; queues.some((q) => q.length > 0); i += 1) {
        const open = queues.filter((q) => q.length > 0);
        const next = open[(picks[i % picks.length] ?? 0) % open.length]?.shift();
        if (next !== undefined) shuffled.push(next);
      }
      const asOf = asOfAfter(events);
      expect(audit(shuffled, asOf)).toEqual(audit(events, asOf));
    },
  );

  test.prop([fc.integer({ min: 1, max: 1_000_000 })], { numRuns: 15 })(
    'a finding names the holder of its stage, or under first-responder-retains whoever received or last reopened the matter by then',
    (seed) => {
      const events = log(seed);
      const asOf = asOfAfter(events);
      const stagesOf = new Map(
        [...byInquiry(events)].map(([id, own]) => {
          const state = fold(own);
          return [id, state.status === 'none' ? [] : state.stages] as const;
        }),
      );
      const [discharges, retains] = policies.map((p) => audit(events, asOf, p));
      for (const f of discharges ?? []) {
        expect(f.accountable).toEqual(stagesOf.get(f.inquiryId)?.[f.stage]?.holder);
        expect(f.holder).toEqual(f.accountable);
      }
      for (const f of retains ?? []) {
        const episode = stagesOf
          .get(f.inquiryId)
          ?.slice(0, f.stage + 1)
          .reverse()
          .find((s) => s.startedBy === 'received' || s.startedBy === 'reopened');
        expect(f.accountable).toEqual(episode?.holder);
        expect(f.holder).toEqual(stagesOf.get(f.inquiryId)?.[f.stage]?.holder);
      }
      expect(retains?.map((f) => [f.code, f.inquiryId, f.arisenAt])).toEqual(discharges?.map((f) => [f.code, f.inquiryId, f.arisenAt]));
    },
  );

  test.prop([fc.integer({ min: 1, max: 1_000_000 })], { numRuns: 15 })(
    'releasing inquiries as soon as they close loses no finding',
    (seed) => {
      const events = log(seed);
      const asOf = asOfAfter(events);
      const auditor = createAuditor();
      const released: Finding[] = [];
      for (const event of events) {
        auditor.add(event);
        for (const id of auditor.closed()) released.push(...(auditor.release(id)?.findings ?? []));
      }
      expect([...released, ...auditor.findings(asOf)].sort(compareFindings)).toEqual(audit(events, asOf));
      expect(auditor.problems()).toEqual([]);
    },
  );
});

describe('sortFindings', () => {
  // The auditor sorts on instants counted once; the order must be compareFindings' own, with
  // instants written in different offsets, ties broken by inquiry, stage and code, and equal
  // findings left in their order (both sorts are stable).
  const instants = [
    '2026-05-04T09:00:00+08:00',
    '2026-05-04T01:00:00Z',
    '2026-05-04T01:00:00.000Z',
    '2026-05-04T09:00:00.001+08:00',
    '2026-05-03T20:00:00-05:00',
    '2026-05-04T09:30:00+08:00',
  ];
  const finding = fc.record({
    arisenAt: fc.constantFrom(...instants),
    inquiryId: fc.constantFrom('INQ-1', 'INQ-2', 'INQ-10'),
    stage: fc.integer({ min: 0, max: 3 }),
    code: fc.constantFrom('OVERDUE', 'INACTION', 'PROMISE_MISSED'),
    tag: fc.nat(),
  });
  test.prop([fc.array(finding, { maxLength: 60 })], { numRuns: 300 })('orders findings as compareFindings does', (list) => {
    const findings = list as unknown as Finding[];
    expect(sortFindings([...findings])).toEqual([...findings].sort(compareFindings));
  });
});
