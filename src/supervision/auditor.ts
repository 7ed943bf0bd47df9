import type { InquiryEvent } from '../inquiry/events';
import { isReceipt, skipReason, type Effect, type Outcome } from '../inquiry/lifecycle';
import { asOfMillis } from './as-of';
import { sortFindings, type AuditProblem, type Finding } from './finding';
import { defaultPolicy, type Policy } from '../policy/policy';
import { SharedRefs, type InquiryPosition } from './positions';
import { InquiryTracker, TrackerContext, type Tombstone } from './tracker';

// model

/**
 * What the auditor tells about one inquiry: enough for a report, nothing that grows with the history.
 *
 * @example
 * import { createAuditor } from 'first-inquiry/supervision';
 * const auditor = createAuditor();
 * // after adding events: auditor.release('INQ-7') → { status: 'resolved', stages: 2, findings: […], … }
 * auditor.release('INQ-7'); // undefined: never received
 *
 * @category audit
 * @since 0.1.0
 */
export interface InquiryAuditSummary {
  readonly inquiryId: string;
  readonly category: string;
  readonly receivedAt: string;
  /** `open`, or how it ended (its latest closure). */
  readonly status: 'open' | Outcome;
  readonly closedAt?: string;
  /** How many stages (环节) it has had. */
  readonly stages: number;
  /** How many events were applied. */
  readonly events: number;
  readonly findings: readonly Finding[];
}

/**
 * An incremental audit over a stream of events of many inquiries, in any interleaving (each
 * inquiry's own events in the order they happened). Memory per inquiry is bounded: it keeps the
 * current stage, a few running clocks, the items asked for and the findings that have arisen,
 * never the history.
 *
 * - `add(event)`: fold one event (an event that cannot apply is reported in `problems()`);
 * - `findings(asOf)`: every finding arisen by `asOf`, in {@link compareFindings} order; those that
 *   depend on time passing (an open matter still overdue, still idle …) are computed for `asOf`;
 * - `problems()`: events that could not be applied as they were (see {@link AuditProblem});
 * - `summary(inquiryId, asOf)`: one inquiry's summary with its findings by `asOf`;
 * - `closed()`: the ids of inquiries that are closed now;
 * - `release(inquiryId)`: summarise a closed inquiry and drop its state (its findings are final:
 *   nothing time-dependent runs on a closed matter); from then on `findings` leaves them out, so
 *   keep the summary's. A tiny tombstone keeps what a later reopen needs;
 * - `size()`: how many inquiries are held in full.
 *
 * `asOf` is an ISO-8601 instant with a zone; anything else throws a `RangeError` (a caller's bug).
 *
 * @example
 * import { createAuditor, type Auditor } from 'first-inquiry/supervision';
 * const auditor: Auditor = createAuditor();
 * auditor.size(); // 0
 *
 * @category audit
 * @since 0.1.0
 */
export interface Auditor {
  readonly add: (event: InquiryEvent) => void;
  readonly findings: (asOf: string) => readonly Finding[];
  readonly problems: () => readonly AuditProblem[];
  readonly summary: (inquiryId: string, asOf: string) => InquiryAuditSummary | undefined;
  readonly closed: () => readonly string[];
  readonly release: (inquiryId: string) => InquiryAuditSummary | undefined;
  readonly size: () => number;
}

// constructors

/**
 * An incremental {@link Auditor} under a policy. Pure apart from its own state: no clock, no I/O;
 * `asOf` comes in as data.
 *
 * @example
 * import { createAuditor } from 'first-inquiry/supervision';
 * const auditor = createAuditor();
 * // for (const line of log) auditor.add(JSON.parse(line));
 * // for (const id of auditor.closed()) report(auditor.release(id));
 * auditor.findings('2026-05-20T09:00:00+08:00'); // []
 *
 * @category audit
 * @since 0.1.0
 */
export function createAuditor(policy: Policy = defaultPolicy): Auditor {
  const fold = new AuditFold(policy);
  return {
    add: (event) => fold.add(event, Date.parse(event.data.at)),
    findings: (asOf) => fold.findings(asOf),
    problems: () => fold.problems(),
    summary: (inquiryId, asOf) => fold.summary(inquiryId, asOf),
    closed: () => fold.closed(),
    release: (inquiryId) => fold.release(inquiryId),
    size: () => fold.size(),
  };
}

/**
 * The {@link Auditor}'s state and steps, for a fold that already has each event's instant and
 * lifecycle effect (the supervisor) and so need not work them out again.
 *
 * @internal
 */
export class AuditFold {
  // The inquiries held in full, and what a release leaves of the others. Two maps, not one: most
  // events are of inquiries held, and a map of those alone stays small enough to be looked up fast.
  private readonly trackers = new Map<string, InquiryTracker>();
  private readonly tombstones = new Map<string, Tombstone>();
  private readonly problemList: AuditProblem[] = [];
  // Kept as events arrive so that releasing in batches costs the closed inquiries, not all of them.
  private readonly closedIds = new Set<string>();
  private position = 0;
  private readonly context: TrackerContext;
  /** Events the lifecycle skipped (before a receipt, after a closure, a second receipt, a reopen of an open one). */
  skipped = 0;

  /**
   * `trackClosed: false` for a caller that releases each inquiry as it closes ({@link releaseNow}):
   * no set of closed inquiries is then kept for {@link closed} and {@link releaseClosed}.
   */
  constructor(
    policy: Policy,
    private readonly options: { readonly trackClosed: boolean } = { trackClosed: true },
  ) {
    // The positions' references are shared apart from the findings': a position shares whatever it is given.
    this.context = new TrackerContext(policy, new SharedRefs(), new SharedRefs());
  }

  /**
   * Folds one event; `at` is `Date.parse(event.data.at)`, `effect` its `effectOf` if known. Returns
   * the inquiry's tracker if the lifecycle applied the event, `undefined` if it skipped it.
   */
  add(event: InquiryEvent, at: number, effect?: Effect): InquiryTracker | undefined {
    const d = event.data;
    const tracker = this.trackers.get(d.inquiryId);
    if (tracker === undefined) {
      const started = this.start(event, at);
      if (started === undefined) this.skipped += 1;
      this.position += 1;
      return started;
    }
    if (at < tracker.lastAt) {
      this.problem(
        'TIME_WENT_BACKWARDS',
        event,
        `This ${event.type} of ${d.inquiryId} is dated ${d.at}, before the inquiry's previous event; it was applied as if at that instant.`,
      );
      at = tracker.lastAt;
    }
    const wasOpen = tracker.status === 'open';
    const skip = skipReason(wasOpen ? 'open' : 'closed', undefined, event);
    if (skip !== undefined) this.skipped += 1;
    if (skip === 'DUPLICATE_RECEIPT') {
      this.problem('DUPLICATE_RECEIPT', event, `${d.inquiryId} was already received; this second receipt was skipped.`);
    } else if (skip === 'REOPEN_OF_OPEN') {
      this.problem('REOPEN_OF_OPEN_INQUIRY', event, `${d.inquiryId} is still open; this reopen was skipped.`);
    } else if (skip !== undefined) {
      this.problem(
        'EVENT_AFTER_CLOSURE',
        event,
        `${d.inquiryId} is closed (${tracker.status}); this ${event.type} was skipped. Reopen it first.`,
      );
    } else {
      tracker.apply(event, at, effect);
      if (this.options.trackClosed) {
        // An inquiry is in closedIds exactly while its tracker is closed: only a change touches the set.
        const isOpen = tracker.status === 'open';
        if (!isOpen) this.closedIds.add(d.inquiryId);
        else if (!wasOpen) this.closedIds.delete(d.inquiryId);
      }
    }
    this.position += 1;
    return skip === undefined ? tracker : undefined;
  }

  /** The positions of the open inquiries (held in full), in the order they were received or reopened. */
  *openPositions(): IterableIterator<InquiryPosition> {
    for (const tracker of this.trackers.values()) if (tracker.status === 'open') yield tracker.position();
  }

  /** Inquiries received so far, released ones included. */
  inquiries(): number {
    return this.trackers.size + this.tombstones.size;
  }

  findings(asOf: string): readonly Finding[] {
    return sortFindings(this.unsortedFindings(asOfMillis(asOf)));
  }

  /** The tracked inquiries' findings arisen by `asOf` (ms), in no order: for a caller that sorts them with others. */
  unsortedFindings(asOf: number): Finding[] {
    const all: Finding[] = [];
    for (const tracker of this.trackers.values()) for (const f of tracker.findings(asOf)) all.push(f);
    return all;
  }

  problems(): readonly AuditProblem[] {
    return [...this.problemList];
  }

  summary(inquiryId: string, asOf: string): InquiryAuditSummary | undefined {
    const tracker = this.trackers.get(inquiryId);
    return tracker === undefined ? undefined : summarise(tracker, asOfMillis(asOf));
  }

  closed(): readonly string[] {
    return [...this.closedIds];
  }

  release(inquiryId: string): InquiryAuditSummary | undefined {
    const tracker = this.trackers.get(inquiryId);
    if (tracker === undefined || tracker.status === 'open') return undefined;
    this.closedIds.delete(inquiryId);
    this.bury(tracker);
    return summarise(tracker, Number.POSITIVE_INFINITY);
  }

  /**
   * Releases every closed inquiry, handing each one's findings (in no order) to `each`: what
   * {@link release} does for each of {@link closed}, without building a summary nobody reads.
   */
  releaseClosed(each: (inquiryId: string, findings: readonly Finding[]) => void): void {
    for (const inquiryId of this.closedIds) {
      const tracker = this.trackers.get(inquiryId);
      if (tracker === undefined || tracker.status === 'open') continue;
      this.bury(tracker);
      each(inquiryId, tracker.settledFindings());
    }
    this.closedIds.clear();
  }

  /**
   * Releases one closed inquiry now (what {@link releaseClosed} does for each of a batch) and
   * returns its findings, in no order; for a caller that releases inquiries as they close.
   */
  releaseNow(tracker: InquiryTracker): readonly Finding[] {
    this.closedIds.delete(tracker.inquiryId);
    this.bury(tracker);
    return tracker.settledFindings();
  }

  size(): number {
    return this.trackers.size;
  }

  // An event of an inquiry without a tracker: a receipt, a reopen of a released one, or a problem.
  private start(event: InquiryEvent, at: number): InquiryTracker | undefined {
    const d = event.data;
    const tomb = this.tombstones.get(d.inquiryId);
    if (tomb === undefined && isReceipt(event)) {
      return this.track(event, at, event.data.category, d.at);
    } else if (tomb !== undefined && skipReason('closed', undefined, event) === undefined) {
      this.tombstones.delete(d.inquiryId);
      return this.track(event, at, tomb.category, tomb.receivedAt, tomb);
    } else if (tomb !== undefined) {
      this.problem(
        skipReason('closed', undefined, event) === 'DUPLICATE_RECEIPT' ? 'DUPLICATE_RECEIPT' : 'EVENT_AFTER_CLOSURE',
        event,
        `${d.inquiryId} is closed (released by the auditor); this ${event.type} was skipped.`,
      );
    } else {
      this.problem('EVENT_BEFORE_RECEIPT', event, `${d.inquiryId} has not been received; this ${event.type} was skipped.`);
    }
    return undefined;
  }

  // A tracker for the inquiry of a receipt (no past) or of a reopen of a released one (its tombstone).
  private track(event: InquiryEvent, at: number, category: string, receivedAt: string, past?: Tombstone): InquiryTracker {
    const d = event.data;
    const tracker = new InquiryTracker(this.context, { inquiryId: d.inquiryId, category, receivedAt, by: d.by, at: d.at }, at, past);
    this.trackers.set(d.inquiryId, tracker);
    return tracker;
  }

  // A closed inquiry's tracker gives way to a tombstone, what a reopen needs; keyed by the
  // tracker's own copy of the id, not the caller's: one string per inquiry is kept.
  private bury(tracker: InquiryTracker): void {
    this.trackers.delete(tracker.inquiryId);
    this.tombstones.set(tracker.inquiryId, tracker.tombstone());
  }

  private problem(code: AuditProblem['code'], event: InquiryEvent, message: string): void {
    this.problemList.push({
      code,
      inquiryId: event.data.inquiryId,
      eventType: event.type,
      at: event.data.at,
      position: this.position,
      message,
    });
  }
}

function summarise(tracker: InquiryTracker, asOf: number): InquiryAuditSummary {
  const base = {
    inquiryId: tracker.inquiryId,
    category: tracker.category,
    receivedAt: tracker.receivedAt,
    status: tracker.status,
    stages: tracker.stage + 1,
    events: tracker.events,
    findings: sortFindings([...tracker.findings(asOf)]),
  };
  return tracker.closedAt === undefined ? base : { ...base, closedAt: tracker.closedAt };
}
