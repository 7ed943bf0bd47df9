// The one schema and the queries shared by the PGlite and PostgreSQL stores: both run exactly
// this SQL, so what the embedded store does in a test is what the server does in production.

// model

/**
 * The schema, as idempotent DDL (safe to run on every start). One table holds every event:
 * `position` orders the whole log; the unique `(stream_id, version)` constraint is what makes
 * concurrent appends safe (two writers can never both store version N of one inquiry).
 *
 * @example
 * import { EVENT_STORE_SCHEMA } from 'first-inquiry';
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
-- One round trip per append: take the log lock, check the expected version, insert the batch.
-- Inside the function each statement sees what was committed before it ran, so the version is
-- read after the lock is held. A wrong expected version returns one row with only current_version.
-- (Output columns are prefixed so they cannot shadow the table's columns inside the function.)
CREATE OR REPLACE FUNCTION first_inquiry_append(
  p_stream text, p_expected integer, p_types text[], p_schema_versions integer[], p_data text[], p_metadata text
) RETURNS TABLE (appended_version integer, appended_position text, appended_at text, current_version integer)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_current integer;
BEGIN
  PERFORM pg_advisory_xact_lock(4242424242);
  SELECT coalesce(max(e.version), 0) INTO v_current FROM first_inquiry_events e WHERE e.stream_id = p_stream;
  IF v_current <> p_expected THEN
    RETURN QUERY SELECT NULL::integer, NULL::text, NULL::text, v_current;
    RETURN;
  END IF;
  RETURN QUERY
    INSERT INTO first_inquiry_events AS e (stream_id, version, type, schema_version, data, metadata)
    SELECT p_stream, p_expected + i, p_types[i], p_schema_versions[i], p_data[i]::jsonb, p_metadata::jsonb
      FROM generate_subscripts(p_types, 1) AS i
     ORDER BY i
    RETURNING e.version, e.position::text, to_json(e.recorded_at)#>>'{}', v_current;
END
$fn$;
`;

/**
 * The queries the SQL stores run, in PostgreSQL's `$n` parameter style.
 *
 * @example
 * import { EVENT_STORE_SQL } from 'first-inquiry';
 * EVENT_STORE_SQL.readStream; // SELECT ... WHERE stream_id = $1 AND version > $2 ORDER BY version
 *
 * @category store
 * @since 0.1.0
 */
export const EVENT_STORE_SQL = {
  // Appends (first_inquiry_append) take a transaction-scoped log lock so that positions become
  // visible in the order they were assigned: a projection paging by position can then never skip
  // an event that commits late.
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
     -- Qualified: the bare name would sort by the text alias above ('10' before '2').
     ORDER BY first_inquiry_events.position
     LIMIT $2`,
} as const;
