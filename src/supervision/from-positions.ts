import type { Position } from '../inquiry/lifecycle';
import { defaultPolicy, type Policy } from '../policy/policy';
import { boardOf, type DeadlineBoard } from './deadlines';
import { holdingsOf, type Holdings } from './holdings';

// The boards over positions folded elsewhere — a persisted projection (first_inquiry_positions)
// rather than events in memory: the same code as `holdings` and `deadlineBoard`, so a board read
// from the database and one folded from the log cannot differ.

/**
 * Who holds what now (FI-17), from inquiry positions a persisted projection holds (for example
 * `readOpenPositions` of `first-inquiry/store`). `skipped` is the projection's count.
 *
 * @example
 * import { holdingsFromPositions } from 'first-inquiry/supervision';
 * holdingsFromPositions([]).open; // 0
 *
 * @category projections
 * @since 0.2.0
 */
export function holdingsFromPositions(positions: Iterable<Position>, skipped = 0): Holdings {
  return holdingsOf(positions, skipped);
}

/**
 * What is overdue and at risk (FI-05, FI-17) as of `asOf`, from inquiry positions a persisted
 * projection holds. Deadlines are computed here, from the policy and the calendar, not stored.
 *
 * @example
 * import { deadlineBoardFromPositions } from 'first-inquiry/supervision';
 * deadlineBoardFromPositions([], '2026-05-13T17:01:00+08:00').overdue; // []
 *
 * @category projections
 * @since 0.2.0
 */
export function deadlineBoardFromPositions(
  positions: Iterable<Position>,
  asOf: string,
  policy: Policy = defaultPolicy,
  skipped = 0,
): DeadlineBoard {
  return boardOf(positions, asOf, policy, skipped);
}
