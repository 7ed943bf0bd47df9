import type { InquiryEvent } from '../inquiry/events';
import { advanceBy, effectOf, isSkip, type Effect, type Position } from '../inquiry/lifecycle';
import type { StaffRef } from '../inquiry/staff';

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
  private readonly shared = new SharedRefs();
  skipped = 0;

  /**
   * Applies one event (whose `effectOf` the caller may pass, if it has it); returns the step, or
   * `undefined` when the lifecycle skips it.
   */
  add(event: InquiryEvent, known?: Effect): LifecycleStep | undefined {
    const d = event.data;
    const before = this.positions.get(d.inquiryId);
    const effect = known ?? effectOf(event);
    const moved = advanceBy(before, event, effect);
    if (isSkip(moved)) {
      this.skipped += 1;
      return undefined;
    }
    if (moved === before) return { event, effect, before, after: moved };
    const after = this.shared.position(moved, before);
    this.positions.set(d.inquiryId, after);
    return { event, effect, before, after };
  }

  get(inquiryId: string): InquiryPosition | undefined {
    return this.positions.get(inquiryId);
  }

  values(): IterableIterator<InquiryPosition> {
    return this.positions.values();
  }

  /** Inquiries received so far. */
  get size(): number {
    return this.positions.size;
  }
}

/**
 * One shared copy of each staff reference and short text (category) that recurs across events.
 * A position (or an audit's tracker and findings) kept for every inquiry of a long log would
 * otherwise hold the staff references and category of the events that made it (fresh copies from
 * each parsed line): a few hundred bytes per inquiry. Bounded: past 65,536 of each, new ones are
 * returned as they are.
 *
 * @internal
 */
export class SharedRefs {
  private readonly staff = new Map<string, StaffRef[]>();
  private staffCount = 0;
  private readonly strings = new Map<string, string>();

  // `before`'s references are shared already: most steps keep them, and need no look-up.
  position(p: InquiryPosition, before: InquiryPosition | undefined): InquiryPosition {
    const holder = p.holder === before?.holder ? p.holder : this.ref(p.holder);
    const responder = p.responder === p.holder ? holder : p.responder === before?.responder ? p.responder : this.ref(p.responder);
    const category = p.category === before?.category ? p.category : this.string(p.category);
    if (holder === p.holder && responder === p.responder && category === p.category) return p;
    return { ...p, holder, responder, category };
  }

  ref(staff: StaffRef): StaffRef {
    // Looked up by id, then compared field by field: no key string is built for every reference.
    const alike = this.staff.get(staff.id);
    if (alike !== undefined) {
      for (const known of alike) {
        if (known.name === staff.name && known.department === staff.department && known.employeeNo === staff.employeeNo) return known;
      }
    }
    if (this.staffCount >= 65_536) return staff;
    this.staffCount += 1;
    if (alike === undefined) this.staff.set(staff.id, [staff]);
    else alike.push(staff);
    return staff;
  }

  /**
   * A shared copy of a reference that a report will print whole (a finding's, a chain's): only
   * one with exactly the StaffRef fields, in their usual order, is swapped (and the copy prints the
   * same); one recorded with more fields, or in another order, is kept as recorded.
   */
  asRecorded(staff: StaffRef): StaffRef {
    let i = 0;
    for (const key in staff) {
      if (key !== REF_FIELDS[i]) return staff;
      i += 1;
    }
    return i >= 3 ? this.ref(staff) : staff;
  }

  string(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    if (this.strings.size < 65_536) this.strings.set(text, text);
    return text;
  }
}

const REF_FIELDS = ['id', 'name', 'department', 'employeeNo'] as const;
