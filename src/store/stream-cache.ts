import type { InquiryDecider } from '../inquiry/decider';
import type { InquiryState } from '../inquiry/state';
import type { StoredEvent } from './event-store';

// model

/**
 * What the command handler knows of one stream: its version, the state folded up to it, and
 * which command ids produced which events (for idempotency).
 *
 * @example
 * import { inquiryDecider } from 'first-inquiry';
 * import { emptyStreamView } from './stream-cache'; // internal to the command handler
 * emptyStreamView('INQ-1', inquiryDecider).eventsOfCommand('form-8841'); // undefined
 *
 * @category store
 * @since 0.1.0
 */
export interface StreamView {
  readonly streamId: string;
  readonly version: number;
  readonly state: InquiryState;
  /** The events an earlier command with this id appended, if it is at or below `version`. */
  readonly eventsOfCommand: (commandId: string) => readonly StoredEvent[] | undefined;
}

// A stream is append-only, so one index per stream can be shared by every view of it: a view
// only trusts entries at or below its own version.
interface CommandIndex {
  maxVersion: number;
  readonly byCommand: Map<string, StoredEvent[]>;
}

// constructors

/**
 * The view of a stream that does not exist yet.
 *
 * @example
 * import { inquiryDecider } from 'first-inquiry';
 * import { emptyStreamView } from './stream-cache'; // internal to the command handler
 * emptyStreamView('INQ-1', inquiryDecider).version; // 0
 *
 * @category store
 * @since 0.1.0
 */
export function emptyStreamView(streamId: string, decider: InquiryDecider): StreamView {
  return viewOf(streamId, 0, decider.initialState(), { maxVersion: 0, byCommand: new Map() });
}

// utils

/**
 * Extends a view by events read after its version (they must continue it without a gap).
 *
 * @example
 * import { inquiryDecider } from 'first-inquiry';
 * import { emptyStreamView, extendStreamView } from './stream-cache'; // internal
 * extendStreamView(emptyStreamView('INQ-1', inquiryDecider), [], inquiryDecider).version; // 0
 *
 * @category store
 * @since 0.1.0
 */
export function extendStreamView(view: StreamView, events: readonly StoredEvent[], decider: InquiryDecider): StreamView {
  if (events.length === 0) return view;
  const index = indexOf(view);
  let state = view.state;
  let version = view.version;
  for (const stored of events) {
    state = decider.evolve(state, stored.event);
    version = stored.version;
    const commandId = stored.metadata.commandId;
    if (commandId !== undefined && stored.version > index.maxVersion) {
      const earlier = index.byCommand.get(commandId);
      if (earlier === undefined) index.byCommand.set(commandId, [stored]);
      else earlier.push(stored);
    }
    index.maxVersion = Math.max(index.maxVersion, stored.version);
  }
  return viewOf(view.streamId, version, state, index);
}

const indexes = new WeakMap<StreamView, CommandIndex>();

function indexOf(view: StreamView): CommandIndex {
  const index = indexes.get(view);
  if (index === undefined) throw new Error('BUG: a stream view was built outside stream-cache.ts');
  return index;
}

function viewOf(streamId: string, version: number, state: InquiryState, index: CommandIndex): StreamView {
  const view: StreamView = {
    streamId,
    version,
    state,
    eventsOfCommand: (commandId) => {
      const events = index.byCommand.get(commandId);
      return events !== undefined && events[0] !== undefined && events[0].version <= version ? events : undefined;
    },
  };
  indexes.set(view, index);
  return view;
}

/**
 * A bounded, least-recently-used map of stream views, so a busy handler reads only the tail of
 * a stream instead of replaying it on every command. Safe with other writers: a cached view is
 * always caught up from the store before a decision, and the append's expected version guards it.
 *
 * @example
 * import { streamViewCache } from './stream-cache'; // internal
 * const cache = streamViewCache(1000);
 * cache.get('INQ-1'); // undefined
 *
 * @category store
 * @since 0.1.0
 */
export function streamViewCache(capacity: number): {
  readonly get: (streamId: string) => StreamView | undefined;
  readonly remember: (view: StreamView) => void;
} {
  const views = new Map<string, StreamView>();
  return {
    get: (streamId) => {
      const view = views.get(streamId);
      if (view !== undefined) {
        views.delete(streamId);
        views.set(streamId, view);
      }
      return view;
    },
    remember: (view) => {
      if (capacity <= 0) return;
      const known = views.get(view.streamId);
      if (known !== undefined && known.version > view.version) return;
      views.delete(view.streamId);
      views.set(view.streamId, view);
      const oldest = views.keys().next();
      if (views.size > capacity && oldest.done !== true) views.delete(oldest.value);
    },
  };
}
