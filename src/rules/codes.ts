import type { RuleId } from './ids';

// Which rule each refusal code and each finding code stands for: the one map that `decide`, the
// audit, the catalogue and the docs all read.

/**
 * Every reason `decide` can refuse a command, with the rule it enforces (`null` where the refusal
 * protects the record itself rather than one rule: a malformed command, time going backwards, a
 * command for an inquiry that does not exist). Codes are stable: match on them, not on messages.
 *
 * @example
 * import { VIOLATION_RULES } from 'first-inquiry';
 * VIOLATION_RULES.HANDLER_OFF_DUTY; // 'FI-08'
 *
 * @category errors
 * @since 0.1.0
 */
export const VIOLATION_RULES = {
  INQUIRY_ALREADY_RECEIVED: 'FI-01',
  NOT_RESPONSIBLE: 'FI-02',
  INQUIRY_CLOSED: 'FI-02',
  HANDOVER_TO_SELF: 'FI-02',
  IDENTITY_NOT_ANNOUNCED: 'FI-03',
  INTENT_REQUIRED: 'FI-04',
  NOTICE_ITEMS_REQUIRED: 'FI-06',
  HANDOVER_RECEIVER_REQUIRED: 'FI-07',
  HANDOVER_NOTE_REQUIRED: 'FI-07',
  HANDLER_OFF_DUTY: 'FI-08',
  NOT_A_LEADER: 'FI-08',
  NOT_ESCALATED_TO_ACTOR: 'FI-08',
  NAMED_HANDLER_REQUIRED: 'FI-08',
  ESCALATION_TO_SELF: 'FI-08',
  CONTACT_REQUIRED_FOR_DEFERRAL: 'FI-09',
  FORBIDDEN_PHRASE: 'FI-10',
  PROMISE_DEADLINE_REQUIRED: 'FI-11',
  PROMISE_EXPLANATION_REQUIRED: 'FI-11',
  LIABILITY_NOT_CLASSIFIED: 'FI-12',
  DECLINE_EXPLANATION_REQUIRED: 'FI-14',
  CONTACT_REQUIRED_FOR_UNCLEAR: 'FI-15',
  HANDOVER_WITHIN_OWN_SCOPE: 'FI-10',
  RECEIVER_NOT_COMPETENT: 'FI-07',
  REASSIGNMENT_OF_OWN_MATTER: 'FI-07',
  INVALID_COMMAND: null,
  STAFF_NOT_IDENTIFIED: null,
  UNKNOWN_STAFF: null,
  DIRECTORY_MISMATCH: null,
  NO_MATERIALS_OUTSTANDING: null,
  UNKNOWN_CATEGORY: null,
  INQUIRY_NOT_FOUND: null,
  INQUIRY_MISMATCH: null,
  INQUIRY_NOT_CLOSED: null,
  TIME_WENT_BACKWARDS: null,
  IMPLAUSIBLE_INSTANT: null,
  TEXT_REQUIRED: null,
} as const satisfies Readonly<Record<string, RuleId | null>>;

/**
 * Every audit finding code with the rule it reports. Codes are stable: match on them, not on
 * messages. The rule catalogue's `findingCodes` are derived from this map.
 *
 * - `OVERDUE` (FI-05): not settled within the category's time limit.
 * - `NOTICE_NOT_ONE_TIME` (FI-06): a later missing-materials notice asks for something new.
 * - `SLOW_HAND_ON_AFTER_ESCALATION` (FI-08): the handler was absent, a leader was asked, and the
 *   matter was not handed on within the policy's limit.
 * - `SLOW_HAND_ON_AFTER_NAMING` (FI-08): a leader named a handler and the matter was not handed to
 *   them promptly (及时转办).
 * - `PROMISE_MISSED` (FI-11): a promised reply deadline passed with no reply, new promise or closure.
 * - `NO_FOLLOW_UP` (FI-11): a matter promised for later went too long without follow-up.
 * - `PROMISE_WITHOUT_DEADLINE` (FI-13): a promise whose deadline is not after the promise.
 * - `PROMISE_BY_NON_RESPONSIBLE` (FI-13): a promise by someone who was not the responsible person.
 * - `INACTION` (FI-16): no recorded act on an open matter for longer than the policy allows.
 * - `ACT_WITHOUT_RESPONSIBILITY` (FI-16): someone other than the responsible person acted on the matter.
 *
 * @example
 * import { FINDING_RULES } from 'first-inquiry/supervision';
 * FINDING_RULES.OVERDUE; // 'FI-05'
 *
 * @category audit
 * @since 0.1.0
 */
export const FINDING_RULES = {
  OVERDUE: 'FI-05',
  NOTICE_NOT_ONE_TIME: 'FI-06',
  SLOW_HAND_ON_AFTER_ESCALATION: 'FI-08',
  SLOW_HAND_ON_AFTER_NAMING: 'FI-08',
  PROMISE_MISSED: 'FI-11',
  NO_FOLLOW_UP: 'FI-11',
  PROMISE_WITHOUT_DEADLINE: 'FI-13',
  PROMISE_BY_NON_RESPONSIBLE: 'FI-13',
  INACTION: 'FI-16',
  ACT_WITHOUT_RESPONSIBILITY: 'FI-16',
} as const satisfies Readonly<Record<string, RuleId>>;

/**
 * A stable refusal code; see {@link VIOLATION_RULES} for the rule each one enforces.
 *
 * @example
 * import type { ViolationCode } from 'first-inquiry';
 * const code: ViolationCode = 'HANDLER_OFF_DUTY';
 *
 * @category errors
 * @since 0.1.0
 */
export type ViolationCode = keyof typeof VIOLATION_RULES;

/**
 * A stable finding code; see {@link FINDING_RULES} for the rule each one reports.
 *
 * @example
 * import type { FindingCode } from 'first-inquiry/supervision';
 * const timeBased: readonly FindingCode[] = ['OVERDUE', 'PROMISE_MISSED', 'NO_FOLLOW_UP', 'INACTION'];
 *
 * @category audit
 * @since 0.1.0
 */
export type FindingCode = keyof typeof FINDING_RULES;
