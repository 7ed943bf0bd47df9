import { isDeepStrictEqual, inspect } from 'node:util';
import * as E from 'fp-ts/Either';
import type { InquiryCommand } from '../inquiry/commands';
import { inquiryDecider, type InquiryDecider } from '../inquiry/decider';
import type { InquiryEvent } from '../inquiry/events';
import type { ViolationCode } from '../inquiry/violations';
import type { RuleId } from '../rules/ids';

// model

/**
 * What a refusal is expected to be: at least its code; optionally the rule and the field.
 *
 * @category testing
 * @since 0.1.0
 */
export interface ExpectedRefusal {
  readonly code: ViolationCode;
  readonly rule?: RuleId | null;
  readonly field?: string;
}

/**
 * The outcome of `given(...).when(...)`, to assert on.
 *
 * @category testing
 * @since 0.1.0
 */
export interface Then {
  /** Asserts the command was accepted and produced exactly these events. */
  readonly then: (expected: readonly InquiryEvent[]) => void;
  /** Asserts the command was accepted; returns the events for further checks. */
  readonly thenAccepted: () => readonly InquiryEvent[];
  /** Asserts the command was refused as expected; returns the violation. */
  readonly thenRefused: (expected: ExpectedRefusal | ViolationCode) => {
    readonly code: ViolationCode;
    readonly rule: RuleId | null;
    readonly message: string;
  };
}

/**
 * Thrown by the specification helper when an expectation fails; the message shows expected
 * versus actual.
 *
 * @category testing
 * @since 0.1.0
 */
export class SpecificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpecificationError';
  }
}

// constructors

/**
 * Given/when/then for the inquiry decider, for your own tests (any test runner: it throws a
 * {@link SpecificationError} showing expected versus actual).
 *
 * @example
 * import { DeciderSpecification } from 'first-inquiry/testing';
 * const spec = DeciderSpecification.for();
 * // spec(givenEvents).when(command).then(expectedEvents);
 * // spec(givenEvents).when(command).thenRefused({ code: 'HANDLER_OFF_DUTY', rule: 'FI-08' });
 *
 * @category testing
 * @since 0.1.0
 */
export const DeciderSpecification = {
  for(decider: InquiryDecider = inquiryDecider) {
    return (given: readonly InquiryEvent[] = []) => ({
      when(command: InquiryCommand): Then {
        const state = given.reduce(decider.evolve, decider.initialState());
        const result = decider.decide(command, state);
        return {
          then(expected) {
            const events = accepted(result);
            if (!isDeepStrictEqual(events, expected)) {
              throw new SpecificationError(`expected events:\n${show(expected)}\nactual events:\n${show(events)}`);
            }
          },
          thenAccepted: () => accepted(result),
          thenRefused(expected) {
            const want: ExpectedRefusal = typeof expected === 'string' ? { code: expected } : expected;
            if (E.isRight(result)) {
              throw new SpecificationError(
                `expected refusal ${show(want)}\nbut the command was accepted with events:\n${show(result.right)}`,
              );
            }
            const got = result.left;
            const mismatch =
              got.code !== want.code ||
              (want.rule !== undefined && got.rule !== want.rule) ||
              (want.field !== undefined && got.field !== want.field);
            if (mismatch) throw new SpecificationError(`expected refusal ${show(want)}\nactual refusal ${show(got)}`);
            return got;
          },
        };
      },
    });
  },
};

function accepted(result: E.Either<{ readonly code: string; readonly message: string }, readonly InquiryEvent[]>): readonly InquiryEvent[] {
  if (E.isLeft(result)) {
    throw new SpecificationError(`expected the command to be accepted\nbut it was refused: ${show(result.left)}`);
  }
  return result.right;
}

function show(value: unknown): string {
  return inspect(value, { depth: 8, colors: false, breakLength: 100 });
}
