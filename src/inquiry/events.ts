import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { Instant, NonBlankString, StringList, decodeProblems, previewValue, tagOf, taggedCodecs, unionOf } from '../primitives/codecs';
import { describeProblem, type DecodeProblem } from '../primitives/reasons';
import { UsableId } from '../primitives/identity';
import { StaffRef } from './staff';

// model

/**
 * How the requester reached us: 来电 (call), 来函 (letter or written message), 来访 (visit).
 *
 * @example
 * import { Channel } from './events';
 * Channel.is('visit'); // true
 *
 * @category model
 * @since 0.1.0
 */
export const Channel = t.keyof({ call: null, letter: null, visit: null }, 'Channel');
export type Channel = t.TypeOf<typeof Channel>;

/**
 * Whose responsibility the underlying problem is (谁的责任谁负责, FI-12): the property
 * company's, the renovation contractor's, the developer's construction legacy, or natural causes.
 *
 * @example
 * import { LiabilityParty } from './events';
 * LiabilityParty.is('developer-legacy'); // true
 *
 * @category model
 * @since 0.1.0
 */
export const LiabilityParty = t.keyof(
  { 'property-company': null, 'renovation-contractor': null, 'developer-legacy': null, 'natural-causes': null },
  'LiabilityParty',
);
export type LiabilityParty = t.TypeOf<typeof LiabilityParty>;

/**
 * Why a handover happens:
 * - `out-of-scope`: the matter is not the holder's to settle (FI-07);
 * - `deferred`: it cannot be settled in time for special reasons and goes on to the next stage (FI-09);
 * - `named-handler`: a leader named the authorised handler after an escalation (FI-08).
 *
 * @example
 * import { HandoverReason } from './events';
 * HandoverReason.is('deferred'); // true
 *
 * @category model
 * @since 0.1.0
 */
export const HandoverReason = t.keyof({ 'out-of-scope': null, deferred: null, 'named-handler': null }, 'HandoverReason');
export type HandoverReason = t.TypeOf<typeof HandoverReason>;

/**
 * The person who brought the inquiry (业主、住户、相关人员). `contact` is how an answer can reach
 * them later (FI-09, FI-15).
 *
 * @example
 * import type { Requester } from 'first-inquiry';
 * const owner: Requester = { name: 'Mrs Zhao, 3-1202', contact: '138 0000 0000' };
 *
 * @category model
 * @since 0.1.0
 */
export const Requester = t.intersection([t.type({ name: t.string }), t.partial({ contact: t.string })], 'Requester');
export type Requester = t.TypeOf<typeof Requester>;

/**
 * What the first responder told the requester about themselves (FI-03): a name, an employee
 * number (工号), or both.
 *
 * @example
 * import type { Announcement } from 'first-inquiry';
 * const said: Announcement = { employeeNo: 'A-0117' };
 *
 * @category model
 * @since 0.1.0
 */
export const Announcement = t.partial({ name: t.string, employeeNo: t.string }, 'Announcement');
export type Announcement = t.TypeOf<typeof Announcement>;

/**
 * The schema version every stored event carries in `data.schemaVersion`. When an event's shape
 * changes, the version goes up and an upcaster turns old records into the new shape on read.
 *
 * @category model
 * @since 0.1.0
 */
export const EVENT_SCHEMA_VERSION = 1 as const;

const common = {
  schemaVersion: t.literal(EVENT_SCHEMA_VERSION),
  inquiryId: UsableId,
  at: Instant,
  by: StaffRef,
};

function event<T extends string, P extends t.Props, O extends t.Props = Record<never, never>>(type: T, props: P, optional?: O) {
  const required = t.type({ ...common, ...props });
  const data = optional === undefined ? required : t.intersection([required, t.partial(optional)]);
  return t.type({ type: t.literal(type), data: data as t.Type<t.TypeOf<typeof required> & Partial<t.TypeOfProps<O>>, unknown> }, type);
}

/**
 * 受理: a staff member first receives a call, letter or visit and becomes its responsible person
 * (首问责任人, FI-01). Records what they announced (FI-03) and the requester's intent (FI-04).
 * `intentClear: false` marks an unclear matter (FI-15).
 *
 * @category events
 * @since 0.1.0
 */
export const InquiryReceived = event(
  'InquiryReceived',
  {
    channel: Channel,
    category: NonBlankString,
    requester: Requester,
    intent: t.string,
    intentClear: t.boolean,
    announced: Announcement,
  },
  { greeting: t.string },
);
export type InquiryReceived = t.TypeOf<typeof InquiryReceived>;

/**
 * The responsible person clarified what the requester wants (FI-04); the matter is no longer unclear.
 *
 * @category events
 * @since 0.1.0
 */
export const InquiryClarified = event('InquiryClarified', { intent: t.string }, { contact: t.string });
export type InquiryClarified = t.TypeOf<typeof InquiryClarified>;

/**
 * The requester's contact details were taken so an answer can follow (FI-09, FI-15).
 *
 * @category events
 * @since 0.1.0
 */
export const ContactRecorded = event('ContactRecorded', { contact: t.string });
export type ContactRecorded = t.TypeOf<typeof ContactRecorded>;

/**
 * 简要交接: a brief, recorded handover from the responsible person (`by`) to a named receiver (`to`),
 * who becomes the responsible person of the next stage (FI-07, FI-09). Carries the recorded intent (FI-04).
 *
 * @category events
 * @since 0.1.0
 */
export const InquiryTransferred = event('InquiryTransferred', {
  to: StaffRef,
  note: t.string,
  intent: t.string,
  reason: HandoverReason,
});
export type InquiryTransferred = t.TypeOf<typeof InquiryTransferred>;

/**
 * 请示相关领导: the competent handler is not at their post, so the responsible person keeps the
 * matter (先行接收) and asks a leader (FI-08). Ownership does not move.
 *
 * @category events
 * @since 0.1.0
 */
export const InquiryEscalated = event('InquiryEscalated', { leader: StaffRef, question: t.string }, { absentHandler: StaffRef });
export type InquiryEscalated = t.TypeOf<typeof InquiryEscalated>;

/**
 * A leader (`by`) named an authorised handler for an escalated matter (FI-08). The responsible
 * person still holds it until they hand it over (及时转办).
 *
 * @category events
 * @since 0.1.0
 */
export const HandlerNamed = event('HandlerNamed', { handler: StaffRef });
export type HandlerNamed = t.TypeOf<typeof HandlerNamed>;

/**
 * 一次性告知: the requester was told, in one notice, every missing item and document (FI-06).
 *
 * @category events
 * @since 0.1.0
 */
export const MissingMaterialsNotified = event('MissingMaterialsNotified', {
  items: StringList,
  message: t.string,
});
export type MissingMaterialsNotified = t.TypeOf<typeof MissingMaterialsNotified>;

/**
 * 明确回复具体期限: the responsible person promised a reply by a definite deadline, with an
 * explanation (FI-11).
 *
 * @category events
 * @since 0.1.0
 */
export const ReplyPromised = event('ReplyPromised', { deadline: Instant, explanation: t.string });
export type ReplyPromised = t.TypeOf<typeof ReplyPromised>;

/**
 * 密切跟进: the responsible person recorded progress on the matter (FI-11, FI-16).
 *
 * @category events
 * @since 0.1.0
 */
export const FollowedUp = event('FollowedUp', { note: t.string });
export type FollowedUp = t.TypeOf<typeof FollowedUp>;

/**
 * The responsible person told the requester something (an answer, an update). Checked for
 * shirking phrases (FI-10).
 *
 * @category events
 * @since 0.1.0
 */
export const RequesterReplied = event('RequesterReplied', { message: t.string });
export type RequesterReplied = t.TypeOf<typeof RequesterReplied>;

/**
 * 谁的责任谁负责: whose responsibility the underlying problem is (FI-12).
 *
 * @category events
 * @since 0.1.0
 */
export const LiabilityClassified = event('LiabilityClassified', { party: LiabilityParty, note: t.string });
export type LiabilityClassified = t.TypeOf<typeof LiabilityClassified>;

/**
 * 委婉拒绝: an excessive or unreasonable demand was declined with the reasons explained (FI-14).
 * Closes the inquiry; the requester may come back (reopen).
 *
 * @category events
 * @since 0.1.0
 */
export const DemandDeclined = event('DemandDeclined', { demand: t.string, explanation: t.string });
export type DemandDeclined = t.TypeOf<typeof DemandDeclined>;

/**
 * 办结: the matter is settled and the requester told how. Closes the inquiry and ends the last stage.
 *
 * @category events
 * @since 0.1.0
 */
export const InquiryResolved = event('InquiryResolved', { summary: t.string });
export type InquiryResolved = t.TypeOf<typeof InquiryResolved>;

/**
 * The requester came back unsatisfied; the staff member who takes it (`by`) is the responsible
 * person of a new stage (FI-01 again).
 *
 * @category events
 * @since 0.1.0
 */
export const InquiryReopened = event('InquiryReopened', { reason: t.string }, { announced: Announcement });
export type InquiryReopened = t.TypeOf<typeof InquiryReopened>;

/**
 * A leader (`by`) moved the matter to another on-duty staff member because the responsible person
 * is away or idle. The chain of stages stays unbroken and the leader's act is on the record.
 *
 * @category events
 * @since 0.1.0
 */
export const ResponsibilityReassigned = event('ResponsibilityReassigned', { to: StaffRef, reason: t.string });
export type ResponsibilityReassigned = t.TypeOf<typeof ResponsibilityReassigned>;

/**
 * The materials the requester was told were missing have all arrived (资料齐全): `items` are the
 * ones outstanding until now. The time limit of FI-05 counts from here.
 *
 * @example
 * import type { MaterialsReceived } from './events';
 * const e: MaterialsReceived = { type: 'MaterialsReceived', data: { schemaVersion: 1, inquiryId: 'INQ-1',
 *   at: '2026-05-20T10:00:00+08:00', by: { id: 's-201', name: 'Chen Jing', department: 'customer-service' },
 *   items: ['ID card copy'] } };
 *
 * @category events
 * @since 0.2.0
 */
export const MaterialsReceived = event('MaterialsReceived', { items: StringList });
export type MaterialsReceived = t.TypeOf<typeof MaterialsReceived>;

// The one list of event types: the union, INQUIRY_EVENT_TYPES and decodeEvent's dispatch derive from it.
const eventCodecs = taggedCodecs({
  InquiryReceived,
  InquiryClarified,
  ContactRecorded,
  InquiryTransferred,
  InquiryEscalated,
  HandlerNamed,
  MissingMaterialsNotified,
  ReplyPromised,
  FollowedUp,
  RequesterReplied,
  LiabilityClassified,
  DemandDeclined,
  InquiryResolved,
  InquiryReopened,
  ResponsibilityReassigned,
  MaterialsReceived,
});

/**
 * Every event type's name, for exhaustive checks and generators: the keys of the one record of
 * event codecs, in its order.
 *
 * @example
 * import { INQUIRY_EVENT_TYPES } from 'first-inquiry';
 * INQUIRY_EVENT_TYPES.includes('InquiryTransferred'); // true
 *
 * @category model
 * @since 0.1.0
 */
export const INQUIRY_EVENT_TYPES = Object.keys(eventCodecs) as ReadonlyArray<keyof typeof eventCodecs>;

/**
 * The union of all inquiry events, as a codec and as a type, derived from the one record of event
 * codecs (a new event is added there only). Events have the shape
 * `{ type, data }` (the shape Emmett and most event stores use); `data` always holds
 * `schemaVersion`, `inquiryId`, `at` (when) and `by` (who acted).
 *
 * @example
 * import { InquiryEvent } from 'first-inquiry';
 * InquiryEvent.is({ type: 'Nope', data: {} }); // false
 *
 * @category events
 * @since 0.1.0
 */
export const InquiryEvent = unionOf(eventCodecs, 'InquiryEvent');
export type InquiryEvent = t.TypeOf<typeof InquiryEvent>;

/**
 * The name of an event type.
 *
 * @category model
 * @since 0.1.0
 */
export type InquiryEventType = InquiryEvent['type'];

/**
 * Why a value is not an inquiry event: each problem names its field path.
 *
 * @category model
 * @since 0.1.0
 */
export interface EventDecodeError {
  readonly _tag: 'EventDecodeError';
  /** `UNKNOWN_EVENT_TYPE` or `INVALID_EVENT` (a known type whose fields are wrong). */
  readonly code: 'UNKNOWN_EVENT_TYPE' | 'INVALID_EVENT';
  /** Each problem in English, naming the field: `data.note: must be given (it is missing)`. */
  readonly problems: readonly string[];
  /**
   * The same problems as data (field path, reason code, value), for wording them in another
   * language (the CLI's Chinese reports do).
   *
   * @since 0.2.0
   */
  readonly details?: readonly DecodeProblem[];
}

// utils

/**
 * Decodes an unknown value (e.g. a parsed JSON line) into an {@link InquiryEvent}, never throwing.
 * It looks the codec up by `type` in the record of event codecs first, so an error names the one
 * event type's fields that are wrong instead of listing every member of the union.
 *
 * @example
 * import { decodeEvent } from 'first-inquiry';
 * const r = decodeEvent({ type: 'InquiryResolved', data: { summary: 'fixed' } });
 * // Left: INVALID_EVENT, problems like 'data.schemaVersion: must be given (it is missing)'
 *
 * @category decoding
 * @since 0.1.0
 */
export function decodeEvent(value: unknown): E.Either<EventDecodeError, InquiryEvent> {
  const type = tagOf(value);
  const kind = typeof type === 'string' ? EVENT_KINDS.get(type) : undefined;
  if (kind === undefined) {
    // A value that is no object at all has no `type` field: the whole value is what is wrong.
    const isObject = typeof value === 'object' && value !== null;
    return E.left({
      _tag: 'EventDecodeError',
      code: 'UNKNOWN_EVENT_TYPE',
      problems: [`type: expected one of ${INQUIRY_EVENT_TYPES.join(', ')} (got ${isObject ? previewValue(type ?? null) : typeof value})`],
      details: [
        {
          path: isObject ? 'type' : '',
          reason: 'EVENT_TYPE',
          params: { known: INQUIRY_EVENT_TYPES.join(', ') },
          got: previewValue(isObject ? (type ?? null) : value),
        },
      ],
    });
  }
  // The guard accepts exactly what the decoder accepts, and event codecs transform nothing, so a
  // valid event decodes to itself: the guard checks it several times faster. Only a bad event pays
  // for the decoder's error paths.
  if (isEventWith(kind.data, value) || kind.codec.is(value)) return E.right(value as InquiryEvent);
  return E.mapLeft((errors: t.Errors): EventDecodeError => {
    const details = decodeProblems(errors);
    return { _tag: 'EventDecodeError', code: 'INVALID_EVENT', problems: details.map(describeProblem), details };
  })(kind.codec.decode(value));
}

// The event codecs' guards written out field by field, for speed: io-ts composes a guard of
// generic closures that look every field up by a computed key, and checking the events of a long
// log spent a tenth of its time in them. Each accepts exactly what its codec's `is` accepts
// (property-tested against them, decode-fast-path.test-prop.ts); the leaf codecs (ids, instants,
// enumerations) are the codecs' own. A property is read as io-ts reads it (`u[k]`); io-ts also
// accepts a key that is missing only when its codec accepts `undefined`, which none here does.

type Fields = Readonly<Record<string, unknown>>;

function isFields(u: unknown): u is Fields {
  return u !== null && typeof u === 'object' && !Array.isArray(u);
}

function isOptionalString(u: unknown): boolean {
  return u === undefined || typeof u === 'string';
}

function isStaffRef(u: unknown): boolean {
  return (
    isFields(u) && UsableId.is(u.id) && typeof u.name === 'string' && typeof u.department === 'string' && isOptionalString(u.employeeNo)
  );
}

function isAnnouncement(u: unknown): boolean {
  return isFields(u) && isOptionalString(u.name) && isOptionalString(u.employeeNo);
}

// Each event type's own fields of `data` (the common ones are checked by isEventOf).
const DATA_GUARDS: { readonly [K in InquiryEventType]: (d: Fields) => boolean } = {
  InquiryReceived: (d) =>
    Channel.is(d.channel) &&
    NonBlankString.is(d.category) &&
    isFields(d.requester) &&
    typeof d.requester.name === 'string' &&
    isOptionalString(d.requester.contact) &&
    typeof d.intent === 'string' &&
    typeof d.intentClear === 'boolean' &&
    isAnnouncement(d.announced) &&
    isOptionalString(d.greeting),
  InquiryClarified: (d) => typeof d.intent === 'string' && isOptionalString(d.contact),
  ContactRecorded: (d) => typeof d.contact === 'string',
  InquiryTransferred: (d) => isStaffRef(d.to) && typeof d.note === 'string' && typeof d.intent === 'string' && HandoverReason.is(d.reason),
  InquiryEscalated: (d) =>
    isStaffRef(d.leader) && typeof d.question === 'string' && (d.absentHandler === undefined || isStaffRef(d.absentHandler)),
  HandlerNamed: (d) => isStaffRef(d.handler),
  MissingMaterialsNotified: (d) => StringList.is(d.items) && typeof d.message === 'string',
  ReplyPromised: (d) => Instant.is(d.deadline) && typeof d.explanation === 'string',
  FollowedUp: (d) => typeof d.note === 'string',
  RequesterReplied: (d) => typeof d.message === 'string',
  LiabilityClassified: (d) => LiabilityParty.is(d.party) && typeof d.note === 'string',
  DemandDeclined: (d) => typeof d.demand === 'string' && typeof d.explanation === 'string',
  InquiryResolved: (d) => typeof d.summary === 'string',
  InquiryReopened: (d) => typeof d.reason === 'string' && (d.announced === undefined || isAnnouncement(d.announced)),
  ResponsibilityReassigned: (d) => isStaffRef(d.to) && typeof d.reason === 'string',
  MaterialsReceived: (d) => StringList.is(d.items),
};

/**
 * Whether a value is an event of the given type (whose codec `decodeEvent` found by the value's own
 * `type`): exactly what that codec's guard accepts, faster.
 *
 * @internal
 */
export function isEventOf(type: InquiryEventType, value: unknown): value is InquiryEvent {
  return isFields(value) && value.type === type && isEventWith(DATA_GUARDS[type], value);
}

// The common fields and the type's own (`value.type` already known to be the type's).
function isEventWith(data: (d: Fields) => boolean, value: unknown): boolean {
  const d = (value as Fields).data;
  return (
    isFields(d) && d.schemaVersion === EVENT_SCHEMA_VERSION && UsableId.is(d.inquiryId) && Instant.is(d.at) && isStaffRef(d.by) && data(d)
  );
}

// Each type's codec and guard, found by the event's `type` in one look-up: a fresh string from
// JSON.parse used as a property key is looked up in the string table at each use, and an event
// used to pay for three such look-ups. Derived from the one record of codecs (own keys only).
interface EventKind {
  readonly codec: t.Decoder<unknown, InquiryEvent> & { readonly is: (u: unknown) => u is InquiryEvent };
  readonly data: (d: Fields) => boolean;
}
const EVENT_KINDS: ReadonlyMap<string, EventKind> = new Map(
  INQUIRY_EVENT_TYPES.map((type): [string, EventKind] => [
    type,
    { codec: eventCodecs[type] as EventKind['codec'], data: DATA_GUARDS[type] },
  ]),
);
