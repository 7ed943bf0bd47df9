import { describe, expect, it } from 'vitest';
import { auditReport } from '../../src/supervision/audit';
import { createAuditor } from '../../src/supervision/auditor';
import { toStaffRef } from '../../src/inquiry/staff';
import { classifyLiability, followUp, receive, resolve } from '../support/commands';
import { followedUp, received, reopened, resolved } from '../support/events';
import { clerk, guard, plumber } from '../support/staff';
import { at, history } from './history';

const leak = (inquiryId: string, by = guard) => receive({ inquiryId, by, at: at.mon('09:00') });
const settled = (inquiryId: string, by = guard, classifiedAt = at.mon('10:00'), resolvedAt = at.mon('11:00')) => [
  classifyLiability({ inquiryId, by, at: classifiedAt }),
  resolve({ inquiryId, by, at: resolvedAt }),
];

describe('the incremental auditor', () => {
  it('audits many inquiries in any interleaving, each by its own history', () => {
    const a = history(leak('A'), ...settled('A'));
    const b = history(leak('B', clerk));
    const interleaved = [a[0], b[0], a[1], a[2]].filter((e) => e !== undefined);
    const auditor = createAuditor();
    for (const event of interleaved) auditor.add(event);
    // B (a repair received Monday 09:00) is overdue after Wednesday 18:00; A was settled in time.
    expect(auditor.findings(at.wed('18:01')).map((f) => [f.inquiryId, f.code, f.accountable.id])).toEqual([
      ['B', 'INACTION', clerk.id],
      ['B', 'OVERDUE', clerk.id],
    ]);
    expect(auditor.closed()).toEqual(['A']);
  });

  it('a released inquiry is summarised and dropped; a later reopen is still audited, as a new stage', () => {
    const auditor = createAuditor();
    for (const event of history(leak('A'), ...settled('A'))) auditor.add(event);
    expect(auditor.release('A')).toEqual({
      inquiryId: 'A',
      category: 'repair',
      receivedAt: at.mon('09:00'),
      status: 'resolved',
      closedAt: at.mon('11:00'),
      stages: 1,
      events: 3,
      findings: [],
    });
    expect(auditor.size()).toBe(0);
    auditor.add(reopened({ inquiryId: 'A', by: plumber, at: at.fri('09:00') }));
    expect(auditor.size()).toBe(1);
    const overdue = auditor.findings(at.nextTue('18:01')).filter((f) => f.code === 'OVERDUE');
    expect(overdue.map((f) => [f.stage, f.accountable])).toEqual([[1, toStaffRef(plumber)]]);
    expect(auditor.summary('A', at.nextTue('18:01'))).toEqual(expect.objectContaining({ status: 'open', stages: 2, events: 4 }));
  });

  it('an open inquiry cannot be released', () => {
    const auditor = createAuditor();
    for (const event of history(leak('B'))) auditor.add(event);
    expect(auditor.release('B')).toBeUndefined();
    expect(auditor.release('nobody')).toBeUndefined();
    expect(auditor.size()).toBe(1);
  });

  it('the findings of a closed inquiry are final: a later asOf adds none', () => {
    const events = history(
      leak('A'),
      followUp({ inquiryId: 'A', by: guard, at: at.fri('09:00') }),
      ...settled('A', guard, at.fri('10:00'), at.fri('10:00')),
    );
    const auditor = createAuditor();
    for (const event of events) auditor.add(event);
    expect(auditor.findings(at.fri('12:00'))).toEqual(auditor.findings('2030-01-01T00:00:00Z'));
    expect(auditor.findings(at.fri('12:00')).map((f) => [f.code, f.settled])).toEqual([
      ['INACTION', true],
      ['OVERDUE', true],
    ]);
  });
});

describe('imported histories that cannot apply are reported, never a crash or a silent drop', () => {
  const problems = (...events: Parameters<ReturnType<typeof createAuditor>['add']>[0][]) => {
    const auditor = createAuditor();
    for (const event of events) auditor.add(event);
    return auditor.problems().map((p) => [p.code, p.position, p.eventType]);
  };

  it('an event before the receipt', () => {
    expect(problems(followedUp({ inquiryId: 'X', at: at.mon('09:00') }))).toEqual([['EVENT_BEFORE_RECEIPT', 0, 'FollowedUp']]);
  });

  it('a second receipt', () => {
    expect(problems(received({ at: at.mon('09:00') }), received({ at: at.mon('09:05') }))).toEqual([
      ['DUPLICATE_RECEIPT', 1, 'InquiryReceived'],
    ]);
  });

  it('an act after closure, and a reopen of an open inquiry', () => {
    expect(problems(received({ at: at.mon('09:00') }), resolved({ at: at.mon('10:00') }), followedUp({ at: at.mon('11:00') }))).toEqual([
      ['EVENT_AFTER_CLOSURE', 2, 'FollowedUp'],
    ]);
    expect(problems(received({ at: at.mon('09:00') }), reopened({ at: at.mon('10:00') }))).toEqual([
      ['REOPEN_OF_OPEN_INQUIRY', 1, 'InquiryReopened'],
    ]);
  });

  it('time going backwards is reported and the event applied at the previous instant', () => {
    const auditor = createAuditor();
    for (const event of [
      received({ by: guard, at: at.mon('09:00') }),
      followedUp({ by: guard, at: at.mon('10:00') }),
      followedUp({ by: guard, at: at.mon('08:00') }),
    ]) {
      auditor.add(event);
    }
    expect(auditor.problems().map((p) => p.code)).toEqual(['TIME_WENT_BACKWARDS']);
    expect(auditor.summary('INQ-2026-0001', at.mon('12:00'))?.events).toBe(3);
  });

  it('auditReport leaves out and counts events dated after asOf', () => {
    const report = auditReport(history(leak('A'), ...settled('A')), at.mon('10:30'));
    expect([report.eventsAfterAsOf, report.findings, report.problems]).toEqual([1, [], []]);
  });
});

describe('asOf is an instant with a zone', () => {
  it('an asOf without a zone would depend on the machine’s zone, so it is refused as a bug, not read silently', () => {
    expect(() => createAuditor().findings('2026-05-13T17:01')).toThrow(RangeError);
    expect(() => auditReport([], 'next Wednesday')).toThrow(/asOf must be an ISO-8601 instant/);
  });
});
