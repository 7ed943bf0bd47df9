import { freeze, produce, type Draft } from 'immer';
import type { InquiryEvent, InquiryReceived } from './events';
import type { ClosedInquiry, InquiryState, OpenInquiry, StageEnd, StageStart } from './state';
import type { StaffRef } from './staff';

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
    return event.type === 'InquiryReceived' ? receivedState(event) : state;
  }
  // An event of another inquiry is not this inquiry's history: it changes nothing (the fast replay
  // path, src/replay.ts, keeps the same rule).
  if (event.type === 'InquiryReceived' || event.data.inquiryId !== state.inquiryId) return state;
  return produce(state, (draft) => {
    applyEvent(draft, event);
  });
}

/**
 * Mutates a draft (or any private, not-yet-shared copy) of a received inquiry by one event. Shared
 * by {@link evolve} (through immer) and the fast replay path, so both fold by the same rules.
 *
 * @internal
 */
export function applyEvent(draft: Draft<OpenInquiry | ClosedInquiry>, event: Exclude<InquiryEvent, InquiryReceived>): void {
  const d = event.data;
  draft.lastAt = d.at;
  draft.version += 1;
  switch (event.type) {
    case 'InquiryClarified':
      draft.intent = event.data.intent;
      draft.intentClear = true;
      if (event.data.contact !== undefined) draft.requester.contact = event.data.contact;
      return;
    case 'ContactRecorded':
      draft.requester.contact = event.data.contact;
      return;
    case 'InquiryTransferred':
      handOn(draft, { ...event.data.to }, d.at, 'handover', 'handover');
      return;
    case 'ResponsibilityReassigned':
      handOn(draft, { ...event.data.to }, d.at, 'reassignment', 'reassignment');
      return;
    case 'InquiryEscalated':
      draft.escalation = { leader: { ...event.data.leader }, at: d.at };
      return;
    case 'HandlerNamed':
      if (draft.escalation !== undefined) draft.escalation.namedHandler = { ...event.data.handler };
      return;
    case 'MissingMaterialsNotified':
      for (const item of event.data.items) {
        if (!draft.missingItems.includes(item)) draft.missingItems.push(item);
      }
      return;
    case 'MaterialsReceived':
      // The paperwork is complete (资料齐全): nothing is outstanding any more.
      draft.missingItems.length = 0;
      return;
    case 'ReplyPromised':
      draft.promisedBy = event.data.deadline;
      return;
    case 'LiabilityClassified':
      draft.liability = event.data.party;
      return;
    case 'InquiryResolved':
      close(draft, d.at, 'resolved');
      return;
    case 'DemandDeclined':
      close(draft, d.at, 'declined');
      return;
    case 'InquiryReopened':
      reopen(draft, { ...d.by }, d.at);
      return;
    case 'FollowedUp':
    case 'RequesterReplied':
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
  const current = draft.stages[draft.stages.length - 1];
  if (current !== undefined && current.to === undefined) {
    current.to = at;
    current.endedBy = endedBy;
  }
}

function startStage(draft: Draft<OpenInquiry | ClosedInquiry>, holder: StaffRef, at: string, startedBy: StageStart): void {
  draft.stages.push({ index: draft.stages.length, holder, from: at, startedBy });
  const open = draft as Draft<OpenInquiry>;
  open.status = 'open';
  open.responsible = holder;
  delete (draft as Partial<Draft<ClosedInquiry>>).outcome;
}

function handOn(draft: Draft<OpenInquiry | ClosedInquiry>, to: StaffRef, at: string, endedBy: StageEnd, startedBy: StageStart): void {
  if (draft.status !== 'open') return;
  endStage(draft, at, endedBy);
  startStage(draft, to, at, startedBy);
  delete draft.escalation;
}

function close(draft: Draft<OpenInquiry | ClosedInquiry>, at: string, outcome: 'resolved' | 'declined'): void {
  if (draft.status !== 'open') return;
  endStage(draft, at, outcome);
  const closed = draft as unknown as Draft<ClosedInquiry>;
  closed.status = 'closed';
  closed.responsible = null;
  closed.outcome = outcome;
  delete closed.escalation;
}

function reopen(draft: Draft<OpenInquiry | ClosedInquiry>, by: StaffRef, at: string): void {
  if (draft.status !== 'closed') return;
  startStage(draft, by, at, 'reopened');
  delete draft.promisedBy;
}
