import { isDeepStrictEqual } from 'node:util';
import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/inquiry/decide';
import { fold } from '../../src/inquiry/decider';
import { InquiryEvent, decodeEvent } from '../../src/inquiry/events';
import { evolve } from '../../src/inquiry/evolve';
import { replay } from '../../src/inquiry/replay';
import { initialState, type InquiryState } from '../../src/inquiry/state';
import { commandArbitrary, validHistoryArbitrary, type History } from '../support/arbitraries';
import { propertyParameters } from '../support/scale';

const LAW_RUNS = 1_000;

/** Replaces the value at one path of a JSON-like value (or deletes it), leaving the original alone. */
function mutated<T>(value: T): fc.Arbitrary<unknown> {
  const paths = pathsOf(value);
  return fc.tuple(fc.constantFrom(...paths), fc.oneof(fc.jsonValue(), fc.constant(DELETE), fc.anything())).map(([path, replacement]) => {
    const copy = structuredClone(value) as unknown;
    return path.length === 0 ? (replacement === DELETE ? undefined : replacement) : setAt(copy, path, replacement);
  });
}

const DELETE = Symbol('delete');

function pathsOf(value: unknown, prefix: readonly string[] = []): readonly (readonly string[])[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return [prefix, ...Object.keys(value).flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...prefix, key]))];
}

function setAt(root: unknown, path: readonly string[], replacement: unknown): unknown {
  let node = root as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path[path.length - 1] as string;
  if (replacement === DELETE) delete node[last];
  else node[last] = replacement;
  return root;
}

const received = (h: History): boolean => h.events.length > 0;
const histories = validHistoryArbitrary().filter(received);

/** Never throws and always answers with an Either: the shape of "total". */
function isEither(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (E.isLeft(value as E.Either<unknown, unknown>) || E.isRight(value as E.Either<unknown, unknown>))
  );
}

describe('laws of the decider', () => {
  it('folding all events (fold, and the fast replay) equals evolving step by step, from any split point, and no step changes an earlier state', () => {
    fc.assert(
      fc.property(histories, fc.nat(), ({ events }, at) => {
        const states: InquiryState[] = [initialState()];
        const snapshots: InquiryState[] = [structuredClone(initialState())];
        for (const event of events) {
          const next = evolve(states[states.length - 1] as InquiryState, event);
          states.push(next);
          snapshots.push(structuredClone(next));
        }
        const split = at % (events.length + 1);
        expect(fold(events)).toEqual(states[states.length - 1]);
        expect(fold(events.slice(split), fold(events.slice(0, split)))).toEqual(fold(events));
        expect(replay(events)).toEqual(states[states.length - 1]);
        expect(replay(events.slice(split), replay(events.slice(0, split)))).toEqual(fold(events));
        expect(states).toEqual(snapshots);
      }),
      propertyParameters(LAW_RUNS * 2),
    );
  });

  it('encode → JSON.stringify → JSON.parse → decodeEvent → evolve gives the same events and the same state', () => {
    fc.assert(
      fc.property(histories, ({ events }) => {
        const stored = events.map((event) => JSON.stringify(InquiryEvent.encode(event)));
        const decoded = stored.map((line) => decodeEvent(JSON.parse(line)));
        const back = decoded.map((result) =>
          E.isRight(result) ? result.right : expect.fail(`did not decode: ${JSON.stringify(result.left)}`),
        );
        expect(back).toEqual(events);
        expect(fold(back)).toEqual(fold(events));
      }),
      propertyParameters(LAW_RUNS * 2),
    );
  });

  it('decodeEvent never throws on arbitrary JSON or JavaScript values, and answers Left or Right', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withBoxedValues: true })),
        (value) => {
          const result = decodeEvent(value);
          expect(isEither(result)).toBe(true);
          if (E.isRight(result)) expect(InquiryEvent.is(result.right)).toBe(true);
        },
      ),
      propertyParameters(LAW_RUNS),
    );
  });

  it('decodeEvent never throws on real events with one part replaced or removed; what it accepts is an event', () => {
    const brokenEvents = histories.chain(({ events }) => fc.constantFrom(...events)).chain((event) => mutated(event));
    fc.assert(
      fc.property(brokenEvents, (value) => {
        const result = decodeEvent(value);
        expect(isEither(result)).toBe(true);
        if (E.isRight(result)) expect(InquiryEvent.is(result.right)).toBe(true);
        else expect(result.left.problems.length).toBeGreaterThan(0);
      }),
      propertyParameters(LAW_RUNS),
    );
  });

  it('decide never throws on arbitrary values, against any reachable state, and refuses them as INVALID_COMMAND', () => {
    const anyValue = fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, withBoxedValues: true });
    fc.assert(
      fc.property(histories, anyValue, ({ events }, value) => {
        const result = decide(value as never, fold(events));
        expect(isEither(result)).toBe(true);
        expect(E.isLeft(result) && result.left.code).toBe('INVALID_COMMAND');
      }),
      propertyParameters(LAW_RUNS),
    );
  });

  it('decide never throws on real commands with one part replaced or removed, against any reachable state', () => {
    fc.assert(
      fc.property(
        histories,
        commandArbitrary.chain((command) => mutated(command)),
        ({ events }, value) => {
          const state = fold(events);
          const snapshot = structuredClone(state);
          const result = decide(value as never, state);
          expect(isEither(result)).toBe(true);
          if (E.isLeft(result)) expect(result.left.message.length).toBeGreaterThan(0);
          expect(isDeepStrictEqual(state, snapshot)).toBe(true);
        },
      ),
      propertyParameters(LAW_RUNS),
    );
  });
});
