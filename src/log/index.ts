/**
 * first-inquiry/log: the JSONL edge. Check a recorded event log against the enforced rules and
 * audit it, line by line, with problems that name their line — what the `first-inquiry` CLI runs.
 *
 * @packageDocumentation
 */
export { checkEventLog } from './check-log';
export type { CheckEventLogOptions, EventLogSummary } from './check-log';
export { HTML_TIMELINE_LIMIT, TIME_JUMP_DAYS, auditEventLog } from './audit-log';
export type {
  AsOfProblemCode,
  AuditEventLogOptions,
  AuditLogProblem,
  AuditLogReport,
  Holding,
  InquiryTimeline,
  PersonRecord,
  TimelineEscalation,
  TimelineStage,
  TimelinesLeftOut,
} from './audit-log';
export { createHistoryChecker } from './checker';
export type { HistoryChecker, HistoryCheckerOptions, HistoryCheckStats } from './checker';
export { checkEvent, refusalOfEvent } from './check';
export { commandForEvent } from './command';
export { PLAUSIBLE_YEARS, parseEventLine } from './line';
export type { LineDetail, LineProblem, LineProblemCode, UnreadableLine } from './line';
export { formatHistoryProblem } from './problem';
export type { HistoryProblem, HistoryProblemCode, RecordProblemCode, RefusedEvent } from './problem';
export { formatLogProblem } from './problem-messages';
export type { LogProblemCode } from './problem-messages';
