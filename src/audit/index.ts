export { FINDING_CODES, FINDING_RULES, compareFindings } from './finding';
export type { AuditProblem, Finding, FindingCode } from './finding';
export { createAuditor } from './auditor';
export type { Auditor, InquiryAuditSummary } from './auditor';
export { audit, auditInquiry, auditReport } from './audit';
export type { AuditReport } from './audit';
