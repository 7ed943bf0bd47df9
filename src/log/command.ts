import type { InquiryCommand } from '../inquiry/commands';
import type { InquiryEvent } from '../inquiry/events';
import type { Staff, StaffRef } from '../inquiry/staff';
import { isVisibleText } from '../primitives/identity';
import { violation, type RuleViolation } from '../inquiry/violations';

// utils

/**
 * Rebuilds the command that would have produced a recorded event, so the history checker can ask
 * `decide` whether it would have been accepted. Facts that are not on the record are taken
 * charitably: every actor and receiver was on duty, and a person is a leader where the act itself
 * shows it (the leader an inquiry was escalated to, the leader who named a handler or reassigned a
 * matter). Whether that leader was the one asked is still checked: `decide` compares the namer
 * with the escalation on record (FI-08).
 *
 * @example
 * import { commandForEvent } from 'first-inquiry/log';
 * const cmd = commandForEvent({
 *   type: 'FollowedUp',
 *   data: { schemaVersion: 1, inquiryId: 'INQ-1', at: '2026-05-04T10:00:00+08:00',
 *     by: { id: 's-017', name: 'Wang Wei', department: 'security' }, note: 'Plumber on the way' },
 * });
 * cmd.type; // 'FollowUp'
 *
 * @category history
 * @since 0.1.0
 */
export function commandForEvent(event: InquiryEvent): InquiryCommand {
  const base = { inquiryId: event.data.inquiryId, at: event.data.at, actor: onDuty(event.data.by) };
  switch (event.type) {
    case 'InquiryReceived': {
      const d = event.data;
      return {
        type: 'ReceiveInquiry',
        data: {
          ...base,
          channel: d.channel,
          category: d.category,
          requester: d.requester,
          intent: d.intent,
          intentClear: d.intentClear,
          announced: d.announced,
          ...(d.greeting === undefined ? {} : { greeting: d.greeting }),
        },
      };
    }
    case 'InquiryClarified':
      return {
        type: 'ClarifyInquiry',
        data: { ...base, intent: event.data.intent, ...(event.data.contact === undefined ? {} : { contact: event.data.contact }) },
      };
    case 'ContactRecorded':
      return { type: 'RecordContact', data: { ...base, contact: event.data.contact } };
    case 'InquiryTransferred':
      return { type: 'TransferInquiry', data: { ...base, to: onDuty(event.data.to), note: event.data.note, reason: event.data.reason } };
    case 'InquiryEscalated':
      return {
        type: 'EscalateInquiry',
        data: {
          ...base,
          leader: { ...onDuty(event.data.leader), leader: true },
          question: event.data.question,
          // The absent handler is why the matter was escalated: off duty by the record's own account.
          ...(event.data.absentHandler === undefined ? {} : { absentHandler: { ...event.data.absentHandler, onDuty: false } }),
        },
      };
    case 'HandlerNamed':
      return { type: 'NameHandler', data: { ...base, actor: { ...base.actor, leader: true }, handler: onDuty(event.data.handler) } };
    case 'MaterialsReceived':
      return { type: 'RecordMaterialsReceived', data: { ...base } };
    case 'MissingMaterialsNotified':
      return { type: 'NotifyMissingMaterials', data: { ...base, items: event.data.items, message: event.data.message } };
    case 'ReplyPromised':
      return { type: 'PromiseReply', data: { ...base, deadline: event.data.deadline, explanation: event.data.explanation } };
    case 'FollowedUp':
      return { type: 'FollowUp', data: { ...base, note: event.data.note } };
    case 'RequesterReplied':
      return { type: 'ReplyToRequester', data: { ...base, message: event.data.message } };
    case 'LiabilityClassified':
      return { type: 'ClassifyLiability', data: { ...base, party: event.data.party, note: event.data.note } };
    case 'DemandDeclined':
      return { type: 'DeclineDemand', data: { ...base, demand: event.data.demand, explanation: event.data.explanation } };
    case 'InquiryResolved':
      return { type: 'ResolveInquiry', data: { ...base, summary: event.data.summary } };
    case 'InquiryReopened':
      return {
        type: 'ReopenInquiry',
        data: { ...base, reason: event.data.reason, ...(event.data.announced === undefined ? {} : { announced: event.data.announced }) },
      };
    case 'ResponsibilityReassigned':
      return {
        type: 'ReassignInquiry',
        data: { ...base, actor: { ...base.actor, leader: true }, to: onDuty(event.data.to), reason: event.data.reason },
      };
  }
}

// Field by field rather than a spread: this runs once per event of a replayed log.
function onDuty(ref: StaffRef): Staff {
  return ref.employeeNo === undefined
    ? { id: ref.id, name: ref.name, department: ref.department, onDuty: true }
    : { id: ref.id, name: ref.name, department: ref.department, employeeNo: ref.employeeNo, onDuty: true };
}

/**
 * What a recorded event can break that its command cannot: a recorded handover must carry the
 * intent on (FI-04), which `decide` itself copies into the event.
 *
 * @internal
 */
export function recordOnlyRefusal(event: InquiryEvent): RuleViolation | undefined {
  if (event.type === 'InquiryTransferred' && !isVisibleText(event.data.intent)) {
    return violation('INTENT_REQUIRED', { variant: 'handover', command: 'TransferInquiry' }, 'data.intent');
  }
  return undefined;
}
