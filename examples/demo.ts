// `npm run demo`: the seed's stories through the real thing. Every scenario step goes through the
// command handler into an embedded PostgreSQL (PGlite) in .tmp/demo-data; then the supervision
// view (the projections) and the audit findings are computed from the stored events, as a manager
// would see them at two moments.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import * as E from 'fp-ts/Either';
import { formatViolation, type InquiryState, type Locale } from 'first-inquiry';
import {
  createCommandHandler,
  createProjectionRunner,
  pgliteTransactions,
  positionsProjection,
  readOpenPositions,
  type EventStore,
  type StoredEvent,
} from 'first-inquiry/store';
import {
  deadlineBoardFromPositions,
  formatFinding,
  holdingsFromPositions,
  supervise,
  type DeadlineBoard,
  type Holdings,
} from 'first-inquiry/supervision';
import { openPgliteEventStore, pgliteDatabase } from 'first-inquiry/pglite';
import { scenarios } from './scenarios';
import { EXAMPLE_TEXTS, exampleLocaleOrExit, personLabel } from './texts';

/** When the manager looks at the board: mid-story, and a week after the last story. Time is data. */
export const BOARD_TIMES = ['2026-05-15T12:00:00+08:00', '2026-05-20T18:00:00+08:00'] as const;

/** What a demo run did, for the test that checks it. */
export interface DemoRun {
  readonly lines: readonly string[];
  readonly accepted: number;
  readonly refused: number;
  readonly duplicates: number;
  readonly events: readonly StoredEvent[];
  /** The boards read back from the persisted projection (first_inquiry_positions) after the stories. */
  readonly persisted: { readonly holdings: Holdings; readonly deadlines: DeadlineBoard; readonly checkpoint: number };
}

/** Runs every scenario through a fresh store in `dataDir` and returns what it printed, in `locale`. */
export async function runDemo(dataDir: string, locale: Locale = 'en'): Promise<DemoRun> {
  const t = EXAMPLE_TEXTS[locale];
  rmSync(dataDir, { recursive: true, force: true });
  const opened = await openPgliteEventStore({ dataDir });
  if (E.isLeft(opened)) throw new Error(opened.left.message);
  const store = opened.right;
  const lines: string[] = [];
  const say = (line = '') => lines.push(line);
  const handle = createCommandHandler({ store });
  let accepted = 0;
  let refused = 0;
  let duplicates = 0;

  say(t.demoHeader(scenarios.length, dataDir));
  for (const [n, scenario] of scenarios.entries()) {
    say();
    say(`━━ ${n + 1}. ${scenario.title[locale]} (${scenario.id})`);
    say(`   ${scenario.seedPassage}`);
    for (const [i, step] of scenario.steps.entries()) {
      // The id a web form or phone app would send with the request.
      const command = { ...step.command, metadata: { commandId: `${scenario.id}/${i + 1}`, correlationId: scenario.id } };
      const result = await handle(command);
      say(`   ${i + 1}. ${step.narration[locale]}`);
      if (E.isRight(result)) {
        accepted++;
        say(
          `      ✓ ${result.right.events.map((e) => e.event.type).join(', ')} (v${result.right.version}) → ${holderOf(result.right.state, locale)}`,
        );
      } else if (result.left._tag === 'RuleViolation') {
        refused++;
        const message = locale === 'en' ? result.left.message : formatViolation(result.left, locale);
        const word = locale === 'en' ? 'refused' : t.refused;
        say(`      ✗ ${word} ${result.left.code}${result.left.rule === null ? '' : ` (${result.left.rule})`}${t.colon}${message}`);
      } else {
        throw new Error(`the store failed: ${result.left.message}`);
      }
    }
  }

  // A resident double-submits the first form: the command id is in the record, so nothing new is stored.
  const first = scenarios[0]?.steps[0];
  if (first !== undefined) {
    const again = await handle({ ...first.command, metadata: { commandId: `${scenarios[0]?.id}/1` } });
    if (E.isRight(again) && again.right.duplicate) duplicates++;
    say();
    const commandId = `${scenarios[0]?.id}/1`;
    say(E.isRight(again) && again.right.duplicate ? t.idempotent(commandId, again.right.version) : t.appendedTwice(commandId));
  }

  const events = await everyEvent(store);
  for (const asOf of BOARD_TIMES) supervision(events, asOf, say, locale);
  const persisted = await persistedBoard(store.db, say, locale);
  say();
  say(t.storeSummary(events.length, new Set(events.map((e) => e.streamId)).size, accepted, refused, dataDir));
  await store.close();
  return { lines, accepted, refused, duplicates, events, persisted };
}

/**
 * The board a reporting tool sees: the projection runner folds the log into the SQL table
 * first_inquiry_positions (and the view first_inquiry_holdings) with its checkpoint in the same
 * transaction; the boards are then read back from the table, not from the events.
 */
async function persistedBoard(db: PGlite, say: (line?: string) => void, locale: Locale): Promise<DemoRun['persisted']> {
  const t = EXAMPLE_TEXTS[locale];
  const runner = createProjectionRunner({ db: pgliteTransactions(db), projections: [positionsProjection] });
  const ready = await runner.ensureSchema();
  if (E.isLeft(ready)) throw new Error(ready.left.message);
  const caughtUp = await runner.catchUp();
  if (E.isLeft(caughtUp)) throw new Error(caughtUp.left.message);
  const read = await readOpenPositions(pgliteDatabase(db));
  if (E.isLeft(read)) throw new Error(read.left.message);
  const asOf = BOARD_TIMES[BOARD_TIMES.length - 1] as string;
  const holdings = holdingsFromPositions(read.right.positions, read.right.skipped);
  const deadlines = deadlineBoardFromPositions(read.right.positions, asOf, undefined, read.right.skipped);
  say();
  say(`━━ ${t.persistedBoard(read.right.checkpoint)}`);
  say(`   ${t.holdsNow(holdings.open)}`);
  for (const person of holdings.byPerson) {
    for (const inquiry of person.inquiries)
      say(`   • ${t.holds(personLabel(person.staff, locale), inquiry.inquiryId, inquiry.category, inquiry.since)}`);
  }
  const ids = (entries: readonly { readonly inquiryId: string }[]) => entries.map((e) => e.inquiryId).join(', ') || t.none;
  say(`   ${t.boardAsOf(asOf, ids(deadlines.overdue), ids(deadlines.atRisk))}`);
  return { holdings, deadlines, checkpoint: read.right.checkpoint };
}

function supervision(all: readonly StoredEvent[], asOf: string, say: (line?: string) => void, locale: Locale): void {
  const t = EXAMPLE_TEXTS[locale];
  // The board shows what was known at `asOf`: supervise reads the log up to that instant, in one pass.
  const report = supervise(
    all.map((e) => e.event),
    asOf,
    undefined,
    { chains: true },
  );
  say();
  say(`━━ ${t.supervisionAsOf(asOf)}`);
  const held = report.holdings;
  say(`   ${t.holdsWhat(held.open)}`);
  for (const person of held.byPerson) {
    for (const inquiry of person.inquiries) {
      say(`   • ${t.holds(personLabel(person.staff, locale), inquiry.inquiryId, inquiry.category, inquiry.since)}`);
    }
  }
  if (held.open === 0) say(`   • ${t.nobodyHolds}`);
  const board = report.deadlines;
  say(`   ${t.overdueAtRisk(board.overdue.length, board.atRisk.length)}`);
  for (const [label, entries] of [
    [t.overdue, board.overdue],
    [t.atRisk, board.atRisk],
  ] as const) {
    for (const e of entries) say(`   • ${label}${t.colon}${t.due(e.inquiryId, e.category, e.deadline, e.accountable.name)}`);
  }
  say(`   ${t.chains}`);
  for (const chain of report.chains) {
    const stages = chain.stages.map((st) =>
      locale === 'en' ? `${st.holder.name} (${st.startedBy})` : `${st.holder.name}（${t.started[st.startedBy]}）`,
    );
    say(`   • ${chain.inquiryId} [${locale === 'en' ? chain.status : t.status[chain.status]}]${t.colon}${stages.join(' → ')}`);
  }
  say(`   ${t.findings(report.findings.length)}`);
  for (const f of report.findings) {
    const message = locale === 'en' ? f.message : formatFinding(f, locale);
    say(`   • ${t.finding(f.rule, f.code, f.inquiryId, f.stage + 1, f.accountable.name, f.settled)}${t.colon}${message}`);
  }
  if (report.findings.length === 0) say(`   • ${t.none}`);
  const answerable = report.staff.filter((r) => Object.keys(r.findings).length > 0);
  for (const r of answerable) {
    const byRule = Object.entries(r.findings)
      .map(([rule, n]) => `${rule} × ${n}`)
      .join(', ');
    say(`   ${t.accountability(r.staff.name, byRule)}`);
  }
}

function holderOf(state: InquiryState, locale: Locale): string {
  const t = EXAMPLE_TEXTS[locale];
  if (state.status === 'open') return `${t.responsible}${t.colon}${personLabel(state.responsible, locale)}`;
  if (state.status !== 'closed') return t.notReceived;
  return t.closedNobody(locale === 'en' ? `closed (${state.outcome})` : t.status[state.outcome]);
}

async function everyEvent(store: EventStore): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (let after = 0; ;) {
    const page = await store.readAll({ after });
    if (E.isLeft(page)) throw new Error(page.left.message);
    if (page.right.events.length === 0) return out;
    out.push(...page.right.events);
    after = page.right.lastPosition;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // `npm run demo -- --lang zh-CN` (or a Chinese LANG) tells the stories and the boards in Chinese.
  const run = await runDemo(resolve('.tmp/demo-data'), exampleLocaleOrExit(process.argv.slice(2), process.env));
  for (const line of run.lines) console.log(line);
}
