import type { InquiryEvent } from '../inquiry/events';
import type { TimeLimit } from '../policy/policy';
import type { StaffRef } from '../inquiry/staff';
import { limitLength, toZonedIso, workingClock, type WorkingClock } from '../policy/working-time';
import { asOfMillis } from './as-of';
import { defaultPolicy, timeLimitFor, type Policy } from '../policy/policy';
import { PositionFold, type InquiryPosition } from './positions';

// model

/**
 * An open inquiry against its time limit (FI-05) as of an instant.
 * `used` is the share of the limit used so far (working time for working-time limits; 1 = all of it).
 *
 * @example
 * import { deadlineBoard } from 'first-inquiry/supervision';
 * for (const entry of deadlineBoard([], '2026-05-13T17:01:00+08:00').overdue) console.log(entry.inquiryId, entry.holder.name, entry.deadline);
 *
 * @category projections
 * @since 0.1.0
 */
export interface DeadlineEntry {
  readonly inquiryId: string;
  readonly category: string;
  readonly holder: StaffRef;
  /** Who answers for it under the policy's accountability model. */
  readonly accountable: StaffRef;
  readonly stage: number;
  readonly limit: TimeLimit;
  /** The receipt, or the last reopening. */
  readonly from: string;
  readonly deadline: string;
  readonly used: number;
}

/**
 * What is overdue and what is at risk (FI-17) as of an instant. At risk: not overdue, but
 * `used` ≥ the policy's `atRiskFraction`. Both lists put the most pressing first (earliest deadline).
 *
 * @example
 * import { deadlineBoard } from 'first-inquiry/supervision';
 * const { overdue, atRisk } = deadlineBoard([], '2026-05-13T17:01:00+08:00');
 *
 * @category projections
 * @since 0.1.0
 */
export interface DeadlineBoard {
  readonly asOf: string;
  readonly overdue: readonly DeadlineEntry[];
  readonly atRisk: readonly DeadlineEntry[];
  /** Events that could not apply and were skipped. */
  readonly skipped: number;
}

/**
 * The incremental form of {@link deadlineBoard}.
 *
 * @example
 * import { createDeadlineBoard, type DeadlineProjection } from 'first-inquiry/supervision';
 * const board: DeadlineProjection = createDeadlineBoard();
 * board.view('2026-05-13T17:01:00+08:00').overdue; // []
 *
 * @category projections
 * @since 0.1.0
 */
export interface DeadlineProjection {
  readonly add: (event: InquiryEvent) => void;
  readonly view: (asOf: string) => DeadlineBoard;
}

// constructors

/**
 * An incremental overdue / at-risk projection under an audit policy (time limits, calendar,
 * accountability, at-risk fraction). Memory: one small record per inquiry.
 *
 * @example
 * import { createDeadlineBoard } from 'first-inquiry/supervision';
 * const board = createDeadlineBoard();
 * // for (const event of stream) board.add(event);
 * board.view('2026-05-13T17:01:00+08:00').overdue; // []
 *
 * @category projections
 * @since 0.1.0
 */
export function createDeadlineBoard(policy: Policy = defaultPolicy): DeadlineProjection {
  const fold = new PositionFold();
  return {
    add: (event) => {
      fold.add(event);
    },
    view: (asOf) => boardOf(fold.values(), asOf, policy, fold.skipped),
  };
}

// utils

/**
 * Overdue and at-risk open inquiries as of `asOf`, from the events of many inquiries.
 *
 * @example
 * import { deadlineBoard } from 'first-inquiry/supervision';
 * deadlineBoard([], '2026-05-13T17:01:00+08:00').atRisk; // []
 *
 * @category projections
 * @since 0.1.0
 */
export function deadlineBoard(events: Iterable<InquiryEvent>, asOf: string, policy: Policy = defaultPolicy): DeadlineBoard {
  const board = createDeadlineBoard(policy);
  for (const event of events) board.add(event);
  return board.view(asOf);
}

// FI-05 counts with complete paperwork: a wait for the requester's materials that began before the
// limit ran out pauses it, and it resumes with what was left (as the audit's tracker counts it).
function pausedDeadline(clock: WorkingClock, from: number, limit: TimeLimit, p: InquiryPosition): { deadline: number; onHold: boolean } {
  let due = clock.deadline(from, limit);
  const hours = limit.unit === 'hours';
  for (const wait of p.waits ?? []) {
    const since = Date.parse(wait.from);
    if (since > due) break;
    const back = Date.parse(wait.to);
    due = hours ? back + Math.max(0, due - since) : clock.add(back, clock.between(since, due));
  }
  const waiting = p.waitingSince === undefined ? undefined : Date.parse(p.waitingSince);
  return { deadline: due, onHold: waiting !== undefined && waiting <= due };
}

function usedOf(clock: WorkingClock, from: number, deadline: number, at: number, limit: TimeLimit, p: InquiryPosition): number {
  const hours = limit.unit === 'hours';
  const measure = (a: number, b: number): number => (hours ? Math.max(0, b - a) : clock.between(a, b));
  if (!Number.isFinite(deadline)) {
    // A limit that never runs out leaves no time to count back from: count the time used so far,
    // less the waits for materials.
    let spent = measure(from, at);
    for (const wait of p.waits ?? []) spent -= measure(Math.max(from, Date.parse(wait.from)), Math.min(at, Date.parse(wait.to)));
    return Math.max(0, spent) / limitLength(limit, clock.dayLength);
  }
  const total = hours ? limit.amount * 3_600_000 : clock.between(from, clock.deadline(from, limit));
  const left = measure(at, deadline);
  return total === 0 ? 1 : 1 - left / total;
}

/** @internal The board over positions folded elsewhere (the supervisor). */
export function boardOf(positions: Iterable<InquiryPosition>, asOf: string, policy: Policy, skipped: number): DeadlineBoard {
  const clock = workingClock(policy.calendar);
  const at = asOfMillis(asOf);
  const overdue: (readonly [number, DeadlineEntry])[] = [];
  const atRisk: (readonly [number, DeadlineEntry])[] = [];
  for (const p of positions) {
    if (p.status !== 'open') continue;
    const limit = timeLimitFor(policy, p.category);
    const from = Date.parse(p.limitFrom);
    const { deadline, onHold } = pausedDeadline(clock, from, limit, p);
    // On hold: the requester is bringing missing materials and the limit had not run out (FI-05).
    if (onHold) continue;
    const used = p.waits === undefined ? clock.used(from, at, limit) : usedOf(clock, from, deadline, at, limit, p);
    const entry: DeadlineEntry = {
      inquiryId: p.inquiryId,
      category: p.category,
      holder: p.holder,
      accountable: policy.accountability === 'handover-discharges' ? p.holder : p.responder,
      stage: p.stage,
      limit,
      from: p.limitFrom,
      deadline: toZonedIso(deadline, policy.calendar.zone),
      used,
    };
    if (at > deadline) overdue.push([deadline, entry]);
    else if (used >= policy.atRiskFraction) atRisk.push([deadline, entry]);
  }
  const pressing = ([da, a]: readonly [number, DeadlineEntry], [db, b]: readonly [number, DeadlineEntry]) =>
    da - db || (a.inquiryId < b.inquiryId ? -1 : a.inquiryId > b.inquiryId ? 1 : 0);
  return { asOf, overdue: overdue.sort(pressing).map(([, e]) => e), atRisk: atRisk.sort(pressing).map(([, e]) => e), skipped };
}
