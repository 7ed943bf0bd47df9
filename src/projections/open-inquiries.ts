import type { InquiryEvent } from '../events';
import type { StaffRef } from '../staff';

/**
 * Where one inquiry stands now, as the supervision views need it.
 *
 * @example
 * import type { InquiryPosition } from 'first-inquiry';
 * const late = (p: InquiryPosition) => p.status === 'open' && p.stage > 2; // handed on more than twice
 *
 * @category projections
 * @since 0.1.0
 */
export interface InquiryPosition {
  readonly inquiryId: string;
  readonly category: string;
  readonly status: 'open' | 'resolved' | 'declined';
  /** The responsible person now (the last holder, once closed). */
  readonly holder: StaffRef;
  /** Who received the matter, or reopened it last: accountable under `first-responder-retains`. */
  readonly responder: StaffRef;
  /** The index of the current (or last) stage. */
  readonly stage: number;
  /** When the current holder took it. */
  readonly since: string;
  /** When the time limit started: the receipt, or the last reopening. */
  readonly limitFrom: string;
  /** Since when the requester has been bringing missing materials (FI-05 waits), if they are. */
  readonly waitingSince?: string;
  /** Earlier waits for the requester's materials since `limitFrom` (FI-05 does not count them). */
  readonly waits?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
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

  add(event: InquiryEvent): InquiryPosition | undefined {
    const d = event.data;
    const now = this.positions.get(d.inquiryId);
    const next = now === undefined ? first(event) : step(now, event);
    if (next === undefined) {
      this.skipped += 1;
      return undefined;
    }
    this.positions.set(d.inquiryId, next);
    return next;
  }

  get(inquiryId: string): InquiryPosition | undefined {
    return this.positions.get(inquiryId);
  }

  values(): IterableIterator<InquiryPosition> {
    return this.positions.values();
  }
}

function first(event: InquiryEvent): InquiryPosition | undefined {
  if (event.type !== 'InquiryReceived') return undefined;
  const d = event.data;
  return { inquiryId: d.inquiryId, category: d.category, status: 'open', holder: d.by, responder: d.by, stage: 0, since: d.at, limitFrom: d.at };
}

function step(p: InquiryPosition, event: InquiryEvent): InquiryPosition | undefined {
  const d = event.data;
  if (event.type === 'InquiryReceived') return undefined;
  if (event.type === 'InquiryReopened') {
    if (p.status === 'open') return undefined;
    const { waitingSince: _, waits: __, ...rest } = p;
    return { ...rest, status: 'open', holder: d.by, responder: d.by, stage: p.stage + 1, since: d.at, limitFrom: d.at };
  }
  if (p.status !== 'open') return undefined;
  switch (event.type) {
    case 'InquiryTransferred':
    case 'ResponsibilityReassigned':
      return { ...p, holder: event.data.to, stage: p.stage + 1, since: d.at };
    case 'InquiryResolved':
      return { ...p, status: 'resolved' };
    case 'DemandDeclined':
      return { ...p, status: 'declined' };
    case 'MissingMaterialsNotified':
      return p.waitingSince === undefined ? { ...p, waitingSince: d.at } : p;
    case 'MaterialsReceived': {
      if (p.waitingSince === undefined) return p;
      const { waitingSince, ...rest } = p;
      return { ...rest, waits: [...(p.waits ?? []), { from: waitingSince, to: d.at }] };
    }
    default:
      return p;
  }
}
