// For teams already on Emmett (@event-driven-io/emmett): the first-inquiry decider driven by
// Emmett's own DeciderCommandHandler and event store. `throwingDecider` adapts our Either-returning
// decide to Emmett's exception style; a refusal arrives as a RuleViolationError with the rule ID.
//
//   npx tsx examples/emmett.ts
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DeciderCommandHandler, getInMemoryEventStore, type EventStore } from '@event-driven-io/emmett';
import { RuleViolationError, replay, throwingDecider, type InquiryCommand, type InquiryEvent, type InquiryState } from 'first-inquiry';
import { scenarios } from './scenarios';

// Emmett reserves command metadata for its own fields; ours (commandId, correlationId) is for our
// command handler, so commands go to Emmett without it.
type EmmettCommand = InquiryCommand extends infer C ? (C extends unknown ? Omit<C, 'metadata'> : never) : never;

const decider = throwingDecider();

/** Emmett's command handler over our decider; streams are named `inquiry-<id>`. */
export const handle = DeciderCommandHandler<InquiryState, EmmettCommand, InquiryEvent>({
  decide: (command, state) => decider.decide(command as InquiryCommand, state),
  evolve: decider.evolve,
  initialState: decider.initialState,
  mapToStreamId: (inquiryId) => `inquiry-${inquiryId}`,
});

/** What one scenario did on Emmett's store: printed lines, and the stream read back. */
export interface EmmettRun {
  readonly lines: readonly string[];
  readonly stored: readonly InquiryEvent[];
  readonly state: InquiryState;
}

/** Plays a scenario through Emmett; refusals are caught as RuleViolationError and reported. */
export async function runOnEmmett(scenarioId = 'water-leak', eventStore: EventStore = getInMemoryEventStore()): Promise<EmmettRun> {
  const scenario = scenarios.find((s) => s.id === scenarioId);
  if (scenario === undefined) throw new Error(`no scenario ${scenarioId}`);
  const lines = [`${scenario.title.en}, on Emmett's in-memory event store`];
  for (const step of scenario.steps) {
    const { metadata: _ours, ...command } = step.command;
    try {
      const { newEvents, newState } = await handle(eventStore, command.data.inquiryId, command);
      const holder = newState.status === 'open' ? newState.responsible.name : 'nobody (closed)';
      lines.push(`  ✓ ${newEvents.map((e) => e.type).join(', ')} → responsible: ${holder}`);
    } catch (e) {
      if (!(e instanceof RuleViolationError)) throw e;
      lines.push(`  ✗ ${e.code}${e.rule === null ? '' : ` (${e.rule})`}: ${e.violation.message}`);
    }
  }
  const inquiryId = scenario.steps[0]?.command.data.inquiryId ?? '';
  const { events } = await eventStore.readStream<InquiryEvent>(`inquiry-${inquiryId}`);
  const stored = events.map((e) => ({ type: e.type, data: e.data }) as InquiryEvent);
  lines.push(`  stream inquiry-${inquiryId}: ${stored.length} events`);
  return { lines, stored, state: replay(stored) };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const line of (await runOnEmmett()).lines) console.log(line);
}
