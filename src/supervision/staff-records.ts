import type { InquiryEvent } from '../inquiry/events';
import type { RuleId } from '../rules/ids';
import type { StaffRef } from '../inquiry/staff';
import type { Finding } from './finding';
import type { Effect } from '../inquiry/lifecycle';
import { PositionFold } from './positions';

// model

/**
 * One person's record (FI-16, FI-17): what they received first, took over, handed over, settled,
 * and the findings they answer for, by rule.
 *
 * - `receivedFirst`: inquiries they received as first responder (FI-01), reopenings included;
 * - `takenOver`: stages they began by a handover or a leader's reassignment;
 * - `handedOver`: handovers they made (FI-07);
 * - `resolved` / `declined`: closures they made;
 * - `findings`: findings naming them as accountable, counted by rule.
 *
 * @example
 * import { staffRecords } from 'first-inquiry/supervision';
 * for (const r of staffRecords([])) console.log(r.staff.name, r.handedOver, r.findings['FI-05'] ?? 0);
 *
 * @category projections
 * @since 0.1.0
 */
export interface StaffRecord {
  readonly staff: StaffRef;
  readonly receivedFirst: number;
  readonly takenOver: number;
  readonly handedOver: number;
  readonly resolved: number;
  readonly declined: number;
  /** Stages (环节) this person has held: receipts, reopenings and every matter taken over. */
  readonly stagesHeld: number;
  readonly findings: Readonly<Partial<Record<RuleId, number>>>;
}

/**
 * The incremental form of {@link staffRecords}. `view(findings)` joins the audit's findings
 * (e.g. `auditor.findings(asOf)`) by accountable person.
 *
 * @example
 * import { createStaffRecords, type StaffRecordProjection } from 'first-inquiry/supervision';
 * const records: StaffRecordProjection = createStaffRecords();
 * records.view(); // []
 *
 * @category projections
 * @since 0.1.0
 */
export interface StaffRecordProjection {
  readonly add: (event: InquiryEvent) => void;
  readonly view: (findings?: readonly Finding[]) => readonly StaffRecord[];
}

type Counts = { -readonly [K in Exclude<keyof StaffRecord, 'staff' | 'findings'>]: number };

// constructors

/**
 * An incremental per-person record. Memory: one small record per person. It counts the acts as
 * recorded; check an imported log first (the history checker, or the auditor's problems) if it
 * may hold acts `decide` would have refused.
 *
 * @example
 * import { createStaffRecords } from 'first-inquiry/supervision';
 * const records = createStaffRecords();
 * // for (const event of stream) records.add(event);
 * records.view([]); // []
 *
 * @category projections
 * @since 0.1.0
 */
export function createStaffRecords(): StaffRecordProjection {
  const positions = new PositionFold();
  const records = new StaffFold();
  return {
    add: (event) => {
      const step = positions.add(event);
      if (step !== undefined) records.add(step.event, step.effect);
    },
    view: (findings = []) => records.view(findings),
  };
}

/**
 * Staff records built from lifecycle steps, for a fold that already has them (the supervisor).
 *
 * @internal
 */
export class StaffFold {
  private readonly people = new Map<string, { staff: StaffRef; counts: Counts }>();

  add(event: InquiryEvent, effect: Effect): void {
    const by = event.data.by;
    switch (effect.kind) {
      case 'receive':
      case 'reopen': {
        const c = this.countFor(by);
        c.receivedFirst += 1;
        c.stagesHeld += 1;
        return;
      }
      case 'handOn': {
        if (effect.how === 'handover') this.countFor(by).handedOver += 1;
        const c = this.countFor(effect.to);
        c.takenOver += 1;
        c.stagesHeld += 1;
        return;
      }
      case 'close':
        this.countFor(by)[effect.outcome] += 1;
        return;
      default:
    }
  }

  view(findings: readonly Finding[]): readonly StaffRecord[] {
    const byRule = new Map<string, Partial<Record<RuleId, number>>>();
    const everyone = new Map(this.people);
    for (const f of findings) {
      if (!everyone.has(f.accountable.id)) everyone.set(f.accountable.id, { staff: f.accountable, counts: noActs() });
      const rules = byRule.get(f.accountable.id) ?? {};
      rules[f.rule] = (rules[f.rule] ?? 0) + 1;
      byRule.set(f.accountable.id, rules);
    }
    return [...everyone.values()]
      .map(({ staff, counts }) => ({ staff, ...counts, findings: byRule.get(staff.id) ?? {} }))
      .sort((a, b) => (a.staff.id < b.staff.id ? -1 : a.staff.id > b.staff.id ? 1 : 0));
  }

  private countFor(staff: StaffRef): Counts {
    let entry = this.people.get(staff.id);
    if (entry === undefined) {
      entry = { staff, counts: noActs() };
      this.people.set(staff.id, entry);
    }
    return entry.counts;
  }
}

// utils

function noActs(): Counts {
  return { receivedFirst: 0, takenOver: 0, handedOver: 0, resolved: 0, declined: 0, stagesHeld: 0 };
}

/**
 * Every person's record from the events of many inquiries, joined with audit findings.
 *
 * @example
 * import { staffRecords, audit } from 'first-inquiry/supervision';
 * const events: Parameters<typeof audit>[0] = [];
 * staffRecords(events, audit(events, '2026-05-20T09:00:00+08:00')); // []
 *
 * @category projections
 * @since 0.1.0
 */
export function staffRecords(events: Iterable<InquiryEvent>, findings: readonly Finding[] = []): readonly StaffRecord[] {
  const records = createStaffRecords();
  for (const event of events) records.add(event);
  return records.view(findings);
}
