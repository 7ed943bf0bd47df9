import { absentHandler } from './absent-handler';
import { renovationPermit } from './renovation-permit';
import type { Scenario } from './scenario';
import { unclearLetter } from './unclear-letter';
import { unreasonableDemand } from './unreasonable-demand';
import { waterLeak } from './water-leak';

export type { Scenario, ScenarioStep } from './scenario';

/**
 * Every scenario, in the order `npm run examples` tells them. `npm run demo` runs the same list
 * through a real event store.
 *
 * @example
 * import { scenarios } from './scenarios';
 * scenarios.length; // 5
 *
 * @category examples
 * @since 0.1.0
 */
export const scenarios: readonly Scenario[] = [waterLeak, renovationPermit, absentHandler, unreasonableDemand, unclearLetter];
