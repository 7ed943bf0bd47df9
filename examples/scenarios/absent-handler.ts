import { LIU_YANG, LI_NA, SUN_HAO, ZHANG_LI, ZHOU_QIANG, offDuty } from './cast';
import type { Scenario } from './scenario';

const inquiryId = 'INQ-20260509-033';

/**
 * The competent handler is not at his post. The night clerk cannot hand the matter to him (FI-08),
 * so she keeps it (先行接收) and asks a leader, who names the on-call electrician; she hands over
 * to exactly that person, promptly (及时转办).
 *
 * @example
 * import { runScenario } from '../runner';
 * import { absentHandler } from './absent-handler';
 * runScenario(absentHandler).state.status; // 'closed' (resolved)
 *
 * @category examples
 * @since 0.1.0
 */
export const absentHandler: Scenario = {
  id: 'absent-handler',
  title: {
    en: 'The competent handler is absent: keep it, ask a leader, hand on promptly',
    'zh-CN': '经办人不在：先行接收、请示领导、及时转办',
    'zh-TW': '經辦人不在：先行接收、請示領導、及時轉辦',
  },
  seedPassage:
    '篇1 ¶4: “如經辦人不在,應主動請示相關領導,將其聯系或指引至授權辦事的部門人員處”; 篇3 4: “部門人不在崗位的,首問責任人可以先行接收,及時轉辦”',
  steps: [
    {
      narration: {
        en: 'Mrs Qian phones the service desk at night: the power in flat 7-0303 is out and her neighbours have light.',
        'zh-CN': '钱太太夜里打电话到客服中心：7-0303 停电了，邻居家却有电。',
        'zh-TW': '錢太太夜裡打電話到客服中心：7-0303 停電了，鄰居家卻有電。',
      },
      command: {
        type: 'ReceiveInquiry',
        data: {
          inquiryId,
          at: '2026-05-09T22:40:00+08:00',
          actor: ZHANG_LI,
          channel: 'call',
          category: 'emergency-repair',
          requester: { name: 'Mrs Qian, flat 7-0303', contact: '137 0007 0303' },
          intent: 'No power in 7-0303 since 22:30; the rest of the floor has power',
          announced: { name: 'Zhang Li', employeeNo: 'K-033' },
        },
      },
    },
    {
      narration: {
        en: 'The clerk tries to hand it to Liu Yang, the electrician for building 7, who went home at 18:00.',
        'zh-CN': '客服想把事情交给 7 号楼的电工刘洋，可他 18:00 已经下班回家。',
        'zh-TW': '客服想把事情交給 7 號樓的電工劉洋，可他 18:00 已經下班回家。',
      },
      command: {
        type: 'TransferInquiry',
        data: {
          inquiryId,
          at: '2026-05-09T22:45:00+08:00',
          actor: ZHANG_LI,
          to: offDuty(LIU_YANG),
          note: 'No power in 7-0303 only; the requester is at home.',
          reason: 'out-of-scope',
        },
      },
    },
    {
      narration: {
        en: 'She keeps the matter and asks a plumber who happens to be on duty to find someone; a plumber is no leader.',
        'zh-CN': '她自己留着这件事，请正好当班的水电工帮忙找人；可水电工不是领导。',
        'zh-TW': '她自己留著這件事，請正好當班的水電工幫忙找人；可水電工不是領導。',
      },
      command: {
        type: 'EscalateInquiry',
        data: {
          inquiryId,
          at: '2026-05-09T22:46:00+08:00',
          actor: ZHANG_LI,
          leader: LI_NA,
          question: 'Who can look at the power in 7-0303 tonight?',
        },
      },
    },
    {
      narration: {
        en: 'She asks the head of engineering instead, and still holds the matter while she waits.',
        'zh-CN': '她改为请示工程部主管，等待期间事情仍由她负责。',
        'zh-TW': '她改為請示工程部主管，等待期間事情仍由她負責。',
      },
      command: {
        type: 'EscalateInquiry',
        data: {
          inquiryId,
          at: '2026-05-09T22:47:00+08:00',
          actor: ZHANG_LI,
          leader: ZHOU_QIANG,
          absentHandler: offDuty(LIU_YANG),
          question: 'Liu Yang is off duty; which electrician is authorised to go to 7-0303 tonight?',
        },
      },
    },
    {
      narration: {
        en: 'The head of engineering names Sun Hao, the electrician on call tonight.',
        'zh-CN': '工程部主管指定今晚值班的电工孙浩为经办人。',
        'zh-TW': '工程部主管指定今晚值班的電工孫浩為經辦人。',
      },
      command: {
        type: 'NameHandler',
        data: { inquiryId, at: '2026-05-09T22:50:00+08:00', actor: ZHOU_QIANG, handler: SUN_HAO },
      },
    },
    {
      narration: {
        en: 'The clerk reaches the plumber first and tries to hand it to her instead of the named handler.',
        'zh-CN': '客服先联系上了水电工，想把事情交给她，而不是交给指定的经办人。',
        'zh-TW': '客服先聯繫上了水電工，想把事情交給她，而不是交給指定的經辦人。',
      },
      command: {
        type: 'TransferInquiry',
        data: {
          inquiryId,
          at: '2026-05-09T22:51:00+08:00',
          actor: ZHANG_LI,
          to: LI_NA,
          note: 'No power in 7-0303 only.',
          reason: 'named-handler',
        },
      },
    },
    {
      narration: {
        en: 'She hands it to Sun Hao, two minutes after he was named.',
        'zh-CN': '她在孙浩被指定两分钟后，把事情交接给他。',
        'zh-TW': '她在孫浩被指定兩分鐘後，把事情交接給他。',
      },
      command: {
        type: 'TransferInquiry',
        data: {
          inquiryId,
          at: '2026-05-09T22:52:00+08:00',
          actor: ZHANG_LI,
          to: SUN_HAO,
          note: 'No power in 7-0303 since 22:30, the rest of floor 7 is fine. Mrs Qian is at home, 137 0007 0303. Named by Zhou Qiang.',
          reason: 'named-handler',
        },
      },
    },
    {
      narration: {
        en: 'Sun Hao finds the flat’s breaker tripped by the storm and decides whose responsibility it is.',
        'zh-CN': '孙浩发现是暴雨让这户的空气开关跳闸，并认定了责任归属。',
        'zh-TW': '孫浩發現是暴雨讓這戶的空氣開關跳閘，並認定了責任歸屬。',
      },
      command: {
        type: 'ClassifyLiability',
        data: {
          inquiryId,
          at: '2026-05-09T23:20:00+08:00',
          actor: SUN_HAO,
          party: 'natural-causes',
          note: 'Lightning surge tripped the flat’s main breaker; wiring undamaged.',
        },
      },
    },
    {
      narration: {
        en: 'He restores the power and tells Mrs Qian what happened.',
        'zh-CN': '他恢复供电，并告诉钱太太事情的原委。',
        'zh-TW': '他恢復供電，並告訴錢太太事情的原委。',
      },
      command: {
        type: 'ResolveInquiry',
        data: {
          inquiryId,
          at: '2026-05-09T23:25:00+08:00',
          actor: SUN_HAO,
          summary: 'Power restored: the storm tripped your main breaker. The wiring is fine; nothing to pay.',
        },
      },
    },
  ],
};
