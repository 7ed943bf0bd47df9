import { isLeft } from 'fp-ts/Either';
import { createAuditor } from '../audit/auditor';
import { compareFindings, type AuditProblem, type Finding } from '../audit/finding';
import { defaultAuditPolicy, type AuditPolicy } from '../audit/policy';
import { instantMillis } from '../codecs';
import { createDeadlineBoard, type DeadlineBoard } from '../projections/deadlines';
import type { InquiryEvent } from '../events';
import type { RuleId } from '../rules/ids';
import type { StaffRef } from '../staff';
import type { Stage, StageEnd, StageStart } from '../state';
import { parseEventLine, type LineProblemCode, type UnreadableLine } from './line';

// model

/**
 * Options of {@link auditEventLog}.
 * - `policy`: the audit policy (time limits, calendar, accountability model);
 * - `asOf`: the instant to audit as of; events dated after it are left out and counted. Default:
 *   the latest event time in the log, so the same log always gives the same report;
 * - `timelines`: keep every inquiry's chain of stages and escalations (for the HTML report). This
 *   is the one option whose memory grows with the log: the report prints them all.
 *
 * @category history
 * @since 0.1.0
 */
export interface AuditEventLogOptions {
  readonly policy?: AuditPolicy;
  readonly asOf?: string;
  readonly timelines?: boolean;
}

/**
 * A line of the log that the audit could not use, located by line: not an event
 * ({@link LineProblemCode}), or an event the record does not allow (before a receipt, after a
 * closure, time going backwards: the auditor's {@link AuditProblem} codes).
 *
 * @category history
 * @since 0.1.0
 */
export interface AuditLogProblem {
  readonly line: number;
  readonly code: LineProblemCode | AuditProblem['code'];
  readonly message: string;
  readonly inquiryId?: string;
}

/**
 * One stage (环节) of an inquiry's timeline: a {@link Stage} as the core folds it, plus who moved
 * the matter into it when that was a leader.
 *
 * @category history
 * @since 0.1.0
 */
export interface TimelineStage extends Stage {
  /** Who moved the matter into this stage when it was not the previous holder (a leader's reassignment). */
  readonly movedBy?: StaffRef;
}

/**
 * An escalation on an inquiry's timeline (请示相关领导, FI-08): who asked whom, when, about whom,
 * and whom the leader named.
 *
 * @category history
 * @since 0.1.0
 */
export interface TimelineEscalation {
  readonly stage: number;
  readonly at: string;
  readonly by: StaffRef;
  readonly leader: StaffRef;
  readonly question: string;
  readonly absentHandler?: StaffRef;
  readonly named?: { readonly handler: StaffRef; readonly at: string };
}

/**
 * An inquiry's chain of responsible persons, for the HTML report's timeline.
 *
 * @category history
 * @since 0.1.0
 */
export interface InquiryTimeline {
  readonly inquiryId: string;
  readonly category: string;
  readonly status: 'open' | 'resolved' | 'declined';
  readonly stages: readonly TimelineStage[];
  readonly escalations: readonly TimelineEscalation[];
}

/**
 * One person's accountability record (FI-16): stages held, inquiries held now, and findings that
 * name them as accountable, by rule.
 *
 * @category history
 * @since 0.1.0
 */
export interface PersonRecord {
  readonly staff: StaffRef;
  readonly stagesHeld: number;
  readonly holdingNow: number;
  readonly findings: number;
  readonly byRule: Readonly<Partial<Record<RuleId, number>>>;
}

/**
 * An open inquiry in the who-holds-what view (FI-17).
 *
 * @category history
 * @since 0.1.0
 */
export interface Holding {
  readonly inquiryId: string;
  readonly category: string;
  readonly holder: StaffRef;
  readonly stage: number;
  readonly since: string;
}

/**
 * Everything `first-inquiry audit` reports: counts, findings (in {@link compareFindings} order),
 * problems with their lines, who holds what now, what is overdue or at risk, each person's record,
 * and (on request) timelines.
 *
 * @category history
 * @since 0.1.0
 */
export interface AuditLogReport {
  readonly asOf: string;
  readonly lines: number;
  readonly events: number;
  readonly eventsAfterAsOf: number;
  readonly inquiries: number;
  readonly findings: readonly Finding[];
  readonly problems: readonly AuditLogProblem[];
  readonly holdings: readonly Holding[];
  /** Open inquiries overdue or at risk against their time limit (FI-05, FI-17), as of `asOf`. */
  readonly deadlines: DeadlineBoard;
  readonly people: readonly PersonRecord[];
  readonly timelines?: readonly InquiryTimeline[];
}

interface Position {
  category: string;
  status: 'open' | 'resolved' | 'declined';
  holder: StaffRef;
  stage: number;
  since: string;
  timeline?: { stages: TimelineStage[]; escalations: TimelineEscalation[] };
}

// How often closed inquiries are handed back by the auditor (their findings are final).
const RELEASE_EVERY = 4096;

// utils

/**
 * Audits a JSONL event log line by line, streaming: each event goes to an incremental auditor
 * ({@link createAuditor}); closed inquiries are released as they close, so memory follows the open
 * inquiries, not the length of the log (unless `timelines` is asked for). Lines that are not
 * events, and events the record does not allow, become problems with their line numbers; the
 * audit goes on.
 *
 * @example
 * import { auditEventLog } from 'first-inquiry';
 * const report = await auditEventLog(['{"type":"Nope","data":{}}']);
 * report.problems[0]?.code; // 'UNKNOWN_EVENT_TYPE'
 *
 * @category history
 * @since 0.1.0
 */
export async function auditEventLog(lines: AsyncIterable<string | UnreadableLine> | Iterable<string | UnreadableLine>, options: AuditEventLogOptions = {}): Promise<AuditLogReport> {
  const policy = options.policy ?? defaultAuditPolicy;
  const auditor = createAuditor(policy);
  const board = createDeadlineBoard(policy);
  const until = options.asOf === undefined ? Number.POSITIVE_INFINITY : instantMillis(options.asOf);
  const positions = new Map<string, Position>();
  const people = new Map<string, { staff: StaffRef; stagesHeld: number; byRule: Partial<Record<RuleId, number>>; findings: number }>();
  const findings: Finding[] = [];
  const problems: AuditLogProblem[] = [];
  // Auditor positions count added events; lines that add none shift the two apart. Each shift is
  // kept as [first position, line - position], so an auditor problem can be traced to its line.
  const shifts: Array<[number, number]> = [];
  let added = 0;
  let lineNo = 0;
  let latest: string | undefined;
  let eventsAfterAsOf = 0;

  const person = (staff: StaffRef) => {
    let p = people.get(staff.id);
    if (p === undefined) people.set(staff.id, (p = { staff, stagesHeld: 0, byRule: {}, findings: 0 }));
    return p;
  };
  const release = () => {
    for (const id of auditor.closed()) findings.push(...(auditor.release(id)?.findings ?? []));
  };

  for await (const line of lines) {
    lineNo += 1;
    if (typeof line !== 'string') {
      problems.push({ line: lineNo, code: line.code, message: line.message });
      continue;
    }
    const text = lineNo === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    if (text.trim() === '') continue;
    const parsed = parseEventLine(text);
    if (isLeft(parsed)) {
      problems.push({ line: lineNo, code: parsed.left.code, message: parsed.left.message });
      continue;
    }
    const event = parsed.right;
    if (instantMillis(event.data.at) > until) {
      eventsAfterAsOf += 1;
      continue;
    }
    if (latest === undefined || instantMillis(event.data.at) > instantMillis(latest)) latest = event.data.at;
    const shift = lineNo - added;
    if (shifts.length === 0 || shifts[shifts.length - 1]?.[1] !== shift) shifts.push([added, shift]);
    auditor.add(event);
    board.add(event);
    added += 1;
    follow(positions, event, options.timelines === true, (staff) => (person(staff).stagesHeld += 1));
    if (added % RELEASE_EVERY === 0) release();
  }
  release();

  const asOf = options.asOf ?? latest ?? '1970-01-01T00:00:00Z';
  findings.push(...auditor.findings(asOf));
  findings.sort(compareFindings);
  for (const f of findings) {
    const p = person(f.accountable);
    p.findings += 1;
    p.byRule[f.rule] = (p.byRule[f.rule] ?? 0) + 1;
  }
  const lineOf = (position: number): number => {
    let lo = 0;
    let hi = shifts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((shifts[mid]?.[0] ?? 0) <= position) lo = mid;
      else hi = mid - 1;
    }
    return position + (shifts[lo]?.[1] ?? 1);
  };
  for (const p of auditor.problems()) problems.push({ line: lineOf(p.position), code: p.code, message: p.message, inquiryId: p.inquiryId });
  problems.sort((a, b) => a.line - b.line);

  const holdings: Holding[] = [];
  const holdingNow = new Map<string, number>();
  for (const [inquiryId, p] of positions) {
    if (p.status !== 'open') continue;
    holdings.push({ inquiryId, category: p.category, holder: p.holder, stage: p.stage, since: p.since });
    holdingNow.set(p.holder.id, (holdingNow.get(p.holder.id) ?? 0) + 1);
  }
  holdings.sort((a, b) => compareText(a.holder.name, b.holder.name) || instantMillis(a.since) - instantMillis(b.since) || compareText(a.inquiryId, b.inquiryId));

  const report: AuditLogReport = {
    asOf,
    lines: lineNo,
    events: added + eventsAfterAsOf,
    eventsAfterAsOf,
    inquiries: positions.size,
    findings,
    problems,
    holdings,
    deadlines: board.view(asOf),
    people: [...people.values()]
      .map((p) => ({ staff: p.staff, stagesHeld: p.stagesHeld, holdingNow: holdingNow.get(p.staff.id) ?? 0, findings: p.findings, byRule: p.byRule }))
      .sort((a, b) => b.findings - a.findings || compareText(a.staff.name, b.staff.name) || compareText(a.staff.id, b.staff.id)),
  };
  if (options.timelines !== true) return report;
  const timelines: InquiryTimeline[] = [];
  for (const [inquiryId, p] of positions) {
    if (p.timeline !== undefined) timelines.push({ inquiryId, category: p.category, status: p.status, ...p.timeline });
  }
  return { ...report, timelines };
}

// Who holds each inquiry, stage by stage. Events the record does not allow are skipped here just as
// the auditor skips them (and reports them). Without timelines a position is a few fields.
function follow(positions: Map<string, Position>, event: InquiryEvent, timelines: boolean, stageStarted: (holder: StaffRef) => void): void {
  const d = event.data;
  const p = positions.get(d.inquiryId);
  if (p === undefined) {
    if (event.type !== 'InquiryReceived') return;
    const fresh: Position = { category: categories.get(event.data.category) ?? remember(event.data.category), status: 'open', holder: d.by, stage: 0, since: d.at };
    if (timelines) fresh.timeline = { stages: [{ index: 0, holder: d.by, from: d.at, startedBy: 'received' }], escalations: [] };
    positions.set(d.inquiryId, fresh);
    stageStarted(d.by);
    return;
  }
  const t = p.timeline;
  const next = (holder: StaffRef, startedBy: StageStart, endedBy: StageEnd | undefined, movedBy?: StaffRef) => {
    if (t !== undefined && endedBy !== undefined) endStage(t.stages, d.at, endedBy);
    p.stage += 1;
    p.holder = holder;
    p.since = d.at;
    p.status = 'open';
    t?.stages.push({ index: p.stage, holder, from: d.at, startedBy, ...(movedBy === undefined ? {} : { movedBy }) });
    stageStarted(holder);
  };
  switch (event.type) {
    case 'InquiryTransferred':
      if (p.status === 'open') next(event.data.to, 'handover', 'handover');
      return;
    case 'ResponsibilityReassigned':
      if (p.status === 'open') next(event.data.to, 'reassignment', 'reassignment', d.by);
      return;
    case 'InquiryReopened':
      if (p.status !== 'open') next(d.by, 'reopened', undefined);
      return;
    case 'InquiryResolved':
    case 'DemandDeclined':
      if (p.status !== 'open') return;
      p.status = event.type === 'InquiryResolved' ? 'resolved' : 'declined';
      if (t !== undefined) endStage(t.stages, d.at, p.status);
      // Nobody holds a closed matter: drop the holder and the instant (a reopening sets both anew).
      else {
        p.holder = NOBODY;
        p.since = '';
      }
      return;
    case 'InquiryEscalated':
      t?.escalations.push({
        stage: p.stage, at: d.at, by: d.by, leader: event.data.leader, question: event.data.question,
        ...(event.data.absentHandler === undefined ? {} : { absentHandler: event.data.absentHandler }),
      });
      return;
    case 'HandlerNamed': {
      if (t === undefined) return;
      for (let i = t.escalations.length - 1; i >= 0; i -= 1) {
        const asked = t.escalations[i];
        if (asked !== undefined && asked.named === undefined && asked.leader.id === d.by.id) {
          t.escalations[i] = { ...asked, named: { handler: event.data.handler, at: d.at } };
          return;
        }
      }
      return;
    }
    default:
  }
}

const NOBODY: StaffRef = { id: '', name: '', department: '' };

// Categories repeat on every receipt; one copy of each is kept (bounded, for logs with free-text categories).
const categories = new Map<string, string>();
function remember(category: string): string {
  if (categories.size < 4096) categories.set(category, category);
  return category;
}

function endStage(stages: TimelineStage[], at: string, endedBy: StageEnd): void {
  const last = stages[stages.length - 1];
  if (last !== undefined && last.to === undefined) stages[stages.length - 1] = { ...last, to: at, endedBy };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
