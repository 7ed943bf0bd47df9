import { CHEN_JING } from './cast';
import type { Scenario } from './scenario';

const inquiryId = 'INQ-20260506-031';

/**
 * A renovation permit with missing papers. The service desk tells the owner everything that is
 * missing in one notice (一次性告知, FI-06), promises a definite reply date (FI-11), and grants the
 * permit when the papers come back, so the owner never comes a third time.
 *
 * @example
 * import { runScenario } from '../runner';
 * import { renovationPermit } from './renovation-permit';
 * runScenario(renovationPermit).state.status; // 'closed' (resolved)
 *
 * @category examples
 * @since 0.1.0
 */
export const renovationPermit: Scenario = {
  id: 'renovation-permit',
  title: 'A renovation permit with missing papers',
  seedPassage:
    '篇1 ¶2: “若手續不完備的,要做好登記,并一次性告知其辦事機關的全部事項和所需的文書材料,讓其補辦手續后按登記順序盡快辦結,不讓群眾跑第三趟”',
  steps: [
    {
      narration: 'Mr Sun comes to the service desk to apply for a renovation permit for flat 5-0801.',
      command: {
        type: 'ReceiveInquiry',
        data: {
          inquiryId,
          at: '2026-05-06T09:30:00+08:00',
          actor: CHEN_JING,
          channel: 'visit',
          category: 'renovation-permit',
          requester: { name: 'Mr Sun, flat 5-0801', contact: '139 0005 0801' },
          intent: 'Renovation permit for 5-0801: new kitchen and bathroom',
          announced: { employeeNo: 'K-031' },
        },
      },
    },
    {
      narration: 'Some papers are missing. The clerk starts a notice but lists nothing in it.',
      command: {
        type: 'NotifyMissingMaterials',
        data: { inquiryId, at: '2026-05-06T09:40:00+08:00', actor: CHEN_JING, items: [], message: '您的材料还不齐,请补齐后再来。' },
      },
    },
    {
      narration: 'She checks the whole checklist and tells him, in one notice, every missing item and document.',
      command: {
        type: 'NotifyMissingMaterials',
        data: {
          inquiryId,
          at: '2026-05-06T09:45:00+08:00',
          actor: CHEN_JING,
          items: [
            'Renovation drawings signed by the contractor',
            "Copy of the contractor's business licence",
            'Fire-safety pledge signed by the owner',
          ],
          message: '还缺以下三份材料,一次性告知您:装修图纸(施工方签字)、施工单位营业执照复印件、业主签字的消防安全承诺书。补齐后即可办理。',
        },
      },
    },
    {
      narration: 'Mr Sun brings the papers on Thursday. The clerk promises an answer, with a date that has already passed.',
      command: {
        type: 'PromiseReply',
        data: {
          inquiryId,
          at: '2026-05-07T10:00:00+08:00',
          actor: CHEN_JING,
          deadline: '2026-05-06T17:00:00+08:00',
          explanation: 'Engineering checks the drawings before the permit is issued.',
        },
      },
    },
    {
      narration: 'She promises a definite date instead and explains why it is not today.',
      command: {
        type: 'PromiseReply',
        data: {
          inquiryId,
          at: '2026-05-07T10:05:00+08:00',
          actor: CHEN_JING,
          deadline: '2026-05-08T17:00:00+08:00',
          explanation:
            'Papers complete. Engineering checks the drawings for load-bearing walls and pipes; you will have the permit by Friday 17:00.',
        },
      },
    },
    {
      narration: 'Engineering approves the drawings the next morning; she records it.',
      command: {
        type: 'FollowUp',
        data: {
          inquiryId,
          at: '2026-05-08T11:00:00+08:00',
          actor: CHEN_JING,
          note: 'Engineering approved the drawings; no load-bearing wall touched.',
        },
      },
    },
    {
      narration: 'She grants the permit and calls Mr Sun before the promised time.',
      command: {
        type: 'ResolveInquiry',
        data: {
          inquiryId,
          at: '2026-05-08T14:00:00+08:00',
          actor: CHEN_JING,
          summary:
            'Permit R-2026-118 granted. Works allowed 08:00-12:00 and 14:00-18:00 on working days; please collect the permit card at the desk.',
        },
      },
    },
  ],
};
