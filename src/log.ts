/**
 * first-inquiry/log: the JSONL edge. Check a recorded event log against the enforced rules and
 * audit it, line by line, with problems that name their line — what the `first-inquiry` CLI runs.
 *
 * @packageDocumentation
 */
export { checkEventLog } from './history/log';
export type { CheckEventLogOptions, EventLogSummary } from './history/log';
export { auditEventLog } from './history/audit-log';
export type { AuditEventLogOptions, AuditLogProblem, AuditLogReport, Holding, InquiryTimeline, PersonRecord, TimelineEscalation, TimelineStage } from './history/audit-log';
export { createHistoryChecker } from './history/checker';
export type { HistoryChecker, HistoryCheckerOptions, HistoryCheckStats } from './history/checker';
export { checkEvent, refusalOfEvent } from './history/check';
export { commandForEvent } from './history/command';
export { parseEventLine } from './history/line';
export type { LineProblem, LineProblemCode } from './history/line';
export { formatHistoryProblem } from './history/problem';
export type { HistoryProblem, HistoryProblemCode } from './history/problem';
