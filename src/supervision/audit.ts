import type { InquiryEvent } from '../inquiry/events';
import { asOfMillis } from './as-of';
import { createAuditor } from './auditor';
import type { AuditProblem, Finding } from './finding';
import { defaultPolicy, type Policy } from '../policy/policy';

// model

/**
 * The whole result of an audit: findings, the events that could not be applied, and how many
 * events were left out because they are dated after `asOf`.
 *
 * @example
 * import { auditReport } from 'first-inquiry/supervision';
 * const { findings, problems, eventsAfterAsOf } = auditReport([], '2026-05-20T09:00:00+08:00');
 *
 * @category audit
 * @since 0.1.0
 */
export interface AuditReport {
  readonly asOf: string;
  readonly findings: readonly Finding[];
  readonly problems: readonly AuditProblem[];
  readonly eventsAfterAsOf: number;
}

// utils

/**
 * Audits the events of many inquiries, in any interleaving, as the record stood at `asOf`
 * (events dated after `asOf` are left out and counted): findings, problems and all. `asOf` is an
 * ISO-8601 instant with a zone; anything else is a caller's bug and throws a `RangeError`
 * (decode user input with `Instant` first).
 *
 * @example
 * import { auditReport } from 'first-inquiry/supervision';
 * const report = auditReport([], '2026-05-20T09:00:00+08:00');
 * report.findings.length; // 0
 *
 * @category audit
 * @since 0.1.0
 */
export function auditReport(events: Iterable<InquiryEvent>, asOf: string, policy: Policy = defaultPolicy): AuditReport {
  const auditor = createAuditor(policy);
  const until = asOfMillis(asOf);
  let eventsAfterAsOf = 0;
  for (const event of events) {
    if (Date.parse(event.data.at) > until) eventsAfterAsOf += 1;
    else auditor.add(event);
  }
  return { asOf, findings: auditor.findings(asOf), problems: auditor.problems(), eventsAfterAsOf };
}

/**
 * The findings of the events of many inquiries, in any interleaving, as of `asOf` (see
 * {@link auditReport} for the problems too).
 *
 * @example
 * import { audit } from 'first-inquiry/supervision';
 * import { definePolicy } from 'first-inquiry';
 * const findings = audit([], '2026-05-20T09:00:00+08:00', definePolicy({ accountability: 'first-responder-retains' }));
 * findings.length; // 0
 *
 * @category audit
 * @since 0.1.0
 */
export function audit(events: Iterable<InquiryEvent>, asOf: string, policy: Policy = defaultPolicy): readonly Finding[] {
  return auditReport(events, asOf, policy).findings;
}
