import { LI_NA, WANG_WEI } from './cast';
import type { Scenario } from './scenario';

const inquiryId = 'INQ-20260504-017';
const requester = { name: 'Mrs Zhao, flat 3-1202', contact: '138 0013 1202' };

/**
 * A water leak reported at night to a security guard, not to the service desk. The guard is the
 * responsible person at once (FI-01), hands the matter to the plumber with a brief handover (FI-07),
 * and the plumber decides whose responsibility the leak is (FI-12) before resolving it.
 *
 * @example
 * import { runScenario } from '../runner';
 * import { waterLeak } from './water-leak';
 * runScenario(waterLeak).state.status; // 'closed' (resolved)
 *
 * @category examples
 * @since 0.1.0
 */
export const waterLeak: Scenario = {
  id: 'water-leak',
  title: { en: 'A water leak reported to a security guard', 'zh-CN': '业主向保安报告漏水', 'zh-TW': '業主向保安報告漏水' },
  seedPassage:
    '篇1 ¶4: “當業主、住戶或其他相關人員來電來訪時首先找到的物業工作人員即為首問責任人(我們不能片面理解為客服人員或內勤人員)”; “簡要交接后,首問責任解除”; 篇2 ¶7: “誰的責任誰負責”',
  steps: [
    {
      narration: {
        en: 'Mrs Zhao stops the guard on his round: water is dripping through her kitchen ceiling. The service desk is closed; the guard takes it and says who he is.',
        'zh-CN': '赵太太在保安巡逻时拦住他：厨房天花板在滴水。客服中心已下班，保安当即受理，并报上自己的姓名和工号。',
        'zh-TW': '趙太太在保安巡邏時攔住他：廚房天花板在滴水。客服中心已下班，保安當即受理，並報上自己的姓名和工號。',
      },
      command: {
        type: 'ReceiveInquiry',
        data: {
          inquiryId,
          at: '2026-05-04T21:10:00+08:00',
          actor: WANG_WEI,
          channel: 'visit',
          category: 'emergency-repair',
          requester,
          intent: 'Water dripping through the kitchen ceiling of 3-1202, probably from 3-1302 above',
          announced: { name: 'Wang Wei', employeeNo: 'B-017' },
          greeting: '您好,我是保安王伟,工号B-017。我马上联系工程部的同事过来。',
        },
      },
    },
    {
      narration: {
        en: 'He calls the plumber and tries to pass the matter on without a word of handover.',
        'zh-CN': '他叫来水电工，想一句交接都不写就把事情转出去。',
        'zh-TW': '他叫來水電工，想一句交接都不寫就把事情轉出去。',
      },
      command: {
        type: 'TransferInquiry',
        data: { inquiryId, at: '2026-05-04T21:14:00+08:00', actor: WANG_WEI, to: LI_NA, note: '', reason: 'out-of-scope' },
      },
    },
    {
      narration: {
        en: 'He hands over properly: what he saw, what he promised, where the requester is.',
        'zh-CN': '他按规定交接：看到了什么、答应了什么、来访人在哪里。',
        'zh-TW': '他按規定交接：看到了什麼、答應了什麼、來訪人在哪裡。',
      },
      command: {
        type: 'TransferInquiry',
        data: {
          inquiryId,
          at: '2026-05-04T21:15:00+08:00',
          actor: WANG_WEI,
          to: LI_NA,
          note: 'Steady drip over the kitchen sink of 3-1202; nobody answers at 3-1302. Mrs Zhao is waiting at home; I told her engineering is on the way.',
          reason: 'out-of-scope',
        },
      },
    },
    {
      narration: {
        en: 'Later the guard wants to log a follow-up of his own, but the matter is no longer his.',
        'zh-CN': '随后保安想自己登记一条跟进，但这件事已经不归他负责了。',
        'zh-TW': '隨後保安想自己登記一條跟進，但這件事已經不歸他負責了。',
      },
      command: {
        type: 'FollowUp',
        data: { inquiryId, at: '2026-05-04T21:40:00+08:00', actor: WANG_WEI, note: 'Saw the plumber go up to 13th floor.' },
      },
    },
    {
      narration: {
        en: 'The plumber finds a cracked pipe joint in 3-1302, shuts the valve and wants to close the job at once.',
        'zh-CN': '水电工发现 3-1302 的水管接头开裂，关掉阀门，想马上办结。',
        'zh-TW': '水電工發現 3-1302 的水管接頭開裂，關掉閥門，想馬上辦結。',
      },
      command: {
        type: 'ResolveInquiry',
        data: { inquiryId, at: '2026-05-04T22:05:00+08:00', actor: LI_NA, summary: 'Valve in 3-1302 shut, the leak has stopped.' },
      },
    },
    {
      narration: {
        en: 'She first settles whose responsibility the leak is: the joint was cracked by the renovation under way in 3-1302.',
        'zh-CN': '她先认定漏水的责任归属：接头是 3-1302 正在进行的装修弄裂的。',
        'zh-TW': '她先認定漏水的責任歸屬：接頭是 3-1302 正在進行的裝修弄裂的。',
      },
      command: {
        type: 'ClassifyLiability',
        data: {
          inquiryId,
          at: '2026-05-04T22:10:00+08:00',
          actor: LI_NA,
          party: 'renovation-contractor',
          note: 'Fresh tool marks on the joint in 3-1302; the renovation contractor moved that pipe on 2 May.',
        },
      },
    },
    {
      narration: {
        en: 'Then she resolves it and tells Mrs Zhao who pays for her ceiling.',
        'zh-CN': '然后她办结此事，并告诉赵太太天花板的损失由谁承担。',
        'zh-TW': '然後她辦結此事，並告訴趙太太天花板的損失由誰承擔。',
      },
      command: {
        type: 'ResolveInquiry',
        data: {
          inquiryId,
          at: '2026-05-04T22:20:00+08:00',
          actor: LI_NA,
          summary:
            'Joint replaced and the leak stopped. The renovation contractor of 3-1302 caused it and repairs your ceiling at their cost; we will check the work with you.',
        },
      },
    },
  ],
};
