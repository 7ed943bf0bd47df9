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
  // Appends take this transaction-scoped lock so that positions become visible in the order they
  // were assigned: a projection paging by position can then never skip an event that commits late.
  lockLog: `SELECT pg_advisory_xact_lock(4242424242)`,
  streamVersion: `SELECT coalesce(max(version), 0)::integer AS version FROM first_inquiry_events WHERE stream_id = $1`,
  insert: `
    INSERT INTO first_inquiry_events (stream_id, version, type, schema_version, data, metadata)
    VALUES ($1, $2, $3, $4, $5::text::jsonb, $6::text::jsonb)
    RETURNING position::text AS position, to_json(recorded_at)#>>'{}' AS recorded_at`,
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
