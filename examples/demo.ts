// `npm run demo`: the seed's stories through the real thing. Every scenario step goes through the
// command handler into an embedded PostgreSQL (PGlite) in .tmp/demo-data; then the supervision
// view (the projections) and the audit findings are computed from the stored events, as a manager
// would see them at two moments.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import * as E from 'fp-ts/Either';
import type { InquiryState } from 'first-inquiry';
import {
  createCommandHandler,
  createProjectionRunner,
  pgliteTransactions,
  positionsProjection,
  readOpenPositions,
  type EventStore,
  type StoredEvent,
} from 'first-inquiry/store';
import { deadlineBoardFromPositions, holdingsFromPositions, supervise, type DeadlineBoard, type Holdings } from 'first-inquiry/supervision';
import { openPgliteEventStore, pgliteDatabase } from 'first-inquiry/pglite';
import { scenarios } from './scenarios';

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

/** Runs every scenario through a fresh store in `dataDir` and returns what it printed. */
export async function runDemo(dataDir: string): Promise<DemoRun> {
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

  say(
    `首问责任制 demo: ${scenarios.length} scenarios through the command handler, stored in an embedded PostgreSQL (PGlite) at ${dataDir}`,
  );
  for (const [n, scenario] of scenarios.entries()) {
    say();
    say(`━━ ${n + 1}. ${scenario.title} (${scenario.id})`);
    say(`   ${scenario.seedPassage}`);
    for (const [i, step] of scenario.steps.entries()) {
      // The id a web form or phone app would send with the request.
      const command = { ...step.command, metadata: { commandId: `${scenario.id}/${i + 1}`, correlationId: scenario.id } };
      const result = await handle(command);
      say(`   ${i + 1}. ${step.narration}`);
      if (E.isRight(result)) {
        accepted++;
        say(
          `      ✓ ${result.right.events.map((e) => e.event.type).join(', ')} (v${result.right.version}) → ${holderOf(result.right.state)}`,
        );
      } else if (result.left._tag === 'RuleViolation') {
        refused++;
        say(`      ✗ refused ${result.left.code}${result.left.rule === null ? '' : ` (${result.left.rule})`}: ${result.left.message}`);
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
    say(
      `Idempotency: "${scenarios[0]?.id}/1" submitted again → ${E.isRight(again) && again.right.duplicate ? `duplicate, nothing appended (stream still at v${again.right.version})` : 'appended twice (a bug)'}`,
    );
  }

  const events = await everyEvent(store);
  for (const asOf of BOARD_TIMES) supervision(events, asOf, say);
  const persisted = await persistedBoard(store.db, say);
  say();
  say(
    `Store: ${events.length} events in ${new Set(events.map((e) => e.streamId)).size} streams; ${accepted} steps accepted, ${refused} refused by a rule. Data: ${dataDir}`,
  );
  await store.close();
  return { lines, accepted, refused, duplicates, events, persisted };
}

/**
 * The board a reporting tool sees: the projection runner folds the log into the SQL table
 * first_inquiry_positions (and the view first_inquiry_holdings) with its checkpoint in the same
 * transaction; the boards are then read back from the table, not from the events.
 */
async function persistedBoard(db: PGlite, say: (line?: string) => void): Promise<DemoRun['persisted']> {
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
  say(`━━ Board from the persisted projection (SQL table first_inquiry_positions, checkpoint: position ${read.right.checkpoint})`);
  say(`   Who holds what now (${holdings.open} open):`);
  for (const person of holdings.byPerson) {
    for (const inquiry of person.inquiries)
      say(`   • ${person.staff.name} (${person.staff.department}) holds ${inquiry.inquiryId} [${inquiry.category}] since ${inquiry.since}`);
  }
  say(
    `   As of ${asOf}: overdue ${deadlines.overdue.map((e) => e.inquiryId).join(', ') || 'none'}; at risk ${deadlines.atRisk.map((e) => e.inquiryId).join(', ') || 'none'}`,
  );
  return { holdings, deadlines, checkpoint: read.right.checkpoint };
}

function supervision(all: readonly StoredEvent[], asOf: string, say: (line?: string) => void): void {
  // The board shows what was known at `asOf`: supervise reads the log up to that instant, in one pass.
  const report = supervise(
    all.map((e) => e.event),
    asOf,
    undefined,
    { chains: true },
  );
  say();
  say(`━━ Supervision as of ${asOf} (FI-17)`);
  const held = report.holdings;
  say(`   Who holds what (${held.open} open):`);
  for (const person of held.byPerson) {
    for (const inquiry of person.inquiries) {
      say(`   • ${person.staff.name} (${person.staff.department}) holds ${inquiry.inquiryId} [${inquiry.category}] since ${inquiry.since}`);
    }
  }
  if (held.open === 0) say('   • nobody holds anything: every inquiry is closed');
  const board = report.deadlines;
  say(`   Overdue (${board.overdue.length}), at risk (${board.atRisk.length}):`);
  for (const [label, entries] of [
    ['overdue', board.overdue],
    ['at risk', board.atRisk],
  ] as const) {
    for (const e of entries) say(`   • ${label}: ${e.inquiryId} [${e.category}], due ${e.deadline}, answerable: ${e.accountable.name}`);
  }
  say('   Chains of responsible persons:');
  for (const chain of report.chains) {
    say(`   • ${chain.inquiryId} [${chain.status}]: ${chain.stages.map((st) => `${st.holder.name} (${st.startedBy})`).join(' → ')}`);
  }
  say(`   Audit findings (${report.findings.length}):`);
  for (const f of report.findings) {
    say(
      `   • ${f.rule} ${f.code} ${f.inquiryId} stage ${f.stage + 1}, answerable: ${f.accountable.name}${f.settled ? ' (settled)' : ''}: ${f.message}`,
    );
  }
  if (report.findings.length === 0) say('   • none');
  const answerable = report.staff.filter((r) => Object.keys(r.findings).length > 0);
  for (const r of answerable) {
    say(
      `   Accountability (FI-16): ${r.staff.name} — ${Object.entries(r.findings)
        .map(([rule, n]) => `${rule} × ${n}`)
        .join(', ')}`,
    );
  }
}

function holderOf(state: InquiryState): string {
  if (state.status === 'open') return `responsible: ${state.responsible.name} (${state.responsible.department})`;
  return state.status === 'closed' ? `closed (${state.outcome}), nobody responsible` : 'not received';
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
  const run = await runDemo(resolve('.tmp/demo-data'));
  for (const line of run.lines) console.log(line);
}
