/**
 * first-inquiry/supervision: supervision at any time (监督检查, FI-17) — the audit of the rules
 * that depend on time and judgement, and the read models a supervisor looks at, all folded from
 * events through the one lifecycle. `supervise` is the batch entry, `createSupervisor` the
 * incremental one; the single views are here for applications that want only one.
 *
 * @packageDocumentation
 */
export { createSupervisor, supervise } from './supervisor';
export type { ChainsLeftOut, SupervisionReport, Supervisor, SupervisorOptions } from './supervisor';
export { audit, auditReport } from './audit';
export type { AuditReport } from './audit';
export { createAuditor } from './auditor';
export type { Auditor, InquiryAuditSummary } from './auditor';
export { FINDING_CODES, FINDING_RULES, compareFindings } from './finding';
export type { AuditProblem, Finding, FindingCode } from './finding';
export { createDeadlineBoard, deadlineBoard } from './deadlines';
export type { DeadlineBoard, DeadlineEntry, DeadlineProjection } from './deadlines';
export { createHoldings, holdings } from './holdings';
export type { DepartmentHoldings, HeldInquiry, Holdings, HoldingsProjection, PersonHoldings } from './holdings';
export type { InquiryPosition, LifecycleStep } from './positions';
export { createStaffRecords, staffRecords } from './staff-records';
export type { StaffRecord, StaffRecordProjection } from './staff-records';
export { createStageChains, stageChains } from './stage-chains';
export type { ChainEscalation, ChainStage, StageChain, StageChainProjection } from './stage-chains';
export { decodeCalendar, defaultCalendar } from '../policy/calendar';
export { toZonedIso, workingClock } from '../policy/working-time';
export type { CalendarError, WorkingCalendar } from '../policy/calendar';
export type { WorkingClock } from '../policy/working-time';
export { chinaHolidays, withHolidays } from '../policy/china';
export type { ChinaHolidays, HolidaySource } from '../policy/china';
export { formatFinding } from './finding-messages';
export type { FindingParams, FindingParamsByCode } from './finding';
export { deadlineBoardFromPositions, holdingsFromPositions } from './from-positions';
