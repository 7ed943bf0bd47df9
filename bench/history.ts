import * as E from 'fp-ts/Either';
import { applyEvent, receivedRecord } from '../src/inquiry/evolve';
import {
  decide,
  initialState,
  replay,
  type InquiryCommand,
  type InquiryEvent,
  type InquiryState,
  type OpenInquiry,
  type Staff,
} from '../src/index';

// Synthetic, deterministic histories for the benchmarks. Every event is produced by running a
// real command through `decide` against the state folded by `evolve`'s rules, so the histories obey every
// enforced rule and hold every event kind, like a busy city hotline's log.

/** A seeded pseudo-random source (mulberry32): the same seed gives the same history. */
export interface Random {
  /** A float in [0, 1). */
  readonly next: () => number;
  readonly int: (below: number) => number;
  readonly pick: <T>(items: readonly T[]) => T;
}

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number): number => Math.floor(next() * below);
  return { next, int, pick: (items) => items[int(items.length)] as (typeof items)[number] };
}

const DEPARTMENTS = ['customer-service', 'engineering', 'security', 'cleaning', 'finance'] as const;
const CATEGORIES = ['emergency-repair', 'repair', 'enquiry', 'complaint', 'renovation-permit', 'other'] as const;
const CHANNELS = ['call', 'letter', 'visit'] as const;
const PARTIES = ['property-company', 'renovation-contractor', 'developer-legacy', 'natural-causes'] as const;

/** A staff roster: every fifth person is a leader, every ninth is off duty. */
export function roster(size: number): readonly Staff[] {
  return Array.from({ length: size }, (_, i): Staff => ({
    id: `s-${String(i).padStart(4, '0')}`,
    name: `Staff ${i}`,
    department: DEPARTMENTS[i % DEPARTMENTS.length] ?? 'customer-service',
    employeeNo: `E${1000 + i}`,
    onDuty: i % 9 !== 8,
    ...(i % 5 === 0 ? { leader: true } : {}),
  }));
}

interface Walk {
  readonly id: string;
  readonly length: number;
  state: InquiryState;
  at: number;
  emitted: number;
}

const BASE_TIME = Date.UTC(2026, 4, 4, 1, 30);

/**
 * What to try next on an inquiry. Some picks are refused by `decide` (an off-duty receiver, a
 * repair resolved before its liability is classified...); the walk then tries another, so only
 * accepted commands make events.
 */
function candidate(walk: Walk, staff: readonly Staff[], rnd: Random): InquiryCommand {
  const at = new Date(walk.at).toISOString();
  const common = { inquiryId: walk.id, at };
  const state = walk.state;
  if (state.status === 'none') {
    const actor = rnd.pick(staff);
    return {
      type: 'ReceiveInquiry',
      data: {
        ...common,
        actor,
        channel: rnd.pick(CHANNELS),
        category: rnd.pick(CATEGORIES),
        requester: { name: `Resident ${walk.id}`, ...(rnd.next() < 0.3 ? { contact: '138 0000 0000' } : {}) },
        intent: 'Water leaking from the ceiling of the bathroom',
        intentClear: rnd.next() < 0.85,
        announced: rnd.next() < 0.5 ? { name: actor.name } : { employeeNo: actor.employeeNo ?? '' },
        ...(rnd.next() < 0.3 ? { greeting: 'Good morning, how can I help you?' } : {}),
      },
    };
  }
  if (state.status === 'closed') {
    const actor = rnd.pick(staff);
    return { type: 'ReopenInquiry', data: { ...common, actor, reason: 'The leak came back', announced: { name: actor.name } } };
  }
  return openCandidate(state, { ...common, actor: staffFor(state, staff) }, staff, rnd, walk.emitted >= walk.length - 2);
}

function staffFor(state: OpenInquiry, staff: readonly Staff[]): Staff {
  const found = staff.find((s) => s.id === state.responsible.id);
  if (found === undefined) throw new Error(`bug: ${state.responsible.id} is not on the roster`);
  return found;
}

function openCandidate(
  state: OpenInquiry,
  common: { inquiryId: string; at: string; actor: Staff },
  staff: readonly Staff[],
  rnd: Random,
  closing: boolean,
): InquiryCommand {
  const awaitingHandler = state.escalation !== undefined && state.escalation.namedHandler === undefined;
  // Mostly work on the matter; close it now and then early, and always try to at the end.
  const roll = closing ? 13 + rnd.int(3) : awaitingHandler && rnd.next() < 0.5 ? 5 : rnd.next() < 0.06 ? 14 + rnd.int(2) : rnd.int(14);
  switch (roll) {
    case 0:
      return {
        type: 'ClarifyInquiry',
        data: {
          ...common,
          intent: 'Leak from the flat above, bathroom ceiling',
          ...(rnd.next() < 0.5 ? { contact: '139 1111 2222' } : {}),
        },
      };
    case 1:
      return { type: 'RecordContact', data: { ...common, contact: '137 2222 3333' } };
    case 2:
    case 3:
      return {
        type: 'TransferInquiry',
        data: {
          ...common,
          to: rnd.pick(staff),
          note: 'Leak above the bath; owner home after 18:00; nothing promised yet',
          reason: state.escalation?.namedHandler !== undefined ? 'named-handler' : rnd.next() < 0.7 ? 'out-of-scope' : 'deferred',
        },
      };
    case 4: {
      const leader = staff[5 * rnd.int(Math.floor(staff.length / 5))] ?? common.actor;
      return {
        type: 'EscalateInquiry',
        data: { ...common, leader, question: 'The plumber is off today: who else may take it?', absentHandler: rnd.pick(staff) },
      };
    }
    case 5: {
      const leader = staff.find((s) => s.id === state.escalation?.leader.id);
      return leader === undefined
        ? { type: 'FollowUp', data: { ...common, note: 'Called the plumber again' } }
        : { type: 'NameHandler', data: { ...common, actor: leader, handler: rnd.pick(staff) } };
    }
    case 6:
      return {
        type: 'NotifyMissingMaterials',
        data: {
          ...common,
          items: ['ID card copy', rnd.pick(['deed', 'lease', 'floor plan'])],
          message: 'Please bring these documents next time',
        },
      };
    case 7:
      return {
        type: 'PromiseReply',
        data: {
          ...common,
          deadline: new Date(Date.parse(common.at) + 86_400_000).toISOString(),
          explanation: 'The parts arrive tomorrow; we will call you by noon',
        },
      };
    case 8:
    case 9:
      return { type: 'FollowUp', data: { ...common, note: 'Checked with the plumber: parts ordered' } };
    case 10:
      return { type: 'ReplyToRequester', data: { ...common, message: 'The plumber will come at 3 pm today.' } };
    case 11:
      return {
        type: 'ReassignInquiry',
        data: {
          ...common,
          actor: staff[5 * rnd.int(Math.floor(staff.length / 5))] ?? common.actor,
          to: rnd.pick(staff),
          reason: 'The holder is on leave',
        },
      };
    case 12:
      return { type: 'ReplyToRequester', data: { ...common, message: 'We are on it and will keep you posted.' } };
    case 13:
      return { type: 'ClassifyLiability', data: { ...common, party: rnd.pick(PARTIES), note: 'Cracked pipe in the shared riser' } };
    case 14:
      return rnd.next() < 0.8
        ? { type: 'ResolveInquiry', data: { ...common, summary: 'Pipe replaced and ceiling repainted' } }
        : {
            type: 'DeclineDemand',
            data: {
              ...common,
              demand: 'Repaint the whole flat for free',
              explanation: 'Only the stained ceiling is covered; we will repaint that part',
            },
          };
    default:
      return { type: 'ResolveInquiry', data: { ...common, summary: 'Pipe replaced and ceiling repainted' } };
  }
}

function step(walk: Walk, staff: readonly Staff[], rnd: Random): InquiryEvent {
  for (let attempt = 0; attempt < 50; attempt++) {
    const decision = decide(candidate(walk, staff, rnd), walk.state);
    if (E.isRight(decision)) {
      const event = decision.right[0];
      if (event === undefined) throw new Error('bug: an accepted command made no event');
      walk.state = next(walk.state, event);
      walk.at += 60_000 * (1 + rnd.int(120));
      walk.emitted += 1;
      return event;
    }
  }
  throw new Error(`bug: no command was accepted for ${walk.id} after 50 tries`);
}

// The walk's state is private to it, so it is folded in place by evolve's own rules (immer on
// every event would make generating a million events take minutes); decide reads it like any state.
function next(state: InquiryState, event: InquiryEvent): InquiryState {
  if (state.status === 'none') return event.type === 'InquiryReceived' ? receivedRecord(event) : state;
  if (event.type !== 'InquiryReceived') applyEvent(state as Parameters<typeof applyEvent>[0], event);
  return state;
}

/** Options for {@link generateHistory}. */
export interface HistoryOptions {
  readonly inquiries: number;
  /** Mean events per inquiry (each inquiry gets between mean-4 and mean+4). */
  readonly meanEvents?: number;
  /** How many inquiries are in progress at once, so the log interleaves them. */
  readonly concurrent?: number;
  readonly seed?: number;
}

/**
 * A deterministic log of `inquiries` inquiries, interleaved as they would be in a shared event
 * log, every event accepted by `decide`.
 */
export function generateHistory(options: HistoryOptions): InquiryEvent[] {
  const rnd = seededRandom(options.seed ?? 20260504);
  const staff = roster(60);
  const mean = options.meanEvents ?? 10;
  const concurrent = options.concurrent ?? 500;
  const events: InquiryEvent[] = [];
  const active: Walk[] = [];
  let started = 0;
  const start = (): Walk => {
    const n = started++;
    return {
      id: `INQ-${String(n).padStart(7, '0')}`,
      length: Math.max(1, mean - 4 + rnd.int(9)),
      state: initialState(),
      at: BASE_TIME + n * 30_000,
      emitted: 0,
    };
  };
  while (active.length < concurrent && started < options.inquiries) active.push(start());
  while (active.length > 0) {
    const i = rnd.int(active.length);
    const walk = active[i] as Walk;
    events.push(step(walk, staff, rnd));
    if (walk.emitted >= walk.length) {
      if (started < options.inquiries) active[i] = start();
      else active.splice(i, 1);
    }
  }
  return events;
}

/** One inquiry's history of exactly `length` events, and the state it folds to. */
export function generateInquiry(
  length: number,
  seed: number,
  id = 'INQ-LONG',
): { events: InquiryEvent[]; state: InquiryState; next: InquiryCommand } {
  const rnd = seededRandom(seed);
  const staff = roster(60);
  const walk: Walk = { id, length: Number.MAX_SAFE_INTEGER, state: initialState(), at: BASE_TIME, emitted: 0 };
  const events = Array.from({ length }, () => step(walk, staff, rnd));
  let next = candidate(walk, staff, rnd);
  while (E.isLeft(decide(next, walk.state))) next = candidate(walk, staff, rnd);
  // The state users hold is the frozen one: decide is measured against that.
  return { events, state: replay(events), next };
}
