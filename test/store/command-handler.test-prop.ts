import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/inquiry/decide';
import { fold } from '../../src/inquiry/decider';
import { initialState } from '../../src/inquiry/state';
import { createCommandHandler } from '../../src/store/command-handler';
import { inMemoryEventStore } from '../../src/store/in-memory';
import { commandArbitrary, validHistoryArbitrary } from '../support/arbitraries';
import { rightOf } from './support/contract';

describe('command handler laws (in-memory store)', () => {
  it('stores exactly what decide/evolve give; a resubmission appends nothing; on any other command it agrees with decide', async () => {
    await fc.assert(
      fc.asyncProperty(validHistoryArbitrary(20), fc.array(commandArbitrary, { maxLength: 8 }), async (history, others) => {
        const store = inMemoryEventStore();
        const handle = createCommandHandler({ store });
        const withId = history.commands.map((c, i) => ({ ...c, metadata: { commandId: `cmd-${i}` } }));
        for (const command of withId) expect(E.isRight(await handle(command))).toBe(true);
        const inquiryId = history.commands[0]?.data.inquiryId;
        const stored = async (id: string) => rightOf(await store.readStream(id)).events.map((e) => e.event);
        if (inquiryId !== undefined) expect(await stored(inquiryId)).toEqual(history.events);

        for (const command of withId) expect(rightOf(await handle(command)).duplicate).toBe(true);
        if (inquiryId !== undefined) expect(await stored(inquiryId)).toEqual(history.events);

        for (const command of others) {
          const id: unknown = command.data?.inquiryId;
          const state = typeof id === 'string' && id.trim() !== '' ? fold(await stored(id)) : initialState();
          const expected = decide(command, state);
          const actual = await handle(command);
          if (E.isLeft(expected)) expect(E.isLeft(actual) && actual.left.code).toBe(expected.left.code);
          else expect(rightOf(actual).events.map((e) => e.event)).toEqual(expected.right);
        }
      }),
      { numRuns: 150 },
    );
  });
});
