/**
 * first-inquiry: the first-inquiry responsibility system (首问责任制) as an event-sourced decider.
 *
 * The root entry is the pure inquiry aggregate (events, commands, state, lifecycle, decide,
 * evolve), the organisation's policy and the rule catalogue. The outer ring is opt in:
 * `first-inquiry/supervision` (audit and read models), `first-inquiry/log` (JSONL event logs),
 * `first-inquiry/store` (event stores and the command handler), `first-inquiry/pglite`,
 * `first-inquiry/postgres` and `first-inquiry/testing`.
 *
 * @packageDocumentation
 */

// the inquiry: primitives, events, commands, state
export { Instant } from './codecs';
export { Staff, StaffRef, toStaffRef } from './staff';
export { INQUIRY_EVENT_TYPES, InquiryEvent, decodeEvent } from './events';
export type {
  Announcement,
  Channel,
  ContactRecorded,
  DemandDeclined,
  EventDecodeError,
  FollowedUp,
  HandlerNamed,
  HandoverReason,
  InquiryClarified,
  InquiryEscalated,
  InquiryEventType,
  InquiryReceived,
  InquiryReopened,
  InquiryResolved,
  InquiryTransferred,
  LiabilityClassified,
  LiabilityParty,
  MissingMaterialsNotified,
  ReplyPromised,
  Requester,
  RequesterReplied,
  ResponsibilityReassigned,
} from './events';
export { InquiryCommand, commandCodecs } from './commands';
export type {
  ClarifyInquiry,
  ClassifyLiability,
  CommandMetadata,
  DeclineDemand,
  EscalateInquiry,
  FollowUp,
  InquiryCommandType,
  NameHandler,
  NotifyMissingMaterials,
  PromiseReply,
  ReassignInquiry,
  ReceiveInquiry,
  RecordContact,
  ReopenInquiry,
  ReplyToRequester,
  ResolveInquiry,
  TransferInquiry,
} from './commands';
export { initialState, isTerminal, responsiblePerson } from './state';
export type { ClosedInquiry, Escalation, InquiryRecord, InquiryState, NoInquiry, OpenInquiry, Stage, StageEnd, StageStart } from './state';

// the lifecycle: what each event does, and whether it may apply
export { advance, effectOf, isReceipt, skipReason } from './lifecycle';
export type { Effect, HandOn, LifecycleStatus, Outcome, Position, Skip } from './lifecycle';

// deciding and folding
export { decide } from './decide';
export { evolve } from './evolve';
export { replay, replayAll } from './replay';
export { createDecider, inquiryDecider, throwingDecider } from './decider';
export type { InquiryDecider, ThrowingInquiryDecider } from './decider';
export { RuleViolationError, VIOLATION_RULES, violation } from './violations';
export type { RuleViolation, ViolationCode } from './violations';

// the organisation's policy
export {
  AccountabilityModel,
  DEFAULT_CATEGORIES,
  DEFAULT_FORBIDDEN_PHRASES,
  InvalidPolicyError,
  PolicyOverridesCodec,
  categoryPolicy,
  decodePolicy,
  defaultPolicy,
  definePolicy,
  findForbiddenPhrase,
  isInScope,
  timeLimitFor,
} from './policy';
export type { CategoryPolicy, Policy, PolicyError, PolicyOverrides, TimeLimit } from './policy';
export type { WorkingCalendar } from './calendar/calendar';

// the rules
export { RULE_IDS } from './rules/ids';
export type { RuleId } from './rules/ids';
export { RULES, ruleById } from './rules/catalogue';
export type { Rule, RuleKind } from './rules/catalogue';
