// The one schema and the queries shared by the PGlite and PostgreSQL stores: both run exactly
// this SQL, so what the embedded store does in a test is what the server does in production.

// model

/**
 * The schema, as idempotent DDL (safe to run on every start). One table holds every event:
 * `position` orders the whole log; the unique `(stream_id, version)` constraint is what makes
 * concurrent appends safe (two writers can never both store version N of one inquiry).
 *
 * @example
 * import { EVENT_STORE_SCHEMA } from './sql';
 * EVENT_STORE_SCHEMA.includes('UNIQUE (stream_id, version)'); // true
 *
 * @category store
 * @since 0.1.0
 */
export const EVENT_STORE_SCHEMA = `
-- Serialise schema set-up: concurrent CREATE ... IF NOT EXISTS / OR REPLACE can otherwise collide.
SELECT pg_advisory_xact_lock(4242424243);
CREATE TABLE IF NOT EXISTS first_inquiry_events (
  position       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  stream_id      text        NOT NULL,
  version        integer     NOT NULL CHECK (version > 0),
  type           text        NOT NULL,
  schema_version integer     NOT NULL,
  data           jsonb       NOT NULL,
  metadata       jsonb       NOT NULL DEFAULT '{}'::jsonb,
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT first_inquiry_events_stream_version UNIQUE (stream_id, version)
);
-- Which transaction wrote each row. A reader of the global log shows only rows of transactions
-- older than every transaction still running (see readAll), so it never passes an append that
-- commits late. Rows written before this column existed are long committed: 0 shows them.
-- (Checked first: ALTER TABLE would lock the table on every start even when there is nothing to add.)
DO $mig$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'first_inquiry_events'::regclass AND attname = 'transaction_id' AND NOT attisdropped) THEN
    ALTER TABLE first_inquiry_events ADD COLUMN transaction_id xid8 NOT NULL DEFAULT '0'::xid8;
  END IF;
END
$mig$;
-- One round trip per append. Two locks, neither held across another stream's commit:
-- 1. the stream's own transaction lock, so that appends to one inquiry take turns and each reads
--    the version the previous one committed (with READ COMMITTED; under REPEATABLE READ or
--    SERIALIZABLE the unique constraint still refuses a stale version, reported as a conflict);
-- 2. the log lock, held only while the transaction id is assigned and the positions are drawn,
--    and released before the commit: positions then grow with transaction ids, which is what lets
--    readAll's transaction-id filter stand in for ordering commits. Commits (and their WAL
--    flushes) of different inquiries run in parallel and are grouped by the server.
-- A wrong expected version returns one row with only current_version. (Output columns are
-- prefixed so they cannot shadow the table's columns inside the function.)
CREATE OR REPLACE FUNCTION first_inquiry_append(
  p_stream text, p_expected integer, p_types text[], p_schema_versions integer[], p_data text[], p_metadata text
) RETURNS TABLE (appended_version integer, appended_position text, appended_at text, current_version integer)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_current integer;
BEGIN
  PERFORM pg_advisory_xact_lock(4242, hashtext(p_stream));
  SELECT coalesce(max(e.version), 0) INTO v_current FROM first_inquiry_events e WHERE e.stream_id = p_stream;
  IF v_current <> p_expected THEN
    RETURN QUERY SELECT NULL::integer, NULL::text, NULL::text, v_current;
    RETURN;
  END IF;
  -- A transaction that already wrote holds an older transaction id than the positions it would
  -- draw now: readers could pass over its events. The store never does this; refuse it plainly.
  IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
    RAISE EXCEPTION 'first_inquiry_append must be the first write of its transaction'
      USING ERRCODE = '55000', HINT = 'Call it in a transaction of its own, or before any other write.';
  END IF;
  PERFORM pg_advisory_lock(4242424242);
  BEGIN
    RETURN QUERY
      INSERT INTO first_inquiry_events AS e (stream_id, version, type, schema_version, data, metadata, transaction_id)
      SELECT p_stream, p_expected + i, p_types[i], p_schema_versions[i], p_data[i]::jsonb, p_metadata::jsonb, pg_current_xact_id()
        FROM generate_subscripts(p_types, 1) AS i
       ORDER BY i
      RETURNING e.version, e.position::text, to_json(e.recorded_at)#>>'{}', v_current;
  EXCEPTION WHEN OTHERS THEN
    -- A session lock outlives a failed transaction: release it before the error goes on.
    PERFORM pg_advisory_unlock(4242424242);
    RAISE;
  END;
  PERFORM pg_advisory_unlock(4242424242);
END
$fn$;
`;

/**
 * The queries the SQL stores run, in PostgreSQL's `$n` parameter style.
 *
 * @example
 * import { EVENT_STORE_SQL } from './sql';
 * EVENT_STORE_SQL.readStream; // SELECT ... WHERE stream_id = $1 AND version > $2 ORDER BY version
 *
 * @category store
 * @since 0.1.0
 */
export const EVENT_STORE_SQL = {
  // Appends (first_inquiry_append) draw positions in transaction-id order; readAll shows only
  // rows of transactions older than every one still running, so a projection paging by position
  // never skips an event that commits late (it sees it a moment later instead).
  append: `SELECT appended_version, appended_position, appended_at, current_version FROM first_inquiry_append($1, $2, $3::text[], $4::integer[], $5::text[], $6)`,
  streamVersion: `SELECT coalesce(max(version), 0)::integer AS version FROM first_inquiry_events WHERE stream_id = $1`,
  readStream: `
    SELECT stream_id, version, position::text AS position, type, schema_version,
           data::text AS data, metadata::text AS metadata, to_json(recorded_at)#>>'{}' AS recorded_at
      FROM first_inquiry_events
     WHERE stream_id = $1 AND version > $2
     ORDER BY version`,
  readAll: `
    SELECT stream_id, version, position::text AS position, type, schema_version,
           data::text AS data, metadata::text AS metadata, to_json(recorded_at)#>>'{}' AS recorded_at
      FROM first_inquiry_events
     WHERE first_inquiry_events.position > $1
       AND first_inquiry_events.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
     -- Qualified: the bare name would sort by the text alias above ('10' before '2').
     ORDER BY first_inquiry_events.position
     LIMIT $2`,
} as const;
