import * as E from 'fp-ts/Either';
import { advance, isSkip, type Position } from '../inquiry/lifecycle';
import type { StaffRef } from '../inquiry/staff';
import { storeFailure, type StoreError } from './errors';
import type { SqlProjection } from './projection-runner';
import type { SqlSession } from './sql-store';

// Where every inquiry stands on its lifecycle, persisted: one row per inquiry in
// first_inquiry_positions, folded with the lifecycle's own `advance` (the same fold as the
// in-memory supervision views, so they cannot disagree). The holdings board is a view over the
// open rows; the deadline board is computed from the open rows with the policy (its deadlines move
// with the clock and the calendar, so they are computed when read, not stored).

// constants

/**
 * The tables of {@link positionsProjection}: `first_inquiry_positions` (one row per inquiry) and
 * the view `first_inquiry_holdings` (who holds which open inquiry), for reporting tools.
 *
 * @example
 * import { POSITIONS_SCHEMA } from 'first-inquiry/store';
 * POSITIONS_SCHEMA.some((s) => s.includes('first_inquiry_holdings')); // true
 *
 * @category projections
 * @since 0.2.0
 */
export const POSITIONS_SCHEMA: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS first_inquiry_positions (
     inquiry_id        text PRIMARY KEY,
     category          text    NOT NULL,
     status            text    NOT NULL CHECK (status IN ('open', 'resolved', 'declined')),
     holder_id         text    NOT NULL,
     holder_name       text    NOT NULL,
     holder_department text    NOT NULL,
     holder            jsonb   NOT NULL,
     responder         jsonb   NOT NULL,
     stage             integer NOT NULL,
     since             text    NOT NULL,
     limit_from        text    NOT NULL,
     last_position     bigint  NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS first_inquiry_positions_open ON first_inquiry_positions (holder_department, holder_id) WHERE status = 'open'`,
  `CREATE OR REPLACE VIEW first_inquiry_holdings AS
     SELECT holder_department AS department, holder_id, holder_name, inquiry_id, category, stage, since, limit_from
       FROM first_inquiry_positions
      WHERE status = 'open'`,
];

const SQL = {
  load: `SELECT inquiry_id, category, status, holder::text AS holder, responder::text AS responder, stage, since, limit_from
           FROM first_inquiry_positions WHERE inquiry_id = ANY($1::text[])`,
  open: `SELECT inquiry_id, category, status, holder::text AS holder, responder::text AS responder, stage, since, limit_from
           FROM first_inquiry_positions WHERE status = 'open' ORDER BY inquiry_id`,
  upsert: `INSERT INTO first_inquiry_positions AS p
             (inquiry_id, category, status, holder_id, holder_name, holder_department, holder, responder, stage, since, limit_from, last_position)
           SELECT r.inquiry_id, r.category, r.status, r.holder->>'id', r.holder->>'name', r.holder->>'department', r.holder, r.responder,
                  r.stage, r.since, r.limit_from, r.last_position
             FROM jsonb_to_recordset($1::jsonb) AS r(inquiry_id text, category text, status text, holder jsonb, responder jsonb,
                                                     stage integer, since text, limit_from text, last_position bigint)
           ON CONFLICT (inquiry_id) DO UPDATE SET
             category = excluded.category, status = excluded.status, holder_id = excluded.holder_id,
             holder_name = excluded.holder_name, holder_department = excluded.holder_department, holder = excluded.holder,
             responder = excluded.responder, stage = excluded.stage, since = excluded.since, limit_from = excluded.limit_from,
             last_position = excluded.last_position`,
  clear: `DELETE FROM first_inquiry_positions`,
  skipped: `SELECT skipped::text AS skipped, position::text AS position FROM first_inquiry_projection_checkpoints WHERE name = 'positions'`,
} as const;

// model

/**
 * The open inquiries as persisted by {@link positionsProjection}, with the projection's
 * checkpoint: feed `positions` to `holdingsFromPositions` / `deadlineBoardFromPositions`
 * (`first-inquiry/supervision`) for the boards.
 *
 * @example
 * import type { PersistedPositions } from 'first-inquiry/store';
 * const count = (p: PersistedPositions) => p.positions.length;
 *
 * @category projections
 * @since 0.2.0
 */
export interface PersistedPositions {
  readonly positions: readonly Position[];
  /** Events the lifecycle skipped so far. */
  readonly skipped: number;
  /** The global position of the last event applied. */
  readonly checkpoint: number;
}

// constructors

/**
 * The persisted positions projection (事项位置投影): one row per inquiry of where it stands on
 * the lifecycle (open or closed, who holds it, which stage, since when, when its time limit
 * started), folded with `advance`. Reporting tools query `first_inquiry_positions` and
 * `first_inquiry_holdings`; run it with {@link createProjectionRunner}.
 *
 * @example
 * import { createProjectionRunner, positionsProjection } from 'first-inquiry/store';
 * export async function example(db: import('first-inquiry/store').SqlTransactions) {
 *   const runner = createProjectionRunner({ db, projections: [positionsProjection] });
 * }
 *
 * @category projections
 * @since 0.2.0
 */
export const positionsProjection: SqlProjection = {
  name: 'positions',
  schema: POSITIONS_SCHEMA,
  apply: async (tx, events) => {
    const ids = [...new Set(events.map((e) => e.event.data.inquiryId))];
    const known = new Map<string, Position>();
    for (const row of (await tx.query(SQL.load, [ids])).rows) known.set(String(row['inquiry_id']), toPosition(row));
    const changed = new Map<string, { readonly position: Position; readonly at: number }>();
    let skipped = 0;
    for (const stored of events) {
      const id = stored.event.data.inquiryId;
      const after = advance(known.get(id), stored.event);
      if (isSkip(after)) {
        skipped += 1;
        continue;
      }
      known.set(id, after);
      changed.set(id, { position: after, at: stored.position });
    }
    if (changed.size > 0)
      await tx.query(SQL.upsert, [JSON.stringify([...changed.values()].map(({ position, at }) => toRow(position, at)))]);
    return { skipped };
  },
  clear: async (tx) => {
    await tx.query(SQL.clear);
  },
};

// utils

/**
 * Reads the open inquiries and the checkpoint of the persisted {@link positionsProjection}.
 *
 * @example
 * import { readOpenPositions } from 'first-inquiry/store';
 * export async function example(session: import('first-inquiry/store').SqlSession) {
 *   const open = await readOpenPositions(session); // Right({ positions, skipped, checkpoint })
 * }
 *
 * @category projections
 * @since 0.2.0
 */
export async function readOpenPositions(session: SqlSession): Promise<E.Either<StoreError, PersistedPositions>> {
  try {
    const rows = (await session.query(SQL.open)).rows;
    const checkpoint = (await session.query(SQL.skipped)).rows[0];
    return E.right({
      positions: rows.map(toPosition),
      skipped: Number(checkpoint?.['skipped'] ?? 0),
      checkpoint: Number(checkpoint?.['position'] ?? 0),
    });
  } catch (e) {
    return E.left(storeFailure('read the persisted positions', e));
  }
}

function toRow(p: Position, at: number): Record<string, unknown> {
  return {
    inquiry_id: p.inquiryId,
    category: p.category,
    status: p.status,
    holder: p.holder,
    responder: p.responder,
    stage: p.stage,
    since: p.since,
    limit_from: p.limitFrom,
    last_position: at,
  };
}

function toPosition(row: Record<string, unknown>): Position {
  return {
    inquiryId: String(row['inquiry_id']),
    category: String(row['category']),
    status: String(row['status']) as Position['status'],
    holder: JSON.parse(String(row['holder'])) as StaffRef,
    responder: JSON.parse(String(row['responder'])) as StaffRef,
    stage: Number(row['stage']),
    since: String(row['since']),
    limitFrom: String(row['limit_from']),
  };
}
