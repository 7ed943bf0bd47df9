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
  title: { en: 'A renovation permit with missing papers', 'zh-CN': '材料不全的装修申请', 'zh-TW': '材料不全的裝修申請' },
  seedPassage:
    '篇1 ¶2: “若手續不完備的,要做好登記,并一次性告知其辦事機關的全部事項和所需的文書材料,讓其補辦手續后按登記順序盡快辦結,不讓群眾跑第三趟”',
  steps: [
    {
      narration: {
        en: 'Mr Sun comes to the service desk to apply for a renovation permit for flat 5-0801.',
        'zh-CN': '孙先生到客服中心为 5-0801 申请装修许可。',
        'zh-TW': '孫先生到客服中心為 5-0801 申請裝修許可。',
      },
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
      narration: {
        en: 'Some papers are missing. The clerk starts a notice but lists nothing in it.',
        'zh-CN': '有些材料没带。客服开了一份告知单，却什么也没列。',
        'zh-TW': '有些材料沒帶。客服開了一份告知單，卻什麼也沒列。',
      },
      command: {
        type: 'NotifyMissingMaterials',
        data: { inquiryId, at: '2026-05-06T09:40:00+08:00', actor: CHEN_JING, items: [], message: '您的材料还不齐,请补齐后再来。' },
      },
    },
    {
      narration: {
        en: 'She checks the whole checklist and tells him, in one notice, every missing item and document.',
        'zh-CN': '她对照整张清单检查，在一份告知单里一次性告诉他所缺的全部事项和材料。',
        'zh-TW': '她對照整張清單檢查，在一份告知單裡一次性告訴他所缺的全部事項和材料。',
      },
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
      narration: {
        en: 'Mr Sun brings the papers on Thursday. The clerk promises an answer, with a date that has already passed.',
        'zh-CN': '孙先生周四把材料送来。客服承诺答复，给的日期却已经过去了。',
        'zh-TW': '孫先生週四把材料送來。客服承諾答覆，給的日期卻已經過去了。',
      },
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
      narration: {
        en: 'She promises a definite date instead and explains why it is not today.',
        'zh-CN': '她改为承诺一个明确的日期，并说明为什么不能当天答复。',
        'zh-TW': '她改為承諾一個明確的日期，並說明為什麼不能當天答覆。',
      },
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
      narration: {
        en: 'Engineering approves the drawings the next morning; she records it.',
        'zh-CN': '第二天上午工程部批准了图纸，她登记了这一进展。',
        'zh-TW': '第二天上午工程部批准了圖紙，她登記了這一進展。',
      },
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
      narration: {
        en: 'She grants the permit and calls Mr Sun before the promised time.',
        'zh-CN': '她发放了装修许可，并在承诺时间之前打电话告诉孙先生。',
        'zh-TW': '她發放了裝修許可，並在承諾時間之前打電話告訴孫先生。',
      },
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
