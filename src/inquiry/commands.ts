import * as t from 'io-ts';
import { Instant, NonBlankString, StringList, taggedCodecs, unionOf } from '../primitives/codecs';
import { UsableId } from '../primitives/identity';
import { Announcement, Channel, HandoverReason, LiabilityParty, Requester } from './events';
import { Staff } from './staff';

// model

const common = { inquiryId: UsableId, at: Instant, actor: Staff };

/**
 * Optional command metadata. `commandId` makes a command idempotent in the command handler: the
 * same id applied twice appends once (a resident's double-submitted form must not create two
 * handovers). `correlationId` ties commands from one conversation together.
 *
 * @category commands
 * @since 0.1.0
 */
export const CommandMetadata = t.partial({ commandId: t.string, correlationId: t.string }, 'CommandMetadata');
export type CommandMetadata = t.TypeOf<typeof CommandMetadata>;

function command<T extends string, P extends t.Props, O extends t.Props = Record<never, never>>(type: T, props: P, optional?: O) {
  const required = t.type({ ...common, ...props });
  const data = optional === undefined ? required : t.intersection([required, t.partial(optional)]);
  return t.intersection(
    [
      t.type({ type: t.literal(type), data: data as t.Type<t.TypeOf<typeof required> & Partial<t.TypeOfProps<O>>, unknown> }),
      t.partial({ metadata: CommandMetadata }),
    ],
    type,
  );
}

/**
 * Receive a call, letter or visit. The actor becomes the responsible person at once, whatever their
 * department (FI-01). `announced` is what they told the requester about themselves (FI-03); `intent`
 * is what the requester wants (FI-04); `intentClear: false` marks an unclear matter (FI-15).
 * Optional `greeting`, if given, is checked like any text to the requester (FI-10).
 *
 * @example
 * import type { ReceiveInquiry } from 'first-inquiry';
 * const cmd: ReceiveInquiry = {
 *   type: 'ReceiveInquiry',
 *   data: {
 *     inquiryId: 'INQ-1', at: '2026-05-04T09:30:00+08:00',
 *     actor: { id: 's-017', name: 'Wang Wei', department: 'security', onDuty: true },
 *     channel: 'visit', category: 'repair', requester: { name: 'Mrs Zhao' },
 *     intent: 'Water leaking from the ceiling of flat 1202', announced: { name: 'Wang Wei' },
 *   },
 * };
 *
 * @category commands
 * @since 0.1.0
 */
export const ReceiveInquiry = command(
  'ReceiveInquiry',
  { channel: Channel, category: NonBlankString, requester: Requester, intent: t.string, announced: Announcement },
  { intentClear: t.boolean, greeting: t.string },
);
export type ReceiveInquiry = t.TypeOf<typeof ReceiveInquiry>;

/**
 * Record a clarified intent (FI-04), optionally with contact details; an unclear matter becomes clear.
 *
 * @category commands
 * @since 0.1.0
 */
export const ClarifyInquiry = command('ClarifyInquiry', { intent: t.string }, { contact: t.string });
export type ClarifyInquiry = t.TypeOf<typeof ClarifyInquiry>;

/**
 * Take the requester's contact details (FI-09, FI-15).
 *
 * @category commands
 * @since 0.1.0
 */
export const RecordContact = command('RecordContact', { contact: t.string });
export type RecordContact = t.TypeOf<typeof RecordContact>;

/**
 * Hand the matter over, with a brief handover note, to a named, on-duty receiver (FI-07, FI-08, FI-09).
 *
 * @category commands
 * @since 0.1.0
 */
export const TransferInquiry = command('TransferInquiry', { to: Staff, note: t.string, reason: HandoverReason });
export type TransferInquiry = t.TypeOf<typeof TransferInquiry>;

/**
 * The competent handler is not at their post: keep the matter and ask a leader (FI-08).
 *
 * @category commands
 * @since 0.1.0
 */
export const EscalateInquiry = command('EscalateInquiry', { leader: Staff, question: t.string }, { absentHandler: Staff });
export type EscalateInquiry = t.TypeOf<typeof EscalateInquiry>;

/**
 * The leader an inquiry was escalated to names an authorised, on-duty handler (FI-08).
 *
 * @category commands
 * @since 0.1.0
 */
export const NameHandler = command('NameHandler', { handler: Staff });
export type NameHandler = t.TypeOf<typeof NameHandler>;

/**
 * Tell the requester, in one notice, every missing item and document (一次性告知, FI-06).
 *
 * @category commands
 * @since 0.1.0
 */
export const NotifyMissingMaterials = command('NotifyMissingMaterials', { items: StringList, message: t.string });
export type NotifyMissingMaterials = t.TypeOf<typeof NotifyMissingMaterials>;

/**
 * Record that the materials the requester was told were missing (FI-06) have all arrived, so the
 * time limit (FI-05, “資料齊全的情況下…規定的時限”) counts from now on: the wait before was the
 * requester's, not staff's.
 *
 * @example
 * import type { RecordMaterialsReceived } from './commands';
 * const cmd: RecordMaterialsReceived = {
 *   type: 'RecordMaterialsReceived',
 *   data: { inquiryId: 'INQ-1', at: '2026-05-20T10:00:00+08:00',
 *     actor: { id: 's-201', name: 'Chen Jing', department: 'customer-service', onDuty: true } },
 * };
 *
 * @category commands
 * @since 0.2.0
 */
export const RecordMaterialsReceived = command('RecordMaterialsReceived', {});
export type RecordMaterialsReceived = t.TypeOf<typeof RecordMaterialsReceived>;

/**
 * Promise a reply by a definite deadline, with an explanation (FI-11).
 *
 * @category commands
 * @since 0.1.0
 */
export const PromiseReply = command('PromiseReply', { deadline: Instant, explanation: t.string });
export type PromiseReply = t.TypeOf<typeof PromiseReply>;

/**
 * Record follow-up on the matter (FI-11, FI-16).
 *
 * @category commands
 * @since 0.1.0
 */
export const FollowUp = command('FollowUp', { note: t.string });
export type FollowUp = t.TypeOf<typeof FollowUp>;

/**
 * Tell the requester something: an answer or an update (checked by FI-10).
 *
 * @category commands
 * @since 0.1.0
 */
export const ReplyToRequester = command('ReplyToRequester', { message: t.string });
export type ReplyToRequester = t.TypeOf<typeof ReplyToRequester>;

/**
 * Decide whose responsibility the underlying problem is (FI-12).
 *
 * @category commands
 * @since 0.1.0
 */
export const ClassifyLiability = command('ClassifyLiability', { party: LiabilityParty, note: t.string });
export type ClassifyLiability = t.TypeOf<typeof ClassifyLiability>;

/**
 * Decline an excessive or unreasonable demand, explaining why (FI-14). Closes the inquiry.
 *
 * @category commands
 * @since 0.1.0
 */
export const DeclineDemand = command('DeclineDemand', { demand: t.string, explanation: t.string });
export type DeclineDemand = t.TypeOf<typeof DeclineDemand>;

/**
 * Settle the matter and tell the requester how. Closes the inquiry.
 *
 * @category commands
 * @since 0.1.0
 */
export const ResolveInquiry = command('ResolveInquiry', { summary: t.string });
export type ResolveInquiry = t.TypeOf<typeof ResolveInquiry>;

/**
 * Reopen a closed inquiry; the actor is the responsible person of the new stage and, as at a
 * receipt, tells the requester their name or employee number (FI-03): `announced` records what
 * they said. (Optional in the codec so that a missing announcement is refused as FI-03, not as a
 * malformed command.)
 *
 * @category commands
 * @since 0.1.0
 */
export const ReopenInquiry = command('ReopenInquiry', { reason: t.string }, { announced: Announcement });
export type ReopenInquiry = t.TypeOf<typeof ReopenInquiry>;

/**
 * A leader moves the matter to another on-duty staff member (responsible person away or idle).
 *
 * @category commands
 * @since 0.1.0
 */
export const ReassignInquiry = command('ReassignInquiry', { to: Staff, reason: t.string });
export type ReassignInquiry = t.TypeOf<typeof ReassignInquiry>;

/**
 * The command codecs by command type: the one list of commands, from which {@link InquiryCommand}
 * (the union) and `decide`'s per-type validation derive, so a bad command is reported against its
 * own fields only.
 *
 * @example
 * import { commandCodecs } from 'first-inquiry';
 * Object.keys(commandCodecs).includes('TransferInquiry'); // true
 * commandCodecs.ResolveInquiry.is({ type: 'ResolveInquiry', data: {} }); // false
 *
 * @category commands
 * @since 0.1.0
 */
export const commandCodecs = taggedCodecs({
  ReceiveInquiry,
  ClarifyInquiry,
  RecordContact,
  TransferInquiry,
  EscalateInquiry,
  NameHandler,
  NotifyMissingMaterials,
  PromiseReply,
  FollowUp,
  ReplyToRequester,
  ClassifyLiability,
  DeclineDemand,
  ResolveInquiry,
  ReopenInquiry,
  ReassignInquiry,
  RecordMaterialsReceived,
});

/**
 * Every command, as a codec and as a type (the union of {@link commandCodecs}). Commands have the shape `{ type, data, metadata? }`;
 * `data` always holds `inquiryId`, `at` (the instant, supplied by the caller) and `actor` (a
 * {@link Staff} snapshot from the caller's directory).
 *
 * @example
 * import { InquiryCommand } from 'first-inquiry';
 * InquiryCommand.is({ type: 'ResolveInquiry', data: {} }); // false
 *
 * @category commands
 * @since 0.1.0
 */
export const InquiryCommand = unionOf(commandCodecs, 'InquiryCommand');
export type InquiryCommand = t.TypeOf<typeof InquiryCommand>;

/**
 * The name of a command type.
 *
 * @category commands
 * @since 0.1.0
 */
export type InquiryCommandType = InquiryCommand['type'];
