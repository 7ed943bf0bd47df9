import type { InquiryEvent } from '../inquiry/events';
import { effectOf, type Effect, type Outcome } from '../inquiry/lifecycle';
import type { TimeLimit } from '../policy/policy';
import type { StaffRef } from '../inquiry/staff';
import { normalizeForMatching } from '../policy/policy';
import { limitLength, toZonedIso, workingClock, type WorkingClock } from '../policy/working-time';
import { FINDING_RULES, type Finding, type FindingCode, type FindingParamsByCode } from './finding';
import { timeLimitFor, type Policy } from '../policy/policy';
import { renderFindingMessage } from './finding-messages';
import type { InquiryPosition, SharedRefs } from './positions';
import type { ChainHandle } from './stage-chains';
import { instantMillis } from '../primitives/codecs';

// A clock that runs out `limit` after `from`. `due` is computed only when needed: most events come
// well within a limit, and a cheap bound (working time never exceeds clock time) settles those.
interface Timer {
  from: number;
  limit: TimeLimit;
  due?: number | undefined;
}

interface Escalation {
  readonly leader: StaffRef;
  readonly absentHandler?: StaffRef;
  timer?: Timer | undefined;
  named?: { readonly handler: StaffRef; readonly leader: StaffRef; timer?: Timer | undefined };
}

interface PendingPromise {
  readonly deadline: number;
}

/** What a closed inquiry leaves behind when it is released: enough to audit a later reopen. @internal */
export interface Tombstone {
  readonly inquiryId: string;
  readonly category: string;
  readonly receivedAt: string;
  readonly stages: number;
  readonly events: number;
  readonly notices: readonly string[];
}

// A clock started again at `at`, in place when there is one: a timer per event, kept until the
// inquiry's next event, would be promoted out of the young generation and left as garbage for the
// full collector (follow-ups and inactivity restart on most events of a long log).
function restarted(timer: Timer | undefined, at: number, limit: TimeLimit): Timer {
  if (timer === undefined) return { from: at, limit, due: undefined };
  timer.from = at;
  timer.limit = limit;
  timer.due = undefined;
  return timer;
}

const NO_NOTICES: readonly string[] = Object.freeze([]);
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/**
 * What every tracker of one audit shares, worked out once per audit instead of once per inquiry:
 * the policy and its working clock, each category's time limit, and the shared copies of staff
 * references and categories that kept state points to (not the parsed events', which then die young).
 *
 * @internal
 */
export class TrackerContext {
  readonly clock: WorkingClock;
  private readonly limits = new Map<string, TimeLimit>();

  constructor(
    readonly policy: Policy,
    readonly shared: SharedRefs,
    readonly positionRefs: SharedRefs,
  ) {
    this.clock = workingClock(policy.calendar);
  }

  /** The category's time limit (FI-05), looked up in the policy once per category. */
  limitFor(category: string): TimeLimit {
    let limit = this.limits.get(category);
    if (limit === undefined) {
      limit = timeLimitFor(this.policy, category);
      // Bounded like the shared references: a log with ever new categories looks each one up.
      if (this.limits.size < 4096) this.limits.set(category, limit);
    }
    return limit;
  }
}

/**
 * The running audit of one inquiry. Bounded: the current stage, a handful of clocks, the items
 * asked for so far, and the findings that have arisen; never the events themselves.
 *
 * @internal
 */
export class InquiryTracker {
  readonly inquiryId: string;
  readonly category: string;
  readonly receivedAt: string;
  status: 'open' | Outcome = 'open';
  closedAt?: string | undefined;
  stage: number;
  events: number;
  lastAt: number;
  /**
   * The inquiry's chain of stages as the supervisor's chain fold handed it back (opaque here), so
   * that it is not looked up by id at each event; a reopened inquiry's new tracker looks it up once.
   */
  chain: ChainHandle | undefined = undefined;
  private holder: StaffRef;
  private responder: StaffRef;
  private readonly limit: TimeLimit;
  private overdue?: Timer | undefined;
  private episodeStart: string;
  private escalation?: Escalation | undefined;
  private promise?: PendingPromise | undefined;
  private followUp?: Timer | undefined;
  private promised = false;
  private reopened = false;
  private inactivity?: Timer | undefined;
  // FI-05 counts "with complete paperwork" (資料齊全): from a notice of missing materials until they
  // are recorded as received, the wait is the requester's. The time limit is paused (what was used
  // before the notice still counts, so a late notice is staff's time) and idleness is not counted.
  private waitingSince?: number | undefined;
  // `from` in ms: formatted only if an OVERDUE finding names the waits (most episodes never do);
  // `fromAt` as recorded, for the inquiry's position. Made on the first wait, as `notices` is.
  private waited: { from: number; fromAt: string; to: string }[] | undefined;
  // The inquiry's position on the lifecycle (who holds it since when, the wait as recorded), kept
  // here so that a supervisor that needs positions of open inquiries only need not fold them apart.
  // References go through the positions' own shared copies, as a PositionFold's do.
  private since: string;
  private positionHolder: StaffRef;
  private positionResponder: StaffRef;
  private waitingFrom?: string | undefined;
  // Made on the first notice: most inquiries never have one, and an empty Set per open inquiry adds up.
  private notices: Set<string> | undefined;
  // Made on the first finding: most inquiries have none.
  private settled: Finding[] | undefined;
  private readonly policy: Policy;
  private readonly clock: WorkingClock;
  private readonly shared: SharedRefs;
  private readonly positionRefs: SharedRefs;

  constructor(
    context: TrackerContext,
    start: {
      readonly inquiryId: string;
      readonly category: string;
      readonly receivedAt: string;
      readonly by: StaffRef;
      readonly at: string;
    },
    /** `start.at` in ms, as the caller has counted it. */
    startAt: number,
    past?: Tombstone,
  ) {
    this.policy = context.policy;
    this.clock = context.clock;
    this.shared = context.shared;
    this.positionRefs = context.positionRefs;
    this.inquiryId = start.inquiryId;
    this.category = this.shared.string(start.category);
    this.receivedAt = start.receivedAt;
    this.limit = context.limitFor(start.category);
    this.holder = this.share(start.by);
    this.responder = this.holder;
    this.since = start.at;
    this.positionHolder = this.positionRef(start.by);
    this.positionResponder = this.positionHolder;
    this.stage = past === undefined ? 0 : past.stages;
    this.events = past === undefined ? 1 : past.events + 1;
    this.notices = past === undefined || past.notices.length === 0 ? undefined : new Set(past.notices);
    this.lastAt = startAt;
    this.episodeStart = start.at;
    this.reopened = past !== undefined;
    this.openEpisode(this.lastAt);
  }

  /**
   * Folds one event of this inquiry; `at` is its instant in ms (never before the previous event).
   * A caller that already has the event's `effect` (the supervisor) passes it, not to compute it twice.
   */
  apply(event: InquiryEvent, at: number, effect: Effect = effectOf(event)): void {
    this.fireDue(at);
    const d = event.data;
    if (effect.holderOnly && d.by.id !== this.holder.id) {
      this.record(
        'ACT_WITHOUT_RESPONSIBILITY',
        d.at,
        { inquiryId: this.inquiryId, actor: d.by.name, holder: this.holder.name, act: event.type },
        d.by,
      );
    }
    switch (effect.kind) {
      case 'handOn':
        this.stage += 1;
        this.holder = this.share(effect.to);
        this.since = d.at;
        this.positionHolder = this.positionRef(effect.to);
        this.escalation = undefined;
        break;
      case 'escalate':
        this.escalation ??= {
          leader: effect.leader,
          ...(effect.absentHandler === undefined ? {} : { absentHandler: effect.absentHandler }),
          timer: { from: at, limit: this.policy.escalationHandOn, due: undefined },
        };
        break;
      case 'nameHandler':
        if (this.escalation !== undefined && this.escalation.named === undefined) {
          this.escalation.named = {
            handler: effect.handler,
            leader: d.by,
            timer: { from: at, limit: this.policy.namedHandOn, due: undefined },
          };
        }
        break;
      case 'notifyMissing':
        this.notice(effect.items, d.at, d.by);
        this.startWaiting(at, d.at);
        break;
      case 'materialsReceived':
        this.stopWaiting(at, d.at);
        break;
      case 'promise':
        this.promiseMade(effect.deadline, at, d.at, d.by);
        break;
      case 'requesterReplied':
        this.promise = undefined;
        this.followedUp(at);
        break;
      case 'followUp':
        this.followedUp(at);
        break;
      case 'close':
        this.close(effect.outcome, d.at);
        break;
      case 'reopen':
        this.status = 'open';
        // Set, not deleted: a deleted property turns the tracker into a slow dictionary object, and
        // every check that reads trackers then sees two kinds of object.
        this.closedAt = undefined;
        this.stage += 1;
        this.holder = this.share(d.by);
        this.responder = this.holder;
        this.since = d.at;
        this.positionHolder = this.positionRef(d.by);
        this.positionResponder = this.positionHolder;
        this.episodeStart = d.at;
        this.reopened = true;
        this.openEpisode(at);
        break;
      case 'receive':
      case 'clarify':
      case 'recordContact':
      case 'classifyLiability':
        break;
    }
    if (this.status === 'open') {
      this.inactivity = this.waitingSince !== undefined ? undefined : restarted(this.inactivity, at, this.policy.inactivity);
    }
    this.lastAt = at;
    this.events += 1;
  }

  /** Settled findings arisen by `asOf`, and those that time passing has created by then. */
  findings(asOf: number): readonly Finding[] {
    const settled = this.settled === undefined ? [] : this.settled.filter((f) => instantMillis(f.arisenAt) <= asOf);
    if (this.status !== 'open') return settled;
    return [...settled, ...this.pending(asOf)];
  }

  /** Every settled finding, as kept (not a copy): for a release, after which the tracker is dropped. */
  settledFindings(): readonly Finding[] {
    return this.settled ?? NO_FINDINGS;
  }

  /**
   * The open inquiry's position on the lifecycle, as a {@link PositionFold} would hold it: holder
   * and responder, when the holder took it, when its time limit started, and the requester's waits.
   */
  position(): InquiryPosition {
    const base = {
      inquiryId: this.inquiryId,
      category: this.category,
      status: this.status,
      holder: this.positionHolder,
      responder: this.positionResponder,
      stage: this.stage,
      since: this.since,
      limitFrom: this.episodeStart,
    };
    const waiting = this.waitingFrom === undefined ? base : { ...base, waitingSince: this.waitingFrom };
    return this.waited === undefined ? waiting : { ...waiting, waits: this.waited.map((w) => ({ from: w.fromAt, to: w.to })) };
  }

  /** What a release keeps. */
  tombstone(): Tombstone {
    return {
      inquiryId: this.inquiryId,
      category: this.category,
      receivedAt: this.receivedAt,
      stages: this.stage + 1,
      events: this.events,
      notices: this.notices === undefined ? NO_NOTICES : [...this.notices],
    };
  }

  private startWaiting(at: number, atIso: string): void {
    if (this.waitingSince !== undefined || this.status !== 'open') return;
    this.waitingSince = at;
    this.waitingFrom = atIso;
    // The limit stops where it stands; stopWaiting resumes it with the working time it had left.
    if (this.overdue !== undefined) this.dueMillis(this.overdue);
  }

  private stopWaiting(at: number, atIso: string): void {
    const since = this.waitingSince;
    if (since === undefined) return;
    this.waitingSince = undefined;
    (this.waited ??= []).push({ from: since, fromAt: this.waitingFrom ?? atIso, to: atIso });
    this.waitingFrom = undefined;
    const timer = this.overdue;
    if (timer === undefined) return;
    const due = this.dueMillis(timer);
    const hours = timer.limit.unit === 'hours';
    const left = hours ? Math.max(0, due - since) : this.clock.between(since, due);
    const resumed = hours ? at + left : this.clock.add(at, left);
    // `from` only bounds the cheap check in isPast (a limit never runs out sooner than its full
    // length after `from`), so it is set where that bound still holds for the resumed deadline.
    this.overdue = { from: Math.min(at, resumed - this.fullLength(timer.limit)), limit: timer.limit, due: resumed };
  }

  private openEpisode(at: number): void {
    this.waitingSince = undefined;
    this.waitingFrom = undefined;
    this.waited = undefined;
    // One shape for every timer (`due` included), so the checks that read them stay monomorphic.
    this.overdue = { from: at, limit: this.limit, due: undefined };
    this.inactivity = restarted(this.inactivity, at, this.policy.inactivity);
    this.promise = undefined;
    this.followUp = undefined;
    this.promised = false;
    this.escalation = undefined;
  }

  private close(outcome: Outcome, at: string): void {
    this.status = outcome;
    this.waitingSince = undefined;
    this.waitingFrom = undefined;
    this.closedAt = at;
    this.overdue = undefined;
    this.escalation = undefined;
    this.promise = undefined;
    this.followUp = undefined;
    this.inactivity = undefined;
  }

  private notice(items: readonly string[], at: string, by: StaffRef): void {
    const asked = items.map(normalizeForMatching);
    const notices = (this.notices ??= new Set());
    const fresh = items.filter((_, i) => !notices.has(asked[i] ?? ''));
    if (notices.size > 0 && fresh.length > 0) {
      this.record('NOTICE_NOT_ONE_TIME', at, { inquiryId: this.inquiryId, actor: by.name, items: fresh }, by);
    }
    for (const item of asked) notices.add(item);
  }

  private promiseMade(deadline: string, at: number, atIso: string, by: StaffRef): void {
    if (by.id !== this.holder.id) {
      this.record('PROMISE_BY_NON_RESPONSIBLE', atIso, { inquiryId: this.inquiryId, actor: by.name, holder: this.holder.name }, by);
    }
    const due = instantMillis(deadline);
    if (!(due > at)) {
      this.record('PROMISE_WITHOUT_DEADLINE', atIso, { inquiryId: this.inquiryId, actor: by.name, deadline }, by);
    } else {
      this.promise = { deadline: due };
    }
    this.promised = true;
    this.followedUp(at);
  }

  private followedUp(at: number): void {
    if (this.promised) this.followUp = restarted(this.followUp, at, this.policy.followUpEvery);
  }

  // Clocks that ran out before `at` become settled findings, each once, in the stage that held
  // the matter when it ran out: no stage can have changed since, or an earlier event would have fired it.
  private fireDue(at: number): void {
    // Most events come with every clock still running: settle that without building a list.
    if (!this.anyDue(at)) return;
    for (const f of this.due(at, true)) (this.settled ??= []).push(f);
    if (this.overdue !== undefined && this.waitingSince === undefined && this.isPast(this.overdue, at)) this.overdue = undefined;
    if (this.escalation?.timer !== undefined && this.isPast(this.escalation.timer, at)) this.escalation.timer = undefined;
    if (this.escalation?.named?.timer !== undefined && this.isPast(this.escalation.named.timer, at))
      this.escalation.named.timer = undefined;
    if (this.promise !== undefined && this.promise.deadline < at) this.promise = undefined;
    if (this.followUp !== undefined && this.isPast(this.followUp, at)) this.followUp = undefined;
    if (this.inactivity !== undefined && this.isPast(this.inactivity, at)) this.inactivity = undefined;
  }

  // Whether `due(at)` would find anything: the same tests, in the same order, with no findings made.
  private anyDue(at: number): boolean {
    const e = this.escalation;
    return (
      (this.overdue !== undefined && this.waitingSince === undefined && this.isPast(this.overdue, at)) ||
      (e?.timer !== undefined && this.isPast(e.timer, at)) ||
      (e?.named?.timer !== undefined && this.isPast(e.named.timer, at)) ||
      (this.promise !== undefined && this.promise.deadline < at) ||
      (this.followUp !== undefined && this.isPast(this.followUp, at)) ||
      (this.inactivity !== undefined && this.isPast(this.inactivity, at))
    );
  }

  private pending(asOf: number): readonly Finding[] {
    return this.due(asOf, false);
  }

  private due(at: number, settled: boolean): Finding[] {
    const out: Finding[] = [];
    const overdue = this.overdue;
    const holder = this.holder.name;
    const inquiryId = this.inquiryId;
    if (overdue !== undefined && this.waitingSince === undefined && this.isPast(overdue, at)) {
      out.push(
        this.finding('OVERDUE', this.dueOf(overdue), settled, {
          inquiryId,
          category: this.category,
          limit: overdue.limit,
          from: this.reopened ? 'reopening' : 'receipt',
          startedAt: this.episodeStart,
          holder,
          ...(this.waited === undefined
            ? {}
            : { waits: this.waited.map((w) => ({ from: toZonedIso(w.from, this.policy.calendar.zone), to: w.to })) }),
        }),
      );
    }
    const e = this.escalation;
    if (e?.timer !== undefined && this.isPast(e.timer, at)) {
      out.push(
        this.finding('SLOW_HAND_ON_AFTER_ESCALATION', this.dueOf(e.timer), settled, {
          inquiryId,
          leader: e.leader.name,
          holder,
          limit: e.timer.limit,
          named: e.named !== undefined,
          ...(e.absentHandler === undefined ? {} : { absentHandler: e.absentHandler.name }),
        }),
      );
    }
    if (e?.named?.timer !== undefined && this.isPast(e.named.timer, at)) {
      out.push(
        this.finding('SLOW_HAND_ON_AFTER_NAMING', this.dueOf(e.named.timer), settled, {
          inquiryId,
          leader: e.named.leader.name,
          handler: e.named.handler.name,
          holder,
          limit: e.named.timer.limit,
        }),
      );
    }
    if (this.promise !== undefined && this.promise.deadline < at) {
      const deadline = toZonedIso(this.promise.deadline, this.policy.calendar.zone);
      out.push(this.finding('PROMISE_MISSED', deadline, settled, { inquiryId, deadline, holder }));
    }
    if (this.followUp !== undefined && this.isPast(this.followUp, at)) {
      out.push(this.finding('NO_FOLLOW_UP', this.dueOf(this.followUp), settled, { inquiryId, limit: this.followUp.limit, holder }));
    }
    if (this.inactivity !== undefined && this.isPast(this.inactivity, at)) {
      out.push(this.finding('INACTION', this.dueOf(this.inactivity), settled, { inquiryId, limit: this.inactivity.limit, holder }));
    }
    return out;
  }

  private isPast(timer: Timer, at: number): boolean {
    // Working time never runs faster than the clock, so a limit cannot have run out sooner.
    if (timer.limit.unit !== 'hours' && at - timer.from <= this.fullLength(timer.limit)) return false;
    return at > this.dueMillis(timer);
  }

  private fullLength(limit: TimeLimit): number {
    return limitLength(limit, this.clock.dayLength);
  }

  private dueMillis(timer: Timer): number {
    timer.due ??= this.clock.deadline(timer.from, timer.limit);
    return timer.due;
  }

  private dueOf(timer: Timer): string {
    return toZonedIso(this.dueMillis(timer), this.policy.calendar.zone);
  }

  private share(staff: StaffRef): StaffRef {
    return this.shared.asRecorded(staff);
  }

  private positionRef(staff: StaffRef): StaffRef {
    return this.positionRefs.ref(staff);
  }

  private accountable(): StaffRef {
    return this.policy.accountability === 'handover-discharges' ? this.holder : this.responder;
  }

  // The English message is rendered from the same catalogue as every other locale (kept for
  // compatibility) when it is read, not when the finding arises: a report in any language words
  // it from `params`, and only a reader of `message` (JSON output, a library caller) needs it.
  // It stays an own enumerable property, so JSON, spreads and equality see it as a string.
  private finding<C extends FindingCode>(
    code: C,
    arisenAt: string,
    settled: boolean,
    params: FindingParamsByCode[C],
    actor?: StaffRef,
  ): Finding {
    const zone = this.policy.calendar.zone;
    const rule = FINDING_RULES[code];
    const { inquiryId, stage, holder } = this;
    const accountable = this.accountable();
    // One literal with the getter; a spread *of* the finding would read (and so render) the
    // message, a spread *into* it does not.
    return {
      rule,
      code,
      inquiryId,
      stage,
      holder,
      accountable,
      arisenAt,
      params,
      get message() {
        return renderFindingMessage(code, params, 'en', zone);
      },
      ...(actor === undefined ? {} : { actor }),
      settled,
    };
  }

  private record<C extends FindingCode>(code: C, at: string, params: FindingParamsByCode[C], actor: StaffRef): void {
    (this.settled ??= []).push(this.finding(code, at, true, params, this.share(actor)));
  }
}
