import type { Staff } from '../../src/index';

// The staff of one residential estate, as the duty roster sees them on the days of the scenarios.
// A scenario that needs someone off duty says so with `offDuty`, because "on duty" is a fact of
// the moment that the application passes in, not a property of the person.

/**
 * Security guard on the night shift: not the service desk, and still the first responder (FI-01).
 *
 * @example
 * import { WANG_WEI } from './cast';
 * WANG_WEI.onDuty; // true: on duty unless a scenario says otherwise
 *
 * @category examples
 * @since 0.1.0
 */
export const WANG_WEI: Staff = { id: 's-017', name: 'Wang Wei', department: 'security', employeeNo: 'B-017', onDuty: true };

/**
 * Plumber in the engineering department.
 *
 * @example
 * import { LI_NA } from './cast';
 * LI_NA.onDuty; // true: on duty unless a scenario says otherwise
 *
 * @category examples
 * @since 0.1.0
 */
export const LI_NA: Staff = { id: 's-102', name: 'Li Na', department: 'engineering', employeeNo: 'G-102', onDuty: true };

/**
 * Electrician in the engineering department.
 *
 * @example
 * import { LIU_YANG } from './cast';
 * LIU_YANG.onDuty; // true: on duty unless a scenario says otherwise
 *
 * @category examples
 * @since 0.1.0
 */
export const LIU_YANG: Staff = { id: 's-115', name: 'Liu Yang', department: 'engineering', employeeNo: 'G-115', onDuty: true };

/**
 * Electrician in the engineering department, on call at night.
 *
 * @example
 * import { SUN_HAO } from './cast';
 * SUN_HAO.onDuty; // true: on duty unless a scenario says otherwise
 *
 * @category examples
 * @since 0.1.0
 */
export const SUN_HAO: Staff = { id: 's-118', name: 'Sun Hao', department: 'engineering', employeeNo: 'G-118', onDuty: true };

/**
 * Service-desk clerk (客服).
 *
 * @example
 * import { CHEN_JING } from './cast';
 * CHEN_JING.onDuty; // true: on duty unless a scenario says otherwise
 *
 * @category examples
 * @since 0.1.0
 */
export const CHEN_JING: Staff = { id: 's-031', name: 'Chen Jing', department: 'customer-service', employeeNo: 'K-031', onDuty: true };

/**
 * Service-desk clerk on the night shift.
 *
 * @example
 * import { ZHANG_LI } from './cast';
 * ZHANG_LI.onDuty; // true: on duty unless a scenario says otherwise
 *
 * @category examples
 * @since 0.1.0
 */
export const ZHANG_LI: Staff = { id: 's-033', name: 'Zhang Li', department: 'customer-service', employeeNo: 'K-033', onDuty: true };

/**
 * Head of engineering: a leader (相关领导) who can name an authorised handler.
 *
 * @example
 * import { ZHOU_QIANG } from './cast';
 * ZHOU_QIANG.onDuty; // true: on duty unless a scenario says otherwise
 *
 * @category examples
 * @since 0.1.0
 */
export const ZHOU_QIANG: Staff = {
  id: 's-201',
  name: 'Zhou Qiang',
  department: 'engineering',
  employeeNo: 'M-201',
  onDuty: true,
  leader: true,
};

/**
 * The same staff member, off duty (not at their post) at the moment of a command.
 *
 * @example
 * import { LIU_YANG, offDuty } from './cast';
 * offDuty(LIU_YANG).onDuty; // false
 *
 * @category examples
 * @since 0.1.0
 */
export function offDuty(staff: Staff): Staff {
  return { ...staff, onDuty: false };
}
