import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { audit } from '../../src/supervision/audit';
import { deadlineBoard } from '../../src/supervision/deadlines';
import { holdings } from '../../src/supervision/holdings';
import { stageChains } from '../../src/supervision/stage-chains';
import { staffRecords } from '../../src/supervision/staff-records';
import { supervise } from '../../src/supervision/supervisor';
import { generateEvents } from '../../scripts/generate-log';

// FI-17: the one-pass supervisor gives what each view gives on its own, whatever the interleaving,
// however often closed inquiries are released along the way.

const seed = fc.integer({ min: 1, max: 1_000_000 });

describe('supervise: every view in one pass over the lifecycle', () => {
  test.prop([seed, fc.integer({ min: 0, max: 5 * 24 }), fc.integer({ min: 1, max: 200 })], { numRuns: 20 })(
    'findings, holdings, deadlines, chains and staff records equal the separate projections',
    (s, hoursLater, releaseEvery) => {
      const events = [...generateEvents({ events: 400, seed: s })];
      const last = Math.max(...events.map((e) => Date.parse(e.data.at)));
      const asOf = new Date(last + hoursLater * 3_600_000).toISOString();
      const report = supervise(events, asOf, undefined, { chains: true, releaseEvery });
      const findings = audit(events, asOf);
      expect(report.findings).toEqual(findings);
      expect(report.holdings).toEqual(holdings(events));
      expect(report.deadlines).toEqual(deadlineBoard(events, asOf));
      expect(report.chains).toEqual(stageChains(events));
      expect(report.staff).toEqual(staffRecords(events, findings));
      expect(report.eventsAfterAsOf).toBe(0);
    },
  );

  test.prop([seed], { numRuns: 10 })('events after asOf are left out and counted', (s) => {
    const events = [...generateEvents({ events: 200, seed: s })];
    const cut = events[100]?.data.at ?? '';
    const report = supervise(events, cut);
    const kept = events.filter((e) => Date.parse(e.data.at) <= Date.parse(cut));
    expect(report.eventsAfterAsOf).toBe(events.length - kept.length);
    expect(report.holdings).toEqual(holdings(kept));
  });
});
