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
  // Object literals field by field, no spreads: this runs once per event of a checked log.
  const d = event.data;
  const actor = onDuty(d.by);
  switch (event.type) {
    case 'InquiryReceived': {
      const r = event.data;
      const data: Extract<InquiryCommand, { type: 'ReceiveInquiry' }>['data'] = {
        inquiryId: d.inquiryId,
        at: d.at,
        actor,
        channel: r.channel,
        category: r.category,
        requester: r.requester,
        intent: r.intent,
        intentClear: r.intentClear,
        announced: r.announced,
      };
      return { type: 'ReceiveInquiry', data: r.greeting === undefined ? data : { ...data, greeting: r.greeting } };
    }
    case 'InquiryClarified': {
      const c = event.data;
      return {
        type: 'ClarifyInquiry',
        data:
          c.contact === undefined
            ? { inquiryId: d.inquiryId, at: d.at, actor, intent: c.intent }
            : { inquiryId: d.inquiryId, at: d.at, actor, intent: c.intent, contact: c.contact },
      };
    }
    case 'ContactRecorded':
      return { type: 'RecordContact', data: { inquiryId: d.inquiryId, at: d.at, actor, contact: event.data.contact } };
    case 'InquiryTransferred':
      return {
        type: 'TransferInquiry',
        data: { inquiryId: d.inquiryId, at: d.at, actor, to: onDuty(event.data.to), note: event.data.note, reason: event.data.reason },
      };
    case 'InquiryEscalated': {
      const e = event.data;
      const leader: Staff = { ...onDuty(e.leader), leader: true };
      return {
        type: 'EscalateInquiry',
        data:
          e.absentHandler === undefined
            ? { inquiryId: d.inquiryId, at: d.at, actor, leader, question: e.question }
            : // The absent handler is why the matter was escalated: off duty by the record's own account.
              {
                inquiryId: d.inquiryId,
                at: d.at,
                actor,
                leader,
                question: e.question,
                absentHandler: { ...e.absentHandler, onDuty: false },
              },
      };
    }
    case 'HandlerNamed':
      return {
        type: 'NameHandler',
        data: { inquiryId: d.inquiryId, at: d.at, actor: { ...actor, leader: true }, handler: onDuty(event.data.handler) },
      };
    case 'MaterialsReceived':
      return { type: 'RecordMaterialsReceived', data: { inquiryId: d.inquiryId, at: d.at, actor } };
    case 'MissingMaterialsNotified':
      return {
        type: 'NotifyMissingMaterials',
        data: { inquiryId: d.inquiryId, at: d.at, actor, items: event.data.items, message: event.data.message },
      };
    case 'ReplyPromised':
      return {
        type: 'PromiseReply',
        data: { inquiryId: d.inquiryId, at: d.at, actor, deadline: event.data.deadline, explanation: event.data.explanation },
      };
    case 'FollowedUp':
      return { type: 'FollowUp', data: { inquiryId: d.inquiryId, at: d.at, actor, note: event.data.note } };
    case 'RequesterReplied':
      return { type: 'ReplyToRequester', data: { inquiryId: d.inquiryId, at: d.at, actor, message: event.data.message } };
    case 'LiabilityClassified':
      return {
        type: 'ClassifyLiability',
        data: { inquiryId: d.inquiryId, at: d.at, actor, party: event.data.party, note: event.data.note },
      };
    case 'DemandDeclined':
      return {
        type: 'DeclineDemand',
        data: { inquiryId: d.inquiryId, at: d.at, actor, demand: event.data.demand, explanation: event.data.explanation },
      };
    case 'InquiryResolved':
      return { type: 'ResolveInquiry', data: { inquiryId: d.inquiryId, at: d.at, actor, summary: event.data.summary } };
    case 'InquiryReopened': {
      const o = event.data;
      return {
        type: 'ReopenInquiry',
        data:
          o.announced === undefined
            ? { inquiryId: d.inquiryId, at: d.at, actor, reason: o.reason }
            : { inquiryId: d.inquiryId, at: d.at, actor, reason: o.reason, announced: o.announced },
      };
    }
    case 'ResponsibilityReassigned':
      return {
        type: 'ReassignInquiry',
        data: { inquiryId: d.inquiryId, at: d.at, actor: { ...actor, leader: true }, to: onDuty(event.data.to), reason: event.data.reason },
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
