import { describe, expect, it } from 'vitest';
import { HTML_TIMELINE_LIMIT, auditEventLog } from '../../src/log/audit-log';
import { auditHtml } from '../../src/cli/report/html';
import { createSupervisor } from '../../src/supervision/supervisor';
import { generateEvents } from '../../scripts/generate-log';
import { logFile, run } from './support';
import { received, reopened, resolved } from '../support/events';

// A big log's HTML report shows a bounded number of timelines (inquiries with findings first) and
// counts the rest; the audit keeps the chains of closed inquiries only under that limit, so its
// memory follows the open inquiries, not the log.

const events = [...generateEvents({ events: 6000, seed: 7 })];
const lines = events.map((e) => JSON.stringify(e));
const asOf = '2027-06-30T18:00:00+08:00';

describe('a bounded timeline report', () => {
  it('keeps at most the limit, those with findings first, and counts every one left out', async () => {
    const all = await auditEventLog(lines, { asOf, timelines: true });
    const bounded = await auditEventLog(lines, { asOf, timelines: true, timelineLimit: 25 });
    const flagged = new Set(all.findings.map((f) => f.inquiryId));
    expect(all.timelines?.length).toBe(all.inquiries);
    expect(flagged.size).toBeGreaterThan(25);

    expect(bounded.timelines?.length).toBe(25);
    expect(bounded.timelines?.every((t) => flagged.has(t.inquiryId))).toBe(true);
    const left = bounded.timelinesLeftOut;
    expect(left).toBeDefined();
    expect((left?.withFindings ?? 0) + (left?.withoutFindings ?? 0) + 25).toBe(all.inquiries);
    expect(left?.withoutFindings).toBe(all.inquiries - flagged.size);
    // Each kept timeline is the whole chain, as the unbounded report has it; findings are unchanged.
    const byId = new Map(all.timelines?.map((t) => [t.inquiryId, t]));
    for (const t of bounded.timelines ?? []) expect(t).toEqual(byId.get(t.inquiryId));
    expect(bounded.findings).toEqual(all.findings);
    expect(bounded.people).toEqual(all.people);
  });

  it('counts each inquiry left out once, reopened ones too', async () => {
    const reopening = [...generateEvents({ events: 20_000, seed: 11 })];
    expect(reopening.some((e) => e.type === 'InquiryReopened')).toBe(true);
    const bounded = await auditEventLog(
      reopening.map((e) => JSON.stringify(e)),
      { asOf, timelines: true, timelineLimit: 10 },
    );
    const left = bounded.timelinesLeftOut ?? { withFindings: NaN, withoutFindings: NaN };
    expect(left.withFindings + left.withoutFindings + (bounded.timelines?.length ?? 0)).toBe(bounded.inquiries);
  });

  it('counts a timeline left out by the findings in the report, not by those when its inquiry first closed', async () => {
    // Given INQ-B closed quiet (its chain kept, filling a limit of one), INQ-A closed quiet after it
    // (its chain dropped for want of room), then reopened and left idle past the inactivity limit;
    const at = (day: number) => `2026-05-${String(day).padStart(2, '0')}T10:00:00+08:00`;
    const log = [
      received({ inquiryId: 'INQ-B', at: at(4) }),
      resolved({ inquiryId: 'INQ-B', at: at(4) }),
      received({ inquiryId: 'INQ-A', at: at(5) }),
      resolved({ inquiryId: 'INQ-A', at: at(5) }),
      reopened({ inquiryId: 'INQ-A', at: at(6) }),
    ].map((e) => JSON.stringify(e));
    // when audited with room for one timeline, weeks later,
    const report = await auditEventLog(log, { asOf: at(29), timelines: true, timelineLimit: 1 });
    // then INQ-A has findings (FI-16) and INQ-B none; INQ-B's timeline is shown, and INQ-A's is
    // counted among those left out with findings.
    expect([...new Set(report.findings.map((f) => f.inquiryId))]).toEqual(['INQ-A']);
    expect(report.findings.some((f) => f.code === 'INACTION')).toBe(true);
    expect(report.timelines?.map((t) => t.inquiryId)).toEqual(['INQ-B']);
    expect(report.timelinesLeftOut).toEqual({ withFindings: 1, withoutFindings: 0 });
  });

  it('a limit above the inquiries keeps them all, quiet ones too, and leaves nothing out', async () => {
    const all = await auditEventLog(lines, { asOf, timelines: true });
    const roomy = await auditEventLog(lines, { asOf, timelines: true, timelineLimit: 100_000 });
    expect(roomy.timelines).toEqual(all.timelines);
    expect(roomy.timelinesLeftOut).toEqual({ withFindings: 0, withoutFindings: 0 });
  });

  it('the supervisor never holds more closed chains than the limit, whatever the length of the log', () => {
    const supervisor = createSupervisor(undefined, { chains: true, chainLimit: 10, releaseEvery: 64 });
    let most = 0;
    for (const [i, event] of events.entries()) {
      supervisor.add(event);
      if (i % 500 === 499) {
        supervisor.findings(asOf); // releases the closed inquiries
        const open = [...supervisor.positions()].filter((p) => p.status === 'open').length;
        most = Math.max(most, supervisor.chains().length - open);
      }
    }
    expect(most).toBeLessThanOrEqual(10);
    const left = supervisor.chainsLeftOut();
    expect(left.withFindings + left.withoutFindings).toBeGreaterThan(0);
  });

  it('the html page of a big log shows the limit of cards and says how many were left out', async () => {
    const big = [...generateEvents({ events: 12_000, seed: 3 })];
    const inquiries = new Set(big.map((e) => e.data.inquiryId)).size;
    expect(inquiries).toBeGreaterThan(HTML_TIMELINE_LIMIT);
    const { stdout } = await run(['audit', logFile(big), '--as-of', asOf, '--format', 'html']);
    expect(stdout.match(/<article class="inquiry/g)?.length).toBe(HTML_TIMELINE_LIMIT);
    expect(stdout).toContain('Timelines left out to keep this page readable');
  });

  it('says what was left out in every language, and nothing when nothing was', async () => {
    const bounded = await auditEventLog(lines, { asOf, timelines: true, timelineLimit: 25 });
    const roomy = await auditEventLog(lines, { asOf, timelines: true, timelineLimit: 100_000 });
    for (const [locale, words] of [
      ['en', 'Timelines left out'],
      ['zh-CN', '未展示时间线'],
      ['zh-TW', '未展示時間線'],
    ] as const) {
      const page = auditHtml(bounded, 'events.jsonl', { locale });
      expect(page.match(/<article class="inquiry/g)?.length).toBe(25);
      expect(page).toContain(words);
      expect(page).toContain(String(bounded.timelinesLeftOut?.withoutFindings));
      expect(auditHtml(roomy, 'events.jsonl', { locale })).not.toContain(words);
    }
  });
});
