import * as E from 'fp-ts/Either';
import type { InquiryCommand } from '../inquiry/commands';
import { inquiryDecider, type InquiryDecider } from '../inquiry/decider';
import { resolveStaff, type ClaimedCommand, type Directory } from '../inquiry/directory';
import { isUsableId } from '../primitives/identity';
import type { InquiryState } from '../inquiry/state';
import { violation, type RuleViolation } from '../inquiry/violations';
import type { StoreError } from './errors';
import type { EventMetadata, EventStore, StoredEvent } from './event-store';
import { emptyStreamView, extendStreamView, streamViewCache, type StreamView } from './stream-cache';

// model

/**
 * Options for {@link createCommandHandler}.
 *
 * - `maxRetries`: how many times a command is decided again after a concurrency conflict
 *   (default 3); after that the conflict is returned.
 * - `backoff`: awaited before each retry (default: none); e.g. a short random sleep under heavy
 *   contention.
 * - `cacheSize`: how many streams' folded state to keep between commands (default 1000; 0 turns
 *   the cache off and every command replays its stream). A command on a cached stream is decided
 *   on the cached state and appended at its version without a read; if another writer got there
 *   first, the store's version check refuses the append and the command goes the verified way
 *   (read, decide, append) — that first try does not count against `maxRetries`. A stream the
 *   handler does not hold is tried the same way as a new one (version 0), so a receipt is one
 *   round trip even with the cache off. Refusals are only ever returned from a freshly read state.
 * - `directory`: the trusted source of staff facts (docs/trust.md). Given one, every person a
 *   command names is looked up as of the command's instant before it is decided: facts the
 *   command leaves out are filled in (so untrusted edges may send ids only, a {@link ClaimedCommand}),
 *   and a command that claims otherwise (say `leader: true` for someone who is not) is refused
 *   with `DIRECTORY_MISMATCH`, an unknown id with `UNKNOWN_STAFF`.
 *
 * @example
 * import { createCommandHandler, inMemoryEventStore } from 'first-inquiry/store';
 * const handle = createCommandHandler({
 *   store: inMemoryEventStore(),
 *   maxRetries: 5,
 *   backoff: (retry) => new Promise((r) => setTimeout(r, Math.random() * 10 * retry)),
 * });
 *
 * @category store
 * @since 0.1.0
 */
export interface CommandHandlerOptions {
  readonly store: EventStore;
  readonly decider?: InquiryDecider;
  readonly maxRetries?: number;
  readonly backoff?: (retry: number) => Promise<void>;
  readonly cacheSize?: number;
  readonly directory?: Directory;
}

/**
 * An accepted command: the events it appended and the stream afterwards. `duplicate: true` means
 * the command id had been handled before: nothing was appended and `events` are the ones the
 * first submission stored. `attempts` counts decisions (1 unless conflicts forced retries).
 *
 * @example
 * import type { Handled } from 'first-inquiry/store';
 * const describe = (h: Handled): string =>
 *   h.duplicate ? `already done (v${h.version})` : `${h.events.length} event(s) stored, now v${h.version}`;
 *
 * @category store
 * @since 0.1.0
 */
export interface Handled {
  readonly streamId: string;
  readonly events: readonly StoredEvent[];
  readonly version: number;
  readonly state: InquiryState;
  readonly duplicate: boolean;
  readonly attempts: number;
}

/**
 * Why a command was not applied: a rule refused it (a {@link RuleViolation}, returned as is and
 * never retried), or the store failed ({@link StoreError}, a `CONCURRENCY_CONFLICT` only once
 * the retries are used up).
 *
 * @example
 * import type { CommandFailure } from 'first-inquiry/store';
 * const explain = (f: CommandFailure): string =>
 *   f._tag === 'RuleViolation' ? `refused by ${f.rule ?? 'the record'}: ${f.message}` : `store: ${f.code}`;
 *
 * @category store
 * @since 0.1.0
 */
export type CommandFailure = RuleViolation | StoreError;

/**
 * Handles one command end to end: load, decide, append.
 *
 * @example
 * import { createCommandHandler, inMemoryEventStore, type CommandHandler } from 'first-inquiry/store';
 * const handle: CommandHandler = createCommandHandler({ store: inMemoryEventStore() });
 *
 * @category store
 * @since 0.1.0
 */
export type CommandHandler = (command: InquiryCommand | ClaimedCommand) => Promise<E.Either<CommandFailure, Handled>>;

// constructors

/**
 * The command handler: loads the inquiry's stream, folds it, lets the decider decide, and appends
 * the events with the version it read. On a concurrency conflict it reloads and decides again, up
 * to `maxRetries` times; a rule violation comes back untouched.
 *
 * Idempotency: a command whose `metadata.commandId` already produced events in this inquiry's
 * stream is not decided again; the handler returns the stored events with `duplicate: true`. The
 * id travels in every appended event's metadata, so the record itself remembers it (no side
 * table), and two racing submissions of one id resolve through the version check: the loser
 * reloads, finds its id, and returns the winner's events. A refused command appends nothing and
 * so leaves no trace: submitting its id again decides again, which gives the same refusal while
 * the inquiry is unchanged and a fresh decision once it has changed (say, contact details were
 * recorded in between).
 *
 * @example
 * import { createCommandHandler, inMemoryEventStore } from 'first-inquiry/store';
 * const handle = createCommandHandler({ store: inMemoryEventStore() });
 * const result = await handle({
 *   type: 'ReceiveInquiry',
 *   metadata: { commandId: 'form-8841' },
 *   data: {
 *     inquiryId: 'INQ-1', at: '2026-05-04T09:30:00+08:00',
 *     actor: { id: 's-017', name: 'Wang Wei', department: 'security', onDuty: true },
 *     channel: 'visit', category: 'repair', requester: { name: 'Mrs Zhao' },
 *     intent: 'Ceiling leak in 1202', announced: { name: 'Wang Wei' },
 *   },
 * });
 * // Right({ version: 1, duplicate: false, events: [InquiryReceived], ... })
 *
 * @category store
 * @since 0.1.0
 */
export function createCommandHandler(options: CommandHandlerOptions): CommandHandler {
  const { store } = options;
  const decider = options.decider ?? inquiryDecider;
  const maxRetries = Math.max(0, options.maxRetries ?? 3);
  const cache = streamViewCache(options.cacheSize ?? 1000);

  const load = async (streamId: string): Promise<E.Either<StoreError, StreamView>> => {
    const known = cache.get(streamId) ?? emptyStreamView(streamId, decider);
    const read = await store.readStream(streamId, { after: known.version });
    if (E.isLeft(read)) return read;
    // A store that went backwards (wiped, restored from backup) invalidates what we folded.
    if (read.right.version < known.version) return reloadFromScratch(streamId);
    const view = extendStreamView(known, read.right.events, decider);
    cache.remember(view);
    return E.right(view);
  };

  const reloadFromScratch = async (streamId: string): Promise<E.Either<StoreError, StreamView>> => {
    const read = await store.readStream(streamId);
    if (E.isLeft(read)) return read;
    const view = extendStreamView(emptyStreamView(streamId, decider), read.right.events, decider);
    cache.remember(view);
    return E.right(view);
  };

  // One attempt path for a cached view and a verified (freshly read) one. The usual case: nobody
  // else wrote since this handler last saw the stream, so it decides on the folded state it keeps
  // and appends at that version without reading first — the store's version check is the proof.
  // Only an acceptance is trusted this way: a refusal or a no-op decided on a view that may be
  // stale is decided again on the stream as read, and a conflict on an unverified view only says
  // the cache was stale, so it costs no attempt and no backoff. A duplicate found in a cached view
  // is trusted: the record it comes from never changes.
  return async (submitted) => {
    let command = submitted as InquiryCommand;
    if (options.directory !== undefined) {
      const resolved = await resolveStaff(submitted, options.directory);
      if (E.isLeft(resolved)) return resolved;
      command = resolved.right;
    }
    const inquiryId = inquiryIdOf(command);
    if (inquiryId === null) return E.left(invalidCommand(command, decider));
    // One stream per inquiry, named by its id: the stores check that every event belongs to its stream.
    const streamId = inquiryId;
    const commandId = command.metadata?.commandId;
    // A stream the handler does not hold is tried as a new one: a receipt then lands in one round
    // trip, and if the stream exists after all, the conflict (free, like a stale cache) sends the
    // command the verified way. Anything else a new stream refuses is read first anyway.
    let view: StreamView | undefined = cache.get(streamId) ?? emptyStreamView(streamId, decider);
    let verified = false;
    for (let attempt = 1; ;) {
      if (view === undefined) {
        const loaded = await load(streamId);
        if (E.isLeft(loaded)) return loaded;
        view = loaded.right;
        verified = true;
      }
      const earlier = commandId === undefined ? undefined : view.eventsOfCommand(commandId);
      if (earlier !== undefined) {
        return E.right({ streamId, events: earlier, version: view.version, state: view.state, duplicate: true, attempts: attempt });
      }
      const decision = decider.decide(command, view.state);
      if (!verified && (E.isLeft(decision) || decision.right.length === 0)) {
        view = undefined;
        continue;
      }
      if (E.isLeft(decision)) return decision;
      if (decision.right.length === 0) {
        return E.right({ streamId, events: [], version: view.version, state: view.state, duplicate: false, attempts: attempt });
      }
      const appended = await store.append(streamId, decision.right, {
        expectedVersion: view.version === 0 ? 'no-stream' : view.version,
        metadata: metadataOf(command),
      });
      if (E.isRight(appended)) {
        const next = extendStreamView(view, appended.right.events, decider);
        cache.remember(next);
        return E.right({
          streamId,
          events: appended.right.events,
          version: next.version,
          state: next.state,
          duplicate: false,
          attempts: attempt,
        });
      }
      if (appended.left.code !== 'CONCURRENCY_CONFLICT') return appended;
      view = undefined;
      if (!verified) continue;
      if (attempt > maxRetries) return appended;
      if (options.backoff !== undefined) await options.backoff(attempt);
      attempt++;
    }
  };
}

function inquiryIdOf(command: InquiryCommand): string | null {
  const data: unknown = (command as { data?: unknown } | null | undefined)?.data;
  const id = typeof data === 'object' && data !== null ? (data as { inquiryId?: unknown }).inquiryId : undefined;
  // An id `decide` would refuse names no stream worth reading (src/identity.ts).
  return typeof id === 'string' && isUsableId(id) ? id : null;
}

// Without an inquiry id there is no stream to load; the decider still names what is wrong.
function invalidCommand(command: InquiryCommand, decider: InquiryDecider): RuleViolation {
  const decision = decider.decide(command, decider.initialState());
  return E.isLeft(decision)
    ? decision.left
    : violation('INVALID_COMMAND', 'The command names no inquiry: data.inquiryId must be a non-blank string.', 'data.inquiryId');
}

function metadataOf(command: InquiryCommand): EventMetadata {
  const { commandId, correlationId } = command.metadata ?? {};
  return {
    actor: command.data.actor.id,
    ...(commandId === undefined ? {} : { commandId }),
    ...(correlationId === undefined ? {} : { correlationId }),
  };
}
