import * as E from 'fp-ts/Either';
import { codecForTag, describeErrors, instantBefore, instantMillis, previewValue, tagOf } from '../primitives/codecs';
import { commandCodecs, type InquiryCommand } from './commands';
import { EVENT_SCHEMA_VERSION, type InquiryEvent } from './events';
import { idProblemKind, idsLookAlike, isUsableName, isVisibleText, spokenForm } from '../primitives/identity';
import { isPlausibleMillis, PLAUSIBLE_YEARS } from '../primitives/years';
import { categoryPolicy, defaultPolicy, findForbiddenPhrase, isInScope, type Policy } from '../policy/policy';
import { toStaffRef, type Staff } from './staff';
import type { InquiryState, NoInquiry } from './state';
import type { LiabilityParty } from './events';
import type { Outcome } from './lifecycle';
import { violation, type RuleViolation, type ViolationCode, type ViolationParams } from './violations';

/**
 * What {@link decide} returns: the refusal naming its rule (Left), or the events to record (Right).
 *
 * @example
 * import { decide, initialState, type Decision } from 'first-inquiry';
 * const d: Decision = decide({ type: 'FollowUp', data: { inquiryId: 'X', at: '2026-01-01T00:00:00Z', actor: { id: 'a', name: 'A', department: 'd', onDuty: true }, note: 'n' } }, initialState());
 * d._tag; // 'Left': nothing was received yet
 *
 * @category decide
 * @since 0.2.0
 */
export type Decision = E.Either<RuleViolation, readonly InquiryEvent[]>;
type Cmd<K extends InquiryCommand['type']> = Extract<InquiryCommand, { type: K }>;

/**
 * What the enforced rules read of a received inquiry, and nothing more: every open or closed
 * {@link InquiryState} is one, and so is the history checker's compact record of an inquiry (it
 * keeps only these facts, so a long log costs little memory per inquiry). Of the stages, only the
 * first one's holder is read: who received the matter, named when a second receipt is refused.
 *
 * @example
 * import type { RuleFacts } from './decide'; // internal: decide and the history checker
 * const contactless = (f: RuleFacts) => f.requester.contact === undefined;
 *
 * @internal
 */
export interface RuleFacts {
  readonly inquiryId: string;
  readonly category: string;
  readonly requester: { readonly contact?: string | undefined };
  readonly intent: string;
  readonly intentClear: boolean;
  readonly stages: ReadonlyArray<{ readonly holder: { readonly name: string } }>;
  readonly escalation?:
    | {
        readonly leader: { readonly id: string; readonly name: string };
        readonly namedHandler?: { readonly id: string; readonly name: string } | undefined;
      }
    | undefined;
  readonly liability?: LiabilityParty | undefined;
  readonly missingItems: readonly string[];
  readonly lastAt: string;
}

/**
 * {@link RuleFacts} of an open inquiry: who is responsible now.
 *
 * @example
 * import type { OpenRuleState } from './decide'; // internal: decide and the history checker
 * const holderId = (s: OpenRuleState) => s.responsible.id;
 *
 * @internal
 */
export interface OpenRuleState extends RuleFacts {
  readonly status: 'open';
  readonly responsible: { readonly id: string; readonly name: string };
}

/**
 * {@link RuleFacts} of a closed inquiry: how it closed.
 *
 * @example
 * import type { ClosedRuleState } from './decide'; // internal: decide and the history checker
 * const declined = (s: ClosedRuleState) => s.outcome === 'declined';
 *
 * @internal
 */
export interface ClosedRuleState extends RuleFacts {
  readonly status: 'closed';
  readonly outcome: Outcome;
}

/**
 * What the rules read of an inquiry, wherever it stands: nothing yet, open or closed.
 *
 * @example
 * import type { RuleState } from './decide'; // internal: decide and the history checker
 * const received = (s: RuleState) => s.status !== 'none';
 *
 * @internal
 */
export type RuleState = NoInquiry | OpenRuleState | ClosedRuleState;

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
  const refusal = implausibleInstant(cmd) ?? refusalOf(cmd, state, policy);
  return refusal === undefined ? E.right([eventOf(cmd, state as OpenRuleState)]) : E.left(refusal);
}

/**
 * Why the enforced rules refuse a command on an inquiry, or `undefined` when they accept it: every
 * check of {@link decide} after the command is validated, without building the event. `decide`
 * calls it, and so does the history checker on the command behind each recorded event, so the
 * rules are written once. The command must already be valid (decoded); the state is what the
 * rules read of an inquiry ({@link RuleState}), which every {@link InquiryState} is.
 *
 * @example
 * import { refusalOf } from './decide'; // internal: decide and the history checker
 * // refusalOf(commandForEvent(event), facts, policy)?.code → 'NOT_RESPONSIBLE'
 *
 * @internal
 */
export function refusalOf(cmd: InquiryCommand, state: RuleState, policy: Policy): RuleViolation | undefined {
  const unidentified = identify(cmd);
  if (unidentified !== undefined) return unidentified;
  const inquiry = cmd.data.inquiryId;
  if (state.status !== 'none' && state.inquiryId !== inquiry) {
    return violation('INQUIRY_MISMATCH', { inquiry, stateInquiry: state.inquiryId, command: cmd.type }, 'data.inquiryId');
  }
  if (cmd.type === 'ReceiveInquiry') {
    if (state.status === 'none') return receive(cmd, policy);
    const first = state.stages[0]?.holder.name ?? '';
    return state.status === 'closed'
      ? violation('INQUIRY_ALREADY_RECEIVED', { variant: 'closed', inquiry, first }, 'data.inquiryId')
      : violation('INQUIRY_ALREADY_RECEIVED', { inquiry, first, holder: state.responsible.name }, 'data.inquiryId');
  }
  if (state.status === 'none') {
    return violation('INQUIRY_NOT_FOUND', { inquiry, command: cmd.type }, 'data.inquiryId');
  }
  if (instantBefore(cmd.data.at, state.lastAt)) {
    return violation('TIME_WENT_BACKWARDS', { at: cmd.data.at, last: state.lastAt, command: cmd.type }, 'data.at');
  }
  if (cmd.type === 'ReopenInquiry') {
    return state.status === 'closed'
      ? reopen(cmd)
      : violation('INQUIRY_NOT_CLOSED', { inquiry, holder: state.responsible.name, command: cmd.type });
  }
  if (state.status === 'closed') {
    return violation('INQUIRY_CLOSED', { variant: state.outcome, inquiry, command: cmd.type });
  }
  return decideOpen(cmd, state, policy);
}

function decideOpen(
  cmd: Exclude<InquiryCommand, Cmd<'ReceiveInquiry'> | Cmd<'ReopenInquiry'>>,
  state: OpenRuleState,
  policy: Policy,
): RuleViolation | undefined {
  switch (cmd.type) {
    case 'NameHandler':
      return nameHandler(cmd, state);
    case 'ReassignInquiry':
      return reassign(cmd, state, policy);
    default:
  }
  if (cmd.data.actor.id !== state.responsible.id) {
    return violation(
      'NOT_RESPONSIBLE',
      { actor: cmd.data.actor.name, inquiry: state.inquiryId, holder: state.responsible.name, command: cmd.type },
      'data.actor.id',
    );
  }
  switch (cmd.type) {
    case 'ClarifyInquiry':
      return clarify(cmd);
    case 'RecordContact':
      return required(cmd, cmd.data.contact, 'TEXT_REQUIRED', 'data.contact');
    case 'TransferInquiry':
      return transfer(cmd, state, policy);
    case 'EscalateInquiry':
      return escalate(cmd, state);
    case 'NotifyMissingMaterials':
      return notifyMissing(cmd, policy);
    case 'RecordMaterialsReceived':
      return state.missingItems.length === 0
        ? // FI-05 counts from complete paperwork (资料齐全): the requester's wait for their own papers
          // is theirs, and a MaterialsReceived is the record of when it ended.
          violation('NO_MATERIALS_OUTSTANDING', { inquiry: state.inquiryId, command: cmd.type })
        : undefined;
    case 'PromiseReply':
      return promise(cmd, state, policy);
    case 'FollowUp':
      return required(cmd, cmd.data.note, 'TEXT_REQUIRED', 'data.note');
    case 'ReplyToRequester':
      return firstViolation(
        required(cmd, cmd.data.message, 'TEXT_REQUIRED', 'data.message'),
        speech(cmd, cmd.data.message, 'data.message', policy),
      );
    case 'ClassifyLiability':
      return required(cmd, cmd.data.note, 'TEXT_REQUIRED', 'data.note');
    case 'DeclineDemand':
      return firstViolation(
        required(cmd, cmd.data.demand, 'TEXT_REQUIRED', 'data.demand'),
        required(cmd, cmd.data.explanation, 'DECLINE_EXPLANATION_REQUIRED', 'data.explanation'),
        speech(cmd, cmd.data.explanation, 'data.explanation', policy),
        // FI-12 holds however the matter closes: a declined repair still has an underlying
        // problem whose responsibility decides who pays (谁的责任谁负责). See DECISIONS.md.
        liabilityBeforeClosing(cmd, state, policy),
      );
    case 'ResolveInquiry':
      return firstViolation(
        required(cmd, cmd.data.summary, 'TEXT_REQUIRED', 'data.summary'),
        speech(cmd, cmd.data.summary, 'data.summary', policy),
        liabilityBeforeClosing(cmd, state, policy),
      );
  }
}

// The event an accepted command produces (refusalOf said yes). `state` is open for every command
// but a receipt (nothing read) and a reopen (nothing read).
function eventOf(cmd: InquiryCommand, state: OpenRuleState): InquiryEvent {
  switch (cmd.type) {
    case 'ReceiveInquiry': {
      const d = cmd.data;
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
    case 'ClarifyInquiry': {
      const d = cmd.data;
      return emit(cmd, {
        type: 'InquiryClarified',
        data: { intent: d.intent, ...(d.contact === undefined ? {} : { contact: d.contact }) },
      });
    }
    case 'RecordContact':
      return emit(cmd, { type: 'ContactRecorded', data: { contact: cmd.data.contact } });
    case 'TransferInquiry': {
      const d = cmd.data;
      return emit(cmd, {
        type: 'InquiryTransferred',
        data: { to: toStaffRef(d.to), note: d.note, intent: state.intent, reason: d.reason },
      });
    }
    case 'EscalateInquiry': {
      const d = cmd.data;
      return emit(cmd, {
        type: 'InquiryEscalated',
        data: {
          leader: toStaffRef(d.leader),
          question: d.question,
          ...(d.absentHandler === undefined ? {} : { absentHandler: toStaffRef(d.absentHandler) }),
        },
      });
    }
    case 'NameHandler':
      return emit(cmd, { type: 'HandlerNamed', data: { handler: toStaffRef(cmd.data.handler) } });
    case 'NotifyMissingMaterials':
      return emit(cmd, { type: 'MissingMaterialsNotified', data: { items: [...cmd.data.items], message: cmd.data.message } });
    case 'RecordMaterialsReceived':
      return emit(cmd, { type: 'MaterialsReceived', data: { items: [...state.missingItems] } });
    case 'PromiseReply':
      return emit(cmd, { type: 'ReplyPromised', data: { deadline: cmd.data.deadline, explanation: cmd.data.explanation } });
    case 'FollowUp':
      return emit(cmd, { type: 'FollowedUp', data: { note: cmd.data.note } });
    case 'ReplyToRequester':
      return emit(cmd, { type: 'RequesterReplied', data: { message: cmd.data.message } });
    case 'ClassifyLiability':
      return emit(cmd, { type: 'LiabilityClassified', data: { party: cmd.data.party, note: cmd.data.note } });
    case 'DeclineDemand':
      return emit(cmd, { type: 'DemandDeclined', data: { demand: cmd.data.demand, explanation: cmd.data.explanation } });
    case 'ResolveInquiry':
      return emit(cmd, { type: 'InquiryResolved', data: { summary: cmd.data.summary } });
    case 'ReopenInquiry':
      return emit(cmd, {
        type: 'InquiryReopened',
        data: {
          reason: cmd.data.reason,
          ...(cmd.data.announced === undefined ? {} : { announced: pick(cmd.data.announced, ['name', 'employeeNo']) }),
        },
      });
    case 'ReassignInquiry':
      return emit(cmd, { type: 'ResponsibilityReassigned', data: { to: toStaffRef(cmd.data.to), reason: cmd.data.reason } });
  }
}

function receive(cmd: Cmd<'ReceiveInquiry'>, policy: Policy): RuleViolation | undefined {
  const d = cmd.data;
  if (categoryPolicy(policy, d.category) === undefined && !policy.allowUnknownCategories) {
    return violation(
      'UNKNOWN_CATEGORY',
      { category: d.category, known: Object.keys(policy.categories).join(', '), command: cmd.type },
      'data.category',
    );
  }
  return firstViolation(
    required(cmd, d.intent, 'INTENT_REQUIRED', 'data.intent'),
    announcedIdentity(cmd, d.actor, d.announced),
    d.greeting === undefined ? undefined : speech(cmd, d.greeting, 'data.greeting', policy),
  );
}

// FI-03 for every stage that starts by someone taking the matter up themselves: the receipt and a
// reopening. What was said is compared as the requester heard it (spokenForm).
function announcedIdentity(
  cmd: InquiryCommand,
  actor: Staff,
  announced: { readonly name?: string; readonly employeeNo?: string } | undefined,
): RuleViolation | undefined {
  const said = announced ?? {};
  // The same text is the same spoken form: only a difference in writing needs the comparison.
  const saidName =
    said.name !== undefined && isVisibleText(said.name) && (said.name === actor.name || spokenForm(said.name) === spokenForm(actor.name));
  const saidNo =
    said.employeeNo !== undefined &&
    actor.employeeNo !== undefined &&
    isVisibleText(said.employeeNo) &&
    (said.employeeNo === actor.employeeNo || spokenForm(said.employeeNo) === spokenForm(actor.employeeNo));
  if (saidName || saidNo) return undefined;
  return actor.employeeNo === undefined || !isVisibleText(actor.employeeNo)
    ? violation('IDENTITY_NOT_ANNOUNCED', { name: actor.name, command: cmd.type }, 'data.announced')
    : violation(
        'IDENTITY_NOT_ANNOUNCED',
        { variant: 'withNo', name: actor.name, employeeNo: actor.employeeNo, command: cmd.type },
        'data.announced',
      );
}

function clarify(cmd: Cmd<'ClarifyInquiry'>): RuleViolation | undefined {
  const d = cmd.data;
  return firstViolation(
    required(cmd, d.intent, 'INTENT_REQUIRED', 'data.intent'),
    d.contact === undefined ? undefined : required(cmd, d.contact, 'TEXT_REQUIRED', 'data.contact'),
  );
}

/**
 * How a matter may change hands. `transfer`: the responsible person hands it over (FI-07..FI-09);
 * `reassign`: a leader moves it (their authorised choice, so scope is theirs to judge).
 */
type Handover =
  | { readonly kind: 'transfer'; readonly to: Staff; readonly reason: Cmd<'TransferInquiry'>['data']['reason'] }
  | { readonly kind: 'reassign'; readonly to: Staff };

/**
 * The one answer to "may this handover happen?", asked by every way a matter changes hands, so no
 * path can get round a rule another path keeps (FI-15 under reassignment, issue 10 item 5).
 */
function handoverRefusal(
  cmd: Cmd<'TransferInquiry'> | Cmd<'ReassignInquiry'>,
  h: Handover,
  state: OpenRuleState,
  policy: Policy,
): RuleViolation | undefined {
  const byLeader = h.kind === 'reassign';
  const base = { command: cmd.type, inquiry: state.inquiryId, holder: state.responsible.name };
  return firstViolation(
    h.to.id === state.responsible.id ? violation('HANDOVER_TO_SELF', base, 'data.to.id') : undefined,
    lookAlike(cmd, h.to.id, state.responsible.id, 'data.to'),
    h.to.onDuty
      ? undefined
      : violation('HANDLER_OFF_DUTY', { ...base, receiver: h.to.name, ...(byLeader ? { variant: 'leader' } : {}) }, 'data.to.onDuty'),
    isVisibleText(state.intent) ? undefined : violation('INTENT_REQUIRED', { ...base, variant: 'handover' }, 'data.intent'),
    // FI-15: an unclear matter without contact details must not leave the requester without an answer,
    // whoever moves it.
    !state.intentClear && !hasContact(state)
      ? violation('CONTACT_REQUIRED_FOR_UNCLEAR', { ...base, ...(byLeader ? { variant: 'leader' } : {}) })
      : undefined,
    // FI-07: a matter handed on as out of scope goes to the competent person: someone whose
    // department the policy puts the category in (if it names any). A deferral is about time, not
    // competence; a leader's reassignment and a handler a leader named are the leader's authorised
    // choice (the way round a category recorded wrongly at receipt). See DECISIONS.md.
    h.kind === 'transfer' && h.reason === 'out-of-scope' ? competentReceiver(cmd, h.to, state, policy) : undefined,
  );
}

function competentReceiver(cmd: InquiryCommand, to: Staff, state: OpenRuleState, policy: Policy): RuleViolation | undefined {
  const departments = categoryPolicy(policy, state.category)?.departments ?? [];
  if (departments.length === 0 || isInScope(policy, state.category, to.department)) return undefined;
  return violation(
    'RECEIVER_NOT_COMPETENT',
    { receiver: to.name, department: to.department, category: state.category, departments: departments.join(', '), command: cmd.type },
    'data.to.department',
  );
}

function transfer(cmd: Cmd<'TransferInquiry'>, state: OpenRuleState, policy: Policy): RuleViolation | undefined {
  const d = cmd.data;
  const named = state.escalation?.namedHandler;
  return firstViolation(
    required(cmd, d.note, 'HANDOVER_NOTE_REQUIRED', 'data.note'),
    d.reason === 'deferred' && !hasContact(state)
      ? violation('CONTACT_REQUIRED_FOR_DEFERRAL', { command: cmd.type }, 'data.reason')
      : undefined,
    d.reason === 'named-handler' && named?.id !== d.to.id
      ? violation(
          'NAMED_HANDLER_REQUIRED',
          named === undefined
            ? { variant: 'noneNamed', inquiry: state.inquiryId, command: cmd.type }
            : { inquiry: state.inquiryId, handler: named.name, command: cmd.type },
          'data.to.id',
        )
      : undefined,
    // 推诿 (FI-10): "out of scope" is no reason for a matter that is in one's own department's scope.
    d.reason === 'out-of-scope' && isInScope(policy, state.category, d.actor.department)
      ? violation(
          'HANDOVER_WITHIN_OWN_SCOPE',
          { category: state.category, department: d.actor.department, command: cmd.type },
          'data.reason',
        )
      : undefined,
    handoverRefusal(cmd, { kind: 'transfer', to: d.to, reason: d.reason }, state, policy),
  );
}

function escalate(cmd: Cmd<'EscalateInquiry'>, state: OpenRuleState): RuleViolation | undefined {
  const d = cmd.data;
  return firstViolation(
    // FI-08: 请示相关领导 is asking someone else, who then names a handler; asking oneself would let
    // the holder name anyone, round every handover rule.
    d.leader.id === d.actor.id
      ? violation('ESCALATION_TO_SELF', { actor: d.actor.name, inquiry: state.inquiryId, command: cmd.type }, 'data.leader.id')
      : undefined,
    lookAlike(cmd, d.leader.id, d.actor.id, 'data.leader'),
    d.leader.leader === true
      ? undefined
      : violation('NOT_A_LEADER', { variant: 'escalate', actor: d.leader.name, command: cmd.type }, 'data.leader.leader'),
    required(cmd, d.question, 'TEXT_REQUIRED', 'data.question'),
    !state.intentClear && !hasContact(state) ? violation('CONTACT_REQUIRED_FOR_UNCLEAR', { command: cmd.type }) : undefined,
  );
}

function nameHandler(cmd: Cmd<'NameHandler'>, state: OpenRuleState): RuleViolation | undefined {
  const d = cmd.data;
  const base = { inquiry: state.inquiryId, actor: d.actor.name, holder: state.responsible.name, command: cmd.type };
  return firstViolation(
    d.actor.leader === true ? undefined : violation('NOT_A_LEADER', { ...base, variant: 'name' }, 'data.actor.leader'),
    state.escalation?.leader.id === d.actor.id
      ? undefined
      : violation(
          'NOT_ESCALATED_TO_ACTOR',
          state.escalation === undefined ? { ...base, variant: 'notEscalated' } : { ...base, leader: state.escalation.leader.name },
          'data.actor.id',
        ),
    d.handler.onDuty
      ? undefined
      : violation('HANDLER_OFF_DUTY', { ...base, receiver: d.handler.name, variant: 'leader' }, 'data.handler.onDuty'),
  );
}

function notifyMissing(cmd: Cmd<'NotifyMissingMaterials'>, policy: Policy): RuleViolation | undefined {
  const d = cmd.data;
  return firstViolation(
    d.items.length === 0 || d.items.some((item) => !isVisibleText(item))
      ? violation('NOTICE_ITEMS_REQUIRED', { command: cmd.type }, 'data.items')
      : undefined,
    required(cmd, d.message, 'TEXT_REQUIRED', 'data.message'),
    speech(cmd, d.message, 'data.message', policy),
    ...d.items.map((item, i) => speech(cmd, item, `data.items.${i}`, policy)),
  );
}

function promise(cmd: Cmd<'PromiseReply'>, state: OpenRuleState, policy: Policy): RuleViolation | undefined {
  const d = cmd.data;
  return firstViolation(
    instantMillis(d.deadline) > instantMillis(d.at)
      ? undefined
      : violation('PROMISE_DEADLINE_REQUIRED', { at: d.at, deadline: d.deadline, command: cmd.type }, 'data.deadline'),
    required(cmd, d.explanation, 'PROMISE_EXPLANATION_REQUIRED', 'data.explanation'),
    speech(cmd, d.explanation, 'data.explanation', policy),
    !state.intentClear && !hasContact(state) ? violation('CONTACT_REQUIRED_FOR_UNCLEAR', { command: cmd.type }) : undefined,
  );
}

function liabilityBeforeClosing(
  cmd: Cmd<'ResolveInquiry'> | Cmd<'DeclineDemand'>,
  state: OpenRuleState,
  policy: Policy,
): RuleViolation | undefined {
  return categoryPolicy(policy, state.category)?.requiresLiability === true && state.liability === undefined
    ? violation('LIABILITY_NOT_CLASSIFIED', { category: state.category, command: cmd.type })
    : undefined;
}

// Nothing of the closed inquiry is read: whoever reopens it becomes responsible (and announces themselves).
function reopen(cmd: Cmd<'ReopenInquiry'>): RuleViolation | undefined {
  return firstViolation(
    required(cmd, cmd.data.reason, 'TEXT_REQUIRED', 'data.reason'),
    announcedIdentity(cmd, cmd.data.actor, cmd.data.announced),
  );
}

function reassign(cmd: Cmd<'ReassignInquiry'>, state: OpenRuleState, policy: Policy): RuleViolation | undefined {
  const d = cmd.data;
  return firstViolation(
    d.actor.leader === true
      ? undefined
      : violation('NOT_A_LEADER', { variant: 'reassign', actor: d.actor.name, command: cmd.type }, 'data.actor.leader'),
    // A leader moves someone else's matter; one who holds it hands it over like anyone else
    // (TransferInquiry: note, reason, scope), or a reassignment would be the way round FI-07..FI-10.
    d.actor.id === state.responsible.id
      ? violation('REASSIGNMENT_OF_OWN_MATTER', { actor: d.actor.name, inquiry: state.inquiryId, command: cmd.type }, 'data.actor.id')
      : undefined,
    lookAlike(cmd, d.actor.id, state.responsible.id, 'data.actor'),
    required(cmd, d.reason, 'TEXT_REQUIRED', 'data.reason'),
    handoverRefusal(cmd, { kind: 'reassign', to: d.to }, state, policy),
  );
}

// Every person a command names, with the field they are in and whether they are the receiver of a
// handover (a receiver with nothing visible is a handover to nobody: FI-07's own refusal).
function peopleOf(cmd: InquiryCommand): ReadonlyArray<readonly [Staff, string, boolean]> {
  const people: Array<readonly [Staff, string, boolean]> = [[cmd.data.actor, 'data.actor', false]];
  switch (cmd.type) {
    case 'TransferInquiry':
    case 'ReassignInquiry':
      people.push([cmd.data.to, 'data.to', true]);
      break;
    case 'NameHandler':
      people.push([cmd.data.handler, 'data.handler', true]);
      break;
    case 'EscalateInquiry':
      people.push([cmd.data.leader, 'data.leader', false]);
      if (cmd.data.absentHandler !== undefined) people.push([cmd.data.absentHandler, 'data.absentHandler', false]);
      break;
    default:
  }
  return people;
}

// One definition of a usable id and a usable name (src/identity.ts) for every person everywhere.
function identify(cmd: InquiryCommand): RuleViolation | undefined {
  for (const [person, field, receiver] of peopleOf(cmd)) {
    const problem = idProblemKind(person.id);
    if (receiver && (!isVisibleText(person.id) || !isVisibleText(person.name))) {
      return violation('HANDOVER_RECEIVER_REQUIRED', { command: cmd.type }, field);
    }
    if (problem !== undefined) {
      return field === 'data.actor' && !isVisibleText(person.id)
        ? violation(
            'INVALID_COMMAND',
            { detail: 'The acting staff member has no id: every act must be attributable.', command: cmd.type },
            'data.actor.id',
          )
        : violation('STAFF_NOT_IDENTIFIED', { variant: problem, id: person.id, command: cmd.type }, `${field}.id`);
    }
    if (!isUsableName(person.name)) {
      return violation('STAFF_NOT_IDENTIFIED', { variant: 'name', id: person.id, command: cmd.type }, `${field}.name`);
    }
  }
  return undefined;
}

// helpers

// Two people in one decision whose ids differ but look the same: the one in `field` may be the
// other in disguise (a handover or escalation to oneself), so neither is taken as identified.
function lookAlike(cmd: InquiryCommand, id: string, other: string, field: string): RuleViolation | undefined {
  return idsLookAlike(id, other)
    ? violation('STAFF_NOT_IDENTIFIED', { variant: 'lookAlike', id, other, command: cmd.type }, `${field}.id`)
    : undefined;
}

// The command's instants in the years a log reader accepts (PLAUSIBLE_YEARS): a mistyped year would
// be recorded, then refused by `check` and left out of the audit, and a date centuries ahead would
// stop every later act on the inquiry as going back in time.
function implausibleInstant(cmd: InquiryCommand): RuleViolation | undefined {
  return (
    implausibleField(cmd, 'data.at', cmd.data.at) ??
    (cmd.type === 'PromiseReply' ? implausibleField(cmd, 'data.deadline', cmd.data.deadline) : undefined)
  );
}

function implausibleField(cmd: InquiryCommand, field: string, instant: string): RuleViolation | undefined {
  return isPlausibleMillis(instantMillis(instant))
    ? undefined
    : violation(
        'IMPLAUSIBLE_INSTANT',
        { field, instant, from: String(PLAUSIBLE_YEARS.from), to: String(PLAUSIBLE_YEARS.to), command: cmd.type },
        field,
      );
}

function decodeCommand(command: unknown): E.Either<RuleViolation, InquiryCommand> {
  const type = tagOf(command);
  const codec = codecForTag(commandCodecs, type);
  if (codec === undefined) {
    return refuse(
      'INVALID_COMMAND',
      { detail: `Unknown command type ${previewValue(type ?? null)}; expected one of ${Object.keys(commandCodecs).join(', ')}.` },
      'type',
    );
  }
  // io-ts' guard accepts exactly what its decoder accepts, and our command codecs transform
  // nothing, so a valid command decodes to itself; the guard checks it several times faster,
  // without building a context for every field. Only a bad command pays for the full decode.
  if (codec.is(command)) return E.right(command);
  const result = codec.decode(command);
  if (E.isRight(result)) return E.right(result.right);
  const problems = describeErrors(result.left);
  return refuse(
    'INVALID_COMMAND',
    { detail: `${type} is malformed: ${problems.join('; ')}.`, command: String(type) },
    problems[0]?.split(':')[0],
  );
}

function emit<K extends InquiryCommand['type']>(cmd: Cmd<K>, e: DistributiveEventBody): InquiryEvent {
  const data = {
    schemaVersion: EVENT_SCHEMA_VERSION,
    inquiryId: cmd.data.inquiryId,
    at: cmd.data.at,
    by: toStaffRef(cmd.data.actor),
    ...e.data,
  };
  return { type: e.type, data } as InquiryEvent;
}

type EventBody<T> = T extends { type: infer K; data: infer D }
  ? { type: K; data: Omit<D, 'schemaVersion' | 'inquiryId' | 'at' | 'by'> }
  : never;
type DistributiveEventBody = EventBody<InquiryEvent>;

function refuse(code: ViolationCode, params: ViolationParams, field?: string): E.Either<RuleViolation, never> {
  return E.left(violation(code, params, field));
}

function firstViolation(...checks: ReadonlyArray<RuleViolation | undefined>): RuleViolation | undefined {
  return checks.find((c) => c !== undefined);
}

// Only the fields the codecs know go on the record: io-ts keeps extra properties, and an event
// must neither carry a caller's stray data nor share objects with the command it came from.
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out as Pick<T, K>;
}

// Blank means nothing visible (src/identity.ts): white space, zero-width and other invisible
// characters say nothing.
function required(cmd: InquiryCommand, text: string, code: ViolationCode, field: string): RuleViolation | undefined {
  return isVisibleText(text) ? undefined : violation(code, { field, command: cmd.type }, field);
}

function speech(cmd: InquiryCommand, text: string, field: string, policy: Policy): RuleViolation | undefined {
  const phrase = findForbiddenPhrase(text, policy);
  return phrase === undefined ? undefined : violation('FORBIDDEN_PHRASE', { phrase, command: cmd.type }, field);
}

function hasContact(state: OpenRuleState): boolean {
  return state.requester.contact !== undefined && isVisibleText(state.requester.contact);
}
