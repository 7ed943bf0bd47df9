/**
 * first-inquiry/supervision: supervision at any time (监督检查, FI-17) — the audit of the rules
 * that depend on time and judgement, and the read models a supervisor looks at, all folded from
 * events through the one lifecycle. `supervise` is the batch entry, `createSupervisor` the
 * incremental one; the single views are here for applications that want only one.
 *
 * @packageDocumentation
 */
export { createSupervisor, supervise } from './projections/supervisor';
export type { SupervisionReport, Supervisor, SupervisorOptions } from './projections/supervisor';
export { audit, auditReport } from './audit/audit';
export type { AuditReport } from './audit/audit';
export { createAuditor } from './audit/auditor';
export type { Auditor, InquiryAuditSummary } from './audit/auditor';
export { FINDING_CODES, FINDING_RULES, compareFindings } from './audit/finding';
export type { AuditProblem, Finding, FindingCode } from './audit/finding';
export { createDeadlineBoard, deadlineBoard } from './projections/deadlines';
export type { DeadlineBoard, DeadlineEntry, DeadlineProjection } from './projections/deadlines';
export { createHoldings, holdings } from './projections/holdings';
export type { DepartmentHoldings, HeldInquiry, Holdings, HoldingsProjection, PersonHoldings } from './projections/holdings';
export type { InquiryPosition, LifecycleStep } from './projections/open-inquiries';
export { createStaffRecords, staffRecords } from './projections/staff-records';
export type { StaffRecord, StaffRecordProjection } from './projections/staff-records';
export { createStageChains, stageChains } from './projections/stage-chains';
export type { ChainEscalation, ChainStage, StageChain, StageChainProjection } from './projections/stage-chains';
export { decodeCalendar, defaultCalendar, toZonedIso, workingClock } from './calendar/index';
export type { CalendarError, WorkingCalendar, WorkingClock } from './calendar/index';
