import type { Draft } from 'immer';
import type { InquiryEvent } from '../events';
import { applyEvent, receivedRecord } from '../evolve';
import { defaultPolicy, type Policy } from '../policy';
import { initialState, type ClosedInquiry, type OpenInquiry } from '../state';
import type { RuleViolation } from '../violations';
import { refusalOfEvent } from './check';

// model

/**
 * A streaming history checker: feed it a log's events in order, one at a time, and it says which
 * would have been refused (see {@link checkEvent}). It keeps one state per inquiry; a closed
 * inquiry is kept compactly (only what a reopening or a late event needs), so memory grows with
 * the number of inquiries and their open stages, not with the length of the log.
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
 * import { createHistoryChecker } from 'first-inquiry';
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
  const states = new Map<string, Mutable>();
  const neverReceived = new Set<string>();
  let events = 0;
  let open = 0;
  const none = initialState();
  return {
    check(event) {
      events += 1;
      const id = event.data.inquiryId;
      const state = states.get(id);
      const refusal = refusalOfEvent(state ?? none, event, policy);
      if (state === undefined) {
        if (event.type === 'InquiryReceived') {
          states.set(id, receivedRecord(event));
          neverReceived.delete(id);
          open += 1;
        } else {
          neverReceived.add(id);
        }
      } else if (event.type !== 'InquiryReceived') {
        const wasOpen = isOpen(state);
        applyEvent(state, event);
        const nowOpen = isOpen(state);
        if (wasOpen && !nowOpen) {
          open -= 1;
          compact(state);
        } else if (!wasOpen && nowOpen) {
          open += 1;
        }
      }
      return refusal;
    },
    stats: () => ({ events, inquiries: states.size + neverReceived.size, open }),
  };
}

// A function, not an inline test: TypeScript would keep the narrowing across applyEvent's mutation.
function isOpen(state: Mutable): boolean {
  return state.status === 'open';
}

// A closed inquiry needs only what `decide` reads when it is reopened or acted on late: the first
// responder (named when a second receipt is refused), intent, contact, category, liability, lastAt.
// Stage indexes after a reopening are then off, which nothing in the checker reads.
function compact(state: Mutable): void {
  state.stages.length = Math.min(state.stages.length, 1);
  state.missingItems = [];
}

