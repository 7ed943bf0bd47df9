import { isDeepStrictEqual } from 'node:util';
import * as E from 'fp-ts/Either';
import type * as fc from 'fast-check';
import type { InquiryCommand } from '../../src/inquiry/commands';
import { decide } from '../../src/inquiry/decide';
import type { Channel, HandoverReason, InquiryEvent, InquiryEventType, LiabilityParty } from '../../src/inquiry/events';
import { evolve } from '../../src/inquiry/evolve';
import { findForbiddenPhrase, type Policy } from '../../src/policy/policy';
import type { Staff } from '../../src/inquiry/staff';
import type { InquiryState } from '../../src/inquiry/state';
import type { ViolationCode } from '../../src/inquiry/violations';
import { INQUIRY_ID } from './commands';
import { absentElectrician, clerk, director, gardener, guard, manager, plumber } from './staff';
import { T0 } from './time';

/**
 * A model of the first-inquiry rules, written independently of `decide`, for model-based property
 * tests: random steps by random actors are run against both, and they must agree after every step.
 * The model is deliberately small: who is responsible, whether the inquiry is open, and the few
 * facts the rules look at (contact, clarity, escalation, liability, time).
 */

// the people

/** A staff member who is at their post but has no usable name: handovers to them are refused (FI-07). */
export const nameless: Staff = { id: 's-900', name: '  ', department: 'temporary', onDuty: true };

/**
 * The guard's id with a trailing space: the same person under a second id, were it accepted.
 * Every person named under it is refused (STAFF_NOT_IDENTIFIED, src/identity.ts).
 */
export const spacedTwin: Staff = { ...guard, id: `${guard.id} ` };

/** A leader who is not at their post tonight. */
export const nightManager: Staff = { id: 'm-003', name: 'Sun Li', department: 'management', onDuty: false, leader: true };

/** A second off-duty staff member. */
export const offDutyClerk: Staff = { id: 's-202', name: 'He Yun', department: 'customer-service', employeeNo: 'C-0202', onDuty: false };

/**
 * The staff of the model-based tests: on-duty staff of several departments (some with employee
 * numbers), off-duty staff, leaders (one off duty), and one nameless record.
 */
export const STAFF_POOL = {
  onDuty: [guard, plumber, clerk, gardener],
  offDuty: [absentElectrician, offDutyClerk],
  leaders: [manager, director, nightManager],
  nameless,
  spacedTwin,
} as const;

const everyone: readonly Staff[] = [...STAFF_POOL.onDuty, ...STAFF_POOL.offDuty, ...STAFF_POOL.leaders, nameless, spacedTwin];

function staffById(id: string): Staff {
  const staff = everyone.find((s) => s.id === id);
  if (staff === undefined) throw new Error(`bug: ${id} is not in the staff pool`);
  return staff;
}

// steps

/** A text of a known kind: the model predicts refusals from the kind, not by matching the text. */
export interface Text {
  readonly kind: 'ok' | 'blank' | 'forbidden';
  readonly value: string;
}

/** Who acts, resolved against the model when the step runs (the responsible person changes as it goes). */
export type ActorRole = 'responsible' | 'colleague' | 'off-duty' | 'leader' | 'escalated-leader';

/** Whom an act names (receiver, leader, handler), resolved against the model when the step runs. */
export type TargetRole = 'colleague' | 'off-duty' | 'leader' | 'self' | 'named-handler' | 'nameless' | 'spaced-twin';

/** The act of one step, with its parameters. `Garbage` is a real command with one part broken. */
export type Act =
  | {
      readonly type: 'ReceiveInquiry';
      readonly channel: Channel;
      readonly category: string;
      readonly intent: Text;
      readonly intentClear?: boolean;
      readonly announce: 'name' | 'employeeNo' | 'other' | 'nothing';
      readonly greeting?: Text;
      readonly contact?: Text;
    }
  | { readonly type: 'ClarifyInquiry'; readonly intent: Text; readonly contact?: Text }
  | { readonly type: 'RecordContact'; readonly contact: Text }
  | { readonly type: 'TransferInquiry'; readonly to: TargetRole; readonly note: Text; readonly reason: HandoverReason }
  | { readonly type: 'EscalateInquiry'; readonly leader: TargetRole; readonly question: Text; readonly absentHandler: boolean }
  | { readonly type: 'NameHandler'; readonly handler: TargetRole }
  | { readonly type: 'NotifyMissingMaterials'; readonly items: readonly Text[]; readonly message: Text }
  | { readonly type: 'PromiseReply'; readonly deadlineMinutes: number; readonly explanation: Text }
  | { readonly type: 'FollowUp'; readonly note: Text }
  | { readonly type: 'ReplyToRequester'; readonly message: Text }
  | { readonly type: 'ClassifyLiability'; readonly party: LiabilityParty; readonly note: Text }
  | { readonly type: 'DeclineDemand'; readonly demand: Text; readonly explanation: Text }
  | { readonly type: 'ResolveInquiry'; readonly summary: Text }
  | { readonly type: 'ReopenInquiry'; readonly reason: Text; readonly announce: 'name' | 'employeeNo' | 'other' | 'nothing' }
  | { readonly type: 'RecordMaterialsReceived' }
  | { readonly type: 'ReassignInquiry'; readonly to: TargetRole; readonly reason: Text }
  | { readonly type: 'Garbage'; readonly of: Exclude<Act, { type: 'Garbage' }>; readonly breakage: Breakage };

/** How a garbage step breaks an otherwise real command. */
export type Breakage = 'no-data' | 'unknown-type' | 'time-without-zone' | 'blank-actor-id' | 'actor-not-an-object' | 'not-an-object';

/**
 * One generated step: an act, who does it (`pick` chooses among staff of that role), how many
 * minutes after the last act it happens (negative: time going backwards), and whether it names
 * another inquiry by mistake.
 */
export interface Step {
  readonly act: Act;
  readonly actor: ActorRole;
  readonly pick: number;
  readonly minutes: number;
  readonly otherInquiry: boolean;
}

// model

/** What the model knows about the inquiry. */
export interface OwnershipModel {
  status: 'none' | 'open' | 'closed';
  responsible: string | null;
  lastAt: number;
  category: string;
  intentClear: boolean;
  hasContact: boolean;
  escalatedTo: string | null;
  namedHandler: string | null;
  liability: boolean;
  /** Missing materials told and not yet received (FI-05/FI-06). */
  materialsOutstanding: boolean;
  stages: number;
}

/** The system under test: the state folded so far and the events accepted so far. */
export interface OwnershipReal {
  state: InquiryState;
  readonly events: InquiryEvent[];
  readonly policy: Policy;
}

/** The model before anything is received. */
export function initialModel(): OwnershipModel {
  return {
    status: 'none',
    responsible: null,
    lastAt: Date.parse(T0),
    category: '',
    intentClear: true,
    hasContact: false,
    escalatedTo: null,
    namedHandler: null,
    liability: false,
    materialsOutstanding: false,
    stages: 0,
  };
}

const EVENT_OF: Readonly<Record<Exclude<Act['type'], 'Garbage'>, InquiryEventType>> = {
  ReceiveInquiry: 'InquiryReceived',
  ClarifyInquiry: 'InquiryClarified',
  RecordContact: 'ContactRecorded',
  TransferInquiry: 'InquiryTransferred',
  EscalateInquiry: 'InquiryEscalated',
  NameHandler: 'HandlerNamed',
  NotifyMissingMaterials: 'MissingMaterialsNotified',
  PromiseReply: 'ReplyPromised',
  FollowUp: 'FollowedUp',
  ReplyToRequester: 'RequesterReplied',
  ClassifyLiability: 'LiabilityClassified',
  DeclineDemand: 'DemandDeclined',
  ResolveInquiry: 'InquiryResolved',
  ReopenInquiry: 'InquiryReopened',
  ReassignInquiry: 'ResponsibilityReassigned',
  RecordMaterialsReceived: 'MaterialsReceived',
};

/** Whose scope each default category is in (FI-07), restated from the default policy. */
const SCOPE: Readonly<Record<string, string>> = {
  'emergency-repair': 'engineering',
  repair: 'engineering',
  enquiry: 'customer-service',
  complaint: 'customer-service',
  'renovation-permit': 'customer-service',
  other: 'customer-service',
};

/** The only events that may change who is responsible (FI-02), besides the first receipt. */
const HAND_ONS: readonly InquiryEventType[] = ['InquiryTransferred', 'ResponsibilityReassigned', 'InquiryReopened'];

function pickFrom<T>(list: readonly T[], pick: number): T {
  const item = list[pick % list.length];
  if (item === undefined) throw new Error('bug: empty staff list');
  return item;
}

function actorOf(step: Step, model: OwnershipModel): Staff {
  switch (step.actor) {
    case 'responsible':
      return model.responsible === null ? pickFrom(STAFF_POOL.onDuty, step.pick) : staffById(model.responsible);
    case 'colleague':
      return pickFrom(STAFF_POOL.onDuty, step.pick);
    case 'off-duty':
      return pickFrom(STAFF_POOL.offDuty, step.pick);
    case 'leader':
      return pickFrom(STAFF_POOL.leaders, step.pick);
    case 'escalated-leader':
      return model.escalatedTo === null ? pickFrom(STAFF_POOL.leaders, step.pick) : staffById(model.escalatedTo);
  }
}

function targetOf(role: TargetRole, pick: number, model: OwnershipModel): Staff {
  switch (role) {
    case 'colleague':
      return pickFrom(STAFF_POOL.onDuty, pick + 1);
    case 'off-duty':
      return pickFrom(STAFF_POOL.offDuty, pick);
    case 'leader':
      return pickFrom(STAFF_POOL.leaders, pick + 1);
    case 'self':
      return model.responsible === null ? pickFrom(STAFF_POOL.onDuty, pick) : staffById(model.responsible);
    case 'named-handler':
      return model.namedHandler === null ? pickFrom(STAFF_POOL.onDuty, pick + 2) : staffById(model.namedHandler);
    case 'nameless':
      return nameless;
    case 'spaced-twin':
      return spacedTwin;
  }
}

const blank = (text: Text): boolean => text.kind === 'blank';
const forbidden = (text: Text): boolean => text.kind === 'forbidden';

/** A command and the refusal codes the model considers justified (none: it must be accepted). */
interface Prediction {
  readonly command: InquiryCommand;
  readonly refusals: ReadonlySet<ViolationCode>;
  readonly at: number;
}

/**
 * Builds the step's command against the model and predicts the outcome: the set of every refusal
 * code the command deserves. `decide` must accept when the set is empty and otherwise refuse with
 * one of its codes (which one is `decide`'s choice of order, not a rule).
 */
export function predict(step: Step, model: OwnershipModel): Prediction {
  const act = step.act.type === 'Garbage' ? step.act.of : step.act;
  const actor = actorOf(step, model);
  const at = model.lastAt + step.minutes * 60_000;
  const inquiryId = step.otherInquiry && act.type !== 'ReceiveInquiry' ? 'INQ-OTHER' : INQUIRY_ID;
  const data = { inquiryId, at: new Date(at).toISOString(), actor };
  const codes = new Set<ViolationCode>();
  const refuse = (when: boolean, code: ViolationCode) => {
    if (when) codes.add(code);
  };
  const command = buildCommand(act, data, step.pick, model);

  if (step.act.type === 'Garbage') return { command: breakCommand(command, step.act.breakage), refusals: new Set(['INVALID_COMMAND']), at };

  // Every person the command names must be identifiable: a receiver with no visible name is a
  // handover to nobody (FI-07); any other unusable id or name is refused before anything else.
  const target = targetOfAct(act, step.pick, model);
  const receiver = act.type === 'TransferInquiry' || act.type === 'ReassignInquiry' || act.type === 'NameHandler';
  if (target !== undefined && target.name.trim() === '' && receiver)
    return { command, refusals: new Set(['HANDOVER_RECEIVER_REQUIRED']), at };
  if (target !== undefined && (target.name.trim() === '' || target.id !== target.id.trim()))
    return { command, refusals: new Set(['STAFF_NOT_IDENTIFIED']), at };

  if (act.type === 'ReceiveInquiry') {
    if (model.status !== 'none') return { command, refusals: new Set(['INQUIRY_ALREADY_RECEIVED']), at };
    refuse(!KNOWN_CATEGORIES.includes(act.category), 'UNKNOWN_CATEGORY');
    refuse(blank(act.intent), 'INTENT_REQUIRED');
    refuse(
      act.announce === 'other' || act.announce === 'nothing' || (act.announce === 'employeeNo' && actor.employeeNo === undefined),
      'IDENTITY_NOT_ANNOUNCED',
    );
    refuse(act.greeting !== undefined && forbidden(act.greeting), 'FORBIDDEN_PHRASE');
    return { command, refusals: codes, at };
  }
  if (model.status === 'none') return { command, refusals: new Set(['INQUIRY_NOT_FOUND']), at };
  if (step.otherInquiry) return { command, refusals: new Set(['INQUIRY_MISMATCH']), at };
  refuse(at < model.lastAt, 'TIME_WENT_BACKWARDS');
  if (act.type === 'ReopenInquiry') {
    refuse(model.status === 'open', 'INQUIRY_NOT_CLOSED');
    refuse(blank(act.reason), 'TEXT_REQUIRED');
    refuse(
      act.announce === 'other' || act.announce === 'nothing' || (act.announce === 'employeeNo' && actor.employeeNo === undefined),
      'IDENTITY_NOT_ANNOUNCED',
    );
    return { command, refusals: codes, at };
  }
  if (model.status === 'closed') {
    codes.add('INQUIRY_CLOSED');
    return { command, refusals: codes, at };
  }
  const leaderOnly = act.type === 'NameHandler' || act.type === 'ReassignInquiry';
  refuse(!leaderOnly && actor.id !== model.responsible, 'NOT_RESPONSIBLE');
  const unclearWithoutContact = !model.intentClear && !model.hasContact;
  switch (act.type) {
    case 'ClarifyInquiry':
      refuse(blank(act.intent), 'INTENT_REQUIRED');
      refuse(act.contact !== undefined && blank(act.contact), 'TEXT_REQUIRED');
      break;
    case 'RecordContact':
      refuse(blank(act.contact), 'TEXT_REQUIRED');
      break;
    case 'TransferInquiry': {
      const to = targetOf(act.to, step.pick, model);
      refuse(to.name.trim() === '', 'HANDOVER_RECEIVER_REQUIRED');
      refuse(to.id === model.responsible, 'HANDOVER_TO_SELF');
      refuse(blank(act.note), 'HANDOVER_NOTE_REQUIRED');
      refuse(!to.onDuty, 'HANDLER_OFF_DUTY');
      refuse(act.reason === 'deferred' && !model.hasContact, 'CONTACT_REQUIRED_FOR_DEFERRAL');
      refuse(act.reason === 'named-handler' && model.namedHandler !== to.id, 'NAMED_HANDLER_REQUIRED');
      refuse(unclearWithoutContact, 'CONTACT_REQUIRED_FOR_UNCLEAR');
      // 推诿: "out of scope" from someone whose department the category is in (FI-10), or to
      // someone whose department it is not (FI-07).
      refuse(act.reason === 'out-of-scope' && SCOPE[model.category] === actor.department, 'HANDOVER_WITHIN_OWN_SCOPE');
      refuse(act.reason === 'out-of-scope' && SCOPE[model.category] !== to.department, 'RECEIVER_NOT_COMPETENT');
      break;
    }
    case 'RecordMaterialsReceived':
      refuse(!model.materialsOutstanding, 'NO_MATERIALS_OUTSTANDING');
      break;
    case 'EscalateInquiry':
      // FI-08: asking a leader is asking someone else.
      refuse(targetOf(act.leader, step.pick, model).id === actor.id, 'ESCALATION_TO_SELF');
      refuse(targetOf(act.leader, step.pick, model).leader !== true, 'NOT_A_LEADER');
      refuse(blank(act.question), 'TEXT_REQUIRED');
      refuse(unclearWithoutContact, 'CONTACT_REQUIRED_FOR_UNCLEAR');
      break;
    case 'NameHandler': {
      const handler = targetOf(act.handler, step.pick, model);
      refuse(actor.leader !== true, 'NOT_A_LEADER');
      refuse(model.escalatedTo !== actor.id, 'NOT_ESCALATED_TO_ACTOR');
      refuse(handler.name.trim() === '', 'HANDOVER_RECEIVER_REQUIRED');
      refuse(!handler.onDuty, 'HANDLER_OFF_DUTY');
      break;
    }
    case 'NotifyMissingMaterials':
      refuse(act.items.length === 0 || act.items.some(blank), 'NOTICE_ITEMS_REQUIRED');
      refuse(blank(act.message), 'TEXT_REQUIRED');
      refuse(forbidden(act.message) || act.items.some(forbidden), 'FORBIDDEN_PHRASE');
      break;
    case 'PromiseReply':
      refuse(act.deadlineMinutes <= 0, 'PROMISE_DEADLINE_REQUIRED');
      refuse(blank(act.explanation), 'PROMISE_EXPLANATION_REQUIRED');
      refuse(forbidden(act.explanation), 'FORBIDDEN_PHRASE');
      refuse(unclearWithoutContact, 'CONTACT_REQUIRED_FOR_UNCLEAR');
      break;
    case 'FollowUp':
      refuse(blank(act.note), 'TEXT_REQUIRED');
      break;
    case 'ReplyToRequester':
      refuse(blank(act.message), 'TEXT_REQUIRED');
      refuse(forbidden(act.message), 'FORBIDDEN_PHRASE');
      break;
    case 'ClassifyLiability':
      refuse(blank(act.note), 'TEXT_REQUIRED');
      break;
    case 'DeclineDemand':
      refuse(blank(act.demand), 'TEXT_REQUIRED');
      refuse(blank(act.explanation), 'DECLINE_EXPLANATION_REQUIRED');
      refuse(forbidden(act.explanation), 'FORBIDDEN_PHRASE');
      refuse(REPAIR_CATEGORIES.includes(model.category) && !model.liability, 'LIABILITY_NOT_CLASSIFIED');
      break;
    case 'ResolveInquiry':
      refuse(blank(act.summary), 'TEXT_REQUIRED');
      refuse(forbidden(act.summary), 'FORBIDDEN_PHRASE');
      refuse(REPAIR_CATEGORIES.includes(model.category) && !model.liability, 'LIABILITY_NOT_CLASSIFIED');
      break;
    case 'ReassignInquiry': {
      const to = targetOf(act.to, step.pick, model);
      refuse(actor.leader !== true, 'NOT_A_LEADER');
      // A leader who holds the matter hands it over like anyone else (FI-07).
      refuse(actor.id === model.responsible, 'REASSIGNMENT_OF_OWN_MATTER');
      refuse(to.name.trim() === '', 'HANDOVER_RECEIVER_REQUIRED');
      refuse(to.id === model.responsible, 'HANDOVER_TO_SELF');
      refuse(!to.onDuty, 'HANDLER_OFF_DUTY');
      refuse(blank(act.reason), 'TEXT_REQUIRED');
      // FI-15 holds however the matter changes hands.
      refuse(unclearWithoutContact, 'CONTACT_REQUIRED_FOR_UNCLEAR');
      break;
    }
  }
  return { command, refusals: codes, at };
}

/** Categories of the default policy, and the ones that need a liability decision (FI-12). */
export const KNOWN_CATEGORIES: readonly string[] = ['emergency-repair', 'repair', 'enquiry', 'complaint', 'renovation-permit', 'other'];
const REPAIR_CATEGORIES: readonly string[] = ['emergency-repair', 'repair'];

function buildCommand(
  act: Exclude<Act, { type: 'Garbage' }>,
  data: { readonly inquiryId: string; readonly at: string; readonly actor: Staff },
  pick: number,
  model: OwnershipModel,
): InquiryCommand {
  const at = Date.parse(data.at);
  const announcement = (announce: 'name' | 'employeeNo' | 'other' | 'nothing') => {
    const other = pickFrom(
      everyone.filter((s) => s.id !== data.actor.id && s.name !== data.actor.name),
      pick,
    );
    return {
      name: { name: data.actor.name },
      employeeNo: { employeeNo: data.actor.employeeNo ?? 'X-0000' },
      other: { name: other.name },
      nothing: {},
    }[announce];
  };
  switch (act.type) {
    case 'ReceiveInquiry': {
      const announced = announcement(act.announce);
      return {
        type: act.type,
        data: {
          ...data,
          channel: act.channel,
          category: act.category,
          intent: act.intent.value,
          announced,
          requester: act.contact === undefined ? { name: 'Requester' } : { name: 'Requester', contact: act.contact.value },
          ...(act.intentClear === undefined ? {} : { intentClear: act.intentClear }),
          ...(act.greeting === undefined ? {} : { greeting: act.greeting.value }),
        },
      };
    }
    case 'ClarifyInquiry':
      return {
        type: act.type,
        data: { ...data, intent: act.intent.value, ...(act.contact === undefined ? {} : { contact: act.contact.value }) },
      };
    case 'RecordContact':
      return { type: act.type, data: { ...data, contact: act.contact.value } };
    case 'TransferInquiry':
      return { type: act.type, data: { ...data, to: targetOf(act.to, pick, model), note: act.note.value, reason: act.reason } };
    case 'EscalateInquiry':
      return {
        type: act.type,
        data: {
          ...data,
          leader: targetOf(act.leader, pick, model),
          question: act.question.value,
          ...(act.absentHandler ? { absentHandler: pickFrom(STAFF_POOL.offDuty, pick) } : {}),
        },
      };
    case 'NameHandler':
      return { type: act.type, data: { ...data, handler: targetOf(act.handler, pick, model) } };
    case 'NotifyMissingMaterials':
      return { type: act.type, data: { ...data, items: act.items.map((i) => i.value), message: act.message.value } };
    case 'PromiseReply':
      return {
        type: act.type,
        data: { ...data, deadline: new Date(at + act.deadlineMinutes * 60_000).toISOString(), explanation: act.explanation.value },
      };
    case 'FollowUp':
      return { type: act.type, data: { ...data, note: act.note.value } };
    case 'ReplyToRequester':
      return { type: act.type, data: { ...data, message: act.message.value } };
    case 'ClassifyLiability':
      return { type: act.type, data: { ...data, party: act.party, note: act.note.value } };
    case 'DeclineDemand':
      return { type: act.type, data: { ...data, demand: act.demand.value, explanation: act.explanation.value } };
    case 'ResolveInquiry':
      return { type: act.type, data: { ...data, summary: act.summary.value } };
    case 'ReopenInquiry':
      return { type: act.type, data: { ...data, reason: act.reason.value, announced: announcement(act.announce) } };
    case 'RecordMaterialsReceived':
      return { type: act.type, data: { ...data } };
    case 'ReassignInquiry':
      return { type: act.type, data: { ...data, to: targetOf(act.to, pick, model), reason: act.reason.value } };
  }
}

function breakCommand(command: InquiryCommand, breakage: Breakage): InquiryCommand {
  const broken: unknown = {
    'no-data': { type: command.type },
    'unknown-type': { ...command, type: `${command.type}Now` },
    'time-without-zone': { ...command, data: { ...command.data, at: command.data.at.slice(0, 19) } },
    'blank-actor-id': { ...command, data: { ...command.data, actor: { ...command.data.actor, id: ' ' } } },
    'actor-not-an-object': { ...command, data: { ...command.data, actor: command.data.actor.id } },
    'not-an-object': command.type,
  }[breakage];
  return broken as InquiryCommand;
}

function learn(model: OwnershipModel, act: Exclude<Act, { type: 'Garbage' }>, actor: Staff, target: Staff | undefined, at: number): void {
  model.lastAt = at;
  switch (act.type) {
    case 'ReceiveInquiry':
      Object.assign(model, {
        status: 'open',
        responsible: actor.id,
        category: act.category,
        intentClear: act.intentClear ?? true,
        hasContact: act.contact !== undefined && !blank(act.contact),
        stages: 1,
      });
      return;
    case 'ClarifyInquiry':
      model.intentClear = true;
      if (act.contact !== undefined) model.hasContact = true;
      return;
    case 'RecordContact':
      model.hasContact = true;
      return;
    case 'TransferInquiry':
    case 'ReassignInquiry':
      model.responsible = target?.id ?? null;
      model.escalatedTo = null;
      model.namedHandler = null;
      model.stages += 1;
      return;
    case 'EscalateInquiry':
      model.escalatedTo = target?.id ?? null;
      model.namedHandler = null;
      return;
    case 'NameHandler':
      model.namedHandler = target?.id ?? null;
      return;
    case 'ClassifyLiability':
      model.liability = true;
      return;
    case 'NotifyMissingMaterials':
      model.materialsOutstanding = true;
      return;
    case 'RecordMaterialsReceived':
      model.materialsOutstanding = false;
      return;
    case 'ResolveInquiry':
    case 'DeclineDemand':
      Object.assign(model, { status: 'closed', responsible: null, escalatedTo: null, namedHandler: null });
      return;
    case 'ReopenInquiry':
      Object.assign(model, { status: 'open', responsible: actor.id, stages: model.stages + 1 });
      return;
    default:
  }
}

function targetOfAct(act: Exclude<Act, { type: 'Garbage' }>, pick: number, model: OwnershipModel): Staff | undefined {
  switch (act.type) {
    case 'TransferInquiry':
    case 'ReassignInquiry':
      return targetOf(act.to, pick, model);
    case 'EscalateInquiry':
      return targetOf(act.leader, pick, model);
    case 'NameHandler':
      return targetOf(act.handler, pick, model);
    default:
      return undefined;
  }
}

// invariants

function fail(message: string, details: unknown): never {
  throw new Error(`${message}\n${JSON.stringify(details, null, 2)}`);
}

/**
 * The invariants of every reachable state (FI-02, FI-09): exactly one responsible person while
 * open and none once closed; stages indexed 0..n-1 with only the last one open while open; each
 * stage starts when the previous one ended (a reopened stage starts after the closure it follows).
 */
export function checkInvariants(state: InquiryState): void {
  if (state.status === 'none') return;
  const stages = state.stages;
  if (stages.length === 0) fail('a received inquiry has no stage', state);
  stages.forEach((stage, i) => {
    if (stage.index !== i) fail(`stage ${i} has index ${stage.index}`, stages);
    const last = i === stages.length - 1;
    if (!last && (stage.to === undefined || stage.endedBy === undefined)) fail(`stage ${i} is not the last but is still open`, stages);
    if ((stage.startedBy === 'received') !== (i === 0)) fail(`stage ${i} started by ${stage.startedBy}`, stages);
    const previous = stages[i - 1];
    if (previous === undefined) {
      if (stage.from !== state.receivedAt) fail('the first stage does not start at receipt', state);
      return;
    }
    if (stage.startedBy === 'reopened') {
      if (previous.endedBy !== 'resolved' && previous.endedBy !== 'declined')
        fail(`stage ${i} reopened an inquiry that was not closed`, stages);
      if (Date.parse(stage.from) < Date.parse(previous.to ?? '')) fail(`stage ${i} reopened before the closure`, stages);
    } else {
      if (stage.from !== previous.to) fail(`stage ${i} does not start when stage ${i - 1} ended`, stages);
      if (stage.startedBy !== previous.endedBy)
        fail(`stage ${i} started by ${stage.startedBy} but stage ${i - 1} ended by ${previous.endedBy}`, stages);
    }
  });
  const current = stages[stages.length - 1];
  if (state.status === 'open') {
    if (current?.to !== undefined) fail('the inquiry is open but its last stage is closed', state);
    if (!isDeepStrictEqual(state.responsible, current?.holder)) fail('the responsible person is not the holder of the open stage', state);
  } else {
    if (state.responsible !== null) fail('a closed inquiry still has a responsible person', state);
    if (current?.endedBy !== state.outcome) fail('the last stage of a closed inquiry does not end with its outcome', state);
  }
}

/** Every text an event says to the requester (FI-10); internal notes are not among them. */
export function textsToTheRequester(event: InquiryEvent): readonly string[] {
  switch (event.type) {
    case 'InquiryReceived':
      return event.data.greeting === undefined ? [] : [event.data.greeting];
    case 'MissingMaterialsNotified':
      return [event.data.message, ...event.data.items];
    case 'ReplyPromised':
    case 'DemandDeclined':
      return [event.data.explanation];
    case 'RequesterReplied':
      return [event.data.message];
    case 'InquiryResolved':
      return [event.data.summary];
    default:
      return [];
  }
}

// the step as a fast-check command

/**
 * One step of the model-based test as a fast-check command: decide the step's command against
 * the real state, compare with the model's prediction, apply accepted events to both, and check
 * every invariant.
 */
export class OwnershipStep implements fc.Command<OwnershipModel, OwnershipReal> {
  constructor(readonly step: Step) {}

  check(): boolean {
    return true;
  }

  run(model: OwnershipModel, real: OwnershipReal): void {
    const { command, refusals, at } = predict(this.step, model);
    const before = real.state;
    const snapshot = structuredClone(before);
    const result = decide(command, before, real.policy);
    if (E.isLeft(result)) {
      if (refusals.size === 0)
        fail(`decide refused what the model accepts: ${result.left.code}`, { step: this.step, refusal: result.left });
      if (!refusals.has(result.left.code))
        fail(`decide refused with ${result.left.code}; the model expected one of ${[...refusals].join(', ')}`, {
          step: this.step,
          refusal: result.left,
        });
      if (!isDeepStrictEqual(before, snapshot)) fail('a refused command changed the state', { step: this.step });
      return;
    }
    if (refusals.size > 0)
      fail(`decide accepted what the model refuses (${[...refusals].join(', ')})`, { step: this.step, events: result.right });
    const act = this.step.act.type === 'Garbage' ? fail('bug: garbage was accepted', this.step) : this.step.act;
    const [event, ...rest] = result.right;
    if (event === undefined || rest.length > 0) fail('an accepted command must produce exactly one event', result.right);
    if (event.type !== EVENT_OF[act.type]) fail(`${act.type} produced ${event.type}`, event);
    for (const text of textsToTheRequester(event)) {
      if (findForbiddenPhrase(text, real.policy) !== undefined) fail('an event says a forbidden phrase to the requester', event);
    }
    const after = evolve(before, event);
    const wasResponsible = before.status === 'open' ? before.responsible.id : null;
    const isResponsible = after.status === 'open' ? after.responsible.id : null;
    if (wasResponsible !== null && isResponsible !== null && wasResponsible !== isResponsible && !HAND_ONS.includes(event.type)) {
      fail(`responsibility moved by ${event.type}`, event);
    }
    if (wasResponsible === null && isResponsible !== null && event.type !== 'InquiryReceived' && event.type !== 'InquiryReopened') {
      fail(`responsibility was taken up by ${event.type}`, event);
    }
    learn(model, act, actorOf(this.step, model), targetOfAct(act, this.step.pick, model), at);
    real.state = after;
    real.events.push(event);
    checkInvariants(after);
    const seen = {
      status: after.status,
      responsible: isResponsible,
      stages: after.status === 'none' ? 0 : after.stages.length,
      lastAt: after.status === 'none' ? model.lastAt : Date.parse(after.lastAt),
    };
    const expected = { status: model.status, responsible: model.responsible, stages: model.stages, lastAt: model.lastAt };
    if (!isDeepStrictEqual(seen, expected)) fail('the state and the model disagree', { expected, seen, event });
  }

  toString(): string {
    const act = this.step.act.type === 'Garbage' ? `Garbage(${this.step.act.of.type}, ${this.step.act.breakage})` : this.step.act.type;
    return `${act} by ${this.step.actor}#${this.step.pick} at ${this.step.minutes >= 0 ? '+' : ''}${this.step.minutes}min${this.step.otherInquiry ? ' (other inquiry)' : ''}`;
  }
}
