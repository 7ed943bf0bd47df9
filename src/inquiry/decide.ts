import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import { describeErrors, instantMillis, previewValue } from '../primitives/codecs';
import { commandCodecs, type InquiryCommand } from './commands';
import { EVENT_SCHEMA_VERSION, type InquiryEvent } from './events';
import { defaultPolicy, findForbiddenPhrase, type Policy } from '../policy/policy';
import { toStaffRef, type Staff } from './staff';
import type { ClosedInquiry, InquiryState, OpenInquiry } from './state';
import { violation, type RuleViolation, type ViolationCode } from './violations';

type Decision = E.Either<RuleViolation, readonly InquiryEvent[]>;
type Cmd<K extends InquiryCommand['type']> = Extract<InquiryCommand, { type: K }>;

/**
 * Decides a command against an inquiry's state: the events it produces, or the {@link RuleViolation}
 * that refuses it. Pure and total: no clock, no I/O, never throws, whatever the input (a malformed
 * command is refused with `INVALID_COMMAND` naming the field). Every enforced rule of the catalogue
 * is checked here; nothing it returns can break one.
 *
 * @example
 * import { decide, initialState } from 'first-inquiry';
 * import * as E from 'fp-ts/Either';
 * const result = decide({
 *   type: 'ReceiveInquiry',
 *   data: {
 *     inquiryId: 'INQ-1', at: '2026-05-04T09:30:00+08:00',
 *     actor: { id: 's-017', name: 'Wang Wei', department: 'security', onDuty: true },
 *     channel: 'visit', category: 'repair', requester: { name: 'Mrs Zhao' },
 *     intent: 'Ceiling leak in 1202', announced: { name: 'Wang Wei' },
 *   },
 * }, initialState());
 * E.isRight(result); // true: one InquiryReceived event, Wang Wei responsible
 *
 * @category decider
 * @since 0.1.0
 */
export function decide(command: InquiryCommand, state: InquiryState, policy: Policy = defaultPolicy): Decision {
  const decoded = decodeCommand(command);
  if (E.isLeft(decoded)) return decoded;
  const cmd = decoded.right;
  if (cmd.data.actor.id.trim() === '') {
    return refuse('INVALID_COMMAND', 'The acting staff member has no id: every act must be attributable.', 'data.actor.id');
  }
  if (cmd.type === 'ReceiveInquiry') {
    return state.status === 'none'
      ? receive(cmd, policy)
      : refuse(
          'INQUIRY_ALREADY_RECEIVED',
          `Inquiry ${cmd.data.inquiryId} was already received by ${state.stages[0]?.holder.name ?? 'someone'}, its first responder. Hand it over instead of receiving it again.`,
          'data.inquiryId',
        );
  }
  if (state.status === 'none') {
    return refuse('INQUIRY_NOT_FOUND', `Inquiry ${cmd.data.inquiryId} has not been received yet. Receive it first.`, 'data.inquiryId');
  }
  if (state.inquiryId !== cmd.data.inquiryId) {
    return refuse('INQUIRY_MISMATCH', `The command is for ${cmd.data.inquiryId} but the state is of ${state.inquiryId}.`, 'data.inquiryId');
  }
  if (instantMillis(cmd.data.at) < instantMillis(state.lastAt)) {
    return refuse('TIME_WENT_BACKWARDS', `The command is dated ${cmd.data.at}, before the last recorded act at ${state.lastAt}. Record acts in the order they happened.`, 'data.at');
  }
  if (cmd.type === 'ReopenInquiry') {
    return state.status === 'closed'
      ? reopen(cmd, state)
      : refuse('INQUIRY_NOT_CLOSED', `Inquiry ${state.inquiryId} is still open with ${state.responsible.name} responsible; only a closed inquiry can be reopened.`);
  }
  if (state.status === 'closed') {
    return refuse('INQUIRY_CLOSED', `Inquiry ${state.inquiryId} was ${state.outcome}; nobody is responsible for it now. Reopen it to act on it.`);
  }
  return decideOpen(cmd, state, policy);
}

function decideOpen(cmd: Exclude<InquiryCommand, Cmd<'ReceiveInquiry'> | Cmd<'ReopenInquiry'>>, state: OpenInquiry, policy: Policy): Decision {
  switch (cmd.type) {
    case 'NameHandler':
      return nameHandler(cmd, state);
    case 'ReassignInquiry':
      return reassign(cmd, state);
    default:
  }
  if (cmd.data.actor.id !== state.responsible.id) {
    return refuse(
      'NOT_RESPONSIBLE',
      `${cmd.data.actor.name || cmd.data.actor.id} is not the responsible person of ${state.inquiryId}; ${state.responsible.name} is. Only they may act on it until they hand it over.`,
      'data.actor.id',
    );
  }
  switch (cmd.type) {
    case 'ClarifyInquiry':
      return clarify(cmd);
    case 'RecordContact':
      return blank(cmd.data.contact)
        ? refuse('TEXT_REQUIRED', 'Record the contact details (a phone number, an address).', 'data.contact')
        : emit(cmd, { type: 'ContactRecorded', data: { contact: cmd.data.contact } });
    case 'TransferInquiry':
      return transfer(cmd, state);
    case 'EscalateInquiry':
      return escalate(cmd, state);
    case 'NotifyMissingMaterials':
      return notifyMissing(cmd, policy);
    case 'PromiseReply':
      return promise(cmd, state, policy);
    case 'FollowUp':
      return blank(cmd.data.note)
        ? refuse('TEXT_REQUIRED', 'Say what was done or learnt in the follow-up.', 'data.note')
        : emit(cmd, { type: 'FollowedUp', data: { note: cmd.data.note } });
    case 'ReplyToRequester':
      return firstRefusal(
        required(cmd.data.message, 'TEXT_REQUIRED', 'data.message', 'Write the message to the requester.'),
        speech(cmd.data.message, 'data.message', policy),
      ) ?? emit(cmd, { type: 'RequesterReplied', data: { message: cmd.data.message } });
    case 'ClassifyLiability':
      return blank(cmd.data.note)
        ? refuse('TEXT_REQUIRED', 'Say what the liability classification rests on (what was found).', 'data.note')
        : emit(cmd, { type: 'LiabilityClassified', data: { party: cmd.data.party, note: cmd.data.note } });
    case 'DeclineDemand':
      return firstRefusal(
        required(cmd.data.demand, 'TEXT_REQUIRED', 'data.demand', 'Record which demand is declined.'),
        required(cmd.data.explanation, 'DECLINE_EXPLANATION_REQUIRED', 'data.explanation', 'Explain the reasons to the requester tactfully (委婉拒绝): a decline without reasons is not allowed.'),
        speech(cmd.data.explanation, 'data.explanation', policy),
      ) ?? emit(cmd, { type: 'DemandDeclined', data: { demand: cmd.data.demand, explanation: cmd.data.explanation } });
    case 'ResolveInquiry':
      return resolve(cmd, state, policy);
  }
}

function receive(cmd: Cmd<'ReceiveInquiry'>, policy: Policy): Decision {
  const d = cmd.data;
  if (policy.categories[d.category] === undefined && !policy.allowUnknownCategories) {
    return refuse('UNKNOWN_CATEGORY', `Category "${d.category}" is not in the policy (known: ${Object.keys(policy.categories).join(', ')}).`, 'data.category');
  }
  const refusal = firstRefusal(
    required(d.intent, 'INTENT_REQUIRED', 'data.intent', "Record what the requester wants (their intent), even if it is not yet clear."),
    announcedIdentity(d.actor, d.announced),
    d.greeting === undefined ? undefined : speech(d.greeting, 'data.greeting', policy),
  );
  if (refusal !== undefined) return refusal;
  return emit(cmd, {
    type: 'InquiryReceived',
    data: {
      channel: d.channel,
      category: d.category,
      requester: pick(d.requester, ['name', 'contact']),
      intent: d.intent,
      intentClear: d.intentClear ?? true,
      announced: pick(d.announced, ['name', 'employeeNo']),
      ...(d.greeting === undefined ? {} : { greeting: d.greeting }),
    },
  });
}

function announcedIdentity(actor: Staff, announced: { readonly name?: string; readonly employeeNo?: string }): RuleViolation | undefined {
  const saidName = announced.name !== undefined && !blank(announced.name) && announced.name.trim() === actor.name.trim();
  const saidNo = announced.employeeNo !== undefined && !blank(announced.employeeNo) && announced.employeeNo.trim() === actor.employeeNo?.trim();
  if (saidName || saidNo) return undefined;
  return violation(
    'IDENTITY_NOT_ANNOUNCED',
    `Tell the requester your own name (${actor.name}) or employee number (工号)${actor.employeeNo === undefined ? '' : ` (${actor.employeeNo})`}, and record what you said in "announced".`,
    'data.announced',
  );
}

function clarify(cmd: Cmd<'ClarifyInquiry'>): Decision {
  const d = cmd.data;
  const refusal = firstRefusal(
    required(d.intent, 'INTENT_REQUIRED', 'data.intent', 'Record the clarified intent.'),
    d.contact === undefined ? undefined : required(d.contact, 'TEXT_REQUIRED', 'data.contact', 'Leave out the contact or give it in full.'),
  );
  return refusal ?? emit(cmd, { type: 'InquiryClarified', data: { intent: d.intent, ...(d.contact === undefined ? {} : { contact: d.contact }) } });
}

function transfer(cmd: Cmd<'TransferInquiry'>, state: OpenInquiry): Decision {
  const d = cmd.data;
  const named = state.escalation?.namedHandler;
  const refusal = firstRefusal(
    receiverNamed(d.to, 'data.to'),
    d.to.id === state.responsible.id
      ? violation('HANDOVER_TO_SELF', `${state.responsible.name} already holds ${state.inquiryId}; a handover needs another, named receiver.`, 'data.to.id')
      : undefined,
    required(d.note, 'HANDOVER_NOTE_REQUIRED', 'data.note', 'Write a brief handover note (简要交接): what is known, what was promised, what is missing.'),
    onDuty(d.to, 'data.to.onDuty'),
    required(state.intent, 'INTENT_REQUIRED', 'data.intent', "The inquiry has no recorded intent to carry on; clarify it before handing over."),
    d.reason === 'deferred' && !hasContact(state)
      ? violation('CONTACT_REQUIRED_FOR_DEFERRAL', 'The matter is being put off to a later stage: take the requester\'s contact details first (RecordContact) so the next handler can reach them.', 'data.reason')
      : undefined,
    d.reason === 'named-handler' && named?.id !== d.to.id
      ? violation(
          'NAMED_HANDLER_REQUIRED',
          named === undefined
            ? 'No leader has named a handler for this inquiry; escalate first, or hand over for another reason.'
            : `The leader named ${named.name} (${named.id}); hand the matter to them.`,
          'data.to.id',
        )
      : undefined,
    unclearWithoutContact(state),
  );
  return refusal ?? emit(cmd, {
    type: 'InquiryTransferred',
    data: { to: toStaffRef(d.to), note: d.note, intent: state.intent, reason: d.reason },
  });
}

function escalate(cmd: Cmd<'EscalateInquiry'>, state: OpenInquiry): Decision {
  const d = cmd.data;
  const refusal = firstRefusal(
    d.leader.leader === true
      ? undefined
      : violation('NOT_A_LEADER', `${d.leader.name || d.leader.id} is not a leader (相关领导) and cannot name an authorised handler. Escalate to a leader.`, 'data.leader.leader'),
    required(d.question, 'TEXT_REQUIRED', 'data.question', 'Say what you are asking the leader.'),
    unclearWithoutContact(state),
  );
  return refusal ?? emit(cmd, {
    type: 'InquiryEscalated',
    data: {
      leader: toStaffRef(d.leader),
      question: d.question,
      ...(d.absentHandler === undefined ? {} : { absentHandler: toStaffRef(d.absentHandler) }),
    },
  });
}

function nameHandler(cmd: Cmd<'NameHandler'>, state: OpenInquiry): Decision {
  const d = cmd.data;
  const refusal = firstRefusal(
    d.actor.leader === true ? undefined : violation('NOT_A_LEADER', `${d.actor.name || d.actor.id} is not a leader; only the leader asked may name a handler.`, 'data.actor.leader'),
    state.escalation?.leader.id === d.actor.id
      ? undefined
      : violation(
          'NOT_ESCALATED_TO_ACTOR',
          state.escalation === undefined
            ? `Inquiry ${state.inquiryId} has not been escalated; the responsible person must ask a leader first.`
            : `Inquiry ${state.inquiryId} was escalated to ${state.escalation.leader.name}, not to ${d.actor.name || d.actor.id}.`,
          'data.actor.id',
        ),
    receiverNamed(d.handler, 'data.handler'),
    onDuty(d.handler, 'data.handler.onDuty'),
  );
  return refusal ?? emit(cmd, { type: 'HandlerNamed', data: { handler: toStaffRef(d.handler) } });
}

function notifyMissing(cmd: Cmd<'NotifyMissingMaterials'>, policy: Policy): Decision {
  const d = cmd.data;
  const refusal = firstRefusal(
    d.items.length === 0 || d.items.some(blank)
      ? violation('NOTICE_ITEMS_REQUIRED', 'List every missing item and document in this one notice (一次性告知); none may be blank.', 'data.items')
      : undefined,
    required(d.message, 'TEXT_REQUIRED', 'data.message', 'Write the notice to the requester.'),
    speech(d.message, 'data.message', policy),
    ...d.items.map((item, i) => speech(item, `data.items.${i}`, policy)),
  );
  return refusal ?? emit(cmd, { type: 'MissingMaterialsNotified', data: { items: [...d.items], message: d.message } });
}

function promise(cmd: Cmd<'PromiseReply'>, state: OpenInquiry, policy: Policy): Decision {
  const d = cmd.data;
  const refusal = firstRefusal(
    instantMillis(d.deadline) > instantMillis(d.at)
      ? undefined
      : violation('PROMISE_DEADLINE_REQUIRED', `A promise needs a definite deadline after now (${d.at}); ${d.deadline} is not.`, 'data.deadline'),
    required(d.explanation, 'PROMISE_EXPLANATION_REQUIRED', 'data.explanation', 'Explain to the requester why it cannot be done at once and what happens next.'),
    speech(d.explanation, 'data.explanation', policy),
    unclearWithoutContact(state),
  );
  return refusal ?? emit(cmd, { type: 'ReplyPromised', data: { deadline: d.deadline, explanation: d.explanation } });
}

function resolve(cmd: Cmd<'ResolveInquiry'>, state: OpenInquiry, policy: Policy): Decision {
  const d = cmd.data;
  const refusal = firstRefusal(
    required(d.summary, 'TEXT_REQUIRED', 'data.summary', 'Tell the requester how the matter was settled.'),
    speech(d.summary, 'data.summary', policy),
    policy.categories[state.category]?.requiresLiability === true && state.liability === undefined
      ? violation('LIABILITY_NOT_CLASSIFIED', `This ${state.category} matter can be resolved only after deciding whose responsibility it is (谁的责任谁负责): classify the liability first.`)
      : undefined,
  );
  return refusal ?? emit(cmd, { type: 'InquiryResolved', data: { summary: d.summary } });
}

function reopen(cmd: Cmd<'ReopenInquiry'>, _state: ClosedInquiry): Decision {
  return blank(cmd.data.reason)
    ? refuse('TEXT_REQUIRED', 'Record why the requester came back.', 'data.reason')
    : emit(cmd, { type: 'InquiryReopened', data: { reason: cmd.data.reason } });
}

function reassign(cmd: Cmd<'ReassignInquiry'>, state: OpenInquiry): Decision {
  const d = cmd.data;
  const refusal = firstRefusal(
    d.actor.leader === true ? undefined : violation('NOT_A_LEADER', `${d.actor.name || d.actor.id} is not a leader; only a leader may reassign a matter.`, 'data.actor.leader'),
    receiverNamed(d.to, 'data.to'),
    d.to.id === state.responsible.id
      ? violation('HANDOVER_TO_SELF', `${state.responsible.name} already holds ${state.inquiryId}.`, 'data.to.id')
      : undefined,
    onDuty(d.to, 'data.to.onDuty'),
    required(d.reason, 'TEXT_REQUIRED', 'data.reason', 'Record why the matter is reassigned.'),
  );
  return refusal ?? emit(cmd, { type: 'ResponsibilityReassigned', data: { to: toStaffRef(d.to), reason: d.reason } });
}

// helpers

function decodeCommand(command: unknown): E.Either<RuleViolation, InquiryCommand> {
  const type = typeof command === 'object' && command !== null ? (command as { type?: unknown }).type : undefined;
  const codec = typeof type === 'string' && Object.hasOwn(commandCodecs, type)
    ? (commandCodecs[type as InquiryCommand['type']] as t.Decoder<unknown, InquiryCommand>)
    : undefined;
  if (codec === undefined) {
    return refuse('INVALID_COMMAND', `Unknown command type ${previewValue(type ?? null)}; expected one of ${Object.keys(commandCodecs).join(', ')}.`, 'type');
  }
  // io-ts' guard accepts exactly what its decoder accepts, and our command codecs transform
  // nothing, so a valid command decodes to itself; the guard checks it several times faster,
  // without building a context for every field. Only a bad command pays for the full decode.
  if ((codec as t.Type<InquiryCommand, unknown, unknown>).is(command)) return E.right(command as InquiryCommand);
  const result = codec.decode(command);
  if (E.isRight(result)) return E.right(result.right);
  const problems = describeErrors(result.left);
  return refuse('INVALID_COMMAND', `${type} is malformed: ${problems.join('; ')}`, problems[0]?.split(':')[0]);
}

function emit<K extends InquiryCommand['type']>(cmd: Cmd<K>, e: DistributiveEventBody): Decision {
  const data = { schemaVersion: EVENT_SCHEMA_VERSION, inquiryId: cmd.data.inquiryId, at: cmd.data.at, by: toStaffRef(cmd.data.actor), ...e.data };
  return E.right([{ type: e.type, data } as InquiryEvent]);
}

type EventBody<T> = T extends { type: infer K; data: infer D } ? { type: K; data: Omit<D, 'schemaVersion' | 'inquiryId' | 'at' | 'by'> } : never;
type DistributiveEventBody = EventBody<InquiryEvent>;

function refuse(code: ViolationCode, message: string, field?: string): E.Either<RuleViolation, never> {
  return E.left(violation(code, message, field));
}

function firstRefusal(...checks: ReadonlyArray<RuleViolation | undefined>): E.Either<RuleViolation, never> | undefined {
  const found = checks.find((c) => c !== undefined);
  return found === undefined ? undefined : E.left(found);
}

// Only the fields the codecs know go on the record: io-ts keeps extra properties, and an event
// must neither carry a caller's stray data nor share objects with the command it came from.
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out as Pick<T, K>;
}

// Zero-width characters are invisible, so a text made only of them says nothing: it counts as blank.
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/gu;

function blank(text: string): boolean {
  return text.trim().length === 0 || text.replace(INVISIBLE, '').length === 0;
}

function required(text: string, code: ViolationCode, field: string, message: string): RuleViolation | undefined {
  return blank(text) ? violation(code, message, field) : undefined;
}

function speech(text: string, field: string, policy: Policy): RuleViolation | undefined {
  const phrase = findForbiddenPhrase(text, policy);
  return phrase === undefined
    ? undefined
    : violation(
        'FORBIDDEN_PHRASE',
        `The text to the requester says “${phrase}”, a service taboo phrase (服务忌语). Never brush a requester off: if the matter is truly outside your scope, explain sincerely and fully, and hand it to the competent person.`,
        field,
      );
}

function receiverNamed(staff: Staff, field: string): RuleViolation | undefined {
  return blank(staff.id) || blank(staff.name)
    ? violation('HANDOVER_RECEIVER_REQUIRED', 'Name the person who takes the matter over (id and name): a handover to nobody in particular is not a handover.', field)
    : undefined;
}

function onDuty(staff: Staff, field: string): RuleViolation | undefined {
  return staff.onDuty
    ? undefined
    : violation(
        'HANDLER_OFF_DUTY',
        `${staff.name} is not at their post. Keep the matter (先行接收) and escalate to a leader (请示相关领导), who names an authorised handler on duty.`,
        field,
      );
}

function hasContact(state: OpenInquiry): boolean {
  return state.requester.contact !== undefined && !blank(state.requester.contact);
}

function unclearWithoutContact(state: OpenInquiry): RuleViolation | undefined {
  return !state.intentClear && !hasContact(state)
    ? violation('CONTACT_REQUIRED_FOR_UNCLEAR', 'The matter is unclear and the requester would be left without an answer: take their contact details first (RecordContact) so the answer can follow.')
    : undefined;
}
