import type { Staff } from '../../src/inquiry/staff';

/**
 * The people of the specifications: staff of a residential estate, as the application's own
 * directory would describe them at the moment of a command.
 */

/** A security guard at the gate: not a service-desk clerk, yet a first responder all the same (FI-01). */
export const guard: Staff = { id: 's-017', name: 'Wang Wei', department: 'security', employeeNo: 'A-0117', onDuty: true };

/** An on-duty plumber: the competent handler of repairs. */
export const plumber: Staff = { id: 's-102', name: 'Li Na', department: 'engineering', onDuty: true };

/** A service-desk clerk. */
export const clerk: Staff = { id: 's-201', name: 'Chen Jing', department: 'customer-service', employeeNo: 'C-0201', onDuty: true };

/** A gardener without an employee number. */
export const gardener: Staff = { id: 's-330', name: 'Zhao Lei', department: 'landscaping', onDuty: true };

/** The electrician, who is not at their post today (FI-08). */
export const absentElectrician: Staff = { id: 's-103', name: 'Zhang Qiang', department: 'engineering', onDuty: false };

/** The engineering manager: a leader (相关领导) who can name an authorised handler. */
export const manager: Staff = { id: 'm-001', name: 'Liu Fang', department: 'engineering', onDuty: true, leader: true };

/** The estate director: another leader, one nobody escalated to. */
export const director: Staff = { id: 'm-002', name: 'Zhou Min', department: 'management', onDuty: true, leader: true };
