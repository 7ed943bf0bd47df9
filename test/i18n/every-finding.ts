import type { InquiryEvent } from '../../src/inquiry/events';
import { escalated, followedUp, handlerNamed, missingNotified, received, replyPromised } from '../support/events';
import { clerk, guard, manager, plumber } from '../support/staff';
import { day, minute } from '../support/time';

/**
 * One imported log in which every finding code arises by {@link AS_OF} (some only possible in an
 * imported history, since decide refuses them): the fixture of the per-locale message tests.
 */
export const EVERY_FINDING: readonly InquiryEvent[] = [
  // A: escalated with the handler absent, nobody named → SLOW_HAND_ON_AFTER_ESCALATION.
  received({ by: guard, inquiryId: 'INQ-A', at: minute(0) }),
  escalated({ by: guard, inquiryId: 'INQ-A', absentHandler: plumber, at: minute(5) }),
  // B: a handler named, never handed to → SLOW_HAND_ON_AFTER_NAMING.
  received({ by: guard, inquiryId: 'INQ-B', at: minute(1) }),
  escalated({ by: guard, inquiryId: 'INQ-B', at: minute(6) }),
  handlerNamed({ by: manager, inquiryId: 'INQ-B', handler: plumber, at: minute(30) }),
  // C: two notices, a promise by someone else with no deadline after it, an act by someone else.
  received({ by: guard, inquiryId: 'INQ-C', category: 'renovation-permit', at: minute(2) }),
  missingNotified({ by: guard, inquiryId: 'INQ-C', items: ['drawings'], at: minute(3) }),
  missingNotified({ by: guard, inquiryId: 'INQ-C', items: ['contractor licence', '物业证明'], at: minute(60) }),
  replyPromised({ by: clerk, inquiryId: 'INQ-C', deadline: minute(30), at: minute(61) }),
  followedUp({ by: clerk, inquiryId: 'INQ-C', at: minute(62) }),
  // D: a promise that passes with no reply and no follow-up.
  received({ by: guard, inquiryId: 'INQ-D', category: 'enquiry', at: minute(4) }),
  replyPromised({ by: guard, inquiryId: 'INQ-D', deadline: day(1), at: minute(10) }),
];

/** Twenty days on: everything open is overdue and idle too. */
export const AS_OF = day(20);
