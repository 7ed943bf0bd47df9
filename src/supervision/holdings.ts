import type { InquiryEvent } from '../inquiry/events';
import type { StaffRef } from '../inquiry/staff';
import { PositionFold, type InquiryPosition } from './positions';

// model

/**
 * One open inquiry as its holder sees it.
 *
 * @example
 * import { holdings } from 'first-inquiry/supervision';
 * holdings([]).byPerson.flatMap((p) => p.inquiries); // HeldInquiry[]: []
 *
 * @category projections
 * @since 0.1.0
 */
export interface HeldInquiry {
  readonly inquiryId: string;
  readonly category: string;
  readonly stage: number;
  /** When the holder took it. */
  readonly since: string;
}

/**
 * What one person holds now.
 *
 * @example
 * import { holdings } from 'first-inquiry/supervision';
 * for (const p of holdings([]).byPerson) console.log(p.staff.name, p.inquiries.length);
 *
 * @category projections
 * @since 0.1.0
 */
export interface PersonHoldings {
  readonly staff: StaffRef;
  readonly inquiries: readonly HeldInquiry[];
}

/**
 * What one department's people hold now.
 *
 * @example
 * import { holdings } from 'first-inquiry/supervision';
 * for (const d of holdings([]).byDepartment) console.log(d.department, d.open);
 *
 * @category projections
 * @since 0.1.0
 */
export interface DepartmentHoldings {
  readonly department: string;
  readonly open: number;
  readonly people: readonly PersonHoldings[];
}

/**
 * Who holds what now (FI-17): open inquiries by responsible person and by department, people
 * and inquiries in a stable order (department, name, id; oldest holding first).
 *
 * @example
 * import { holdings } from 'first-inquiry/supervision';
 * const { open, byPerson, byDepartment } = holdings([]); // open: 0
 *
 * @category projections
 * @since 0.1.0
 */
export interface Holdings {
  readonly open: number;
  readonly byPerson: readonly PersonHoldings[];
  readonly byDepartment: readonly DepartmentHoldings[];
  /** Events that could not apply (before a receipt, after a closure …) and were skipped. */
  readonly skipped: number;
}

/**
 * The incremental form of {@link holdings}: add events as they come, read the view at any time.
 *
 * @example
 * import { createHoldings, type HoldingsProjection } from 'first-inquiry/supervision';
 * const board: HoldingsProjection = createHoldings();
 * board.view().open; // 0
 *
 * @category projections
 * @since 0.1.0
 */
export interface HoldingsProjection {
  readonly add: (event: InquiryEvent) => void;
  readonly view: () => Holdings;
}

// constructors

/**
 * An incremental who-holds-what projection. Memory: one small record per inquiry.
 *
 * @example
 * import { createHoldings } from 'first-inquiry/supervision';
 * const board = createHoldings();
 * // for (const event of stream) board.add(event);
 * board.view().open; // 0
 *
 * @category projections
 * @since 0.1.0
 */
export function createHoldings(): HoldingsProjection {
  const fold = new PositionFold();
  return {
    add: (event) => {
      fold.add(event);
    },
    view: () => holdingsOf(fold.values(), fold.skipped),
  };
}

// utils

/**
 * Who holds what now, from the events of many inquiries in any interleaving.
 *
 * @example
 * import { holdings } from 'first-inquiry/supervision';
 * holdings([]).byPerson; // []
 *
 * @category projections
 * @since 0.1.0
 */
export function holdings(events: Iterable<InquiryEvent>): Holdings {
  const board = createHoldings();
  for (const event of events) board.add(event);
  return board.view();
}

/** @internal The board over positions folded elsewhere (the supervisor). */
export function holdingsOf(positions: Iterable<InquiryPosition>, skipped: number): Holdings {
  const people = new Map<string, { staff: StaffRef; inquiries: HeldInquiry[] }>();
  let open = 0;
  for (const p of positions) {
    if (p.status !== 'open') continue;
    open += 1;
    const entry = people.get(p.holder.id) ?? { staff: p.holder, inquiries: [] };
    entry.inquiries.push({ inquiryId: p.inquiryId, category: p.category, stage: p.stage, since: p.since });
    people.set(p.holder.id, entry);
  }
  const byPerson = [...people.values()]
    .map((e) => ({
      staff: e.staff,
      inquiries: e.inquiries.sort((a, b) => Date.parse(a.since) - Date.parse(b.since) || text(a.inquiryId, b.inquiryId)),
    }))
    .sort((a, b) => text(a.staff.department, b.staff.department) || text(a.staff.name, b.staff.name) || text(a.staff.id, b.staff.id));
  const departments = new Map<string, PersonHoldings[]>();
  for (const person of byPerson) departments.set(person.staff.department, [...(departments.get(person.staff.department) ?? []), person]);
  const byDepartment = [...departments.entries()].map(([department, members]) => ({
    department,
    open: members.reduce((n, m) => n + m.inquiries.length, 0),
    people: members,
  }));
  return { open, byPerson, byDepartment, skipped };
}

function text(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
