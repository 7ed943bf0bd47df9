import * as fc from 'fast-check';
import type { InquiryCommand } from '../../src/inquiry/commands';
import { LiabilityParty, type InquiryEvent } from '../../src/inquiry/events';
import { defaultPolicy } from '../../src/policy/policy';
import type { Staff } from '../../src/inquiry/staff';
import { initialState } from '../../src/inquiry/state';
import {
  KNOWN_CATEGORIES,
  OwnershipStep,
  STAFF_POOL,
  initialModel,
  predict,
  type Act,
  type ActorRole,
  type Breakage,
  type OwnershipModel,
  type OwnershipReal,
  type Step,
  type TargetRole,
  type Text,
} from './model';

/**
 * Generators for property tests and benchmarks: staff, texts, steps (random commands by random
 * actors, valid and invalid mixed) and valid histories. Reuse them; do not copy them.
 */

// texts

const OK_TEXTS = [
  'The plumber will come at 10:00 tomorrow.',
  '已联系工程部李师傅，十分钟后到。',
  '漏水由楼上装修引起，我们已通知施工方。',
  'Called 1302: the owner is home on Thursday.',
  'copy of the property certificate',
  '装修图纸',
];

const BLANK_TEXTS = ['', ' ', '\t\n', '\u3000'];

const FORBIDDEN_TEXTS = [
  '我不知道',
  '这不是我的事',
  '不 归 我 管',
  '漏水不歸我管！',
  'Ｉ ｄｏｎ＇ｔ ｋｎｏｗ',
  'Sorry, NOT my business',
  'that is not\u200bmy department',
  'I don’t know when',
];

/**
 * A text of a known kind: ordinary (from a list or random), blank, or saying a forbidden phrase in
 * one of its disguises (spacing, full width, zero-width characters, case, typographic apostrophe).
 *
 * @example
 * fc.sample(textArbitrary, 3); // e.g. [{ kind: 'ok', value: 'Note 7x' }, { kind: 'blank', value: ' ' }, ...]
 */
export const textArbitrary: fc.Arbitrary<Text> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .oneof(
        fc.constantFrom(...OK_TEXTS),
        fc.string({ minLength: 1, maxLength: 12 }).map((s) => `Note ${s}`),
      )
      .map((value) => ({ kind: 'ok' as const, value })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...BLANK_TEXTS).map((value) => ({ kind: 'blank' as const, value })) },
  { weight: 1, arbitrary: fc.constantFrom(...FORBIDDEN_TEXTS).map((value) => ({ kind: 'forbidden' as const, value })) },
);

const okText: fc.Arbitrary<Text> = fc.constantFrom(...OK_TEXTS).map((value) => ({ kind: 'ok' as const, value }));

// staff

/**
 * Any staff member of the model's pool: on duty, off duty, leaders (one off duty) and a nameless record.
 *
 * @example
 * fc.sample(staffArbitrary, 1)[0]?.id; // e.g. 's-017'
 */
export const staffArbitrary: fc.Arbitrary<Staff> = fc.constantFrom(
  ...STAFF_POOL.onDuty,
  ...STAFF_POOL.offDuty,
  ...STAFF_POOL.leaders,
  STAFF_POOL.nameless,
);

const actorRole: fc.Arbitrary<ActorRole> = fc.oneof(
  { weight: 8, arbitrary: fc.constant('responsible' as const) },
  { weight: 1, arbitrary: fc.constant('colleague' as const) },
  { weight: 1, arbitrary: fc.constant('off-duty' as const) },
  { weight: 1, arbitrary: fc.constant('leader' as const) },
  { weight: 1, arbitrary: fc.constant('escalated-leader' as const) },
);

const targetRole: fc.Arbitrary<TargetRole> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('colleague' as const) },
  { weight: 1, arbitrary: fc.constant('off-duty' as const) },
  { weight: 1, arbitrary: fc.constant('leader' as const) },
  { weight: 1, arbitrary: fc.constant('self' as const) },
  { weight: 2, arbitrary: fc.constant('named-handler' as const) },
  { weight: 1, arbitrary: fc.constant('nameless' as const) },
  { weight: 1, arbitrary: fc.constant('spaced-twin' as const) },
);

// acts

const receiveAct = fc.record(
  {
    type: fc.constant('ReceiveInquiry' as const),
    channel: fc.constantFrom('call' as const, 'letter' as const, 'visit' as const),
    category: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...KNOWN_CATEGORIES) },
      { weight: 1, arbitrary: fc.constantFrom('pets', 'Repair', ' repair') },
    ),
    intent: textArbitrary,
    intentClear: fc.boolean(),
    announce: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('name' as const, 'employeeNo' as const) },
      { weight: 1, arbitrary: fc.constantFrom('other' as const, 'nothing' as const) },
    ),
    greeting: textArbitrary,
    contact: fc.oneof(okText, textArbitrary),
  },
  { requiredKeys: ['type', 'channel', 'category', 'intent', 'announce'] },
);

const otherActs: ReadonlyArray<fc.WeightedArbitrary<Exclude<Act, { type: 'Garbage' }>>> = [
  { weight: 1, arbitrary: receiveAct },
  {
    weight: 2,
    arbitrary: fc.record(
      { type: fc.constant('ClarifyInquiry' as const), intent: textArbitrary, contact: textArbitrary },
      { requiredKeys: ['type', 'intent'] },
    ),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('RecordContact' as const), contact: textArbitrary }) },
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('TransferInquiry' as const),
      to: targetRole,
      note: textArbitrary,
      reason: fc.constantFrom('out-of-scope' as const, 'deferred' as const, 'named-handler' as const),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('EscalateInquiry' as const),
      leader: fc.oneof({ weight: 4, arbitrary: fc.constant('leader' as const) }, { weight: 1, arbitrary: targetRole }),
      question: textArbitrary,
      absentHandler: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('NameHandler' as const), handler: targetRole }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('NotifyMissingMaterials' as const),
      items: fc.array(textArbitrary, { maxLength: 3 }),
      message: textArbitrary,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('PromiseReply' as const),
      deadlineMinutes: fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 1, max: 7 * 24 * 60 }) },
        { weight: 1, arbitrary: fc.integer({ min: -60, max: 0 }) },
      ),
      explanation: textArbitrary,
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('FollowUp' as const), note: textArbitrary }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('ReplyToRequester' as const), message: textArbitrary }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('ClassifyLiability' as const),
      party: fc.constantFrom(...(Object.keys(LiabilityParty.keys) as LiabilityParty[])),
      note: textArbitrary,
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('DeclineDemand' as const), demand: textArbitrary, explanation: textArbitrary }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('ResolveInquiry' as const), summary: textArbitrary }) },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('ReopenInquiry' as const),
      reason: textArbitrary,
      announce: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('name' as const, 'employeeNo' as const) },
        { weight: 1, arbitrary: fc.constantFrom('other' as const, 'nothing' as const) },
      ),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ type: 'RecordMaterialsReceived' as const }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('ReassignInquiry' as const), to: targetRole, reason: textArbitrary }) },
];

const realAct = fc.oneof(...otherActs);

const breakage: fc.Arbitrary<Breakage> = fc.constantFrom(
  'no-data',
  'unknown-type',
  'time-without-zone',
  'blank-actor-id',
  'actor-not-an-object',
  'not-an-object',
);

const act: fc.Arbitrary<Act> = fc.oneof(
  { weight: 30, arbitrary: realAct },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('Garbage' as const), of: realAct, breakage }) },
);

// Leaders' acts are mostly tried by leaders (else almost all would be refused as NOT_A_LEADER);
// everything else mostly by the responsible person.
const leaderActorRole: fc.Arbitrary<ActorRole> = fc.oneof(
  { weight: 4, arbitrary: fc.constant('escalated-leader' as const) },
  { weight: 2, arbitrary: fc.constant('leader' as const) },
  { weight: 1, arbitrary: actorRole },
);

function stepOf(acts: fc.Arbitrary<Act>): fc.Arbitrary<Step> {
  return acts.chain((a) => {
    const type = a.type === 'Garbage' ? a.of.type : a.type;
    return fc.record({
      act: fc.constant(a),
      actor: type === 'NameHandler' || type === 'ReassignInquiry' ? leaderActorRole : actorRole,
      pick: fc.nat({ max: 11 }),
      minutes: fc.oneof(
        { weight: 12, arbitrary: fc.integer({ min: 0, max: 600 }) },
        { weight: 1, arbitrary: fc.integer({ min: -600, max: -1 }) },
      ),
      otherInquiry: fc.oneof({ weight: 30, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    });
  });
}

/**
 * One step of a history: any command (valid or not) by an actor chosen by role (the responsible
 * person most of the time; otherwise other staff, off-duty staff or leaders), some minutes after
 * the last act (sometimes before it), now and then for another inquiry or broken outright.
 *
 * @example
 * fc.sample(stepArbitrary, 1)[0]?.act.type; // e.g. 'TransferInquiry'
 */
export const stepArbitrary: fc.Arbitrary<Step> = stepOf(act);

const validReceiveAct = fc.record(
  {
    type: fc.constant('ReceiveInquiry' as const),
    channel: fc.constantFrom('call' as const, 'letter' as const, 'visit' as const),
    category: fc.constantFrom(...KNOWN_CATEGORIES),
    intent: okText,
    intentClear: fc.boolean(),
    announce: fc.constant('name' as const),
    greeting: okText,
    contact: okText,
  },
  { requiredKeys: ['type', 'channel', 'category', 'intent', 'announce'] },
);

/**
 * A first step that receives the inquiry: valid four times in five, otherwise any receipt (an
 * invalid one leaves nothing received, and later steps must find nothing to act on).
 */
export const receiptStepArbitrary: fc.Arbitrary<Step> = stepOf(
  fc.oneof({ weight: 4, arbitrary: validReceiveAct }, { weight: 1, arbitrary: receiveAct }),
);

/**
 * The command a step makes when run against a fresh model, for properties that need plain
 * commands rather than steps (e.g. "decide never throws").
 *
 * @example
 * fc.sample(commandArbitrary, 1)[0]?.type; // e.g. 'ReceiveInquiry'
 */
export const commandArbitrary: fc.Arbitrary<InquiryCommand> = stepArbitrary.map((step) => predict(step, initialModel()).command);

/** The result of running steps through `decide` and `evolve`, keeping what was accepted. */
export interface History {
  readonly events: readonly InquiryEvent[];
  readonly commands: readonly InquiryCommand[];
  readonly refused: number;
}

/**
 * Runs steps against the decider, the model resolving each step's actor and names, and keeps the
 * accepted events: a history `decide` could really have produced.
 */
export function historyOf(steps: readonly Step[]): History {
  const model = initialModel();
  const real: OwnershipReal = { state: initialState(), events: [], policy: defaultPolicy };
  const commands: InquiryCommand[] = [];
  let refused = 0;
  for (const step of steps) {
    const { command } = predict(step, model);
    const before = real.events.length;
    // Through the model-based step, so every generated history is also checked against the model.
    new OwnershipStep(step).run(model, real);
    if (real.events.length === before) refused += 1;
    else commands.push(command);
  }
  return { events: real.events, commands, refused };
}

/**
 * A valid history: a receipt followed by up to `maxSteps` random steps, of which the accepted
 * ones are kept (the refused ones leave no trace, as in a real event store).
 *
 * @example
 * fc.sample(validHistoryArbitrary(), 1)[0]?.events[0]?.type; // 'InquiryReceived', or no events at all
 */
export function validHistoryArbitrary(maxSteps = 30): fc.Arbitrary<History> {
  return fc
    .tuple(receiptStepArbitrary, fc.array(stepArbitrary, { maxLength: maxSteps, size: 'medium' }))
    .map(([first, rest]) => historyOf([first, ...rest]));
}

// the model-based property

/**
 * The model-based ownership property (FI-01, FI-02, FI-10 and the chain of FI-09): a random
 * receipt and up to `maxCommands` random steps run through `fc.modelRun`, checking the model's
 * prediction and every invariant after each step.
 */
export function ownershipProperty(maxCommands = 40, onHistory: () => void = () => {}) {
  const steps = fc.commands([stepArbitrary.map((step) => new OwnershipStep(step))], { maxCommands, size: 'medium' });
  return fc.property(receiptStepArbitrary, steps, (first, commands) => {
    onHistory();
    fc.modelRun(() => setUp(first), commands);
  });
}

function setUp(first: Step): { model: OwnershipModel; real: OwnershipReal } {
  const model = initialModel();
  const real: OwnershipReal = { state: initialState(), events: [], policy: defaultPolicy };
  new OwnershipStep(first).run(model, real);
  return { model, real };
}

/**
 * Runs the model-based ownership property for `runs` random histories and returns how many ran:
 * the unit a benchmark times ("histories per second of the model-based test"). Throws, with
 * fast-check's seed and counterexample, if any history breaks a rule.
 *
 * @example
 * const started = performance.now();
 * const histories = runOwnershipProperty(1000, 42);
 * console.log(`${(histories / ((performance.now() - started) / 1000)).toFixed(0)} histories/s`);
 */
export function runOwnershipProperty(runs: number, seed?: number): number {
  let histories = 0;
  fc.assert(
    ownershipProperty(40, () => {
      histories += 1;
    }),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  return histories;
}
