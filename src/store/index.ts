/**
 * first-inquiry/store: event stores and the idempotent command handler. The in-memory store is
 * here; the durable ones are `first-inquiry/pglite` and `first-inquiry/postgres`, on one schema.
 *
 * @packageDocumentation
 */
export { createCommandHandler } from './command-handler';
export type { CommandFailure, CommandHandler, CommandHandlerOptions, Handled } from './command-handler';
export { inMemoryEventStore } from './in-memory';
export type { InMemoryStoreOptions } from './in-memory';
export { concurrencyConflict, storeFailure, storeInputInvalid } from './errors';
export type {
  ConcurrencyConflict,
  EventNotStorable,
  ExpectedVersion,
  StoreError,
  StoredEventInvalid,
  StoreFailure,
  StoreInputInvalid,
} from './errors';
export { MAX_PAGE_SIZE, MAX_STREAM_ID_BYTES, MAX_STREAM_VERSION } from './boundary';
export { readAfter, readAllBounds } from './event-store';
export type {
  AppendOptions,
  AppendResult,
  EventMetadata,
  EventStore,
  GlobalPage,
  ReadAllOptions,
  StoredEvent,
  StreamRead,
} from './event-store';
export { EVENT_SCHEMA_VERSION } from '../inquiry/events';
export { decodeAllStored, decodeStored, keepAsStored } from './upcast';
export type { StoredRecord, Upcaster } from './upcast';
export { sqlEventStore, ensureSqlSchema } from './sql-store';
export type { SqlDatabase, SqlSession, SqlStoreOptions } from './sql-store';
export { ReadAllFailed, readAllEvents } from './read-all';
export type { ReadAllEventsOptions } from './read-all';
export {
  APPEND_NOTIFY_SCHEMA,
  CHECKPOINT_SCHEMA,
  createProjectionRunner,
  pgAppendListener,
  pgPoolTransactions,
  pgliteTransactions,
} from './projection-runner';
export type {
  Checkpoint,
  LiveProjections,
  ProjectionRunner,
  ProjectionRunnerOptions,
  SqlProjection,
  SqlTransactions,
} from './projection-runner';
export { POSITIONS_SCHEMA, positionsProjection, readOpenPositions } from './positions-projection';
export type { PersistedPositions } from './positions-projection';
