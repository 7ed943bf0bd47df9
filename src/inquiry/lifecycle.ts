import type { InquiryEvent, InquiryReceived, LiabilityParty } from './events';
import type { StaffRef } from './staff';

// The one transition table of an inquiry (事项的生命周期). Every fold of events — the state
// (`evolve`, `replay`), the supervision read models, the auditor and the history checker — asks
// this module what an event does, whether it may apply, and who holds the matter afterwards, so
// the lifecycle is written once. Only this module (with the event codecs, `decide`, and the
// checker's event→command map) names event types.

// model

/**
 * How an inquiry ended (办结): settled, or the demand declined with an explanation (FI-14).
 *
 * @example
 * import type { Outcome } from 'first-inquiry';
 * const o: Outcome = 'resolved';
 *
 * @category lifecycle
 * @since 0.2.0
 */
export type Outcome = 'resolved' | 'declined';

/**
 * How the matter passed from one responsible person to the next: a brief handover (简要交接) by
 * the holder, or a leader's reassignment (领导改派).
 *
 * @example
 * import type { HandOn } from 'first-inquiry';
 * const how: HandOn = 'handover';
 *
 * @category lifecycle
 * @since 0.2.0
 */
export type HandOn = 'handover' | 'reassignment';

/**
 * What one event does to an inquiry, in the lifecycle's words rather than the event's name.
 * `holderOnly` marks acts only the responsible person may do (FI-16 audits others doing them).
 *
 * @example
 * import { effectOf } from 'first-inquiry';
 * // effectOf(transferEvent) → { kind: 'handOn', how: 'handover', to: { id: 's-201', … }, holderOnly: true }
 *
 * @category lifecycle
 * @since 0.2.0
 */
export type Effect =
  | { readonly kind: 'receive'; readonly holderOnly: false }
  | { readonly kind: 'handOn'; readonly how: HandOn; readonly to: StaffRef; readonly holderOnly: boolean }
  | { readonly kind: 'close'; readonly outcome: Outcome; readonly holderOnly: true }
  | { readonly kind: 'reopen'; readonly holderOnly: false }
  | { readonly kind: 'clarify'; readonly intent: string; readonly contact?: string; readonly holderOnly: true }
  | { readonly kind: 'recordContact'; readonly contact: string; readonly holderOnly: true }
  | {
      readonly kind: 'escalate';
      readonly leader: StaffRef;
      readonly question: string;
      readonly absentHandler?: StaffRef;
      readonly holderOnly: true;
    }
  | { readonly kind: 'nameHandler'; readonly handler: StaffRef; readonly holderOnly: false }
  | { readonly kind: 'notifyMissing'; readonly items: readonly string[]; readonly holderOnly: true }
  | { readonly kind: 'materialsReceived'; readonly holderOnly: true }
  | { readonly kind: 'promise'; readonly deadline: string; readonly holderOnly: false }
  | { readonly kind: 'followUp'; readonly holderOnly: true }
  | { readonly kind: 'requesterReplied'; readonly holderOnly: true }
  | { readonly kind: 'classifyLiability'; readonly party: LiabilityParty; readonly holderOnly: true };

/**
 * Where an inquiry stands on its lifecycle: `none` before its receipt, then `open` or `closed`.
 *
 * @example
 * import type { LifecycleStatus } from 'first-inquiry';
 * const s: LifecycleStatus = 'open';
 *
 * @category lifecycle
 * @since 0.2.0
 */
export type LifecycleStatus = 'none' | 'open' | 'closed';

/**
 * Why an event cannot apply to an inquiry where it stands (the fold skips it; `checkEventLog`
 * and the auditor report it): no receipt yet, a second receipt, an act on a closed inquiry, a
 * reopen of an open one, or an event of another inquiry.
 *
 * @example
 * import { skipReason } from 'first-inquiry';
 * // skipReason('closed', 'INQ-1', resolvedEventOfInq1) → 'AFTER_CLOSURE'
 *
 * @category lifecycle
 * @since 0.2.0
 */
export type Skip = 'BEFORE_RECEIPT' | 'DUPLICATE_RECEIPT' | 'AFTER_CLOSURE' | 'REOPEN_OF_OPEN' | 'OTHER_INQUIRY';

/**
 * An inquiry's position on the lifecycle, all that the supervision views need to know of it:
 * who holds it, since when, which stage (环节, numbered from 0 here; reports show them from 1),
 * who received or last reopened it (accountable under `first-responder-retains`) and when its
 * time limit started.
 *
 * @example
 * import { startPosition } from './lifecycle';
 * // startPosition(receiptEvent).holder → the receiver
 *
 * @category lifecycle
 * @since 0.2.0
 */
export interface Position {
  readonly inquiryId: string;
  readonly category: string;
  readonly status: 'open' | Outcome;
  /** The responsible person now (the last holder, once closed). */
  readonly holder: StaffRef;
  /** Who received the matter, or reopened it last. */
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

// the table

/**
 * What an event does: the lifecycle's transition table, one row per event type.
 *
 * @example
 * import { effectOf } from 'first-inquiry';
 * // effectOf({ type: 'InquiryResolved', data }) → { kind: 'close', outcome: 'resolved', holderOnly: true }
 *
 * @category lifecycle
 * @since 0.2.0
 */
export function effectOf(event: InquiryEvent): Effect {
  switch (event.type) {
    case 'InquiryReceived':
      return RECEIVE;
    case 'InquiryTransferred':
      return { kind: 'handOn', how: 'handover', to: event.data.to, holderOnly: true };
    case 'ResponsibilityReassigned':
      return { kind: 'handOn', how: 'reassignment', to: event.data.to, holderOnly: false };
    case 'InquiryResolved':
      return RESOLVE;
    case 'DemandDeclined':
      return DECLINE;
    case 'InquiryReopened':
      return REOPEN;
    case 'InquiryClarified':
      return event.data.contact === undefined
        ? { kind: 'clarify', intent: event.data.intent, holderOnly: true }
        : { kind: 'clarify', intent: event.data.intent, contact: event.data.contact, holderOnly: true };
    case 'ContactRecorded':
      return { kind: 'recordContact', contact: event.data.contact, holderOnly: true };
    case 'InquiryEscalated':
      return event.data.absentHandler === undefined
        ? { kind: 'escalate', leader: event.data.leader, question: event.data.question, holderOnly: true }
        : {
            kind: 'escalate',
            leader: event.data.leader,
            question: event.data.question,
            absentHandler: event.data.absentHandler,
            holderOnly: true,
          };
    case 'HandlerNamed':
      return { kind: 'nameHandler', handler: event.data.handler, holderOnly: false };
    case 'MissingMaterialsNotified':
      return { kind: 'notifyMissing', items: event.data.items, holderOnly: true };
    case 'MaterialsReceived':
      return MATERIALS_RECEIVED;
    case 'ReplyPromised':
      return { kind: 'promise', deadline: event.data.deadline, holderOnly: false };
    case 'FollowedUp':
      return FOLLOW_UP;
    case 'RequesterReplied':
      return REPLIED;
    case 'LiabilityClassified':
      return { kind: 'classifyLiability', party: event.data.party, holderOnly: true };
  }
}

const RECEIVE: Effect = Object.freeze({ kind: 'receive', holderOnly: false });
const RESOLVE: Effect = Object.freeze({ kind: 'close', outcome: 'resolved', holderOnly: true });
const DECLINE: Effect = Object.freeze({ kind: 'close', outcome: 'declined', holderOnly: true });
const REOPEN: Effect = Object.freeze({ kind: 'reopen', holderOnly: false });
const MATERIALS_RECEIVED: Effect = Object.freeze({ kind: 'materialsReceived', holderOnly: true });
const FOLLOW_UP: Effect = Object.freeze({ kind: 'followUp', holderOnly: true });
const REPLIED: Effect = Object.freeze({ kind: 'requesterReplied', holderOnly: true });

/**
 * Whether the event is a receipt (受理), the one event that starts an inquiry.
 *
 * @example
 * import { isReceipt } from 'first-inquiry';
 * // isReceipt(event) && event.data.channel === 'visit'
 *
 * @category lifecycle
 * @since 0.2.0
 */
export function isReceipt(event: InquiryEvent): event is InquiryReceived {
  return event.type === 'InquiryReceived';
}

/**
 * The deadline a reply promise (答复承诺) names, or `undefined` for any other event: what a
 * reader that checks instants needs of an event without working out its whole {@link effectOf}.
 *
 * @example
 * import { promisedDeadline } from './lifecycle';
 * // promisedDeadline(replyPromisedEvent) → '2026-05-06T17:00:00+08:00'
 *
 * @category lifecycle
 * @since 0.2.0
 */
export function promisedDeadline(event: InquiryEvent): string | undefined {
  return event.type === 'ReplyPromised' ? event.data.deadline : undefined;
}

/**
 * Whether an event of this kind may apply to an inquiry where it stands, and if not, why. The one
 * rule every fold obeys: a receipt starts an inquiry that does not exist yet; a reopen applies
 * only to a closed inquiry; everything else only to an open one; and an event of another inquiry
 * never applies.
 *
 * @example
 * import { skipReason } from 'first-inquiry';
 * skipReason('none', undefined, { type: 'InquiryResolved', data: { inquiryId: 'INQ-1' } } as never); // 'BEFORE_RECEIPT'
 *
 * @category lifecycle
 * @since 0.2.0
 */
export function skipReason(status: LifecycleStatus, inquiryId: string | undefined, event: InquiryEvent): Skip | undefined {
  if (inquiryId !== undefined && event.data.inquiryId !== inquiryId) return 'OTHER_INQUIRY';
  return skipOf(status, event.type === 'InquiryReceived' ? 'receive' : event.type === 'InquiryReopened' ? 'reopen' : 'act');
}

function skipOf(status: LifecycleStatus, kind: 'receive' | 'reopen' | 'act'): Skip | undefined {
  if (status === 'none') return kind === 'receive' ? undefined : 'BEFORE_RECEIPT';
  if (kind === 'receive') return 'DUPLICATE_RECEIPT';
  if (kind === 'reopen') return status === 'closed' ? undefined : 'REOPEN_OF_OPEN';
  return status === 'open' ? undefined : 'AFTER_CLOSURE';
}

/**
 * The position a receipt starts, or `undefined` for any other event (nothing exists yet).
 *
 * @example
 * import { startPosition } from './lifecycle';
 * // startPosition(receiptEvent)?.stage → 0
 *
 * @category lifecycle
 * @since 0.2.0
 */
export function startPosition(event: InquiryEvent): Position | undefined {
  if (!isReceipt(event)) return undefined;
  const d = event.data;
  return {
    inquiryId: d.inquiryId,
    category: d.category,
    status: 'open',
    holder: d.by,
    responder: d.by,
    stage: 0,
    since: d.at,
    limitFrom: d.at,
  };
}

/**
 * The position after one more event, or a {@link Skip} saying why the event cannot apply. Pure:
 * the given position is never changed (it is returned as is when the event leaves it unchanged).
 *
 * @example
 * import { advance } from 'first-inquiry';
 * import { startPosition } from './lifecycle';
 * // const p = startPosition(receipt)!; advance(p, transferToLiNa) → { …p, holder: Li Na, stage: 1 }
 *
 * @category lifecycle
 * @since 0.2.0
 */
export function advance(position: Position | undefined, event: InquiryEvent): Position | Skip {
  return advanceBy(position, event, undefined);
}

/**
 * {@link advance} for a fold that has the event's {@link effectOf} already (the supervisor works
 * it out once per event for all its views); `undefined` works it out here.
 *
 * @internal
 */
export function advanceBy(position: Position | undefined, event: InquiryEvent, known: Effect | undefined): Position | Skip {
  if (position === undefined) return startPosition(event) ?? 'BEFORE_RECEIPT';
  const skip = skipReason(position.status === 'open' ? 'open' : 'closed', position.inquiryId, event);
  if (skip !== undefined) return skip;
  const effect = known ?? effectOf(event);
  const d = event.data;
  switch (effect.kind) {
    case 'handOn':
      return { ...position, holder: effect.to, stage: position.stage + 1, since: d.at };
    case 'close':
      return { ...position, status: effect.outcome };
    case 'reopen': {
      const { waitingSince: _, waits: __, ...rest } = position;
      return { ...rest, status: 'open', holder: d.by, responder: d.by, stage: position.stage + 1, since: d.at, limitFrom: d.at };
    }
    case 'notifyMissing':
      return position.waitingSince === undefined ? { ...position, waitingSince: d.at } : position;
    case 'materialsReceived': {
      if (position.waitingSince === undefined) return position;
      const { waitingSince, ...rest } = position;
      return { ...rest, waits: [...(position.waits ?? []), { from: waitingSince, to: d.at }] };
    }
    default:
      return position;
  }
}

/**
 * Whether {@link advance} refused the event.
 *
 * @example
 * import { isSkip } from './lifecycle';
 * isSkip('AFTER_CLOSURE'); // true
 *
 * @category lifecycle
 * @since 0.2.0
 */
export function isSkip(step: Position | Skip): step is Skip {
  return typeof step === 'string';
}
