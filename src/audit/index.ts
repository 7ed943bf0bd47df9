export { FINDING_CODES, FINDING_RULES, compareFindings } from './finding';
export type { AuditProblem, Finding, FindingCode } from './finding';
export {
  AccountabilityModel,
  AuditPolicyOverrides,
  TimeLimitCodec,
  decodeAuditPolicy,
  defaultAuditPolicy,
  defineAuditPolicy,
  timeLimitFor,
  timeLimitsOf,
} from './policy';
export type { AuditPolicy, AuditPolicyError } from './policy';
export type { Auditor, InquiryAuditSummary } from './auditor';
