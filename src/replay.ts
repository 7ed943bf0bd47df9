import type { Draft } from 'immer';
import { applyEvent, receivedRecord } from './evolve';
import type { InquiryEvent } from './events';
import { initialState, type ClosedInquiry, type InquiryState, type OpenInquiry } from './state';

// Replaying a long history through `evolve` pays for an immer draft, a copy and a deep freeze on
// every event. Here each stream is folded into one private, mutable record by the same
// `applyEvent` rules and frozen once at the end: nobody else can see the record while it changes.
type Accumulator = Draft<OpenInquiry | ClosedInquiry>;

// utils

/**
 * Folds one inquiry's events into its state, from `initialState()` unless a state is given; the
 * same result as applying {@link evolve} event by event (and, like it, total: an event that
 * cannot apply leaves the state as it was), but many times faster on long histories, because
 * the state is built privately and frozen once. The result is deeply frozen; neither the given
 * state nor the events are changed, and the state shares no object with the events.
 *
 * @example
 * import { replay } from 'first-inquiry';
 * const by = { id: 's-017', name: 'Wang Wei', department: 'security' };
 * const common = { schemaVersion: 1, inquiryId: 'INQ-1', by } as const;
 * const state = replay([
 *   { type: 'InquiryReceived', data: { ...common, at: '2026-05-04T09:30:00+08:00', channel: 'visit', category: 'repair',
 *     requester: { name: 'Mrs Zhao' }, intent: 'Ceiling leak in 1202', intentClear: true, announced: { name: 'Wang Wei' } } },
 *   { type: 'InquiryResolved', data: { ...common, at: '2026-05-04T11:00:00+08:00', summary: 'Pipe resealed' } },
 * ]);
 * state.status; // 'closed'
 * // Later events continue from it: replay(newEvents, state)
 *
 * @category decider
 * @since 0.1.0
 */
export function replay(events: Iterable<InquiryEvent>, state: InquiryState = initialState()): InquiryState {
  let record: Accumulator | undefined;
  for (const event of events) {
    if (record !== undefined) {
      if (event.type !== 'InquiryReceived' && event.data.inquiryId === record.inquiryId) applyEvent(record, event);
    } else if (state.status === 'none') {
      if (event.type === 'InquiryReceived') record = receivedRecord(event);
    } else if (event.type !== 'InquiryReceived' && event.data.inquiryId === state.inquiryId) {
      record = thaw(state);
      applyEvent(record, event);
    }
  }
  return record === undefined ? state : freezeState(record);
}

/**
 * Folds an interleaved log of many inquiries (as a history file or an event store holds them)
 * into the state of each, keyed by `inquiryId`, in one pass. For every inquiry the state equals
 * folding that inquiry's own events with {@link evolve}; an inquiry whose events came without a
 * receipt is present with the `'none'` state. States are deeply frozen.
 *
 * @example
 * import { replayAll, decodeEvent } from 'first-inquiry';
 * import { readFileSync } from 'node:fs';
 * import * as E from 'fp-ts/Either';
 * const log = readFileSync('events.jsonl', 'utf8').split('\n').flatMap((line, i) => {
 *   if (line.trim() === '') return [];
 *   const decoded = decodeEvent(JSON.parse(line));
 *   if (E.isLeft(decoded)) throw new Error(`events.jsonl:${i + 1}: ${decoded.left.problems.join('; ')}`);
 *   return [decoded.right];
 * });
 * const states = replayAll(log);
 * states.get('INQ-1')?.status; // 'open', 'closed', or 'none' (events but no receipt)
 *
 * @category decider
 * @since 0.1.0
 */
export function replayAll(events: Iterable<InquiryEvent>): Map<string, InquiryState> {
  const records = new Map<string, Accumulator | null>();
  for (const event of events) {
    const id = event.data.inquiryId;
    const record = records.get(id);
    if (record === undefined || record === null) {
      records.set(id, event.type === 'InquiryReceived' ? receivedRecord(event) : null);
    } else if (event.type !== 'InquiryReceived') {
      applyEvent(record, event);
    }
  }
  // Each record becomes its frozen state in place: no second map of a hundred thousand entries.
  const states = records as Map<string, Accumulator | InquiryState | null>;
  for (const [id, record] of records) states.set(id, record === null ? initialState() : freezeState(record));
  return states as Map<string, InquiryState>;
}

// Freezing is a third of a replay's cost, so it walks the state's known shape instead of asking,
// like immer's deep freeze, of every value whether it is a draft, a Map or a Set. When the state
// gains a nested object, freeze it here too: the "deeply frozen" property test checks every
// object of states folded from logs of every event kind.
function freezeState(state: Accumulator): InquiryState {
  const { stages } = state;
  for (let i = 0; i < stages.length; i++) {
    const stage = stages[i] as Accumulator['stages'][number];
    Object.freeze(stage.holder);
    Object.freeze(stage);
  }
  Object.freeze(stages);
  Object.freeze(state.missingItems);
  Object.freeze(state.requester);
  if (state.responsible !== null) Object.freeze(state.responsible);
  const { escalation } = state;
  if (escalation !== undefined) {
    Object.freeze(escalation.leader);
    if (escalation.namedHandler !== undefined) Object.freeze(escalation.namedHandler);
    Object.freeze(escalation);
  }
  return Object.freeze(state) as InquiryState;
}

// A frozen state is a tree of plain objects, arrays and strings, so a structured clone is a
// complete, private, mutable copy of it.
function thaw(state: OpenInquiry | ClosedInquiry): Accumulator {
  return structuredClone(state) as Accumulator;
}
