import type { InquiryEvent, StaffRef } from '../src/index';

// The practical limit for replay: one hand-written switch mutating plain records in place, with
// no freezing, no shared rules module and no immutability for anyone. It must compute the same
// states as `replayAll` (the benchmark checks that before timing), or the ratio would be a lie.

interface PlainStage {
  index: number;
  holder: StaffRef;
  from: string;
  startedBy: string;
  to?: string;
  endedBy?: string;
}

interface PlainRecord {
  status: 'open' | 'closed';
  inquiryId: string;
  channel: string;
  category: string;
  requester: { name: string; contact?: string };
  intent: string;
  intentClear: boolean;
  responsible: StaffRef | null;
  stages: PlainStage[];
  escalation?: { leader: StaffRef; at: string; namedHandler?: StaffRef };
  liability?: string;
  missingItems: string[];
  promisedBy?: string;
  receivedAt: string;
  lastAt: string;
  version: number;
  outcome?: 'resolved' | 'declined';
}

/** Folds an interleaved log into plain, mutable records keyed by inquiry id. */
export function baselineFold(events: readonly InquiryEvent[]): Map<string, PlainRecord | { status: 'none' }> {
  const records = new Map<string, PlainRecord | { status: 'none' }>();
  for (const event of events) {
    const d = event.data;
    const r = records.get(d.inquiryId);
    if (r === undefined || r.status === 'none') {
      if (event.type === 'InquiryReceived') {
        const e = event.data;
        records.set(d.inquiryId, {
          status: 'open',
          inquiryId: e.inquiryId,
          channel: e.channel,
          category: e.category,
          requester: { ...e.requester },
          intent: e.intent,
          intentClear: e.intentClear,
          responsible: { ...e.by },
          stages: [{ index: 0, holder: { ...e.by }, from: e.at, startedBy: 'received' }],
          missingItems: [],
          receivedAt: e.at,
          lastAt: e.at,
          version: 1,
        });
      } else if (r === undefined) {
        records.set(d.inquiryId, { status: 'none' });
      }
      continue;
    }
    if (event.type === 'InquiryReceived') continue;
    r.lastAt = d.at;
    r.version += 1;
    switch (event.type) {
      case 'InquiryClarified':
        r.intent = event.data.intent;
        r.intentClear = true;
        if (event.data.contact !== undefined) r.requester.contact = event.data.contact;
        break;
      case 'ContactRecorded':
        r.requester.contact = event.data.contact;
        break;
      case 'InquiryTransferred':
      case 'ResponsibilityReassigned':
        if (r.status === 'open') {
          const how = event.type === 'InquiryTransferred' ? 'handover' : 'reassignment';
          const last = r.stages[r.stages.length - 1];
          if (last !== undefined && last.to === undefined) {
            last.to = d.at;
            last.endedBy = how;
          }
          const holder = { ...event.data.to };
          r.stages.push({ index: r.stages.length, holder, from: d.at, startedBy: how });
          r.responsible = holder;
          delete r.escalation;
        }
        break;
      case 'InquiryEscalated':
        r.escalation = { leader: { ...event.data.leader }, at: d.at };
        break;
      case 'HandlerNamed':
        if (r.escalation !== undefined) r.escalation.namedHandler = { ...event.data.handler };
        break;
      case 'MissingMaterialsNotified':
        for (const item of event.data.items) if (!r.missingItems.includes(item)) r.missingItems.push(item);
        break;
      case 'ReplyPromised':
        r.promisedBy = event.data.deadline;
        break;
      case 'LiabilityClassified':
        r.liability = event.data.party;
        break;
      case 'InquiryResolved':
      case 'DemandDeclined':
        if (r.status === 'open') {
          const outcome = event.type === 'InquiryResolved' ? 'resolved' : 'declined';
          const last = r.stages[r.stages.length - 1];
          if (last !== undefined && last.to === undefined) {
            last.to = d.at;
            last.endedBy = outcome;
          }
          r.status = 'closed';
          r.responsible = null;
          r.outcome = outcome;
          delete r.escalation;
        }
        break;
      case 'InquiryReopened':
        if (r.status === 'closed') {
          const holder = { ...d.by };
          r.stages.push({ index: r.stages.length, holder, from: d.at, startedBy: 'reopened' });
          r.status = 'open';
          r.responsible = holder;
          delete r.outcome;
          delete r.promisedBy;
        }
        break;
      default:
        break;
    }
  }
  return records;
}
