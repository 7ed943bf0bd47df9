/**
 * The stable rule IDs of the first-inquiry responsibility system (首问责任制). Code, errors, tests,
 * docs and audit reports all name rules by these IDs.
 *
 * @example
 * import { RULE_IDS } from 'first-inquiry';
 * RULE_IDS.length; // 17
 *
 * @category rules
 * @since 0.1.0
 */
export const RULE_IDS = [
  'FI-01',
  'FI-02',
  'FI-03',
  'FI-04',
  'FI-05',
  'FI-06',
  'FI-07',
  'FI-08',
  'FI-09',
  'FI-10',
  'FI-11',
  'FI-12',
  'FI-13',
  'FI-14',
  'FI-15',
  'FI-16',
  'FI-17',
] as const;

/**
 * One rule ID, `FI-01` … `FI-17`.
 *
 * @category rules
 * @since 0.1.0
 */
export type RuleId = (typeof RULE_IDS)[number];
