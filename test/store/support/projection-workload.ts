// A workload for the projection tests: stories whose every step moves the lifecycle (hand-ons
// and reopenings count stages), with a duplicate receipt the lifecycle skips — so an event
// applied twice, or skipped, shows in the persisted rows or the skipped count.
import type { InquiryEvent } from '../../../src/inquiry/events';
import { PositionFold } from '../../../src/supervision/positions';
import type { SqlSession } from '../../../src/store/sql-store';
import { reassigned, received, reopened, resolved, transferred } from '../../support/events';
import { minute } from '../../support/time';

export const STORY_LENGTH = 8;

/** The k-th event (from 0) of the story of `inquiryId`. */
export function storyEvent(inquiryId: string, k: number): InquiryEvent {
  const at = minute(k * 7);
  switch (k % STORY_LENGTH) {
    case 0:
      return received({ inquiryId, at });
    case 1:
      return transferred({ inquiryId, at });
    case 2:
      return received({ inquiryId, at }); // a second receipt: skipped
    case 3:
      return reassigned({ inquiryId, at });
    case 4:
      return resolved({ inquiryId, at });
    case 5:
      return reopened({ inquiryId, at });
    case 6:
      return transferred({ inquiryId, at });
    default:
      return resolved({ inquiryId, at });
  }
}

/** One row per inquiry as the lifecycle fold says it should be persisted, and the skipped count. */
export function expectedRows(events: Iterable<InquiryEvent>): { readonly rows: readonly string[]; readonly skipped: number } {
  const fold = new PositionFold();
  for (const e of events) fold.add(e);
  const rows = [...fold.values()]
    .map((p) => [p.inquiryId, p.category, p.status, p.holder.id, p.responder.id, p.stage, p.since, p.limitFrom].join('|'))
    .sort();
  return { rows, skipped: fold.skipped };
}

/** The persisted rows and checkpoint of the positions projection. */
export async function persistedRows(
  db: SqlSession,
): Promise<{ readonly rows: readonly string[]; readonly skipped: number; readonly position: number }> {
  const rows = (
    await db.query(
      `SELECT inquiry_id, category, status, holder_id, responder->>'id' AS responder_id, stage, since, limit_from FROM first_inquiry_positions`,
    )
  ).rows
    .map((r) =>
      [r['inquiry_id'], r['category'], r['status'], r['holder_id'], r['responder_id'], r['stage'], r['since'], r['limit_from']].join('|'),
    )
    .sort();
  const cp = (
    await db.query(
      `SELECT position::text AS position, skipped::text AS skipped FROM first_inquiry_projection_checkpoints WHERE name = 'positions'`,
    )
  ).rows[0];
  return { rows, skipped: Number(cp?.['skipped'] ?? 0), position: Number(cp?.['position'] ?? 0) };
}
