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
export { Instant } from './primitives/codecs';
export { Staff, StaffRef, toStaffRef } from './inquiry/staff';
export { INQUIRY_EVENT_TYPES, InquiryEvent, decodeEvent } from './inquiry/events';
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
} from './inquiry/events';
export { InquiryCommand, commandCodecs } from './inquiry/commands';
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
} from './inquiry/commands';
export { initialState, isTerminal, responsiblePerson } from './inquiry/state';
export type {
  ClosedInquiry,
  ClosedStage,
  Escalation,
  InquiryRecord,
  InquiryState,
  NoInquiry,
  OpenInquiry,
  OpenStage,
  Stage,
  StageEnd,
  StageStart,
} from './inquiry/state';

// the lifecycle: what each event does, and whether it may apply
export { advance, effectOf, isReceipt, skipReason } from './inquiry/lifecycle';
export type { Effect, HandOn, LifecycleStatus, Outcome, Position, Skip } from './inquiry/lifecycle';

// deciding and folding
export { decide } from './inquiry/decide';
export type { Decision } from './inquiry/decide';
export { evolve } from './inquiry/evolve';
export { replay, replayAll } from './inquiry/replay';
export { createDecider, inquiryDecider, throwingDecider } from './inquiry/decider';
export type { InquiryDecider, ThrowingInquiryDecider } from './inquiry/decider';
export { RuleViolationError, VIOLATION_RULES, violation } from './inquiry/violations';
export type { RuleViolation, ViolationCode } from './inquiry/violations';

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
} from './policy/policy';
export type { CategoryPolicy, Policy, PolicyError, PolicyOverrides, TimeLimit } from './policy/policy';
export type { DecodeProblem, DecodeReason } from './primitives/reasons';
export type { WorkingCalendar } from './policy/calendar';

// the rules
export { RULE_IDS } from './rules/ids';
export type { RuleId } from './rules/ids';
export { RULES, ruleById } from './rules/catalogue';
export type { Rule, RuleKind } from './rules/catalogue';

// identity and the staff directory (the trusted path for who may act, docs/trust.md)
export { isUsableId, isUsableName } from './primitives/identity';
export { applyDirectory, inMemoryDirectory, resolveStaff } from './inquiry/directory';
export type { ClaimedCommand, ClaimedData, Directory, DirectoryEntry, StaffClaim } from './inquiry/directory';

// messages in the user's language
export { LOCALES } from './i18n/locale';
export { detectLocale } from './i18n/detect';
export type { Locale } from './i18n/locale';
export { formatViolation } from './inquiry/violation-messages';
export type { ViolationCatalogue, ViolationTemplate } from './inquiry/violation-messages';
export type { ViolationParams } from './inquiry/violations';
export { ruleWords } from './rules/catalogue';
export type { RuleWords } from './rules/catalogue';
export type { GlossaryEntry, GlossaryTerm } from './i18n/glossary';
