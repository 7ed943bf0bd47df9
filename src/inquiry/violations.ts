import type { RuleId } from '../rules/ids';
import { VIOLATION_RULES, type ViolationCode } from '../rules/codes';

// model

export { VIOLATION_RULES } from '../rules/codes';

export type { ViolationCode } from '../rules/codes';

/**
 * Why `decide` refused a command: a value, never an exception. `rule` is the rule ID the refusal
 * enforces (or `null`, see {@link VIOLATION_RULES}); `message` says what is wrong and what to do
 * instead; `field`, where there is one, is the command field at fault (e.g. `data.to.onDuty`).
 *
 * @example
 * import type { RuleViolation } from 'first-inquiry';
 * const v: RuleViolation = {
 *   _tag: 'RuleViolation', code: 'HANDLER_OFF_DUTY', rule: 'FI-08', field: 'data.to.onDuty',
 *   message: 'Li Na is not on duty. Keep the matter (先行接收) and escalate to a leader.',
 * };
 *
 * @category errors
 * @since 0.1.0
 */
export interface RuleViolation {
  readonly _tag: 'RuleViolation';
  readonly code: ViolationCode;
  readonly rule: RuleId | null;
  readonly message: string;
  readonly field?: string;
}

// constructors

/**
 * Builds a {@link RuleViolation}; the rule ID comes from the code, so the two can never disagree.
 *
 * @example
 * import { violation } from 'first-inquiry';
 * violation('HANDOVER_TO_SELF', 'You already hold this matter.').rule; // 'FI-02'
 *
 * @category errors
 * @since 0.1.0
 */
export function violation(code: ViolationCode, message: string, field?: string): RuleViolation {
  const base = { _tag: 'RuleViolation' as const, code, rule: VIOLATION_RULES[code], message };
  return field === undefined ? base : { ...base, field };
}

/**
 * The exception thrown by the exception-style adapters ({@link decideOrThrow},
 * {@link throwingDecider}). It carries the {@link RuleViolation} unchanged.
 *
 * @example
 * import { RuleViolationError, violation } from 'first-inquiry';
 * const e = new RuleViolationError(violation('INQUIRY_CLOSED', 'closed'));
 * e.code; // 'INQUIRY_CLOSED'
 *
 * @category errors
 * @since 0.1.0
 */
export class RuleViolationError extends Error {
  readonly code: ViolationCode;
  readonly rule: RuleId | null;
  readonly violation: RuleViolation;

  constructor(v: RuleViolation) {
    super(`${v.code}${v.rule === null ? '' : ` (${v.rule})`}: ${v.message}`);
    this.name = 'RuleViolationError';
    this.code = v.code;
    this.rule = v.rule;
    this.violation = v;
  }
}
