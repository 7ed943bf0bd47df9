/**
 * first-inquiry/store: event stores and the idempotent command handler. The in-memory store is
 * here; the durable ones are `first-inquiry/pglite` and `first-inquiry/postgres`, on one schema.
 *
 * @packageDocumentation
 */
export { createCommandHandler } from './store/command-handler';
export type { CommandFailure, CommandHandler, CommandHandlerOptions, Handled } from './store/command-handler';
export { inMemoryEventStore } from './store/in-memory';
export type { InMemoryStoreOptions } from './store/in-memory';
export { concurrencyConflict, storeFailure } from './store/errors';
export type { ConcurrencyConflict, EventNotStorable, ExpectedVersion, StoreError, StoredEventInvalid, StoreFailure } from './store/errors';
export { readAfter, readAllBounds } from './store/event-store';
export type { AppendOptions, AppendResult, EventMetadata, EventStore, GlobalPage, ReadAllOptions, StoredEvent, StreamRead } from './store/event-store';
export { EVENT_SCHEMA_VERSION } from './events';
export { decodeAllStored, decodeStored, keepAsStored } from './store/upcast';
export type { StoredRecord, Upcaster } from './store/upcast';
export { sqlEventStore, ensureSqlSchema } from './store/sql-store';
export type { SqlDatabase, SqlSession, SqlStoreOptions } from './store/sql-store';
