import * as E from 'fp-ts/Either';
import type { InquiryCommand } from './commands';
import { decide } from './decide';
import { evolve } from './evolve';
import { replay } from './replay';
import type { InquiryEvent } from './events';
import { defaultPolicy, type Policy } from '../policy/policy';
import { initialState, type InquiryState } from './state';
import { RuleViolationError, type RuleViolation } from './violations';

// model

/**
 * The decider: `{ decide, evolve, initialState }`, the shape Emmett-style command handlers expect,
 * with `decide` returning an `Either` instead of throwing. Use {@link throwingDecider} for handlers
 * that expect exceptions (Emmett's `DeciderCommandHandler`).
 *
 * @category decider
 * @since 0.1.0
 */
export interface InquiryDecider {
  readonly decide: (command: InquiryCommand, state: InquiryState) => E.Either<RuleViolation, readonly InquiryEvent[]>;
  readonly evolve: (state: InquiryState, event: InquiryEvent) => InquiryState;
  readonly initialState: () => InquiryState;
  readonly policy: Policy;
}

/**
 * The same decider for callers who want exceptions: `decide` returns a mutable event array or
 * throws {@link RuleViolationError}. Structurally an Emmett `Decider`.
 *
 * @category decider
 * @since 0.1.0
 */
export interface ThrowingInquiryDecider {
  readonly decide: (command: InquiryCommand, state: InquiryState) => InquiryEvent[];
  readonly evolve: (state: InquiryState, event: InquiryEvent) => InquiryState;
  readonly initialState: () => InquiryState;
}

// constructors

/**
 * A decider bound to a policy.
 *
 * @example
 * import { createDecider, definePolicy } from 'first-inquiry';
 * const decider = createDecider(definePolicy({ forbiddenPhrases: ['找别人去'] }));
 * decider.initialState().status; // 'none'
 *
 * @category decider
 * @since 0.1.0
 */
export function createDecider(policy: Policy = defaultPolicy): InquiryDecider {
  return {
    decide: (command, state) => decide(command, state, policy),
    evolve,
    initialState,
    policy,
  };
}

/**
 * The decider with the {@link defaultPolicy}.
 *
 * @category decider
 * @since 0.1.0
 */
export const inquiryDecider: InquiryDecider = createDecider();

/**
 * Adapts a decider for exception-style callers such as Emmett's `DeciderCommandHandler`.
 *
 * @example
 * import { DeciderCommandHandler, type Command } from '@event-driven-io/emmett';
 * import { throwingDecider, type InquiryCommand, type InquiryEvent, type InquiryState } from 'first-inquiry';
 * const decider = throwingDecider();
 * // Emmett's Command type wants `metadata.now: Date` when metadata is present; ours carries
 * // commandId/correlationId instead, hence the cast at the boundary (see examples/emmett.ts).
 * const handle = DeciderCommandHandler<InquiryState, Command, InquiryEvent>({
 *   decide: (command, state) => decider.decide(command as unknown as InquiryCommand, state),
 *   evolve: decider.evolve,
 *   initialState: decider.initialState,
 *   mapToStreamId: (inquiryId) => `inquiry-${inquiryId}`,
 * });
 *
 * @category decider
 * @since 0.1.0
 */
export function throwingDecider(decider: InquiryDecider = inquiryDecider): ThrowingInquiryDecider {
  return {
    decide: (command, state) => orThrow(decider.decide(command, state)),
    evolve: decider.evolve,
    initialState: decider.initialState,
  };
}

/**
 * {@link decide}, throwing {@link RuleViolationError} instead of returning a `Left`.
 *
 * @example
 * import { decideOrThrow } from './decider';
 * import { initialState, RuleViolationError } from 'first-inquiry';
 * try {
 *   decideOrThrow({ type: 'FollowUp', data: { inquiryId: 'X', at: '2026-01-01T00:00:00Z', actor: { id: 'a', name: 'A', department: 'd', onDuty: true }, note: 'n' } }, initialState());
 * } catch (e) {
 *   (e as RuleViolationError).code; // 'INQUIRY_NOT_FOUND'
 * }
 *
 * @category decider
 * @since 0.1.0
 */
export function decideOrThrow(command: InquiryCommand, state: InquiryState, policy: Policy = defaultPolicy): InquiryEvent[] {
  return orThrow(decide(command, state, policy));
}

/**
 * Folds events into state, from `initialState()` unless a state is given: the same state as
 * applying {@link evolve} event by event (deeply frozen), through the fast {@link replay} path.
 *
 * @example
 * import { fold } from './decider';
 * fold([]).status; // 'none'
 *
 * @category decider
 * @since 0.1.0
 */
export function fold(events: Iterable<InquiryEvent>, state: InquiryState = initialState()): InquiryState {
  // The fast path: one private record per fold, frozen once, proven equal to evolving step by step.
  return replay(events, state);
}

function orThrow(result: E.Either<RuleViolation, readonly InquiryEvent[]>): InquiryEvent[] {
  if (E.isLeft(result)) throw new RuleViolationError(result.left);
  return [...result.right];
}
