export { createDeadlineBoard, deadlineBoard } from './deadlines';
export type { DeadlineBoard, DeadlineEntry, DeadlineProjection } from './deadlines';
export { createHoldings, holdings } from './holdings';
export type { DepartmentHoldings, HeldInquiry, Holdings, HoldingsProjection, PersonHoldings } from './holdings';
export type { InquiryPosition } from './open-inquiries';
export { createPersonRecords, personRecords } from './person-records';
export type { PersonRecord, PersonRecordProjection } from './person-records';
export { createStageChains, stageChains } from './stage-chains';
export type { StageChain, StageChainProjection } from './stage-chains';
