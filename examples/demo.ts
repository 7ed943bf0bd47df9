// `npm run demo`: the seed's stories through the real thing. Every scenario step goes through the
// command handler into an embedded PostgreSQL (PGlite) in .tmp/demo-data; then the supervision
// view and the audit findings are computed from the stored events, as a manager would see them.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as E from 'fp-ts/Either';
import {
  auditReport,
  createCommandHandler,
  fold,
  type EventStore,
  type InquiryState,
  type StoredEvent,
} from 'first-inquiry';
import { openPgliteEventStore } from 'first-inquiry/pglite';
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

  say(`首问责任制 demo: ${scenarios.length} scenarios through the command handler, stored in an embedded PostgreSQL (PGlite) at ${dataDir}`);
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
        say(`      ✓ ${result.right.events.map((e) => e.event.type).join(', ')} (v${result.right.version}) → ${holderOf(result.right.state)}`);
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
    say(`Idempotency: "${scenarios[0]?.id}/1" submitted again → ${E.isRight(again) && again.right.duplicate ? `duplicate, nothing appended (stream still at v${again.right.version})` : 'appended twice (a bug)'}`);
  }

  const events = await everyEvent(store);
  for (const asOf of BOARD_TIMES) supervision(events, asOf, say);
  say();
  say(`Store: ${events.length} events in ${new Set(events.map((e) => e.streamId)).size} streams; ${accepted} steps accepted, ${refused} refused by a rule. Data: ${dataDir}`);
  await store.close();
  return { lines, accepted, refused, duplicates, events };
}

function supervision(all: readonly StoredEvent[], asOf: string, say: (line?: string) => void): void {
  const events = all.filter((e) => Date.parse(e.event.data.at) <= Date.parse(asOf));
  const byStream = new Map<string, StoredEvent[]>();
  for (const e of events) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e]);
  say();
  say(`━━ Supervision as of ${asOf} (FI-17)`);
  say('   Who holds what, and the chain of responsible persons:');
  for (const [streamId, stored] of byStream) {
    const state = fold(stored.map((e) => e.event));
    if (state.status === 'none') continue;
    const chain = state.stages.map((s) => `${s.holder.name} (${s.startedBy})`).join(' → ');
    const now = state.status === 'open' ? `open, held by ${state.responsible.name} of ${state.responsible.department}` : `closed (${state.outcome})`;
    say(`   • ${streamId} [${state.category}]: ${now}`);
    say(`     ${chain}`);
  }
  const report = auditReport(events.map((e) => e.event), asOf);
  say();
  say(`   Audit findings (${report.findings.length}):`);
  for (const f of report.findings) {
    say(`   • ${f.rule} ${f.code} ${f.inquiryId} stage ${f.stage + 1}, answerable: ${f.accountable.name}${f.settled ? ' (settled)' : ''}: ${f.message}`);
  }
  if (report.findings.length === 0) say('   • none');
}

function holderOf(state: InquiryState): string {
  if (state.status === 'open') return `responsible: ${state.responsible.name} (${state.responsible.department})`;
  return state.status === 'closed' ? `closed (${state.outcome}), nobody responsible` : 'not received';
}

async function everyEvent(store: EventStore): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (let after = 0; ; ) {
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
