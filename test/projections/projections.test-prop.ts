import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { audit } from '../../src/supervision/audit';
import { fold } from '../../src/inquiry/decider';
import type { InquiryEvent } from '../../src/inquiry/events';
import { deadlineBoard } from '../../src/supervision/deadlines';
import { holdings } from '../../src/supervision/holdings';
import { stageChains } from '../../src/supervision/stage-chains';
import { generateEvents } from '../../scripts/generate-log';

// FI-17: the supervision views agree with the core state and with the audit, on logs of the synthetic
// desk (many inquiries interleaved, every event accepted by decide).

const seed = fc.integer({ min: 1, max: 1_000_000 });
const log = (s: number) => [...generateEvents({ events: 500, seed: s })];

function states(events: readonly InquiryEvent[]) {
  const groups = new Map<string, InquiryEvent[]>();
  for (const e of events) groups.set(e.data.inquiryId, [...(groups.get(e.data.inquiryId) ?? []), e]);
  return [...groups.entries()].map(([id, own]) => [id, fold(own)] as const);
}

describe('supervision views agree with the core and the audit', () => {
  test.prop([seed], { numRuns: 15 })('who holds what is each open inquiry’s responsible person', (s) => {
    const events = log(s);
    const fromView = holdings(events)
      .byPerson.flatMap((p) => p.inquiries.map((i) => `${i.inquiryId}:${p.staff.id}`))
      .sort();
    const fromState = states(events)
      .flatMap(([id, st]) => (st.status === 'open' ? [`${id}:${st.responsible.id}`] : []))
      .sort();
    expect(fromView).toEqual(fromState);
  });

  test.prop([seed], { numRuns: 15 })('each chain of stages is the stages of the folded state', (s) => {
    const events = log(s);
    const byId = new Map(states(events));
    for (const chain of stageChains(events)) {
      const st = byId.get(chain.inquiryId);
      expect(st?.status !== 'none' && st?.stages).toEqual(chain.stages.map(({ movedBy: _, ...stage }) => stage));
    }
  });

  test.prop([seed, fc.integer({ min: 0, max: 10 * 24 })], { numRuns: 15 })(
    'the overdue list is exactly the open inquiries with an OVERDUE finding since their receipt or last reopening',
    (s, hoursLater) => {
      const events = log(s);
      const last = Math.max(...events.map((e) => Date.parse(e.data.at)));
      const asOf = new Date(last + hoursLater * 3_600_000).toISOString();
      const board = deadlineBoard(events, asOf)
        .overdue.map((e) => e.inquiryId)
        .sort();
      const findings = audit(events, asOf).filter((f) => f.code === 'OVERDUE');
      const expected = states(events).flatMap(([id, st]) => {
        if (st.status !== 'open') return [];
        const episodeStart = Date.parse(
          [...st.stages].reverse().find((g) => g.startedBy === 'received' || g.startedBy === 'reopened')?.from ?? '',
        );
        return findings.some((f) => f.inquiryId === id && Date.parse(f.arisenAt) > episodeStart) ? [id] : [];
      });
      expect(board).toEqual(expected.sort());
    },
  );
});
