import { formatViolation, type ViolationParams } from './violation-messages';
import type { RuleId } from '../rules/ids';
import { VIOLATION_RULES, type ViolationCode } from '../rules/codes';

// model

export { VIOLATION_RULES } from '../rules/codes';

export type { ViolationCode } from '../rules/codes';

export type { ViolationParams } from './violation-messages';

/**
 * Why `decide` refused a command: a value, never an exception. `rule` is the rule ID the refusal
 * enforces (or `null`, see {@link VIOLATION_RULES}); `params` are the facts of the refusal, from
 * which {@link formatViolation} renders its message in a locale; `message` is that message in
 * English, rendered from the catalogue (kept for compatibility and logs): it says what is wrong and
 * what this actor can do next. `field`, where there is one, is the command field at fault
 * (e.g. `data.to.onDuty`).
 *
 * @example
 * import type { RuleViolation } from 'first-inquiry';
 * const v: RuleViolation = {
 *   _tag: 'RuleViolation', code: 'HANDLER_OFF_DUTY', rule: 'FI-08', field: 'data.to.onDuty',
 *   params: { receiver: 'Li Na', command: 'TransferInquiry' },
 *   message: 'Li Na is not at their post. Keep the matter (先行接收) and escalate to a leader.',
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
  readonly params: ViolationParams;
  readonly field?: string;
}

// constructors

/**
 * Builds a {@link RuleViolation}; the rule ID comes from the code, so the two can never disagree.
 * Given `params`, the English `message` is rendered from the message catalogue; given a string
 * (the 0.1 form), that string is the message and is kept as the `detail` parameter.
 *
 * @example
 * import { violation } from 'first-inquiry';
 * violation('HANDOVER_TO_SELF', { holder: 'Wang Wei', inquiry: 'INQ-1', command: 'TransferInquiry' }).rule; // 'FI-02'
 *
 * @category errors
 * @since 0.1.0
 */
export function violation(code: ViolationCode, paramsOrMessage: ViolationParams | string = {}, field?: string): RuleViolation {
  const params: ViolationParams =
    typeof paramsOrMessage === 'string'
      ? { detail: paramsOrMessage, ...(field === undefined ? {} : { field }) }
      : { ...(field === undefined ? {} : { field }), ...paramsOrMessage };
  const rule = VIOLATION_RULES[code];
  const message = typeof paramsOrMessage === 'string' ? paramsOrMessage : formatViolation({ code, params }, 'en');
  const base = { _tag: 'RuleViolation' as const, code, rule, message, params };
  return field === undefined ? base : { ...base, field };
}

/**
 * The exception thrown by the exception-style adapters ({@link throwingDecider}). It carries the {@link RuleViolation} unchanged.
 *
 * @example
 * import { RuleViolationError, violation } from 'first-inquiry';
 * const e = new RuleViolationError(violation('INQUIRY_CLOSED', { inquiry: 'INQ-1', outcome: 'resolved' }));
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
