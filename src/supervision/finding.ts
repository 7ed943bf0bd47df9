import type { InquiryEventType } from '../inquiry/events';
import type { TimeLimit } from '../policy/policy';
import type { RuleId } from '../rules/ids';
import { FINDING_RULES, type FindingCode } from '../rules/codes';
import type { StaffRef } from '../inquiry/staff';
import { instantMillis } from '../primitives/codecs';

// model

export { FINDING_RULES } from '../rules/codes';

export type { FindingCode } from '../rules/codes';

/**
 * Every finding code, in a stable order.
 *
 * @example
 * import { FINDING_CODES } from 'first-inquiry/supervision';
 * FINDING_CODES.includes('INACTION'); // true
 *
 * @category audit
 * @since 0.1.0
 */
export const FINDING_CODES = Object.keys(FINDING_RULES) as readonly FindingCode[];

/**
 * The parameters of each finding code: what a message in any locale is rendered from
 * ({@link formatFinding}). Names are the names recorded in the log; instants are ISO-8601 with a
 * zone; `limit` is the policy's time limit.
 *
 * @example
 * import type { FindingParamsByCode } from 'first-inquiry/supervision';
 * const p: FindingParamsByCode['INACTION'] = { inquiryId: 'INQ-7', limit: { amount: 2, unit: 'working-days' }, holder: 'Li Na' };
 *
 * @category audit
 * @since 0.2.0
 */
export interface FindingParamsByCode {
  readonly OVERDUE: {
    readonly inquiryId: string;
    readonly category: string;
    readonly limit: TimeLimit;
    readonly from: 'receipt' | 'reopening';
    readonly startedAt: string;
    readonly holder: string;
    readonly waits?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  };
  readonly NOTICE_NOT_ONE_TIME: { readonly inquiryId: string; readonly actor: string; readonly items: readonly string[] };
  readonly SLOW_HAND_ON_AFTER_ESCALATION: {
    readonly inquiryId: string;
    readonly leader: string;
    readonly holder: string;
    readonly limit: TimeLimit;
    readonly absentHandler?: string;
    readonly named: boolean;
  };
  readonly SLOW_HAND_ON_AFTER_NAMING: {
    readonly inquiryId: string;
    readonly leader: string;
    readonly handler: string;
    readonly holder: string;
    readonly limit: TimeLimit;
  };
  readonly PROMISE_MISSED: { readonly inquiryId: string; readonly deadline: string; readonly holder: string };
  readonly NO_FOLLOW_UP: { readonly inquiryId: string; readonly limit: TimeLimit; readonly holder: string };
  readonly PROMISE_WITHOUT_DEADLINE: { readonly inquiryId: string; readonly actor: string; readonly deadline: string };
  readonly PROMISE_BY_NON_RESPONSIBLE: { readonly inquiryId: string; readonly actor: string; readonly holder: string };
  readonly INACTION: { readonly inquiryId: string; readonly limit: TimeLimit; readonly holder: string };
  readonly ACT_WITHOUT_RESPONSIBILITY: {
    readonly inquiryId: string;
    readonly actor: string;
    readonly holder: string;
    readonly act: InquiryEventType;
  };
}

/**
 * The parameters of any finding (see {@link FindingParamsByCode} for each code's).
 *
 * @category audit
 * @since 0.2.0
 */
export type FindingParams = FindingParamsByCode[FindingCode];

/**
 * Something that went wrong in an inquiry's history, computed from its events and an `asOf`
 * instant (never stored as a fact: time passing can create one).
 *
 * - `stage`: the index of the stage (环节) in which it arose;
 * - `holder`: the responsible person of that stage;
 * - `accountable`: who answers for it under the policy's accountability model (the holder under
 *   `handover-discharges`; the person who received or reopened the matter under
 *   `first-responder-retains`);
 * - `actor`: for findings about an act (a promise, an act without responsibility), who did it;
 * - `arisenAt`: the instant it arose (a deadline that passed, or the act itself);
 * - `settled`: `true` once later events fixed it for good; `false` while it depends on `asOf`
 *   (an open matter that is still overdue, still idle …);
 * - `params`: what the message is made of (who, which limit, which deadline …), so that
 *   `formatFinding(f, locale)` can word it in any locale; absent only on findings built by hand;
 * - `message`: the English text, rendered from the same catalogue (kept for compatibility). The
 *   auditor's findings render it when it is read (an own enumerable property all the same: JSON,
 *   spreads and clones carry it as a string).
 *
 * @example
 * import type { Finding } from 'first-inquiry/supervision';
 * const f: Finding = {
 *   rule: 'FI-05', code: 'OVERDUE', inquiryId: 'INQ-7', stage: 1,
 *   holder: { id: 's-102', name: 'Li Na', department: 'engineering' },
 *   accountable: { id: 's-102', name: 'Li Na', department: 'engineering' },
 *   arisenAt: '2026-05-13T17:00:00.000+08:00', settled: false,
 *   message: 'INQ-7 (repair) was not settled within 3 working days; Li Na held it when the limit ran out.',
 * };
 *
 * @category audit
 * @since 0.1.0
 */
export interface Finding {
  readonly rule: RuleId;
  readonly code: FindingCode;
  readonly inquiryId: string;
  readonly stage: number;
  readonly holder: StaffRef;
  readonly accountable: StaffRef;
  readonly actor?: StaffRef;
  readonly arisenAt: string;
  readonly settled: boolean;
  readonly params?: FindingParams;
  readonly message: string;
}

/**
 * Why an event of an imported history could not be applied; the audit reports it instead of
 * crashing or dropping it silently. Mirrors what `evolve` ignores: such an event is reported
 * and skipped, except one dated too early, which is reported and applied at the previous instant.
 *
 * - `EVENT_BEFORE_RECEIPT`: an event for an inquiry that has not been received;
 * - `DUPLICATE_RECEIPT`: a second receipt of the same inquiry;
 * - `EVENT_AFTER_CLOSURE`: an act (other than a reopen) on a closed inquiry;
 * - `REOPEN_OF_OPEN_INQUIRY`: a reopen of an inquiry that is still open;
 * - `TIME_WENT_BACKWARDS`: an event dated before the inquiry's previous event (applied as if at that instant).
 *
 * `position` counts the events given to the auditor, from 0.
 *
 * @example
 * import { createAuditor } from 'first-inquiry/supervision';
 * const auditor = createAuditor();
 * auditor.problems(); // [] until an event cannot apply, e.g. { code: 'EVENT_BEFORE_RECEIPT', position: 0, … }
 *
 * @category audit
 * @since 0.1.0
 */
export interface AuditProblem {
  readonly code: 'EVENT_BEFORE_RECEIPT' | 'DUPLICATE_RECEIPT' | 'EVENT_AFTER_CLOSURE' | 'REOPEN_OF_OPEN_INQUIRY' | 'TIME_WENT_BACKWARDS';
  readonly inquiryId: string;
  readonly eventType: string;
  readonly at: string;
  readonly position: number;
  readonly message: string;
}

// utils

/**
 * The order findings are reported in: by `arisenAt`, then inquiry, stage and code.
 *
 * @example
 * import { compareFindings } from 'first-inquiry/supervision';
 * [].slice().sort(compareFindings);
 *
 * @category audit
 * @since 0.1.0
 */
export function compareFindings(a: Finding, b: Finding): number {
  return Date.parse(a.arisenAt) - Date.parse(b.arisenAt) || compareAlike(a, b);
}

// Findings that arose at the same instant: by inquiry, stage and code.
function compareAlike(a: Finding, b: Finding): number {
  return compareText(a.inquiryId, b.inquiryId) || a.stage - b.stage || compareText(a.code, b.code);
}

/**
 * Sorts findings in place in {@link compareFindings} order, each instant counted once rather than
 * at every comparison (a large audit sorts tens of thousands).
 *
 * @example
 * import { sortFindings } from './finding'; // internal: the auditor's and supervisor's sort
 * sortFindings([]); // []
 *
 * @internal
 */
export function sortFindings(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const keyed = findings.map((finding) => ({ finding, at: instantMillis(finding.arisenAt) }));
  keyed.sort((a, b) => a.at - b.at || compareAlike(a.finding, b.finding));
  for (let i = 0; i < keyed.length; i++) findings[i] = (keyed[i] as { finding: Finding }).finding;
  return findings;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
