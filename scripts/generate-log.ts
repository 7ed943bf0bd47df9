/**
 * Writes a synthetic, valid event log (JSONL, one event per line) for trying and measuring the
 * `first-inquiry check` and `audit` commands. Every event comes from a real command accepted by
 * `decide`, so the log passes `check`; the mix covers every event kind, ~10 events per inquiry, with
 * many inquiries interleaved in time order. Deterministic: the same seed gives the same file.
 *
 *   npx tsx scripts/generate-log.ts [--events 1000000] [--seed 1] [--out FILE]   (stdout without --out)
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as E from 'fp-ts/Either';
import { decide, defaultPolicy, evolve, initialState, isInScope } from '../src/index';
import type { InquiryCommand, InquiryEvent, InquiryState, OpenInquiry, Staff } from '../src/index';

// model

/** Options of {@link generateEvents}. */
export interface GenerateOptions {
  readonly events: number;
  readonly seed: number;
}

type Step =
  | 'clarify'
  | 'contact'
  | 'handover'
  | 'defer'
  | 'escalate'
  | 'name'
  | 'handover-named'
  | 'notify'
  | 'notify-again'
  | 'materials'
  | 'promise'
  | 'follow-up'
  | 'reply'
  | 'classify'
  | 'reassign'
  | 'resolve'
  | 'decline';

interface Active {
  state: InquiryState;
  readonly plan: Step[];
  named?: Staff;
}

// constants

const DEPARTMENTS = ['customer-service', 'engineering', 'security', 'cleaning'] as const;
const SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun'];
const GIVEN = ['Wei', 'Na', 'Min', 'Jing', 'Lei', 'Yan', 'Jun', 'Tao', 'Fang', 'Hui', 'Qiang', 'Li'];

const CATEGORY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['enquiry', 30],
  ['repair', 25],
  ['complaint', 15],
  ['other', 15],
  ['emergency-repair', 8],
  ['renovation-permit', 7],
];

const INTENTS: Readonly<Record<string, readonly string[]>> = {
  enquiry: [
    'When is the water supply back on in building 3?',
    'How do I register a visitor car for the weekend?',
    'Where do I collect the new access card?',
  ],
  repair: ['The corridor light outside 1202 keeps flickering', 'Kitchen tap in 0805 drips all night', 'Balcony door lock in 1510 is stuck'],
  complaint: [
    'Renovation noise from 0903 before 8 a.m. every day',
    'Rubbish left by the lift on floor 7 for two days',
    'Dog barking in 2101 late at night',
  ],
  other: ['Lost a parcel in the lobby on Tuesday', 'Asks whether the gym can open earlier', 'Wants to borrow a ladder from the office'],
  'emergency-repair': ['Water leaking through the ceiling of 1202', 'Power cut in the whole of unit 2', 'Resident trapped in lift B'],
  'renovation-permit': [
    'Permit to renovate the bathroom of 0704',
    'Permit to replace the windows of 1603',
    'Permit to move a wall in 0302',
  ],
};

const MISSING = [
  'copy of the property certificate',
  'renovation drawings',
  'contractor licence',
  'deposit receipt',
  'owner ID copy',
  'signed safety pledge',
];
const PARTIES = ['property-company', 'renovation-contractor', 'developer-legacy', 'natural-causes'] as const;

// constructors

/**
 * Yields `options.events` events of a synthetic property-management desk: a few dozen inquiries
 * open at any time, each advanced by its responsible person (or a leader) through real commands.
 *
 * @example
 * for (const event of generateEvents({ events: 100, seed: 1 })) console.log(JSON.stringify(event));
 */
export function* generateEvents(options: GenerateOptions): Generator<InquiryEvent> {
  const random = mulberry32(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const chance = (p: number): boolean => random() < p;
  const staff = roster();
  const leaders = staff.filter((s) => s.leader === true);
  const clerks = staff.filter((s) => s.leader !== true);
  const active: Active[] = [];
  const closed: InquiryState[] = [];
  let clock = Date.parse('2026-01-05T08:00:00+08:00');
  let nextId = 1;
  let produced = 0;

  const competentFor = (state: OpenInquiry): Staff => {
    const departments = defaultPolicy.categories[state.category]?.departments ?? ['customer-service'];
    return pick(clerks.filter((s) => departments.includes(s.department) && s.id !== state.responsible.id));
  };

  while (produced < options.events) {
    clock += 5_000 + Math.floor(random() * 85_000);
    const at = instantAt(clock);
    let entry: Active;
    let command: InquiryCommand;
    if (active.length < 48 && (active.length < 8 || chance(0.12))) {
      const actor = pick(clerks);
      const category = weighted(CATEGORY_WEIGHTS, random);
      const intentClear = chance(0.9);
      command = {
        type: 'ReceiveInquiry',
        data: {
          inquiryId: `INQ-${String(nextId++).padStart(7, '0')}`,
          at,
          actor,
          channel: pick(['call', 'letter', 'visit'] as const),
          category,
          requester: {
            name: `${pick(['Mrs', 'Mr', 'Ms'])} ${pick(SURNAMES)}, ${1 + Math.floor(random() * 30)}-${String(101 + Math.floor(random() * 2400)).padStart(4, '0')}`,
          },
          intent: pick(INTENTS[category] ?? ['Needs help']),
          intentClear,
          announced: actor.employeeNo !== undefined && chance(0.5) ? { employeeNo: actor.employeeNo } : { name: actor.name },
          ...(chance(0.3) ? { greeting: `Hello, this is ${actor.name}, how can I help?` } : {}),
        },
      };
      entry = { state: initialState(), plan: [] };
      active.push(entry);
    } else if (closed.length > 0 && chance(0.01)) {
      const state = closed.splice(Math.floor(random() * closed.length), 1)[0] as InquiryState;
      const reopener = pick(clerks);
      // FI-03 applies to a reopened stage as to a receipt: the reopener announces who they are.
      command = {
        type: 'ReopenInquiry',
        data: {
          inquiryId: idOf(state),
          at,
          actor: reopener,
          reason: 'The requester came back: the problem is not solved',
          announced: { name: reopener.name },
        },
      };
      entry = { state, plan: ['reply', 'follow-up', 'resolve'] };
      active.push(entry);
    } else {
      entry = pick(active);
      const state = entry.state as OpenInquiry;
      const step = entry.plan.shift() ?? 'follow-up';
      const actor = staffById(staff, state.responsible.id);
      const base = { inquiryId: state.inquiryId, at, actor };
      command = commandFor(step, state, base, entry, { leaders, competentFor, pick, chance, random, clock });
    }
    const decision = decide(command, entry.state);
    if (E.isLeft(decision))
      throw new Error(`bug in the generator: ${command.type} refused: ${decision.left.code}: ${decision.left.message}`);
    for (const event of decision.right) {
      entry.state = evolve(entry.state, event);
      produced += 1;
      yield event;
    }
    if (command.type === 'ReceiveInquiry') entry.plan.push(...planFor(entry.state as OpenInquiry, random));
    // An open inquiry whose plan ran out was abandoned by its holder: it stays open in the log.
    if (entry.state.status === 'closed' || entry.plan.length === 0) {
      active.splice(active.indexOf(entry), 1);
      if (entry.state.status === 'closed' && closed.length < 500 && chance(0.05)) closed.push(entry.state);
    }
  }
}

interface Tools {
  readonly leaders: readonly Staff[];
  readonly competentFor: (state: OpenInquiry) => Staff;
  readonly pick: <T>(xs: readonly T[]) => T;
  readonly chance: (p: number) => boolean;
  readonly random: () => number;
  readonly clock: number;
}

function commandFor(
  step: Step,
  state: OpenInquiry,
  base: { inquiryId: string; at: string; actor: Staff },
  entry: Active,
  t: Tools,
): InquiryCommand {
  switch (step) {
    case 'clarify':
      return {
        type: 'ClarifyInquiry',
        data: { ...base, intent: `${state.intent} (confirmed with the requester)`, ...(t.chance(0.5) ? { contact: '138 0000 0000' } : {}) },
      };
    case 'contact':
      return { type: 'RecordContact', data: { ...base, contact: `139 ${String(Math.floor(t.random() * 1e8)).padStart(8, '0')}` } };
    case 'handover':
      return {
        type: 'TransferInquiry',
        data: {
          ...base,
          to: t.competentFor(state),
          reason: 'out-of-scope',
          note: 'Not ours to fix; requester waiting at home, details in the intent.',
        },
      };
    case 'defer':
      return {
        type: 'TransferInquiry',
        data: { ...base, to: t.competentFor(state), reason: 'deferred', note: 'Parts on order; next shift to call the requester back.' },
      };
    case 'escalate': {
      const absent = { ...t.competentFor(state), onDuty: false };
      return {
        type: 'EscalateInquiry',
        data: {
          ...base,
          leader: t.pick(t.leaders),
          question: `${absent.name} is off duty: who can take this today?`,
          absentHandler: absent,
        },
      };
    }
    case 'name': {
      const leader = state.escalation?.leader;
      entry.named = t.competentFor(state);
      return {
        type: 'NameHandler',
        data: { ...base, actor: t.leaders.find((l) => l.id === leader?.id) ?? base.actor, handler: entry.named },
      };
    }
    case 'handover-named':
      return {
        type: 'TransferInquiry',
        data: {
          ...base,
          to: entry.named ?? t.competentFor(state),
          reason: 'named-handler',
          note: 'As the leader asked: details in the intent, requester expects a call.',
        },
      };
    case 'notify':
      return {
        type: 'NotifyMissingMaterials',
        data: {
          ...base,
          items: [t.pick(MISSING), t.pick(MISSING)].filter((x, i, xs) => xs.indexOf(x) === i),
          message: 'Please bring these documents; that is everything we need.',
        },
      };
    case 'materials':
      return { type: 'RecordMaterialsReceived', data: { ...base } };
    case 'notify-again':
      return {
        type: 'NotifyMissingMaterials',
        data: { ...base, items: [t.pick(MISSING)], message: 'Sorry, one more document is needed.' },
      };
    case 'promise':
      return {
        type: 'PromiseReply',
        data: {
          ...base,
          deadline: instantAt(t.clock + (1 + Math.floor(t.random() * 48)) * 3_600_000),
          explanation: 'We need to check with the contractor; we will call you by then.',
        },
      };
    case 'follow-up':
      return {
        type: 'FollowUp',
        data: { ...base, note: t.pick(['Called the contractor', 'Checked on site', 'Parts arrived', 'Requester informed of progress']) },
      };
    case 'reply':
      return {
        type: 'ReplyToRequester',
        data: {
          ...base,
          message: t.pick([
            'We are on it and will update you this afternoon.',
            'The engineer will come at 3 p.m.',
            'Here is the answer to your question.',
          ]),
        },
      };
    case 'classify':
      return { type: 'ClassifyLiability', data: { ...base, party: t.pick(PARTIES), note: 'Found on inspection.' } };
    case 'reassign':
      return {
        type: 'ReassignInquiry',
        data: { ...base, actor: t.pick(t.leaders), to: t.competentFor(state), reason: 'The responsible person is on leave.' },
      };
    case 'decline':
      return {
        type: 'DeclineDemand',
        data: {
          ...base,
          demand: 'Compensation beyond the repair',
          explanation: 'The contract covers the repair only; we explained the terms and what we can do.',
        },
      };
    case 'resolve':
      return { type: 'ResolveInquiry', data: { ...base, summary: 'Done; the requester confirmed.' } };
  }
}

function planFor(state: OpenInquiry, random: () => number): Step[] {
  const chance = (p: number): boolean => random() < p;
  const plan: Step[] = [];
  if (!state.intentClear) plan.push(chance(0.5) ? 'clarify' : 'contact');
  if (!isInScope(defaultPolicy, state.category, state.responsible.department)) {
    plan.push(...(chance(0.25) ? (['escalate', 'name', 'handover-named'] as const) : (['handover'] as const)));
  }
  if (state.category === 'renovation-permit' || chance(0.15))
    plan.push('notify', ...(chance(0.15) ? (['notify-again'] as const) : []), ...(chance(0.7) ? (['materials'] as const) : []));
  if (chance(0.5)) plan.push('promise');
  if (chance(0.1)) plan.push('contact', 'defer');
  for (let i = 1 + Math.floor(random() * 5); i > 0; i -= 1) plan.push('follow-up');
  for (let i = 1 + Math.floor(random() * 3); i > 0; i -= 1) plan.push('reply');
  if (chance(0.05)) plan.push('reassign');
  if (defaultPolicy.categories[state.category]?.requiresLiability === true) plan.push('classify');
  if (chance(0.96)) plan.push(chance(0.07) ? 'decline' : 'resolve');
  return plan;
}

// utils

function roster(): Staff[] {
  const staff: Staff[] = [];
  DEPARTMENTS.forEach((department, d) => {
    for (let i = 0; i < (department === 'cleaning' ? 4 : 8); i += 1) {
      const n = d * 10 + i;
      staff.push({
        id: `s-${String(100 + n)}`,
        name: `${SURNAMES[n % SURNAMES.length]} ${GIVEN[(n * 7) % GIVEN.length]}`,
        department,
        onDuty: true,
        ...(n % 3 === 0 ? { employeeNo: `A-${String(n).padStart(4, '0')}` } : {}),
      });
    }
  });
  for (let i = 0; i < 4; i += 1) {
    staff.push({ id: `s-9${i}`, name: `Director ${SURNAMES[i + 4]}`, department: 'management', onDuty: true, leader: true });
  }
  return staff;
}

function staffById(staff: readonly Staff[], id: string): Staff {
  const found = staff.find((s) => s.id === id);
  if (found === undefined) throw new Error(`bug in the generator: no staff ${id}`);
  return found;
}

function idOf(state: InquiryState): string {
  if (state.status === 'none') throw new Error('bug in the generator: reopening nothing');
  return state.inquiryId;
}

function weighted(table: ReadonlyArray<readonly [string, number]>, random: () => number): string {
  let r = random() * table.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table[0]?.[0] ?? 'other';
}

// China Standard Time, as a desk in mainland China would record it.
function instantAt(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { events: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  const events = Number(values.events);
  const seed = Number(values.seed);
  if (!Number.isInteger(events) || events < 0 || !Number.isInteger(seed)) {
    process.stderr.write('usage: tsx scripts/generate-log.ts [--events N] [--seed S] [--out FILE]\n');
    process.exitCode = 2;
    return;
  }
  const out = values.out === undefined ? process.stdout : createWriteStream(values.out);
  let chunk = '';
  for (const event of generateEvents({ events, seed })) {
    chunk += `${JSON.stringify(event)}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  if (out !== process.stdout) await once(out, 'finish');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
