import * as E from 'fp-ts/Either';
import { decide } from '../inquiry/decide';
import type { InquiryEvent } from '../inquiry/events';
import { evolve } from '../inquiry/evolve';
import { defaultPolicy, type Policy } from '../policy/policy';
import type { InquiryState } from '../inquiry/state';
import type { RuleViolation } from '../inquiry/violations';
import { commandForEvent, recordOnlyRefusal } from './command';

// utils

/**
 * Why a recorded event breaks an enforced rule, or `undefined` when `decide` would have accepted
 * the command behind it on the state so far. Beyond `decide`'s own checks, a recorded handover must
 * carry the intent on (FI-04): a handover event whose `intent` is blank is reported, because
 * `decide` would have copied the intent into it.
 *
 * @example
 * import { refusalOfEvent } from 'first-inquiry/log';
 * import { initialState } from 'first-inquiry';
 * refusalOfEvent(initialState(), {
 *   type: 'FollowedUp',
 *   data: { schemaVersion: 1, inquiryId: 'INQ-9', at: '2026-05-04T10:00:00+08:00',
 *     by: { id: 's-017', name: 'Wang Wei', department: 'security' }, note: 'Called back' },
 * })?.code; // 'INQUIRY_NOT_FOUND': an event for an inquiry never received
 *
 * @category history
 * @since 0.1.0
 */
export function refusalOfEvent(state: InquiryState, event: InquiryEvent, policy: Policy = defaultPolicy): RuleViolation | undefined {
  const decision = decide(commandForEvent(event), state, policy);
  if (E.isLeft(decision)) return decision.left;
  return recordOnlyRefusal(event);
}

/**
 * Replays one recorded event through the enforced rules: the state after it, or the
 * {@link RuleViolation} that `decide` would have refused the command behind it with (a handover by
 * someone not responsible is `NOT_RESPONSIBLE` (FI-02), a blank handover note
 * `HANDOVER_NOTE_REQUIRED` (FI-07), an event for an inquiry never received `INQUIRY_NOT_FOUND`, a
 * second receipt `INQUIRY_ALREADY_RECEIVED` (FI-01), an event dated before the previous one
 * `TIME_WENT_BACKWARDS`). A history goes on as it was recorded: after a `Left`, fold the event with
 * `evolve` and check the next one.
 *
 * @example
 * import { checkEvent } from 'first-inquiry/log';
 * import { initialState } from 'first-inquiry';
 * import * as E from 'fp-ts/Either';
 * const r = checkEvent(initialState(), {
 *   type: 'InquiryReceived',
 *   data: { schemaVersion: 1, inquiryId: 'INQ-1', at: '2026-05-04T09:30:00+08:00',
 *     by: { id: 's-017', name: 'Wang Wei', department: 'security' },
 *     channel: 'visit', category: 'repair', requester: { name: 'Mrs Zhao' },
 *     intent: 'Ceiling leak in 1202', intentClear: true, announced: { name: 'Wang Wei' } },
 * });
 * E.isRight(r); // true: Wang Wei is responsible
 *
 * @category history
 * @since 0.1.0
 */
export function checkEvent(
  state: InquiryState,
  event: InquiryEvent,
  policy: Policy = defaultPolicy,
): E.Either<RuleViolation, InquiryState> {
  const refusal = refusalOfEvent(state, event, policy);
  return refusal === undefined ? E.right(evolve(state, event)) : E.left(refusal);
}
