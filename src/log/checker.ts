import type { Draft } from 'immer';
import type { InquiryEvent } from '../inquiry/events';
import { applyEvent, receivedRecord } from '../inquiry/evolve';
import { isReceipt, type Outcome } from '../inquiry/lifecycle';
import { defaultPolicy, type Policy } from '../policy/policy';
import { initialState, type ClosedInquiry, type OpenInquiry } from '../inquiry/state';
import type { RuleViolation } from '../inquiry/violations';
import { refusalOfEvent } from './check';

// model

/**
 * A streaming history checker: feed it a log's events in order, one at a time, and it says which
 * would have been refused (see {@link checkEvent}). It keeps one state per inquiry; a closed
 * inquiry is kept as a small tombstone (only what a reopening or a late event needs), so memory
 * grows with the open inquiries and a few hundred bytes per closed one, not with the length of the log.
 *
 * @category history
 * @since 0.1.0
 */
export interface HistoryChecker {
  /** Checks the next event of the log and folds it in; returns the refusal, if any. */
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

type Mutable = Draft<OpenInquiry | ClosedInquiry>;

// constructors

/**
 * Creates a {@link HistoryChecker}. Its states are private mutable copies folded with the same
 * rules as `evolve` (the fast path skips immer's copy-on-write, which would dominate a long replay).
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
  const states = new Map<string, Mutable | Closed>();
  const neverReceived = new Set<string>();
  const names = new Map<string, string>();
  let events = 0;
  let open = 0;
  const none = initialState();
  return {
    check(event) {
      events += 1;
      const id = event.data.inquiryId;
      const held = states.get(id);
      const state = held instanceof Closed ? held.revive(id) : held;
      const refusal = refusalOfEvent(state ?? none, event, policy);
      if (state === undefined) {
        if (isReceipt(event)) {
          states.set(id, receivedRecord(event));
          neverReceived.delete(id);
          open += 1;
        } else {
          neverReceived.add(id);
        }
        return refusal;
      }
      const wasOpen = isOpen(state);
      if (!isReceipt(event)) applyEvent(state, event);
      const nowOpen = isOpen(state);
      if (wasOpen !== nowOpen) open += nowOpen ? 1 : -1;
      if (nowOpen) states.set(id, state);
      else if (held !== state || wasOpen) states.set(id, Closed.of(state, names));
      return refusal;
    },
    stats: () => ({ events, inquiries: states.size + neverReceived.size, open }),
  };
}

// A function, not an inline test: TypeScript would keep the narrowing across applyEvent's mutation.
function isOpen(state: Mutable): boolean {
  return state.status === 'open';
}

// A closed inquiry, kept as only what `decide` reads when it is reopened or acted on late: the
// first responder's name (said when a second receipt is refused), how and when it closed, and what
// a reopened matter carries on (category, intent, contact, liability). Repeated names and
// categories are shared, so a log of a million events keeps a few hundred bytes per inquiry.
class Closed {
  private constructor(
    readonly outcome: Outcome,
    readonly lastAt: string,
    readonly firstResponder: string,
    readonly category: string,
    readonly intent: string,
    readonly intentClear: boolean,
    readonly contact: string | undefined,
    readonly liability: Mutable['liability'],
  ) {}

  static of(state: Mutable, names: Map<string, string>): Closed {
    const closed = state as Draft<ClosedInquiry>;
    return new Closed(
      closed.outcome,
      state.lastAt,
      shared(names, state.stages[0]?.holder.name ?? ''),
      shared(names, state.category),
      state.intent,
      state.intentClear,
      state.requester.contact,
      state.liability,
    );
  }

  // Fields the tombstone does not keep are never read by `decide` or the checker: the revived state
  // is private to the checker and lives only while one event is checked against it.
  revive(inquiryId: string): Mutable {
    const state: Draft<ClosedInquiry> = {
      status: 'closed',
      outcome: this.outcome,
      responsible: null,
      inquiryId,
      channel: 'call',
      category: this.category,
      requester: this.contact === undefined ? { name: '' } : { name: '', contact: this.contact },
      intent: this.intent,
      intentClear: this.intentClear,
      stages: [
        {
          index: 0,
          holder: { id: '', name: this.firstResponder, department: '' },
          from: this.lastAt,
          startedBy: 'received',
          to: this.lastAt,
          endedBy: this.outcome,
        },
      ],
      missingItems: [],
      receivedAt: this.lastAt,
      lastAt: this.lastAt,
      version: 0,
    };
    if (this.liability !== undefined) state.liability = this.liability;
    return state;
  }
}

function shared(strings: Map<string, string>, text: string): string {
  const known = strings.get(text);
  if (known !== undefined) return known;
  if (strings.size < 65_536) strings.set(text, text);
  return text;
}
