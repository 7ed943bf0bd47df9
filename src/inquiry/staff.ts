import * as t from 'io-ts';
import { UsableId } from '../primitives/identity';

// model

/**
 * Who a staff member is, as recorded on events: enough for an auditor to name the person
 * without a directory lookup years later.
 *
 * @example
 * import type { StaffRef } from 'first-inquiry';
 * const guard: StaffRef = { id: 's-017', name: 'Wang Wei', department: 'security' };
 *
 * @category model
 * @since 0.1.0
 */
export const StaffRef = t.intersection(
  [t.type({ id: UsableId, name: t.string, department: t.string }), t.partial({ employeeNo: t.string })],
  'StaffRef',
);
export type StaffRef = t.TypeOf<typeof StaffRef>;

/**
 * A staff member as the caller's directory sees them at the moment of a command: a
 * {@link StaffRef} plus the facts the rules need. The core never looks anyone up; the
 * application reads its own directory (HR system, duty roster) and passes these facts in, so
 * `decide` stays pure and a replay years later gives the same answer. `decide` believes them; for
 * callers that must not be believed, give the command handler a {@link Directory} (docs/trust.md).
 *
 * - `onDuty`: at their post right now (FI-08: nobody may be handed a matter while off duty).
 * - `leader`: may name an authorised handler or reassign a matter (相关领导, FI-08).
 *
 * @example
 * import type { Staff } from 'first-inquiry';
 * const plumber: Staff = { id: 's-102', name: 'Li Na', department: 'engineering', onDuty: true };
 *
 * @category model
 * @since 0.1.0
 */
export const Staff = t.intersection(
  [
    // Unusable ids and names are refused by `decide` with the rule they break (e.g. FI-07 for a
    // blank receiver, STAFF_NOT_IDENTIFIED otherwise; see src/identity.ts), not here.
    t.type({ id: t.string, name: t.string, department: t.string, onDuty: t.boolean }),
    t.partial({ employeeNo: t.string, leader: t.boolean }),
  ],
  'Staff',
);
export type Staff = t.TypeOf<typeof Staff>;

// utils

/**
 * The part of a {@link Staff} member that goes on the record (drops the moment's facts).
 *
 * @example
 * import { toStaffRef } from 'first-inquiry';
 * toStaffRef({ id: 's-1', name: 'Wang Wei', department: 'security', onDuty: true });
 * // { id: 's-1', name: 'Wang Wei', department: 'security' }
 *
 * @category utils
 * @since 0.1.0
 */
export function toStaffRef(staff: Staff | StaffRef): StaffRef {
  // Two literals, not a spread of the first: this runs for every event decided or checked, and
  // V8 copies a spread object slowly (a profile of decide put it at a tenth of the time).
  return staff.employeeNo === undefined
    ? { id: staff.id, name: staff.name, department: staff.department }
    : { id: staff.id, name: staff.name, department: staff.department, employeeNo: staff.employeeNo };
}
