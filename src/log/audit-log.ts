import { isLeft } from 'fp-ts/Either';
import type { AuditProblem, Finding } from '../supervision/finding';
import { defaultPolicy, type Policy } from '../policy/policy';
import { instantMillis } from '../primitives/codecs';
import type { DeadlineBoard } from '../supervision/deadlines';
import type { RuleId } from '../rules/ids';
import type { StaffRef } from '../inquiry/staff';
import type { ChainEscalation, ChainStage, StageChain } from '../supervision/stage-chains';
import { supervisorFold } from '../supervision/supervisor';
import { linesInBatches, parseEventLine, type LineDetail, type LineProblemCode, type UnreadableLine } from './line';
import type { InquiryEvent } from '../inquiry/events';

// model

/**
 * Options of {@link auditEventLog}.
 * - `policy`: the audit policy (time limits, calendar, accountability model);
 * - `asOf`: the instant to audit as of; events dated after it are left out and counted. Default:
 *   the latest event time in the log, so the same log always gives the same report;
 * - `timelines`: keep inquiries' chains of stages and escalations (for the HTML report). Alone, it
 *   keeps every one, and its memory grows with the log;
 * - `timelineLimit`: with `timelines`, keep at most this many, those of inquiries with findings
 *   first; the rest are counted in `timelinesLeftOut`. Memory is then bounded by the open inquiries
 *   and the limit (`first-inquiry audit --format html` uses {@link HTML_TIMELINE_LIMIT}).
 *
 * @category history
 * @since 0.1.0
 */
export interface AuditEventLogOptions {
  readonly policy?: Policy;
  readonly asOf?: string;
  readonly timelines?: boolean;
  readonly timelineLimit?: number;
}

/**
 * How many inquiries' timelines a report with a `timelineLimit` left out, by whether they have
 * findings in the report (a reopened inquiry's too, whatever it had when it first closed): their
 * findings are still in the report, only their chains of stages are not.
 *
 * @category reports
 * @since 0.2.0
 */
export interface TimelinesLeftOut {
  readonly withFindings: number;
  readonly withoutFindings: number;
}

/**
 * How many timelines the CLI's HTML report shows at most (inquiries with findings first): a page
 * for a log of a million events stays readable and its audit's memory bounded.
 *
 * @example
 * import { HTML_TIMELINE_LIMIT } from 'first-inquiry/log';
 * HTML_TIMELINE_LIMIT; // 1000
 *
 * @category reports
 * @since 0.2.0
 */
export const HTML_TIMELINE_LIMIT = 1000;

/**
 * How far past every earlier event of a log an event may be dated before the audit reports it as
 * `TIME_JUMPED_AHEAD` ({@link AsOfProblemCode}): a year and a day. A log is written as things
 * happen; one event far ahead of all the others is most likely a mistyped year (2062 for 2026), and
 * it would move the audit's default as-of with it, making every open inquiry overdue.
 *
 * @example
 * import { TIME_JUMP_DAYS } from 'first-inquiry/log';
 * TIME_JUMP_DAYS; // 366
 *
 * @category reports
 * @since 0.2.0
 */
export const TIME_JUMP_DAYS = 366;

/**
 * A problem of the audit's own (not of one inquiry's record): `TIME_JUMPED_AHEAD`, an event dated
 * more than {@link TIME_JUMP_DAYS} after every earlier event of the log. The event is still
 * applied, as recorded; the problem names its line and the latest event before it, so that a
 * mistyped year is found before anyone reads a report as of it.
 *
 * @example
 * import type { AsOfProblemCode } from 'first-inquiry/log';
 * const code: AsOfProblemCode = 'TIME_JUMPED_AHEAD';
 *
 * @category history
 * @since 0.2.0
 */
export type AsOfProblemCode = 'TIME_JUMPED_AHEAD';

/**
 * A line of the log that the audit could not use, located by line: not an event
 * ({@link LineProblemCode}), an event the record does not allow (before a receipt, after a
 * closure, time going backwards: the auditor's {@link AuditProblem} codes), or an event dated far
 * ahead of all the others ({@link AsOfProblemCode}: applied, but most likely a mistyped year).
 *
 * @category history
 * @since 0.1.0
 */
export interface AuditLogProblem {
  readonly line: number;
  readonly code: LineProblemCode | AuditProblem['code'] | AsOfProblemCode;
  readonly message: string;
  readonly inquiryId?: string;
  /** For a line that is not an event: what is wrong with it, as data ({@link LineDetail}). @since 0.2.0 */
  readonly detail?: LineDetail;
}

/**
 * A stage of an inquiry's timeline in the report: {@link ChainStage}.
 *
 * @category reports
 * @since 0.1.0
 */
export type TimelineStage = ChainStage;

/**
 * An escalation in an inquiry's timeline: {@link ChainEscalation}.
 *
 * @category reports
 * @since 0.1.0
 */
export type TimelineEscalation = ChainEscalation;

/**
 * One inquiry's timeline in the report: its {@link StageChain}.
 *
 * @category reports
 * @since 0.1.0
 */
export type InquiryTimeline = StageChain;

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
 * Everything `first-inquiry audit` reports: counts, findings (oldest first: by when they arose, then inquiry, stage and code),
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
  /** With a `timelineLimit`: the inquiries whose timelines were left out. */
  readonly timelinesLeftOut?: TimelinesLeftOut;
}

// utils

/**
 * Audits a JSONL event log line by line, streaming: each event goes to an incremental auditor
 * (`createAuditor` of first-inquiry/supervision); closed inquiries are released as they close, so memory follows the open
 * inquiries, not the length of the log (unless `timelines` is asked for). Lines that are not
 * events, and events the record does not allow, become problems with their line numbers; the
 * audit goes on.
 *
 * @example
 * import { auditEventLog } from 'first-inquiry/log';
 * const report = await auditEventLog(['{"type":"Nope","data":{}}']);
 * report.problems[0]?.code; // 'UNKNOWN_EVENT_TYPE'
 *
 * @category history
 * @since 0.1.0
 */
export async function auditEventLog(
  lines: AsyncIterable<string | UnreadableLine> | Iterable<string | UnreadableLine>,
  options: AuditEventLogOptions = {},
): Promise<AuditLogReport> {
  const policy = options.policy ?? defaultPolicy;
  const limit = options.timelines === true ? options.timelineLimit : undefined;
  const { supervisor, addAt } = supervisorFold(policy, {
    // The report reads positions only for who holds what now: closed ones need not be kept.
    releaseClosedPositions: true,
    chains: options.timelines === true,
    // Only the first `limit` timelines with findings, in inquiry order, can be shown (keptTimelines).
    ...(limit === undefined ? {} : { chainLimit: limit, chainsShownByInquiryOrder: true }),
  });
  const until = options.asOf === undefined ? Number.POSITIVE_INFINITY : instantMillis(options.asOf);
  const problems: AuditLogProblem[] = [];
  // Auditor positions count added events; lines that add none shift the two apart. Each shift is
  // kept as [first position, line - position], so an auditor problem can be traced to its line.
  const shifts: Array<[number, number]> = [];
  let added = 0;
  let lineNo = 0;
  let latest: string | undefined;
  let latestMillis = Number.NEGATIVE_INFINITY;
  let latestLine = 0;
  let eventsAfterAsOf = 0;

  for await (const batch of linesInBatches(lines)) {
    for (const line of batch) {
      lineNo += 1;
      if (typeof line !== 'string') {
        problems.push({ line: lineNo, code: line.code, message: line.message });
        continue;
      }
      const text = lineNo === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
      if (text.trim() === '') continue;
      const parsed = parseEventLine(text);
      if (isLeft(parsed)) {
        const { code, message, detail } = parsed.left;
        problems.push(detail === undefined ? { line: lineNo, code, message } : { line: lineNo, code, message, detail });
        continue;
      }
      const event = parsed.right;
      const at = instantMillis(event.data.at);
      if (at > until) {
        eventsAfterAsOf += 1;
        continue;
      }
      if (latest === undefined || at > latestMillis) {
        if (latest !== undefined && at - latestMillis > TIME_JUMP_MS)
          problems.push(timeJumped(lineNo, event, at, latest, latestMillis, latestLine));
        latest = event.data.at;
        latestMillis = at;
        latestLine = lineNo;
      }
      const shift = lineNo - added;
      if (shifts.length === 0 || shifts[shifts.length - 1]?.[1] !== shift) shifts.push([added, shift]);
      addAt(event, at);
      added += 1;
    }
  }

  const asOf = options.asOf ?? latest ?? '1970-01-01T00:00:00Z';
  const findings = supervisor.findings(asOf);
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
  for (const p of supervisor.problems())
    problems.push({ line: lineOf(p.position), code: p.code, message: p.message, inquiryId: p.inquiryId });
  problems.sort((a, b) => a.line - b.line);

  // Each instant counted once, not at every comparison of the sort.
  const held: Array<{ readonly holding: Holding; readonly since: number }> = [];
  const holdingNow = new Map<string, number>();
  for (const p of supervisor.positions()) {
    if (p.status !== 'open') continue;
    held.push({
      holding: { inquiryId: p.inquiryId, category: p.category, holder: p.holder, stage: p.stage, since: p.since },
      since: instantMillis(p.since),
    });
    holdingNow.set(p.holder.id, (holdingNow.get(p.holder.id) ?? 0) + 1);
  }
  held.sort(
    (a, b) =>
      compareText(a.holding.holder.name, b.holding.holder.name) ||
      a.since - b.since ||
      compareText(a.holding.inquiryId, b.holding.inquiryId),
  );
  const holdings = held.map((h) => h.holding);

  const report: AuditLogReport = {
    asOf,
    lines: lineNo,
    events: added + eventsAfterAsOf,
    eventsAfterAsOf,
    inquiries: supervisor.counts().inquiries,
    findings,
    problems,
    holdings,
    deadlines: supervisor.deadlines(asOf),
    people: supervisor
      .staff(asOf, findings)
      .map((p) => ({
        staff: p.staff,
        stagesHeld: p.stagesHeld,
        holdingNow: holdingNow.get(p.staff.id) ?? 0,
        findings: countOf(p.findings),
        byRule: p.findings,
      }))
      .sort((a, b) => b.findings - a.findings || compareText(a.staff.name, b.staff.name) || compareText(a.staff.id, b.staff.id)),
  };
  if (options.timelines !== true) return report;
  if (limit === undefined) return { ...report, timelines: supervisor.chains() };
  return { ...report, ...keptTimelines(supervisor.chains(), findings, limit, report.inquiries) };
}

/**
 * Under a limit: the timelines of inquiries with findings first, then quiet ones, in inquiry order;
 * the open inquiries' chains (always kept by the fold) are trimmed here. What was left out is
 * counted by the report's findings, not by what the fold knew when it dropped a chain: an inquiry
 * dropped as quiet when it closed may have findings after a reopening. Exported for the property
 * test of the fold's `chainsShownByInquiryOrder`, which must keep every chain this picks.
 *
 * @internal
 */
export function keptTimelines(
  chains: readonly InquiryTimeline[],
  findings: readonly Finding[],
  limit: number,
  inquiries: number,
): { timelines: readonly InquiryTimeline[]; timelinesLeftOut: TimelinesLeftOut } {
  const flaggedIds = new Set(findings.map((f) => f.inquiryId));
  const flagged = chains.filter((c) => flaggedIds.has(c.inquiryId));
  const quiet = chains.filter((c) => !flaggedIds.has(c.inquiryId));
  const keptFlagged = flagged.slice(0, limit);
  const keptQuiet = quiet.slice(0, Math.max(0, limit - keptFlagged.length));
  const kept = new Set([...keptFlagged, ...keptQuiet]);
  return {
    timelines: chains.filter((c) => kept.has(c)),
    timelinesLeftOut: {
      withFindings: flaggedIds.size - keptFlagged.length,
      withoutFindings: inquiries - flaggedIds.size - keptQuiet.length,
    },
  };
}

const DAY_MS = 86_400_000;
const TIME_JUMP_MS = TIME_JUMP_DAYS * DAY_MS;

function timeJumped(
  line: number,
  event: InquiryEvent,
  at: number,
  latest: string,
  latestMillis: number,
  latestLine: number,
): AuditLogProblem {
  const { inquiryId } = event.data;
  return {
    line,
    code: 'TIME_JUMPED_AHEAD',
    message: `This ${event.type} of ${inquiryId} is dated ${event.data.at}, ${Math.floor((at - latestMillis) / DAY_MS)} days after every earlier event (the latest, on line ${latestLine}, is dated ${latest}): is a year mistyped? It was applied as recorded, and the audit is as of the latest event unless an as-of is given.`,
    inquiryId,
  };
}

function countOf(byRule: Readonly<Partial<Record<RuleId, number>>>): number {
  let n = 0;
  for (const count of Object.values(byRule)) n += count ?? 0;
  return n;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
