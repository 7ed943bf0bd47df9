import type { InquiryCommand, InquiryCommandType } from '../../src/inquiry/commands';
import type { Staff } from '../../src/inquiry/staff';
import { guard, manager, plumber } from './staff';
import { T0 } from './time';

/**
 * Command builders that read like the act: `transfer({ by: guard, to: plumber, note: '…' })`.
 * Every builder fills in a valid default for each field, so a specification spells out only
 * the fields its rule is about.
 */

/** The inquiry every specification is about, unless it says otherwise. */
export const INQUIRY_ID = 'INQ-2026-0001';

/** What Mrs Zhao wants in the default receipt (FI-04). */
export const LEAK = 'Water is leaking from the ceiling of flat 1202';

/** Who acts, when, and on which inquiry: `by` defaults to the guard, `at` to {@link T0}. */
export interface Acting {
  readonly by?: Staff;
  readonly at?: string;
  readonly inquiryId?: string;
}

type CommandOf<K extends InquiryCommandType> = Extract<InquiryCommand, { type: K }>;
type Fields<K extends InquiryCommandType> = Omit<CommandOf<K>['data'], 'inquiryId' | 'at' | 'actor'>;

/** Options of a builder: who acts, when, and any field to override. */
export type CommandOptions<K extends InquiryCommandType> = Acting & Partial<Fields<K>>;

function builder<K extends InquiryCommandType>(type: K, defaults: (by: Staff) => Fields<K>) {
  return (options: CommandOptions<K> = {}): CommandOf<K> => {
    const { by = guard, at = T0, inquiryId = INQUIRY_ID, ...fields } = options;
    return { type, data: { inquiryId, at, actor: by, ...defaults(by), ...fields } } as unknown as CommandOf<K>;
  };
}

export const receive = builder('ReceiveInquiry', (by) => ({
  channel: 'visit' as const,
  category: 'repair',
  requester: { name: 'Mrs Zhao, 3-1202' },
  intent: LEAK,
  announced: { name: by.name },
}));
export const clarify = builder('ClarifyInquiry', () => ({ intent: LEAK }));
export const recordContact = builder('RecordContact', () => ({ contact: '138 0000 1202' }));
export const transfer = builder('TransferInquiry', () => ({
  to: plumber,
  note: 'Ceiling leak in 1202, probably the pipe in 1302; Mrs Zhao is home all afternoon.',
  reason: 'out-of-scope' as const,
}));
export const escalate = builder('EscalateInquiry', () => ({
  leader: manager,
  question: 'The electrician is off today; who may handle the power cut in 1202?',
}));
export const nameHandler = builder('NameHandler', () => ({ handler: plumber }));
export const notifyMissing = builder('NotifyMissingMaterials', () => ({
  items: ['copy of the property certificate', 'renovation drawings', 'contractor licence'],
  message: 'To issue the renovation permit we need these three documents; nothing else.',
}));
export const promiseReply = builder('PromiseReply', () => ({
  deadline: '2026-05-05T10:00:00.000Z',
  explanation: 'The pipe must be opened from flat 1302; we will reply by tomorrow 18:00 with the date.',
}));
export const followUp = builder('FollowUp', () => ({ note: 'Called 1302: the owner will be home on Thursday.' }));
export const reply = builder('ReplyToRequester', () => ({ message: 'The plumber will come on Thursday at 10:00.' }));
export const classifyLiability = builder('ClassifyLiability', () => ({
  party: 'renovation-contractor' as const,
  note: 'The leak comes from a pipe the 1302 contractor moved last month.',
}));
export const declineDemand = builder('DeclineDemand', () => ({
  demand: 'Repaint the whole flat at the company’s cost',
  explanation: 'The stain is limited to the bathroom ceiling; we repaint that area, and the contractor pays for it.',
}));
export const resolve = builder('ResolveInquiry', () => ({ summary: 'The pipe in 1302 was resealed and the ceiling repainted.' }));
export const reopen = builder('ReopenInquiry', (by) => ({ reason: 'The ceiling is dripping again.', announced: { name: by.name } }));
export const reassign = builder('ReassignInquiry', () => ({ to: plumber, reason: 'Wang Wei is on leave from today.' }));
export const recordMaterialsReceived = builder('RecordMaterialsReceived', () => ({}));
