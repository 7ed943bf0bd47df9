import type { InquiryEvent } from '../events';
import type { AuditProblem, Finding } from './finding';

// model

/**
 * What the auditor keeps of an inquiry once it is released: enough for a report, nothing that
 * grows with the history.
 *
 * @category audit
 * @since 0.1.0
 */
export interface InquiryAuditSummary {
  readonly inquiryId: string;
  readonly category: string;
  readonly receivedAt: string;
  /** `open`, or how it ended (its latest closure). */
  readonly status: 'open' | 'resolved' | 'declined';
  readonly closedAt?: string;
  /** How many stages (环节) it has had. */
  readonly stages: number;
  /** How many events were applied. */
  readonly events: number;
  readonly findings: readonly Finding[];
}

/**
 * An incremental audit over a stream of events of many inquiries, in any interleaving (each
 * inquiry's own events in the order they happened). Memory per inquiry is bounded: it keeps the
 * current stage, a few running clocks and the findings that have arisen, never the history.
 *
 * - `add(event)`: fold one event;
 * - `findings(asOf)`: every finding arisen by `asOf`, in {@link compareFindings} order (those that
 *   depend on time passing are computed for `asOf`; events dated after `asOf` should not have been added);
 * - `problems()`: events that could not be applied (see {@link AuditProblem});
 * - `closed()`: the ids of inquiries that are closed now (candidates to release);
 * - `release(inquiryId, asOf)`: summarise an inquiry and drop its state (a tiny tombstone keeps its
 *   category, so a later reopen is still audited);
 * - `size`: how many inquiries are held in full.
 *
 * @category audit
 * @since 0.1.0
 */
export interface Auditor {
  readonly add: (event: InquiryEvent) => void;
  readonly findings: (asOf: string) => readonly Finding[];
  readonly problems: () => readonly AuditProblem[];
  readonly closed: () => readonly string[];
  readonly release: (inquiryId: string, asOf: string) => InquiryAuditSummary | undefined;
  readonly size: () => number;
}
