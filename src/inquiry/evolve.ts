import { freeze, produce, type Draft } from 'immer';
import type { InquiryEvent, InquiryReceived } from './events';
import type { ClosedInquiry, ClosedStage, InquiryState, OpenInquiry, StageEnd, StageStart } from './state';
import type { StaffRef } from './staff';
import { effectOf, isReceipt, skipReason, type Outcome } from './lifecycle';

/**
 * Applies one event to an inquiry's state and returns the next state (the old one is untouched;
 * both are deeply frozen). Total and pure: an event that cannot apply to the state (anything but a
 * receipt before the inquiry exists, a second receipt) leaves the state as it was; `decide` never
 * produces such an event, and `checkHistory` reports them in imported logs.
 *
 * @example
 * import { evolve, initialState } from 'first-inquiry';
 * const s = evolve(initialState(), {
 *   type: 'InquiryReceived',
 *   data: {
 *     schemaVersion: 1, inquiryId: 'INQ-1', at: '2026-05-04T09:30:00+08:00',
 *     by: { id: 's-017', name: 'Wang Wei', department: 'security' },
 *     channel: 'visit', category: 'repair', requester: { name: 'Mrs Zhao' },
 *     intent: 'Ceiling leak in 1202', intentClear: true, announced: { name: 'Wang Wei' },
 *   },
 * });
 * s.status; // 'open'
 *
 * @category decider
 * @since 0.1.0
 */
export function evolve(state: InquiryState, event: InquiryEvent): InquiryState {
  if (state.status === 'none') {
    return isReceipt(event) ? receivedState(event) : state;
  }
  if (event.data.inquiryId !== state.inquiryId || isReceipt(event)) return state;
  return produce(state, (draft) => {
    applyEvent(draft, event);
  });
}

/**
 * Mutates a draft (or any private, not-yet-shared copy) of a received inquiry by one event of the
 * same inquiry, as the lifecycle ({@link effectOf}, {@link skipReason}) says. Shared by
 * {@link evolve} (through immer) and the fast replay path, so both fold by the same rules. An event
 * that cannot apply where the inquiry stands still counts towards `version` (the stream version),
 * and changes nothing else.
 *
 * @internal
 */
export function applyEvent(draft: Draft<OpenInquiry | ClosedInquiry>, event: Exclude<InquiryEvent, InquiryReceived>): void {
  const d = event.data;
  draft.lastAt = d.at;
  draft.version += 1;
  if (skipReason(draft.status, undefined, event) !== undefined) return;
  const effect = effectOf(event);
  switch (effect.kind) {
    case 'clarify':
      draft.intent = effect.intent;
      draft.intentClear = true;
      if (effect.contact !== undefined) draft.requester.contact = effect.contact;
      return;
    case 'recordContact':
      draft.requester.contact = effect.contact;
      return;
    case 'handOn':
      endStage(draft, d.at, effect.how);
      startStage(draft, { ...effect.to }, d.at, effect.how);
      delete draft.escalation;
      return;
    case 'escalate':
      draft.escalation = { leader: { ...effect.leader }, at: d.at };
      return;
    case 'nameHandler':
      if (draft.escalation !== undefined) draft.escalation.namedHandler = { ...effect.handler };
      return;
    case 'notifyMissing':
      for (const item of effect.items) {
        if (!draft.missingItems.includes(item)) draft.missingItems.push(item);
      }
      return;
    case 'materialsReceived':
      // The paperwork is complete (资料齐全): nothing is outstanding any more.
      draft.missingItems.length = 0;
      return;
    case 'promise':
      draft.promisedBy = effect.deadline;
      return;
    case 'classifyLiability':
      draft.liability = effect.party;
      return;
    case 'close':
      close(draft, d.at, effect.outcome);
      return;
    case 'reopen':
      startStage(draft, { ...d.by }, d.at, 'reopened');
      delete draft.promisedBy;
      return;
    case 'receive':
    case 'followUp':
    case 'requesterReplied':
      return;
  }
}

// Event parts are copied into the state, never shared: immer freezes what it holds, and the
// caller's events (and the commands they came from) must stay theirs.
function receivedState(event: InquiryReceived): OpenInquiry {
  return freeze(receivedRecord(event), true);
}

/**
 * The unfrozen state a receipt starts, built from copies of the event's parts. Shared by
 * {@link evolve} (which freezes it at once) and the fast replay path (which freezes it after
 * folding the rest of the stream), so both start an inquiry the same way.
 *
 * @internal
 */
export function receivedRecord(event: InquiryReceived): Draft<OpenInquiry> {
  const d = event.data;
  return {
    status: 'open',
    inquiryId: d.inquiryId,
    channel: d.channel,
    category: d.category,
    requester: { ...d.requester },
    intent: d.intent,
    intentClear: d.intentClear,
    responsible: { ...d.by },
    stages: [{ index: 0, holder: { ...d.by }, from: d.at, startedBy: 'received' }],
    missingItems: [],
    receivedAt: d.at,
    lastAt: d.at,
    version: 1,
  };
}

function endStage(draft: Draft<OpenInquiry | ClosedInquiry>, at: string, endedBy: StageEnd): void {
  const last = draft.stages.length - 1;
  const current = draft.stages[last];
  // Ended in place: the stage is the draft's (or the replay's private record's) own object, and a
  // spread copy per handover or closure cost replay a tenth of its time.
  if (current !== undefined && current.endedBy === undefined) {
    const ended = current as unknown as Draft<ClosedStage>; // the open stage becomes a closed one
    ended.to = at;
    ended.endedBy = endedBy;
  }
}

function startStage(draft: Draft<OpenInquiry | ClosedInquiry>, holder: StaffRef, at: string, startedBy: StageStart): void {
  draft.stages.push({ index: draft.stages.length, holder, from: at, startedBy });
  const open = draft as Draft<OpenInquiry>;
  open.status = 'open';
  open.responsible = holder;
  delete (draft as Partial<Draft<ClosedInquiry>>).outcome;
}

function close(draft: Draft<OpenInquiry | ClosedInquiry>, at: string, outcome: Outcome): void {
  endStage(draft, at, outcome);
  const closed = draft as unknown as Draft<ClosedInquiry>;
  closed.status = 'closed';
  closed.responsible = null;
  closed.outcome = outcome;
  delete closed.escalation;
}
