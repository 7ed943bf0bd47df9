import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { InquiryEvent } from '../../src/inquiry/events';
import type { StageChain } from '../../src/supervision/stage-chains';
import { supervisorFold, type SupervisorFoldOptions } from '../../src/supervision/supervisor';
import { generateEvents } from '../../scripts/generate-log';
import { corrupt, corruption } from '../support/corrupt-log';

// `chainsShownByInquiryOrder` lets the fold stop keeping chains that the audit report cannot show
// (it shows the first `chainLimit` inquiries with findings, in inquiry order). Whatever it passes
// over, the chains the report picks must be exactly those it picks without the option.

function shown(events: readonly InquiryEvent[], asOf: string, options: SupervisorFoldOptions) {
  const { supervisor } = supervisorFold(undefined, options);
  for (const e of events) supervisor.add(e);
  const findings = supervisor.findings(asOf);
  const flagged = new Set(findings.map((f) => f.inquiryId));
  const limit = options.chainLimit ?? Number.POSITIVE_INFINITY;
  // The report's choice (docs/auditing.md): with findings first, then quiet ones, each in id order.
  const chains = supervisor.chains();
  const first = chains.filter((c) => flagged.has(c.inquiryId)).slice(0, limit);
  const quiet = chains.filter((c) => !flagged.has(c.inquiryId)).slice(0, Math.max(0, limit - first.length));
  const picked: StageChain[] = [...first, ...quiet];
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
