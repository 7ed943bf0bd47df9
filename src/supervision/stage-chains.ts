import type { InquiryEvent } from '../inquiry/events';
import type { Outcome } from '../inquiry/lifecycle';
import type { Stage, StageEnd } from '../inquiry/state';
import type { StaffRef } from '../inquiry/staff';
import type { Effect } from '../inquiry/lifecycle';
import { PositionFold, SharedRefs, type InquiryPosition } from './positions';

// model

/**
 * A stage in a chain, with who moved the matter into it when that was not the previous holder (a
 * leader's reassignment, 领导改派).
 *
 * @example
 * import type { ChainStage } from 'first-inquiry/supervision';
 * const moved = (s: ChainStage) => s.movedBy !== undefined;
 *
 * @category projections
 * @since 0.2.0
 */
export type ChainStage = Stage & { readonly movedBy?: StaffRef };

/**
 * An escalation to a leader (请示相关领导, FI-08) in a chain: in which stage, who asked whom, and
 * whom the leader named, if anyone yet.
 *
 * @example
 * import type { ChainEscalation } from 'first-inquiry/supervision';
 * const answered = (e: ChainEscalation) => e.named !== undefined;
 *
 * @category projections
 * @since 0.2.0
 */
export interface ChainEscalation {
  readonly stage: number;
  readonly at: string;
  readonly by: StaffRef;
  readonly leader: StaffRef;
  readonly question: string;
  readonly absentHandler?: StaffRef;
  readonly named?: { readonly handler: StaffRef; readonly at: string };
}

/**
 * One inquiry's chain of responsible persons (环节, FI-09): who held it, from when to when, how
 * each stage began and ended, and its escalations. The open stage has no `to`.
 *
 * @example
 * import { stageChains } from 'first-inquiry/supervision';
 * for (const c of stageChains([])) console.log(c.inquiryId, c.stages.map((s) => s.holder.name).join(' → '));
 *
 * @category projections
 * @since 0.1.0
 */
export interface StageChain {
  readonly inquiryId: string;
  readonly category: string;
  readonly status: 'open' | Outcome;
  readonly stages: readonly ChainStage[];
  readonly escalations: readonly ChainEscalation[];
}

/**
 * The incremental form of {@link stageChains}. `release` drops a chain you no longer need and
 * returns it (a chain grows with its stages, so a long-running projection releases closed ones).
 *
 * @example
 * import { createStageChains, type StageChainProjection } from 'first-inquiry/supervision';
 * const chains: StageChainProjection = createStageChains();
 * chains.view(); // []
 *
 * @category projections
 * @since 0.1.0
 */
export interface StageChainProjection {
  readonly add: (event: InquiryEvent) => void;
  readonly chain: (inquiryId: string) => StageChain | undefined;
  readonly view: () => readonly StageChain[];
  readonly release: (inquiryId: string) => StageChain | undefined;
  /** Events that could not apply and were skipped. */
  readonly skipped: () => number;
}

/**
 * An inquiry's chain as {@link ChainFold.add} hands it back: opaque, for passing in again.
 *
 * @internal
 */
export type ChainHandle = object;

interface MutableChain {
  readonly inquiryId: string;
  readonly category: string;
  status: StageChain['status'];
  readonly stages: ChainStage[];
  readonly escalations: ChainEscalation[];
}

/**
 * What a chain reads of an inquiry after an applied event: its category, status and stage (a
 * position has them, and so has the auditor's tracker).
 *
 * @internal
 */
export type ChainStep = Pick<InquiryPosition, 'category' | 'status' | 'stage'>;

/**
 * Chains built from lifecycle steps, for a fold that already has them (the supervisor).
 *
 * @internal
 */
export class ChainFold {
  private readonly chains = new Map<string, MutableChain>();
  // Chains live as long as their inquiries are open (or kept): they hold shared copies of the
  // staff references, not the parsed events'.
  private readonly shared = new SharedRefs();

  private share(staff: StaffRef): StaffRef {
    return this.shared.asRecorded(staff);
  }

  /**
   * Folds one event that the lifecycle applied. Returns the inquiry's chain as a {@link ChainHandle}
   * (`undefined` if it has none): a caller that keeps per-inquiry state passes it back with the
   * inquiry's next event, and the chain is not looked up again (a second look-up by id per event
   * was a fifth of the chains' time).
   */
  add(event: InquiryEvent, effect: Effect, after: ChainStep, known?: ChainHandle): ChainHandle | undefined {
    const d = event.data;
    const chain = (known as MutableChain | undefined) ?? this.chains.get(d.inquiryId);
    if (chain === undefined) {
      if (effect.kind !== 'receive') return undefined;
      const started: MutableChain = {
        inquiryId: d.inquiryId,
        category: after.category,
        status: 'open',
        stages: [{ index: 0, holder: this.share(d.by), from: d.at, startedBy: 'received' }],
        escalations: [],
      };
      this.chains.set(d.inquiryId, started);
      return started;
    }
    this.step(chain, event, effect, after);
    return chain;
  }

  private step(chain: MutableChain, event: InquiryEvent, effect: Effect, after: ChainStep): void {
    const d = event.data;
    chain.status = after.status;
    switch (effect.kind) {
      case 'handOn':
        end(chain, d.at, effect.how);
        // Literals, not spreads: a spread copy per stage was a tenth of the chains' time.
        chain.stages.push(
          effect.how === 'reassignment'
            ? { index: chain.stages.length, holder: this.share(effect.to), from: d.at, startedBy: effect.how, movedBy: this.share(d.by) }
            : { index: chain.stages.length, holder: this.share(effect.to), from: d.at, startedBy: effect.how },
        );
        return;
      case 'close':
        end(chain, d.at, effect.outcome);
        return;
      case 'reopen':
        chain.stages.push({ index: chain.stages.length, holder: this.share(d.by), from: d.at, startedBy: 'reopened' });
        return;
      case 'escalate':
        chain.escalations.push({
          stage: after.stage,
          at: d.at,
          by: this.share(d.by),
          leader: this.share(effect.leader),
          question: effect.question,
          ...(effect.absentHandler === undefined ? {} : { absentHandler: this.share(effect.absentHandler) }),
        });
        return;
      case 'nameHandler':
        for (let i = chain.escalations.length - 1; i >= 0; i -= 1) {
          const asked = chain.escalations[i];
          if (asked !== undefined && asked.named === undefined && asked.leader.id === d.by.id) {
            chain.escalations[i] = { ...asked, named: { handler: this.share(effect.handler), at: d.at } };
            return;
          }
        }
        return;
      default:
    }
  }

  has(inquiryId: string): boolean {
    return this.chains.has(inquiryId);
  }

  chain(inquiryId: string): StageChain | undefined {
    const c = this.chains.get(inquiryId);
    return c === undefined ? undefined : snapshot(c);
  }

  view(): readonly StageChain[] {
    return [...this.chains.values()].map(snapshot).sort((a, b) => (a.inquiryId < b.inquiryId ? -1 : a.inquiryId > b.inquiryId ? 1 : 0));
  }

  release(inquiryId: string): StageChain | undefined {
    const c = this.chains.get(inquiryId);
    this.chains.delete(inquiryId);
    return c === undefined ? undefined : snapshot(c);
  }

  /** Forgets an inquiry's chain, for a caller that does not read it (no copy is made). */
  drop(inquiryId: string): void {
    this.chains.delete(inquiryId);
  }
}

// constructors

/**
 * An incremental stage-chain projection over many inquiries in any interleaving.
 *
 * @example
 * import { createStageChains } from 'first-inquiry/supervision';
 * const chains = createStageChains();
 * chains.view(); // []
 *
 * @category projections
 * @since 0.1.0
 */
export function createStageChains(): StageChainProjection {
  const positions = new PositionFold();
  const chains = new ChainFold();
  return {
    add: (event) => {
      const step = positions.add(event);
      if (step !== undefined) chains.add(step.event, step.effect, step.after);
    },
    chain: (inquiryId) => chains.chain(inquiryId),
    view: () => chains.view(),
    release: (inquiryId) => chains.release(inquiryId),
    skipped: () => positions.skipped,
  };
}

// utils

/**
 * Every inquiry's chain of stages, by inquiry id.
 *
 * @example
 * import { stageChains } from 'first-inquiry/supervision';
 * stageChains([]); // []
 *
 * @category projections
 * @since 0.1.0
 */
export function stageChains(events: Iterable<InquiryEvent>): readonly StageChain[] {
  const chains = createStageChains();
  for (const event of events) chains.add(event);
  return chains.view();
}

function snapshot(c: MutableChain): StageChain {
  return { inquiryId: c.inquiryId, category: c.category, status: c.status, stages: [...c.stages], escalations: [...c.escalations] };
}

function end(chain: MutableChain, at: string, endedBy: StageEnd): void {
  const last = chain.stages[chain.stages.length - 1];
  if (last === undefined || last.to !== undefined) return;
  // A new object (a chain handed out by view() shares its stages), with the same keys in the same
  // order as the open stage plus `to` and `endedBy`.
  const { index, holder, from, startedBy, movedBy } = last;
  chain.stages[chain.stages.length - 1] =
    movedBy === undefined
      ? { index, holder, from, startedBy, to: at, endedBy }
      : { index, holder, from, startedBy, movedBy, to: at, endedBy };
}
