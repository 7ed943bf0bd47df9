import type { InquiryEvent } from '../inquiry/events';
import { advance, effectOf, isSkip, type Effect, type Position } from '../inquiry/lifecycle';

/**
 * Where one inquiry stands now, as the supervision views need it: the lifecycle's {@link Position}.
 *
 * @example
 * import type { InquiryPosition } from 'first-inquiry/supervision';
 * const late = (p: InquiryPosition) => p.status === 'open' && p.stage > 2; // handed on more than twice
 *
 * @category projections
 * @since 0.1.0
 */
export type InquiryPosition = Position;

/**
 * One event as the lifecycle applied it: what it did, and the inquiry's position before (none for
 * a receipt) and after. Every supervision view folds steps, so none of them restates the lifecycle.
 *
 * @example
 * import type { LifecycleStep } from 'first-inquiry/supervision';
 * const handedOn = (s: LifecycleStep) => s.effect.kind === 'handOn';
 *
 * @category projections
 * @since 0.2.0
 */
export interface LifecycleStep {
  readonly event: InquiryEvent;
  readonly effect: Effect;
  readonly before: InquiryPosition | undefined;
  readonly after: InquiryPosition;
}

/**
 * A fold of many inquiries' events, in any interleaving, to each inquiry's {@link InquiryPosition}.
 * Bounded: one small record per inquiry, whatever the length of its history. Events that cannot
 * apply (as `evolve` would ignore them) are skipped and counted.
 *
 * @internal
 */
export class PositionFold {
  private readonly positions = new Map<string, InquiryPosition>();
  skipped = 0;

  /** Applies one event; returns the step, or `undefined` when the lifecycle skips it. */
  add(event: InquiryEvent): LifecycleStep | undefined {
    const d = event.data;
    const before = this.positions.get(d.inquiryId);
    const after = advance(before, event);
    if (isSkip(after)) {
      this.skipped += 1;
      return undefined;
    }
    this.positions.set(d.inquiryId, after);
    return { event, effect: effectOf(event), before, after };
  }

  get(inquiryId: string): InquiryPosition | undefined {
    return this.positions.get(inquiryId);
  }

  values(): IterableIterator<InquiryPosition> {
    return this.positions.values();
  }

  get size(): number {
    return this.positions.size;
  }
}
