import { DeciderCommandHandler, DeciderSpecification, getInMemoryEventStore, type Command } from '@event-driven-io/emmett';
import { describe, expect, it } from 'vitest';
import type { InquiryCommand } from '../../src/inquiry/commands';
import { throwingDecider } from '../../src/inquiry/decider';
import type { InquiryEvent } from '../../src/inquiry/events';
import type { InquiryState } from '../../src/inquiry/state';
import { RuleViolationError } from '../../src/inquiry/violations';
import { INQUIRY_ID, followUp, receive, transfer } from '../support/commands';
import { received, transferred } from '../support/events';
import { guard, plumber } from '../support/staff';
import { minute } from '../support/time';

// Emmett is the event-sourcing library our decider shape comes from; running under its own test
// helper and command handler proves the decider plugs into it unchanged.
const given = DeciderSpecification.for<InquiryCommand, InquiryEvent, InquiryState>(throwingDecider());

// Emmett's `Command` type wants `metadata.now: Date` whenever metadata is present; ours carries
// `commandId`/`correlationId` instead. The shapes agree at run time, so the handler gets a
// one-line type adapter, not a different decider.
const asEmmett = (command: InquiryCommand): Command => command as unknown as Command;
const decider = throwingDecider();

describe('the decider under Emmett', () => {
  it('Emmett’s DeciderSpecification sees the events of an accepted command', () => {
    given([received({ by: guard })])
      .when(transfer({ by: guard, to: plumber, at: minute(5) }))
      .then([transferred({ by: guard, to: plumber, at: minute(5) })]);
    given([]).when(receive()).then(received());
  });

  it('Emmett’s DeciderSpecification sees a refusal as the RuleViolationError it expects to be thrown', () => {
    given([received({ by: guard })])
      .when(followUp({ by: plumber }))
      .thenThrows<RuleViolationError>(RuleViolationError, (e) => e.code === 'NOT_RESPONSIBLE' && e.rule === 'FI-02');
  });

  it('Emmett’s DeciderCommandHandler appends accepted events to its event store and rejects refused commands', async () => {
    const store = getInMemoryEventStore();
    const handle = DeciderCommandHandler<InquiryState, Command, InquiryEvent>({
      ...decider,
      decide: (command, state) => decider.decide(command as unknown as InquiryCommand, state),
      mapToStreamId: (id: string) => `inquiry-${id}`,
    });
    await handle(store, INQUIRY_ID, asEmmett(receive({ by: guard })));
    await handle(store, INQUIRY_ID, asEmmett(transfer({ by: guard, to: plumber, at: minute(5) })));
    await expect(handle(store, INQUIRY_ID, asEmmett(followUp({ by: guard, at: minute(6) })))).rejects.toMatchObject({
      code: 'NOT_RESPONSIBLE',
    });
    const { events } = await store.readStream<InquiryEvent>(`inquiry-${INQUIRY_ID}`);
    expect(events.map((e) => [e.type, e.data.by.id])).toEqual([
      ['InquiryReceived', guard.id],
      ['InquiryTransferred', guard.id],
    ]);
  });
});
