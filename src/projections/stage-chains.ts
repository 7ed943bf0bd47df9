import type { InquiryEvent } from '../events';
import type { Stage, StageEnd } from '../state';
import type { StaffRef } from '../staff';

// model

/**
 * One inquiry's chain of responsible persons (环节, FI-09): who held it, from when to when, and
 * how each stage began and ended. The open stage has no `to`.
 *
 * @example
 * import { stageChains } from 'first-inquiry';
 * for (const c of stageChains([])) console.log(c.inquiryId, c.stages.map((s) => s.holder.name).join(' → '));
 *
 * @category projections
 * @since 0.1.0
 */
export interface StageChain {
  readonly inquiryId: string;
  readonly category: string;
  readonly status: 'open' | 'resolved' | 'declined';
  readonly stages: readonly Stage[];
}

/**
 * The incremental form of {@link stageChains}. `release` drops a chain you no longer need and
 * returns it (a chain grows with its stages, so a long-running projection releases closed ones).
 *
 * @example
 * import { createStageChains, type StageChainProjection } from 'first-inquiry';
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

interface MutableChain {
  readonly inquiryId: string;
  readonly category: string;
  status: StageChain['status'];
  readonly stages: Stage[];
}

// constructors

/**
 * An incremental stage-chain projection over many inquiries in any interleaving.
 *
 * @example
 * import { createStageChains } from 'first-inquiry';
 * const chains = createStageChains();
 * // for (const event of stream) chains.add(event);
 * chains.chain('INQ-7'); // undefined until INQ-7 is received
 *
 * @category projections
 * @since 0.1.0
 */
export function createStageChains(): StageChainProjection {
  const chains = new Map<string, MutableChain>();
  let skipped = 0;
  const freeze = (c: MutableChain): StageChain => ({ inquiryId: c.inquiryId, category: c.category, status: c.status, stages: [...c.stages] });
  return {
    add: (event) => {
      if (!apply(chains, event)) skipped += 1;
    },
    chain: (inquiryId) => {
      const c = chains.get(inquiryId);
      return c === undefined ? undefined : freeze(c);
    },
    view: () => [...chains.values()].map(freeze).sort((a, b) => (a.inquiryId < b.inquiryId ? -1 : a.inquiryId > b.inquiryId ? 1 : 0)),
    release: (inquiryId) => {
      const c = chains.get(inquiryId);
      chains.delete(inquiryId);
      return c === undefined ? undefined : freeze(c);
    },
    skipped: () => skipped,
  };
}

// utils

/**
 * Every inquiry's chain of stages, from the events of many inquiries in any interleaving.
 *
 * @example
 * import { stageChains } from 'first-inquiry';
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

function apply(chains: Map<string, MutableChain>, event: InquiryEvent): boolean {
  const d = event.data;
  const chain = chains.get(d.inquiryId);
  if (chain === undefined) {
    if (event.type !== 'InquiryReceived') return false;
    chains.set(d.inquiryId, { inquiryId: d.inquiryId, category: event.data.category, status: 'open', stages: [{ index: 0, holder: d.by, from: d.at, startedBy: 'received' }] });
    return true;
  }
  if (event.type === 'InquiryReceived') return false;
  if (event.type === 'InquiryReopened') {
    if (chain.status === 'open') return false;
    chain.status = 'open';
    start(chain, d.by, d.at, 'reopened');
    return true;
  }
  if (chain.status !== 'open') return false;
  switch (event.type) {
    case 'InquiryTransferred':
      end(chain, d.at, 'handover');
      start(chain, event.data.to, d.at, 'handover');
      return true;
    case 'ResponsibilityReassigned':
      end(chain, d.at, 'reassignment');
      start(chain, event.data.to, d.at, 'reassignment');
      return true;
    case 'InquiryResolved':
    case 'DemandDeclined': {
      const outcome = event.type === 'InquiryResolved' ? 'resolved' : 'declined';
      end(chain, d.at, outcome);
      chain.status = outcome;
      return true;
    }
    default:
      return true;
  }
}

function end(chain: MutableChain, at: string, endedBy: StageEnd): void {
  const last = chain.stages[chain.stages.length - 1];
  if (last !== undefined) chain.stages[chain.stages.length - 1] = { ...last, to: at, endedBy };
}

function start(chain: MutableChain, holder: StaffRef, at: string, startedBy: Stage['startedBy']): void {
  chain.stages.push({ index: chain.stages.length, holder, from: at, startedBy });
}
