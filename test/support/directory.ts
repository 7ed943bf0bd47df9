import * as E from 'fp-ts/Either';
import { applyDirectory, inMemoryDirectory, type DirectoryEntry } from '../../src/inquiry/directory';
import type { Staff } from '../../src/inquiry/staff';
import type { RuleViolation } from '../../src/inquiry/violations';
import { followUp } from './commands';
import { guard, manager, plumber } from './staff';
import { T0 } from './time';

/** The specifications' staff as directory entries: the plumber's shift ends at T0 + 8 h. */
export const DIRECTORY_ENTRIES: readonly DirectoryEntry[] = [
  {
    id: guard.id,
    name: guard.name,
    department: guard.department,
    ...(guard.employeeNo === undefined ? {} : { employeeNo: guard.employeeNo }),
  },
  {
    id: plumber.id,
    name: plumber.name,
    department: plumber.department,
    shifts: [{ from: T0, to: new Date(Date.parse(T0) + 8 * 3_600_000).toISOString() }],
  },
  { id: manager.id, name: manager.name, department: manager.department, leader: true },
];

/** The directory of the specifications. */
export const directory = inMemoryDirectory(DIRECTORY_ENTRIES);

/** One refusal of each code only the directory gives (for the walk over every refusal code). */
export function directoryRefusals(): readonly RuleViolation[] {
  const found = new Map<string, Staff>([[guard.id, { ...guard }]]);
  const unknown = applyDirectory(followUp({ by: { ...plumber, id: 's-999' } }), found);
  const mismatch = applyDirectory(followUp({ by: { ...guard, leader: true } }), found);
  return [unknown, mismatch].flatMap((r) => (E.isLeft(r) ? [r.left] : []));
}
