import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { InquiryEvent } from '../../src/inquiry/events';
import { keptTimelines } from '../../src/log/audit-log';
import { supervisorFold, type SupervisorFoldOptions } from '../../src/supervision/supervisor';
import { generateEvents } from '../../scripts/generate-log';
import { corrupt, corruption } from '../support/corrupt-log';
import { received, reopened, resolved, transferred } from '../support/events';
import { clerk, guard, plumber } from '../support/staff';
import { minute } from '../support/time';

// `chainsShownByInquiryOrder` lets the fold stop keeping chains that the audit report cannot show
// (it shows the first `chainLimit` inquiries with findings, in inquiry order). Whatever it passes
// over, the chains the report picks must be exactly those it picks without the option.

function shown(events: readonly InquiryEvent[], asOf: string, options: SupervisorFoldOptions) {
  const { supervisor } = supervisorFold(undefined, options);
  for (const e of events) supervisor.add(e);
  const findings = supervisor.findings(asOf);
  const chains = supervisor.chains();
  // The report's own choice, and its count of what it left out.
  const picked = keptTimelines(chains, findings, options.chainLimit ?? Number.POSITIVE_INFINITY, supervisor.counts().inquiries);
  return { picked, held: chains.length, findings, holdings: supervisor.holdings(), staff: supervisor.staff(asOf, findings) };
}

describe('a supervisor keeping only the chains a report can show', () => {
  test.prop(
    [
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.array(corruption, { maxLength: 6 }),
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 0, max: 10 * 24 }),
    ],
    { numRuns: 60 },
  )('picks the same chains, and every other view is unchanged', (seed, corruptions, chainLimit, hoursLater) => {
    const events = corruptions.reduce(corrupt, [...generateEvents({ events: 600, seed })]);
    const last = Math.max(...events.map((e) => Date.parse(e.data.at)));
    const asOf = new Date(last + hoursLater * 3_600_000).toISOString();
    const base: SupervisorFoldOptions = { releaseClosedPositions: true, chains: true, chainLimit };
    const all = shown(events, asOf, base);
    const fewer = shown(events, asOf, { ...base, chainsShownByInquiryOrder: true });
    expect(fewer.picked).toEqual(all.picked);
    expect(fewer.findings).toEqual(all.findings);
    expect(fewer.holdings).toEqual(all.holdings);
    expect(fewer.staff).toEqual(all.staff);
    expect(fewer.held).toBeLessThanOrEqual(all.held);
  });

  it('keeps extending the chain of the greatest inquiry in the full limit when it is reopened', () => {
    // Given a limit of one, filled by INQ-B (closed with a finding: a handover by someone who did
    // not hold it), and INQ-C received after it (greater id, passed over);
    const events = [
      received({ inquiryId: 'INQ-B', by: guard, at: minute(0) }),
      transferred({ inquiryId: 'INQ-B', by: clerk, to: plumber, at: minute(1) }),
      resolved({ inquiryId: 'INQ-B', by: plumber, at: minute(2) }),
      received({ inquiryId: 'INQ-C', by: guard, at: minute(3) }),
      // when INQ-B is reopened and handed on again,
      reopened({ inquiryId: 'INQ-B', by: guard, at: minute(4) }),
      transferred({ inquiryId: 'INQ-B', by: guard, to: plumber, at: minute(5) }),
    ];
    const base: SupervisorFoldOptions = { releaseClosedPositions: true, chains: true, chainLimit: 1 };
    const all = shown(events, minute(6), base);
    const fewer = shown(events, minute(6), { ...base, chainsShownByInquiryOrder: true });
    // then its chain has every stage, as without the option, and INQ-C's was never kept.
    expect(all.picked.timelines.map((t) => [t.inquiryId, t.stages.length])).toEqual([['INQ-B', 4]]);
    expect(fewer.picked).toEqual(all.picked);
    expect(fewer.held).toBe(1);
  });

  test.prop([fc.integer({ min: 1, max: 1_000_000 })], { numRuns: 5 })('holds fewer chains once the limit is full', (seed) => {
    const events = [...generateEvents({ events: 6000, seed })];
    const asOf = events[events.length - 1]?.data.at ?? '';
    const base: SupervisorFoldOptions = { releaseClosedPositions: true, chains: true, chainLimit: 5 };
    const all = shown(events, asOf, base);
    const fewer = shown(events, asOf, { ...base, chainsShownByInquiryOrder: true });
    expect(fewer.picked).toEqual(all.picked);
    expect(fewer.held).toBeLessThan(all.held);
  });
});
