/**
 * first-inquiry: the first-inquiry responsibility system (首问责任制) as an event-sourced decider.
 *
 * @packageDocumentation
 */
export { Instant, NonBlankString, describeErrors, instantMillis } from './codecs';
export { Staff, StaffRef, toStaffRef } from './staff';
export {
  Announcement,
  Channel,
  ContactRecorded,
  DemandDeclined,
  EVENT_SCHEMA_VERSION,
  FollowedUp,
  HandlerNamed,
  HandoverReason,
  INQUIRY_EVENT_TYPES,
  InquiryClarified,
  InquiryEscalated,
  InquiryEvent,
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
  decodeEvent,
} from './events';
export type { EventDecodeError, InquiryEventType } from './events';
export {
  ClarifyInquiry,
  ClassifyLiability,
  CommandMetadata,
  DeclineDemand,
  EscalateInquiry,
  FollowUp,
  InquiryCommand,
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
  commandCodecs,
} from './commands';
export type { InquiryCommandType } from './commands';
export {
  DEFAULT_CATEGORIES,
  DEFAULT_FORBIDDEN_PHRASES,
  defaultPolicy,
  decodePolicy,
  definePolicy,
  findForbiddenPhrase,
  isInScope,
  normalizeForMatching,
  PolicyOverridesCodec,
} from './policy';
export type { CategoryPolicy, Policy, PolicyError, PolicyOverrides, TimeLimit } from './policy';
export { initialState, isTerminal, responsiblePerson } from './state';
export type { ClosedInquiry, Escalation, InquiryRecord, InquiryState, NoInquiry, OpenInquiry, Stage, StageEnd, StageStart } from './state';
export { RuleViolationError, VIOLATION_RULES, violation } from './violations';
export type { RuleViolation, ViolationCode } from './violations';
export { decide } from './decide';
export { evolve } from './evolve';
export { createDecider, decideOrThrow, fold, inquiryDecider, throwingDecider } from './decider';
export type { InquiryDecider, ThrowingInquiryDecider } from './decider';
export { RULE_IDS } from './rules/ids';
export type { RuleId } from './rules/ids';
export { RULES, ruleById } from './rules/catalogue';
export type { Rule, RuleKind } from './rules/catalogue';
export { replay, replayAll } from './replay';
export {
  CalendarDate,
  TimeOfDay,
  WorkingCalendar,
  WorkingPeriod,
  ZoneName,
  addWorkingTime,
  decodeCalendar,
  defaultCalendar,
  isWorkingInstant,
  toZonedIso,
  workingClock,
  workingHoursBetween,
} from './calendar/index';
export type { CalendarError, WorkingClock } from './calendar/index';
export {
  AccountabilityModel,
  AuditPolicyOverrides,
  FINDING_CODES,
  FINDING_RULES,
  TimeLimitCodec,
  compareFindings,
  decodeAuditPolicy,
  defaultAuditPolicy,
  defineAuditPolicy,
  timeLimitFor,
  timeLimitsOf,
} from './audit/index';
export type { AuditPolicy, AuditPolicyError, AuditProblem, Auditor, Finding, FindingCode, InquiryAuditSummary } from './audit/index';
export { commandForEvent } from './history/command';
export { checkEvent, refusalOfEvent } from './history/check';
export { createHistoryChecker } from './history/checker';
export type { HistoryChecker, HistoryCheckerOptions, HistoryCheckStats } from './history/checker';
export { parseEventLine } from './history/line';
export type { LineProblem, LineProblemCode } from './history/line';
export { formatHistoryProblem } from './history/problem';
export type { HistoryProblem, HistoryProblemCode } from './history/problem';
export { checkEventLog } from './history/log';
export type { CheckEventLogOptions, EventLogSummary } from './history/log';
export { audit, auditInquiry, auditReport, createAuditor } from './audit/index';
export type { AuditReport } from './audit/index';
export { concurrencyConflict, storeFailure } from './store/errors';
export type { ConcurrencyConflict, EventNotStorable, ExpectedVersion, StoreError, StoredEventInvalid, StoreFailure } from './store/errors';
export type { AppendOptions, AppendResult, EventMetadata, EventStore, GlobalPage, ReadAllOptions, StoredEvent, StreamRead } from './store/event-store';
export { readAfter, readAllBounds } from './store/event-store';
export { inMemoryEventStore } from './store/in-memory';
export type { InMemoryStoreOptions } from './store/in-memory';
export { createCommandHandler } from './store/command-handler';
export type { CommandFailure, CommandHandler, CommandHandlerOptions, Handled } from './store/command-handler';
export { EVENT_STORE_SCHEMA, EVENT_STORE_SQL } from './store/sql';
export { ensureSqlSchema, sqlEventStore } from './store/sql-store';
export type { SqlDatabase, SqlSession, SqlStoreOptions } from './store/sql-store';
export { checkStorable } from './store/storable';
export { decodeAllStored, decodeStored, keepAsStored } from './store/upcast';
export type { StoredRecord, Upcaster } from './store/upcast';
export { auditEventLog } from './history/audit-log';
export type { AuditEventLogOptions, AuditLogProblem, AuditLogReport, Holding, InquiryTimeline, PersonRecord, TimelineEscalation, TimelineStage } from './history/audit-log';
export {
  createDeadlineBoard,
  createHoldings,
  createStaffRecords,
  createStageChains,
  deadlineBoard,
  holdings,
  staffRecords,
  stageChains,
} from './projections/index';
export type {
  DeadlineBoard,
  DeadlineEntry,
  DeadlineProjection,
  DepartmentHoldings,
  HeldInquiry,
  Holdings,
  HoldingsProjection,
  InquiryPosition,
  PersonHoldings,
  StaffRecord,
  StaffRecordProjection,
  StageChain,
  StageChainProjection,
} from './projections/index';
export type { Locale } from './i18n/locale';
export { LOCALES } from './i18n/locale';
export { detectLocale, parseLocale } from './i18n/detect';
export { GLOSSARY, term } from './i18n/glossary';
export type { GlossaryEntry, GlossaryTerm } from './i18n/glossary';
export { formatInstant, formatTimeLimit, stageLabel } from './i18n/format';
export { FINDING_MESSAGES, formatFinding, renderFindingMessage } from './i18n/findings';
export type { MessageTools } from './i18n/findings';
export { formatLogProblem } from './i18n/problems';
export type { LogProblemCode } from './i18n/problems';
export { ruleWords } from './rules/catalogue';
export type { RuleWords } from './rules/catalogue';
export type { FindingParams, FindingParamsByCode } from './audit/finding';
