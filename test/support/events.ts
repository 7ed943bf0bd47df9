import { EVENT_SCHEMA_VERSION, type InquiryEvent, type InquiryEventType } from '../../src/inquiry/events';
import { toStaffRef, type Staff, type StaffRef } from '../../src/inquiry/staff';
import { INQUIRY_ID, LEAK } from './commands';
import { guard, manager, plumber } from './staff';
import { T0 } from './time';

/**
 * Event builders for the "given" part of a specification and for expected events. Their
 * defaults are the events the same-named command builders produce, so
 * `when(transfer()).then([transferred()])` holds for the defaults.
 */

type EventOf<K extends InquiryEventType> = Extract<InquiryEvent, { type: K }>;
type Fields<K extends InquiryEventType> = Omit<EventOf<K>['data'], 'schemaVersion' | 'inquiryId' | 'at' | 'by'>;

/** Options of an event builder: who acted (a directory snapshot, recorded as a reference), when, and fields. */
export type EventOptions<K extends InquiryEventType> = { readonly by?: Staff; readonly at?: string; readonly inquiryId?: string } & Partial<
  Fields<K>
>;

const STAFF_FIELDS = ['to', 'leader', 'handler', 'absentHandler'] as const;

function builder<K extends InquiryEventType>(type: K, defaults: (by: Staff) => Fields<K>) {
  return (options: EventOptions<K> = {}): EventOf<K> => {
    const { by = guard, at = T0, inquiryId = INQUIRY_ID, ...fields } = options;
    const data: Record<string, unknown> = {
      schemaVersion: EVENT_SCHEMA_VERSION,
      inquiryId,
      at,
      by: toStaffRef(by),
      ...defaults(by),
      ...fields,
    };
    // Events record who someone is, not the moment's facts (on duty, leader).
    for (const key of STAFF_FIELDS) {
      const staff = data[key] as StaffRef | undefined;
      if (staff !== undefined) data[key] = toStaffRef(staff);
    }
    return { type, data } as unknown as EventOf<K>;
  };
}

export const received = builder('InquiryReceived', (by) => ({
  channel: 'visit' as const,
  category: 'repair',
  requester: { name: 'Mrs Zhao, 3-1202' },
  intent: LEAK,
  intentClear: true,
  announced: { name: by.name },
}));
export const clarified = builder('InquiryClarified', () => ({ intent: LEAK }));
export const contactRecorded = builder('ContactRecorded', () => ({ contact: '138 0000 1202' }));
export const transferred = builder('InquiryTransferred', () => ({
  to: toStaffRef(plumber),
  note: 'Ceiling leak in 1202, probably the pipe in 1302; Mrs Zhao is home all afternoon.',
  intent: LEAK,
  reason: 'out-of-scope' as const,
}));
export const escalated = builder('InquiryEscalated', () => ({
  leader: toStaffRef(manager),
  question: 'The electrician is off today; who may handle the power cut in 1202?',
}));
export const handlerNamed = builder('HandlerNamed', () => ({ handler: toStaffRef(plumber) }));
export const missingNotified = builder('MissingMaterialsNotified', () => ({
  items: ['copy of the property certificate', 'renovation drawings', 'contractor licence'],
  message: 'To issue the renovation permit we need these three documents; nothing else.',
}));
export const replyPromised = builder('ReplyPromised', () => ({
  deadline: '2026-05-05T10:00:00.000Z',
  explanation: 'The pipe must be opened from flat 1302; we will reply by tomorrow 18:00 with the date.',
}));
export const followedUp = builder('FollowedUp', () => ({ note: 'Called 1302: the owner will be home on Thursday.' }));
export const replied = builder('RequesterReplied', () => ({ message: 'The plumber will come on Thursday at 10:00.' }));
export const liabilityClassified = builder('LiabilityClassified', () => ({
  party: 'renovation-contractor' as const,
  note: 'The leak comes from a pipe the 1302 contractor moved last month.',
}));
export const demandDeclined = builder('DemandDeclined', () => ({
  demand: 'Repaint the whole flat at the company’s cost',
  explanation: 'The stain is limited to the bathroom ceiling; we repaint that area, and the contractor pays for it.',
}));
export const resolved = builder('InquiryResolved', () => ({ summary: 'The pipe in 1302 was resealed and the ceiling repainted.' }));
export const reopened = builder('InquiryReopened', (by) => ({ reason: 'The ceiling is dripping again.', announced: { name: by.name } }));
export const reassigned = builder('ResponsibilityReassigned', () => ({
  to: toStaffRef(plumber),
  reason: 'Wang Wei is on leave from today.',
}));
