import { fold } from '../../src/inquiry/decider';
import type { InquiryEvent } from '../../src/inquiry/events';
import { DeciderSpecification } from '../../src/testing';

/** Given/when/then against the default decider: `spec(given).when(command).then(events)`. */
export const spec = DeciderSpecification.for();

/** The state a history folds to, for assertions on ownership and stages. */
export function stateAfter(events: readonly InquiryEvent[]) {
  return fold(events);
}
