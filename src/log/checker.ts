import type { InquiryCommand } from '../inquiry/commands';
import type { InquiryEvent, InquiryReceived, InquiryTransferred, LiabilityParty, MaterialsReceived } from '../inquiry/events';
import { refusalOf, type RuleFacts, type RuleState } from '../inquiry/decide';
import { effectOf, isReceipt, skipReason, type Outcome } from '../inquiry/lifecycle';
import { defaultPolicy, type Policy } from '../policy/policy';
import { initialState } from '../inquiry/state';
import type { RuleViolation, ViolationCode, ViolationParams } from '../inquiry/violations';
import { commandForEvent, recordOnlyRefusal } from './command';
import { RECORD_PROBLEM_RULES, type RecordProblemCode } from './problem';
import { recordProblemMessage } from './problem-messages';

// model

/**
 * A streaming history checker: feed it a log's events in order, one at a time, and it says which
 * would have been refused (see {@link checkEvent}). Each event is checked by `decide`'s own rules
 * (on the command behind it) against a compact record per inquiry that holds only what those rules
 * read, folded by the lifecycle (`effectOf`, `skipReason`); a closed inquiry keeps only what a
 * reopening or a late event needs. An event the rules accept must also hold what `decide` copies
 * into it from the inquiry's state (a handover's intent, the materials received): where it holds
 * something else, `decide` would never have recorded it so, and the answer is a problem with a
 * `RecordProblemCode`. Memory grows with the inquiries (some 200 bytes each), not with the length
 * of the log.
 *
 * @category history
 * @since 0.1.0
 */
export interface HistoryChecker {
  /**
   * Checks the next event of the log and folds it in; returns the refusal, if any. A record
   * problem comes in the same shape, its `code` a `RecordProblemCode` (`HANDOVER_INTENT_MISMATCH`,
   * `MATERIALS_ITEMS_MISMATCH`) rather than a `ViolationCode`, worded by `formatHistoryProblem`.
   */
  readonly check: (event: InquiryEvent) => RuleViolation | undefined;
  /** Counts so far. */
  readonly stats: () => HistoryCheckStats;
}

/**
 * What a {@link HistoryChecker} has seen so far: events checked, distinct inquiries (received or
 * not), and inquiries open right now.
 *
 * @category history
 * @since 0.1.0
 */
export interface HistoryCheckStats {
  readonly events: number;
  readonly inquiries: number;
  readonly open: number;
}

/**
 * Options of {@link createHistoryChecker}: the policy `decide` checks against (forbidden phrases,
 * known categories, liability rules).
 *
 * @category history
 * @since 0.1.0
 */
export interface HistoryCheckerOptions {
  readonly policy?: Policy;
}

// constructors

/**
 * Creates a {@link HistoryChecker}. One pass per event: the rules of `decide` on the command behind
 * it (not validated again: the event was), then, if they accept it, the fields `decide` would have
 * copied from the compact record (for a handover and a record of materials received only), then
 * the lifecycle's effect on the inquiry's compact record. Its refusals are exactly those of
 * {@link checkEvent} with `evolve`, event by event (property-tested); the record problems are its
 * own.
 *
 * @example
 * import { createHistoryChecker } from 'first-inquiry/log';
 * const checker = createHistoryChecker();
 * const refusal = checker.check({
 *   type: 'InquiryResolved',
 *   data: { schemaVersion: 1, inquiryId: 'INQ-404', at: '2026-05-04T10:00:00+08:00',
 *     by: { id: 's-017', name: 'Wang Wei', department: 'security' }, summary: 'Done' },
 * });
 * refusal?.code; // 'INQUIRY_NOT_FOUND'
 *
 * @category history
 * @since 0.1.0
 */
export function createHistoryChecker(options: HistoryCheckerOptions = {}): HistoryChecker {
  const policy = options.policy ?? defaultPolicy;
  const records = new Map<string, Facts>();
  const neverReceived = new Set<string>();
  const strings = new Shared();
  const none = initialState();
  let events = 0;
  let open = 0;
  return {
    check(event) {
      events += 1;
      const id = event.data.inquiryId;
      const facts = records.get(id);
      const command = commandForEvent(event);
      const refusal =
        refusalOf(command, facts === undefined ? none : facts.rules(), policy) ??
        recordOnlyRefusal(event) ??
        (facts === undefined ? undefined : recordProblemOf(event, command, facts));
      if (facts === undefined) {
        if (isReceipt(event)) {
          records.set(id, Facts.received(event, strings));
          neverReceived.delete(id);
          open += 1;
        } else {
          neverReceived.add(id);
        }
      } else if (!isReceipt(event)) {
        const wasOpen = facts.status === 'open';
        facts.apply(event, strings);
        if (wasOpen !== (facts.status === 'open')) open += wasOpen ? -1 : 1;
      }
      return refusal;
    },
    stats: () => ({ events, inquiries: records.size + neverReceived.size, open }),
  };
}

/**
 * Whether an event the rules accept holds what `decide` copies into it from the inquiry's state
 * rather than from the command (its `eventOf`): a handover's `intent` is the intent on record, and
 * a record of materials received lists the items outstanding. `undefined` when it does, else the
 * problem, in the shape of a refusal, its code a {@link RecordProblemCode}. Only these two acts are
 * looked at; `command` is the one behind the event ({@link commandForEvent}), `facts` the inquiry's
 * before it (any {@link RuleFacts}: the checker's compact record or a full state). The items are
 * compared as a set: their order and a repetition say nothing about the paperwork.
 *
 * @example
 * import { recordProblemOf } from './checker'; // internal: the checker and its tests
 * // recordProblemOf(transferEvent, commandForEvent(transferEvent), stateBefore)?.code → 'HANDOVER_INTENT_MISMATCH'
 *
 * @internal
 */
export function recordProblemOf(event: InquiryEvent, command: InquiryCommand, facts: RuleFacts): RuleViolation | undefined {
  // commandForEvent maps each event type to its own command type, so the command names the event.
  switch (command.type) {
    case 'TransferInquiry': {
      const recorded = (event as InquiryTransferred).data.intent;
      if (recorded === facts.intent) return undefined;
      return recordProblem(
        'HANDOVER_INTENT_MISMATCH',
        { inquiry: facts.inquiryId, recorded: clip(recorded), onRecord: clip(facts.intent), field: 'data.intent' },
        'data.intent',
      );
    }
    case 'RecordMaterialsReceived': {
      const recorded = (event as MaterialsReceived).data.items;
      const outstanding = facts.missingItems;
      const notOutstanding = recorded.filter((item) => !outstanding.includes(item));
      const notListed = outstanding.filter((item) => !recorded.includes(item));
      if (notOutstanding.length === 0 && notListed.length === 0) return undefined;
      return recordProblem(
        'MATERIALS_ITEMS_MISMATCH',
        {
          inquiry: facts.inquiryId,
          recordedItems: clipList(recorded),
          outstanding: clipList(outstanding),
          notOutstanding: clipList(notOutstanding.filter((item, i) => notOutstanding.indexOf(item) === i)),
          notListed: clipList(notListed),
          field: 'data.items',
        },
        'data.items',
      );
    }
    default:
      return undefined;
  }
}

// A record problem in the shape of a refusal: checkEventLog words it as one (code, rule, message,
// params, the event), and formatHistoryProblem knows its code. Its code is not a ViolationCode
// (decide refuses no command for it: it would have recorded the event otherwise), hence the cast.
function recordProblem(code: RecordProblemCode, params: ViolationParams, field: string): RuleViolation {
  return {
    _tag: 'RuleViolation',
    code: code as string as ViolationCode,
    rule: RECORD_PROBLEM_RULES[code],
    message: recordProblemMessage(code, params, 'en'),
    params,
    field,
  };
}

// Recorded texts are quoted in a message up to this many characters, a longer one cut with '…'.
const QUOTED_CHARACTERS = 60;

function clip(text: string): string {
  if (text.length <= QUOTED_CHARACTERS) return text;
  const chars = Array.from(text);
  return chars.length <= QUOTED_CHARACTERS ? text : `${chars.slice(0, QUOTED_CHARACTERS - 1).join('')}…`;
}

// A list parameter: the recorded texts, each clipped, as a JSON array (params are strings).
function clipList(items: readonly string[]): string {
  return JSON.stringify(items.map(clip));
}

interface Person {
  readonly id: string;
  readonly name: string;
}

interface Escalation {
  readonly leader: Person;
  readonly namedHandler?: Person | undefined;
}

// What decide's rules read of one inquiry (RuleFacts), kept up to date by the lifecycle, and
// nothing else: no history, no stages but the first one's holder (named when a second receipt is
// refused), no channel, requester name or promise. Closing drops who is responsible and any
// escalation; what a reopened matter carries on (category, intent, contact, liability, the
// materials still missing) stays. Repeated people and categories are shared, and what most
// inquiries leave empty (no contact, no materials missing) points to one shared empty value.
//
// Small on purpose: a record lives as long as its inquiry, so it outlives the young generation's
// collections and each of its bytes is copied there twice (a 300,000-event log: 42 MB survived
// the young generation with a record of some 470 bytes).
class Facts {
  status: 'open' | 'closed' = 'open';
  outcome: Outcome | undefined = undefined;
  responsible: Person | undefined;
  escalation: Escalation | undefined = undefined;
  liability: LiabilityParty | undefined = undefined;
  // Replaced, never changed in place: NO_ITEMS is shared.
  missingItems: readonly string[] = NO_ITEMS;
  requester: { readonly contact: string | undefined };
  intentClear: boolean;

  private constructor(
    readonly inquiryId: string,
    readonly category: string,
    private readonly firstHolder: Person,
    public intent: string,
    intentClear: boolean,
    contact: string | undefined,
    public lastAt: string,
  ) {
    this.responsible = firstHolder;
    this.intentClear = intentClear;
    this.requester = contact === undefined ? NO_CONTACT : { contact };
  }

  static received(event: InquiryReceived, strings: Shared): Facts {
    const d = event.data;
    return new Facts(d.inquiryId, strings.text(d.category), strings.person(d.by), d.intent, d.intentClear, d.requester.contact, d.at);
  }

  /** The rules read only the first stage's holder (a second receipt names them): made when read. */
  get stages(): readonly [{ readonly holder: Person }] {
    return [{ holder: this.firstHolder }];
  }

  // The rules see an open or a closed inquiry as its status says: `responsible` is set exactly
  // while open, `outcome` exactly while closed (apply keeps both so).
  rules(): RuleState {
    return this as unknown as RuleState;
  }

  // The lifecycle's effect of one more event of this inquiry (not a receipt), as evolve's
  // applyEvent folds it, on these facts only. An event that cannot apply moves only `lastAt`.
  apply(event: Exclude<InquiryEvent, InquiryReceived>, strings: Shared): void {
    const d = event.data;
    this.lastAt = d.at;
    if (skipReason(this.status, undefined, event) !== undefined) return;
    const effect = effectOf(event);
    switch (effect.kind) {
      case 'clarify':
        this.intent = effect.intent;
        this.intentClear = true;
        if (effect.contact !== undefined) this.requester = { contact: effect.contact };
        return;
      case 'recordContact':
        this.requester = { contact: effect.contact };
        return;
      case 'handOn':
        this.responsible = strings.person(effect.to);
        this.escalation = undefined;
        return;
      case 'escalate':
        this.escalation = { leader: strings.person(effect.leader) };
        return;
      case 'nameHandler':
        if (this.escalation !== undefined)
          this.escalation = { leader: this.escalation.leader, namedHandler: strings.person(effect.handler) };
        return;
      case 'notifyMissing': {
        const missing = [...this.missingItems];
        for (const item of effect.items) if (!missing.includes(item)) missing.push(item);
        this.missingItems = missing.length === 0 ? NO_ITEMS : missing;
        return;
      }
      case 'materialsReceived':
        this.missingItems = NO_ITEMS;
        return;
      case 'classifyLiability':
        this.liability = effect.party;
        return;
      case 'close':
        this.status = 'closed';
        this.outcome = effect.outcome;
        this.responsible = undefined;
        this.escalation = undefined;
        return;
      case 'reopen':
        this.status = 'open';
        this.outcome = undefined;
        this.responsible = strings.person(d.by);
        return;
      case 'receive':
      case 'promise':
      case 'followUp':
      case 'requesterReplied':
        return;
    }
  }
}

const NO_ITEMS: readonly string[] = Object.freeze([]);
const NO_CONTACT: { readonly contact: string | undefined } = Object.freeze({ contact: undefined });

// One copy of each category and of each person as the records name them (id and name), bounded:
// past the bound a new one is kept as given.
class Shared {
  private readonly texts = new Map<string, string>();
  private readonly people = new Map<string, Person>();

  text(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size < 65_536) this.texts.set(text, text);
    return text;
  }

  person(staff: Person): Person {
    const known = this.people.get(staff.id);
    if (known !== undefined && known.name === staff.name) return known;
    const made: Person = { id: this.text(staff.id), name: this.text(staff.name) };
    // The latest name of an id is kept: a renamed person's old records still hold their own copy.
    if (known !== undefined || this.people.size < 65_536) this.people.set(made.id, made);
    return made;
  }
}
