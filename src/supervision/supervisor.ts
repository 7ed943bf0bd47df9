import type { InquiryEvent } from '../inquiry/events';
import { defaultPolicy, type Policy } from '../policy/policy';
import { asOfMillis } from './as-of';
import { AuditFold } from './auditor';
import { effectOf } from '../inquiry/lifecycle';
import { sortFindings, type AuditProblem, type Finding } from './finding';
import { instantMillis } from '../primitives/codecs';
import { boardOf, type DeadlineBoard } from './deadlines';
import { holdingsOf, type Holdings } from './holdings';
import { PositionFold, type InquiryPosition } from './positions';
import { ChainFold, type ChainHandle, type StageChain } from './stage-chains';
import { StaffFold, type StaffRecord } from './staff-records';

// model

/**
 * Supervision at any time (监督检查, FI-17) in one pass over the events: findings and problems
 * (the audit), who holds what, the deadline board, stage chains and per-person records. Every view
 * folds the same lifecycle steps. Memory grows with the number of inquiries, and chains (opt in
 * with `chains: true`) with their stages; closed inquiries' audit state is released as it goes.
 *
 * @example
 * import { createSupervisor } from 'first-inquiry/supervision';
 * const s = createSupervisor();
 * // for await (const e of events) s.add(e);
 * s.holdings().open; // 0
 *
 * @category supervision
 * @since 0.2.0
 */
export interface Supervisor {
  /** Folds one event (any inquiry, in log order). */
  readonly add: (event: InquiryEvent) => void;
  /** Findings arisen by `asOf`, oldest first, including those of released (closed) inquiries. */
  readonly findings: (asOf: string) => readonly Finding[];
  /** Events that could not apply (before a receipt, after a closure, …), as the auditor saw them. */
  readonly problems: () => readonly AuditProblem[];
  /** Who holds which open inquiry, by person and department. */
  readonly holdings: () => Holdings;
  /** Open inquiries overdue or at risk as of `asOf`. */
  readonly deadlines: (asOf: string) => DeadlineBoard;
  /** Every inquiry's stages and escalations (empty unless created with `chains: true`). */
  readonly chains: () => readonly StageChain[];
  /**
   * Per-person records with the findings (as of `asOf`) that name each person accountable; pass
   * `findings(asOf)` if you have it already, so they are not computed twice.
   */
  readonly staff: (asOf: string, findings?: readonly Finding[]) => readonly StaffRecord[];
  /** Each inquiry's position on the lifecycle. */
  readonly positions: () => IterableIterator<InquiryPosition>;
  /** How many events were folded, and how many the lifecycle skipped. */
  readonly counts: () => { readonly events: number; readonly skipped: number; readonly inquiries: number };
  /** Chains of closed inquiries dropped under `chainLimit`, by whether they had findings when dropped. */
  readonly chainsLeftOut: () => ChainsLeftOut;
}

/**
 * How many closed inquiries' chains a {@link Supervisor} with a `chainLimit` did not keep, by
 * whether the inquiry had findings when it was left out.
 *
 * @example
 * import { createSupervisor } from 'first-inquiry/supervision';
 * createSupervisor(undefined, { chains: true, chainLimit: 100 }).chainsLeftOut(); // { withFindings: 0, withoutFindings: 0 }
 *
 * @category supervision
 * @since 0.2.0
 */
export interface ChainsLeftOut {
  readonly withFindings: number;
  readonly withoutFindings: number;
}

/**
 * Options of {@link createSupervisor}.
 *
 * @example
 * import type { SupervisorOptions } from 'first-inquiry/supervision';
 * const o: SupervisorOptions = { chains: true };
 *
 * @category supervision
 * @since 0.2.0
 */
export interface SupervisorOptions {
  /** Keep every inquiry's chain of stages and escalations (for timelines; grows with the log). */
  readonly chains?: boolean;
  /**
   * With `chains`: keep the chains of at most this many closed inquiries, those with findings
   * first; the others are dropped as their inquiries close (and counted, see `chainsLeftOut`). Open
   * inquiries' chains are always kept, so memory is bounded by the open inquiries and the limit,
   * not by the log.
   */
  readonly chainLimit?: number;
  /**
   * How many events between releases of closed inquiries' audit state. Default 1: each inquiry's
   * state is released as it closes, which costs least; a larger batch gives the same views.
   */
  readonly releaseEvery?: number;
  /**
   * Keep no closed inquiries' positions: `positions()` then yields only open inquiries (a
   * reopened one after the others), read from the audit's own per-inquiry state, and a closed
   * inquiry keeps only what a reopen needs once its audit state is released. Every view
   * (holdings, deadlines, findings, staff, chains, counts) stays the same; for a reader that needs
   * no closed positions, such as the CLI's audit, memory then grows far more slowly with the log,
   * and each event is folded once instead of twice. Default `false`: every position is kept.
   *
   * @example
   * import { createSupervisor } from 'first-inquiry/supervision';
   * const s = createSupervisor(undefined, { releaseClosedPositions: true });
   * [...s.positions()].every((p) => p.status === 'open'); // true
   */
  readonly releaseClosedPositions?: boolean;
}

/**
 * Everything {@link supervise} computes, as of one instant.
 *
 * @example
 * import type { SupervisionReport } from 'first-inquiry/supervision';
 * const busiest = (r: SupervisionReport) => r.holdings.byPerson[0]?.staff.name;
 *
 * @category supervision
 * @since 0.2.0
 */
export interface SupervisionReport {
  readonly asOf: string;
  readonly findings: readonly Finding[];
  readonly problems: readonly AuditProblem[];
  readonly holdings: Holdings;
  readonly deadlines: DeadlineBoard;
  readonly chains: readonly StageChain[];
  readonly staff: readonly StaffRecord[];
  /** Events dated after `asOf`, left out. */
  readonly eventsAfterAsOf: number;
}

// constructors

/**
 * The incremental supervisor: add events as they happen (or as a store's log is read), ask for any
 * view at any time. See {@link Supervisor}.
 *
 * @example
 * import { createSupervisor } from 'first-inquiry/supervision';
 * const supervisor = createSupervisor(undefined, { chains: true });
 * supervisor.deadlines('2026-05-04T12:00:00+08:00').overdue; // []
 *
 * @category supervision
 * @since 0.2.0
 */
export function createSupervisor(policy: Policy = defaultPolicy, options: SupervisorOptions = {}): Supervisor {
  return supervisorFold(policy, options).supervisor;
}

/**
 * A {@link Supervisor} and the form of its `add` for a reader that has parsed each event's instant
 * already (`auditEventLog` does, to hold back events after `asOf`): `addAt(event, Date.parse(event.data.at))`.
 *
 * @internal
 */
export function supervisorFold(
  policy: Policy = defaultPolicy,
  options: SupervisorFoldOptions = {},
): { readonly supervisor: Supervisor; readonly addAt: (event: InquiryEvent, at: number) => void } {
  const releasePositions = options.releaseClosedPositions === true;
  // Kept whole only when closed inquiries' positions are asked for: otherwise the auditor's trackers,
  // which fold the same lifecycle steps, give the open ones, and no second map per inquiry is kept.
  const positions = releasePositions ? undefined : new PositionFold();
  const chains = options.chains === true ? new ChainFold() : undefined;
  const staff = new StaffFold();
  const releaseEvery = options.releaseEvery ?? 1;
  // Released as each inquiry closes, the auditor need not keep a set of the closed ones for batches.
  const atClose = releaseEvery <= 1;
  const auditor = new AuditFold(policy, { trackClosed: !atClose });
  const released: Finding[] = [];
  const retention =
    chains === undefined || options.chainLimit === undefined
      ? undefined
      : new ChainRetention(chains, options.chainLimit, options.chainsShownByInquiryOrder === true && releasePositions);
  let events = 0;
  const release = () =>
    auditor.releaseClosed((id, found) => {
      for (const f of found) released.push(f);
      retention?.closed(id, found.length > 0);
    });
  const findings = (asOf: string): readonly Finding[] => {
    release();
    const at = asOfMillis(asOf);
    const all = released.filter((f) => instantMillis(f.arisenAt) <= at);
    for (const f of auditor.unsortedFindings(at)) all.push(f);
    return sortFindings(all);
  };
  const addAt = (event: InquiryEvent, at: number): void => {
    events += 1;
    // What the event does is worked out once, for the audit and every view.
    const effect = effectOf(event);
    const applied = auditor.add(event, at, effect);
    if (positions === undefined) {
      if (applied !== undefined) {
        staff.add(event, effect);
        if (chains !== undefined && applied.chain !== PASSED_OVER) {
          if (retention?.passesOver(applied.inquiryId) === true) {
            if (applied.chain !== undefined) chains.drop(applied.inquiryId);
            applied.chain = PASSED_OVER;
          } else {
            applied.chain = chains.add(event, effect, applied, applied.chain);
          }
        }
      }
    } else {
      const step = positions.add(event, effect);
      if (step !== undefined) {
        staff.add(event, effect);
        chains?.add(event, effect, step.after);
      }
    }
    if (!atClose) {
      if (events % releaseEvery === 0) release();
    } else if (applied !== undefined && applied.status !== 'open') {
      // Closed by this event (an event after a closure is never applied): released now, its chain
      // complete, as a batch would release it.
      const found = auditor.releaseNow(applied);
      for (const f of found) released.push(f);
      // A chain passed over was never kept: there is nothing for the retention to weigh.
      if (applied.chain !== PASSED_OVER) retention?.closed(applied.inquiryId, found.length > 0);
    }
  };
  const current = positions === undefined ? () => auditor.openPositions() : () => positions.values();
  const skipped = () => positions?.skipped ?? auditor.skipped;
  const supervisor: Supervisor = {
    add: (event) => addAt(event, Date.parse(event.data.at)),
    findings,
    problems: () => auditor.problems(),
    holdings: () => holdingsOf(current(), skipped()),
    deadlines: (asOf) => boardOf(current(), asOf, policy, skipped()),
    chains: () => chains?.view() ?? [],
    staff: (asOf, known) => staff.view(known ?? findings(asOf)),
    positions: current,
    counts: () => ({ events, skipped: skipped(), inquiries: positions?.size ?? auditor.inquiries() }),
    chainsLeftOut: () => retention?.leftOut() ?? { withFindings: 0, withoutFindings: 0 },
  };
  return { supervisor, addAt };
}

/**
 * {@link SupervisorOptions} and what only the library's own report needs. @internal
 */
export interface SupervisorFoldOptions extends SupervisorOptions {
  /**
   * With `releaseClosedPositions`, `chains` and `chainLimit`: the caller shows only the chains of
   * the first `chainLimit` inquiries with findings in inquiry-id order (as `auditEventLog` does).
   * Once the limit is full of closed inquiries with findings, no inquiry with a greater id can be
   * among them, so its chain is not kept, open or not. Such chains are not counted in
   * `chainsLeftOut` (the report counts what it left out from its findings).
   */
  readonly chainsShownByInquiryOrder?: boolean;
}

// The chain handle of an inquiry whose chain is not kept (see `chainsShownByInquiryOrder`): its
// events are not folded into a chain, nor its id looked up.
const PASSED_OVER: ChainHandle = Object.freeze({});

// Which closed inquiries' chains stay under a limit: those with findings first, then quiet ones
// while there is room (a quiet one makes room for one with findings). A dropped chain is gone: if
// its inquiry is reopened, the fold does not start a partial one.
class ChainRetention {
  private readonly flagged = new Set<string>();
  private readonly quiet = new Set<string>();
  // The quiet ones in the order they were kept, oldest first from `quietHead`: the oldest is the
  // one to give way. (A Set's first value is found past the holes its deleted entries leave, which
  // cost a scan of up to `limit` entries per eviction.)
  private quietOrder: string[] = [];
  private quietHead = 0;
  private droppedFlagged = 0;
  private droppedQuiet = 0;
  // With `byInquiryOrder`, once `flagged` is full: its greatest id. `flagged` is then frozen (there
  // is no quiet chain left to make room), and those chains come first in inquiry order.
  private last: string | undefined;

  constructor(
    private readonly chains: ChainFold,
    private readonly limit: number,
    private readonly byInquiryOrder = false,
  ) {}

  /** Whether the inquiry's chain can no longer be shown (see `chainsShownByInquiryOrder`). */
  passesOver(inquiryId: string): boolean {
    return this.last !== undefined && inquiryId > this.last;
  }

  closed(inquiryId: string, hasFindings: boolean): void {
    this.keep(inquiryId, hasFindings);
    if (this.byInquiryOrder && this.last === undefined && this.flagged.size >= this.limit) {
      let last = '';
      for (const id of this.flagged) if (id > last) last = id;
      this.last = last;
    }
  }

  private keep(inquiryId: string, hasFindings: boolean): void {
    // Kept with findings already; or dropped (and counted) when it closed before: a reopened
    // inquiry's chain is not restarted, so it is not counted twice.
    if (this.flagged.has(inquiryId) || !this.chains.has(inquiryId)) return;
    if (this.quiet.has(inquiryId)) {
      if (!hasFindings) return;
      this.quiet.delete(inquiryId);
    }
    if (this.flagged.size + this.quiet.size < this.limit) {
      if (hasFindings) this.flagged.add(inquiryId);
      else {
        this.quiet.add(inquiryId);
        this.quietOrder.push(inquiryId);
      }
      return;
    }
    if (hasFindings) {
      const evicted = this.oldestQuiet();
      if (evicted !== undefined) {
        this.quiet.delete(evicted);
        this.chains.drop(evicted);
        this.droppedQuiet += 1;
        this.flagged.add(inquiryId);
        return;
      }
    }
    this.chains.drop(inquiryId);
    if (hasFindings) this.droppedFlagged += 1;
    else this.droppedQuiet += 1;
  }

  // The quiet inquiry kept longest, taken off the order (ids no longer quiet are passed by).
  private oldestQuiet(): string | undefined {
    let oldest: string | undefined;
    while (oldest === undefined && this.quietHead < this.quietOrder.length) {
      const id = this.quietOrder[this.quietHead] as string;
      this.quietHead += 1;
      if (this.quiet.has(id)) oldest = id;
    }
    if (this.quietHead > 1024 && this.quietHead * 2 > this.quietOrder.length) {
      this.quietOrder = this.quietOrder.slice(this.quietHead);
      this.quietHead = 0;
    }
    return oldest;
  }

  leftOut(): ChainsLeftOut {
    return { withFindings: this.droppedFlagged, withoutFindings: this.droppedQuiet };
  }
}

// utils

/**
 * Supervision of a whole history as of one instant, in one pass: the batch form of
 * {@link createSupervisor}. Events dated after `asOf` are left out (and counted).
 *
 * @example
 * import { supervise } from 'first-inquiry/supervision';
 * const r = supervise([], '2026-05-04T12:00:00+08:00');
 * [r.findings.length, r.holdings.open]; // [0, 0]
 *
 * @category supervision
 * @since 0.2.0
 */
export function supervise(
  events: Iterable<InquiryEvent>,
  asOf: string,
  policy: Policy = defaultPolicy,
  options: SupervisorOptions = {},
): SupervisionReport {
  const supervisor = createSupervisor(policy, options);
  const until = asOfMillis(asOf);
  let eventsAfterAsOf = 0;
  for (const event of events) {
    if (asOfMillis(event.data.at) > until) eventsAfterAsOf += 1;
    else supervisor.add(event);
  }
  return {
    asOf,
    findings: supervisor.findings(asOf),
    problems: supervisor.problems(),
    holdings: supervisor.holdings(),
    deadlines: supervisor.deadlines(asOf),
    chains: supervisor.chains(),
    staff: supervisor.staff(asOf),
    eventsAfterAsOf,
  };
}
