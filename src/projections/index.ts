export { createDeadlineBoard, deadlineBoard } from './deadlines';
export type { DeadlineBoard, DeadlineEntry, DeadlineProjection } from './deadlines';
export { createHoldings, holdings } from './holdings';
export type { DepartmentHoldings, HeldInquiry, Holdings, HoldingsProjection, PersonHoldings } from './holdings';
export type { InquiryPosition } from './open-inquiries';
export { createStaffRecords, staffRecords } from './staff-records';
export type { StaffRecord, StaffRecordProjection } from './staff-records';
export { createStageChains, stageChains } from './stage-chains';
export type { StageChain, StageChainProjection } from './stage-chains';
