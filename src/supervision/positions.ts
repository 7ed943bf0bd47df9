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
  // Closed inquiries whose positions were released: what a reopen needs, shared between inquiries.
  private readonly released = new Map<string, ReleasedPosition>();
  skipped = 0;

  /**
   * Drops a closed inquiry's position, keeping only what the lifecycle needs of it: its status
   * (everything but a reopen is skipped), and its category and stage (which a reopen carries on).
   * An open inquiry's position stays.
   */
  release(inquiryId: string): void {
    const p = this.positions.get(inquiryId);
    const status = p?.status;
    if (p === undefined || status === undefined || status === 'open') return;
    this.positions.delete(inquiryId);
    this.released.set(inquiryId, this.shared.released(status, p.category, p.stage));
  }

  /**
   * Applies one event (whose `effectOf` the caller may pass, if it has it); returns the step, or
   * `undefined` when the lifecycle skips it.
   */
  add(event: InquiryEvent, known?: Effect): LifecycleStep | undefined {
    const d = event.data;
    const held = this.positions.get(d.inquiryId);
    const before = held ?? this.standIn(event);
    const effect = known ?? effectOf(event);
    const moved = advanceBy(before, event, effect);
    if (isSkip(moved)) {
      this.skipped += 1;
      return undefined;
    }
    if (moved === before) return { event, effect, before, after: moved };
    const after = this.shared.position(moved, before);
    this.positions.set(d.inquiryId, after);
    if (held === undefined && before !== undefined) this.released.delete(d.inquiryId); // reopened
    return { event, effect, before, after };
  }

  // A released inquiry as a position again, for the lifecycle to apply (or skip) one more event:
  // the holder, responder and instants, which were not kept, are the event's, as a reopen sets them.
  private standIn(event: InquiryEvent): InquiryPosition | undefined {
    if (this.released.size === 0) return undefined;
    const d = event.data;
    const r = this.released.get(d.inquiryId);
    if (r === undefined) return undefined;
    return {
      inquiryId: d.inquiryId,
      category: r.category,
      status: r.status,
      holder: d.by,
      responder: d.by,
      stage: r.stage,
      since: d.at,
      limitFrom: d.at,
    };
  }

  get(inquiryId: string): InquiryPosition | undefined {
    return this.positions.get(inquiryId);
  }

  values(): IterableIterator<InquiryPosition> {
    return this.positions.values();
  }

  /** Inquiries received so far, released ones included. */
  get size(): number {
    return this.positions.size + this.released.size;
  }
}

interface ReleasedPosition {
  readonly status: Exclude<InquiryPosition['status'], 'open'>;
  readonly category: string;
  readonly stage: number;
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
  private readonly releasedRecords = new Map<string, ReleasedPosition>();

  // `before`'s references are shared already: most steps keep them, and need no look-up.
  position(p: InquiryPosition, before: InquiryPosition | undefined): InquiryPosition {
    const holder = p.holder === before?.holder ? p.holder : this.ref(p.holder);
    const responder = p.responder === p.holder ? holder : p.responder === before?.responder ? p.responder : this.ref(p.responder);
    const category = p.category === before?.category ? p.category : this.string(p.category);
    if (holder === p.holder && responder === p.responder && category === p.category) return p;
    return { ...p, holder, responder, category };
  }

  // Few inquiries differ in status, category and stage: one record serves all alike.
  released(status: ReleasedPosition['status'], category: string, stage: number): ReleasedPosition {
    const key = `${status}\u0000${stage}\u0000${category}`;
    const known = this.releasedRecords.get(key);
    if (known !== undefined) return known;
    const record: ReleasedPosition = { status, category: this.string(category), stage };
    if (this.releasedRecords.size < 65_536) this.releasedRecords.set(key, record);
    return record;
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
