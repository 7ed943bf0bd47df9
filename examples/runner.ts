import * as E from 'fp-ts/Either';
import {
  formatViolation,
  inquiryDecider,
  type InquiryDecider,
  type InquiryEvent,
  type InquiryState,
  type Locale,
  type RuleViolation,
  type StaffRef,
} from '../src/index';
import { scenarios as allScenarios, type Scenario } from './scenarios';
import type { Words } from './scenarios/scenario';
import { EXAMPLE_TEXTS, personLabel } from './texts';

// model

/**
 * What the decider said to one step: the events it accepted, or the rule that refused it.
 *
 * @example
 * import { runScenario } from './runner';
 * import { absentHandler } from './scenarios/absent-handler';
 * runScenario(absentHandler).outcomes[1]?.result.kind; // 'refused' (HANDLER_OFF_DUTY, FI-08)
 *
 * @category examples
 * @since 0.1.0
 */
export type StepResult =
  { readonly kind: 'accepted'; readonly events: readonly InquiryEvent[] } | { readonly kind: 'refused'; readonly violation: RuleViolation };

/**
 * One step of a run: the narration, the decision, and who is responsible afterwards.
 *
 * @example
 * import { runScenario } from './runner';
 * import { waterLeak } from './scenarios/water-leak';
 * runScenario(waterLeak).outcomes[2]?.responsible?.name; // 'Li Na': the handover passed responsibility
 *
 * @category examples
 * @since 0.1.0
 */
export interface StepOutcome {
  readonly narration: Words;
  readonly result: StepResult;
  /** The responsible person after the step, `null` when the inquiry is closed. */
  readonly responsible: StaffRef | null;
}

/**
 * A scenario played through the decider: every step's outcome, the final state, and the lines
 * `npm run examples` prints for it (in the locale asked for; English by default).
 *
 * @example
 * import { runScenario } from './runner';
 * import { waterLeak } from './scenarios/water-leak';
 * runScenario(waterLeak).lines[0]; // '== water-leak: A water leak reported to a security guard'
 *
 * @category examples
 * @since 0.1.0
 */
export interface ScenarioRun {
  readonly scenario: Scenario;
  readonly outcomes: readonly StepOutcome[];
  /** Every accepted event, in order: the inquiry's stream as a store would hold it. */
  readonly events: readonly InquiryEvent[];
  readonly state: InquiryState;
  readonly lines: readonly string[];
}

// utils

/**
 * Plays a scenario through `decide`/`evolve`, in memory. A refused step changes nothing, exactly as
 * a command handler would leave the stream untouched, and the story goes on from the same state.
 * `locale` words the printed lines: narration, labels and refusals (codes and rule IDs stay).
 *
 * @example
 * import { runScenario } from './runner';
 * import { scenarios } from './scenarios';
 * const run = runScenario(scenarios[0]!);
 * run.state.status; // 'closed'
 *
 * @category examples
 * @since 0.1.0
 */
export function runScenario(scenario: Scenario, decider: InquiryDecider = inquiryDecider, locale: Locale = 'en'): ScenarioRun {
  let state = decider.initialState();
  const events: InquiryEvent[] = [];
  const outcomes: StepOutcome[] = [];
  for (const step of scenario.steps) {
    const decision = decider.decide(step.command, state);
    const result: StepResult = E.isLeft(decision)
      ? { kind: 'refused', violation: decision.left }
      : { kind: 'accepted', events: decision.right };
    if (result.kind === 'accepted') {
      state = result.events.reduce(decider.evolve, state);
      events.push(...result.events);
    }
    outcomes.push({ narration: step.narration, result, responsible: state.status === 'open' ? state.responsible : null });
  }
  return { scenario, outcomes, events, state, lines: describeRun(scenario, outcomes, state, locale) };
}

/**
 * Plays every scenario and returns the runs with all their lines, ready to print, in `locale`.
 *
 * @example
 * import { runAll } from './runner';
 * runAll().lines.some((line) => line.startsWith('    REFUSED HANDLER_OFF_DUTY (FI-08)')); // true
 *
 * @category examples
 * @since 0.1.0
 */
export function runAll(
  list: readonly Scenario[] = allScenarios,
  locale: Locale = 'en',
): {
  readonly runs: readonly ScenarioRun[];
  readonly lines: readonly string[];
} {
  const runs = list.map((scenario) => runScenario(scenario, inquiryDecider, locale));
  return { runs, lines: runs.flatMap((run, i) => (i === 0 ? run.lines : ['', ...run.lines])) };
}

/**
 * How a refusal reads: `REFUSED CODE (RULE): message`, without the rule for refusals that protect
 * the record rather than a rule; in a Chinese `locale`, `拒绝 CODE (RULE): …` with the message
 * from the library's catalogue (`formatViolation`).
 *
 * @example
 * import { violation } from '../src/index';
 * import { describeRefusal } from './runner';
 * describeRefusal(violation('HANDLER_OFF_DUTY', 'Liu Yang is not at their post.'));
 * // 'REFUSED HANDLER_OFF_DUTY (FI-08): Liu Yang is not at their post.'
 *
 * @category examples
 * @since 0.1.0
 */
export function describeRefusal(v: RuleViolation, locale: Locale = 'en'): string {
  const message = locale === 'en' ? v.message : formatViolation(v, locale);
  return `${EXAMPLE_TEXTS[locale].refused} ${v.code}${v.rule === null ? '' : ` (${v.rule})`}${EXAMPLE_TEXTS[locale].colon}${message}`;
}

function describeRun(scenario: Scenario, outcomes: readonly StepOutcome[], state: InquiryState, locale: Locale): string[] {
  const t = EXAMPLE_TEXTS[locale];
  const person = (staff: StaffRef) => personLabel(staff, locale);
  const lines = [`== ${scenario.id}: ${scenario.title[locale]}`, `   ${scenario.seedPassage}`];
  outcomes.forEach((outcome, i) => {
    lines.push(` ${i + 1}. ${outcome.narration[locale]}`);
    lines.push(
      outcome.result.kind === 'accepted'
        ? `    ${t.accepted}${t.colon}${outcome.result.events.map((e) => e.type).join(', ')}`
        : `    ${describeRefusal(outcome.result.violation, locale)}`,
    );
    lines.push(`    ${t.responsible}${t.colon}${outcome.responsible === null ? t.nobodyClosed : person(outcome.responsible)}`);
  });
  if (state.status !== 'none') {
    const status = state.status === 'closed' ? (locale === 'en' ? `closed (${state.outcome})` : t.status[state.outcome]) : t.status.open;
    lines.push(
      `   ${t.final}${t.colon}${status}${locale === 'en' ? '; ' : '；'}${t.chain}${t.colon}${state.stages.map((s) => person(s.holder)).join(' -> ')}`,
    );
  }
  return lines;
}
