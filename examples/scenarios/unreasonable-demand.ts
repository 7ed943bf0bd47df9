import { CHEN_JING, WANG_WEI } from './cast';
import type { Scenario } from './scenario';

const inquiryId = 'INQ-20260511-031';

/**
 * An unreasonable demand, declined tactfully with the reasons explained (FI-14). A brush-off
 * ("不归我管") is refused (FI-10), and so is a decline without reasons. The owner comes back the
 * next night; whoever takes it then is the responsible person of a new stage (FI-01 again).
 *
 * @example
 * import { runScenario } from '../runner';
 * import { unreasonableDemand } from './unreasonable-demand';
 * runScenario(unreasonableDemand).state.status; // 'closed' (resolved)
 *
 * @category examples
 * @since 0.1.0
 */
export const unreasonableDemand: Scenario = {
  id: 'unreasonable-demand',
  title: { en: 'An unreasonable demand, declined tactfully', 'zh-CN': '不合理要求，委婉拒绝', 'zh-TW': '不合理要求，委婉拒絕' },
  seedPassage:
    '篇3 6: “來電者有過分要求或不合理要求的,首問責任人應當講明道理,委婉拒絕,千萬不可以語言挑釁或指責對方”; 篇1 ¶4: “不得使用“我不知道”、“不是我的事”、“不歸我管”等簡單回絕的服務忌語”',
  steps: [
    {
      narration: {
        en: 'Mr Ma calls the service desk, angry: the dog in 2-1601 barks every night, and he wants a year of management fees waived.',
        'zh-CN': '马先生生气地打电话到客服中心：2-1601 的狗每晚都叫，他要求免交一年物业费。',
        'zh-TW': '馬先生生氣地打電話到客服中心：2-1601 的狗每晚都叫，他要求免交一年物業費。',
      },
      command: {
        type: 'ReceiveInquiry',
        data: {
          inquiryId,
          at: '2026-05-11T09:05:00+08:00',
          actor: CHEN_JING,
          channel: 'call',
          category: 'complaint',
          requester: { name: 'Mr Ma, flat 2-1501', contact: '135 0002 1501' },
          intent: 'Dog in 2-1601 barks at night; demands a year of management fees waived',
          announced: { name: 'Chen Jing' },
        },
      },
    },
    {
      narration: {
        en: 'The clerk is tempted to brush him off: neighbours’ dogs are not the desk’s business.',
        'zh-CN': '客服想一句话打发他：邻居家的狗不归客服管。',
        'zh-TW': '客服想一句話打發他：鄰居家的狗不歸客服管。',
      },
      command: {
        type: 'ReplyToRequester',
        data: { inquiryId, at: '2026-05-11T09:08:00+08:00', actor: CHEN_JING, message: '邻居家的狗不归我管,您去找居委会吧。' },
      },
    },
    {
      narration: {
        en: 'She takes up the noise itself, which is a fair complaint.',
        'zh-CN': '她接下噪音问题本身，这是合理的投诉。',
        'zh-TW': '她接下噪音問題本身，這是合理的投訴。',
      },
      command: {
        type: 'ReplyToRequester',
        data: {
          inquiryId,
          at: '2026-05-11T09:10:00+08:00',
          actor: CHEN_JING,
          message: '马先生,夜里狗叫影响休息,我们理解。我今天就上门和2-1601的业主沟通,并请夜班保安留意。',
        },
      },
    },
    {
      narration: {
        en: 'She speaks to the owner of 2-1601, who agrees to keep the dog indoors at night.',
        'zh-CN': '她找 2-1601 的业主谈，对方同意夜里把狗关在屋里。',
        'zh-TW': '她找 2-1601 的業主談，對方同意夜裡把狗關在屋裡。',
      },
      command: {
        type: 'FollowUp',
        data: {
          inquiryId,
          at: '2026-05-11T15:00:00+08:00',
          actor: CHEN_JING,
          note: 'Owner of 2-1601 agrees to keep the dog indoors after 22:00.',
        },
      },
    },
    {
      narration: {
        en: 'Mr Ma insists on the fee waiver. She turns it down flatly, without a reason.',
        'zh-CN': '马先生坚持要免物业费。她一口回绝，没有说明理由。',
        'zh-TW': '馬先生堅持要免物業費。她一口回絕，沒有說明理由。',
      },
      command: {
        type: 'DeclineDemand',
        data: {
          inquiryId,
          at: '2026-05-11T15:30:00+08:00',
          actor: CHEN_JING,
          demand: 'Waive a year of management fees',
          explanation: '  ',
        },
      },
    },
    {
      narration: {
        en: 'She declines it tactfully and explains why.',
        'zh-CN': '她委婉拒绝，并讲明道理。',
        'zh-TW': '她委婉拒絕，並講明道理。',
      },
      command: {
        type: 'DeclineDemand',
        data: {
          inquiryId,
          at: '2026-05-11T15:35:00+08:00',
          actor: CHEN_JING,
          demand: 'Waive a year of management fees',
          explanation:
            '马先生,管理费是全体业主按合同支付的公共服务费用,不能因为邻里噪音减免,请您理解。2-1601业主已答应晚上十点后把狗关在室内,我们会继续跟进。',
        },
      },
    },
    {
      narration: {
        en: 'Two nights later the dog barks again. Mr Ma stops the guard at the gate; the guard takes the matter up again.',
        'zh-CN': '两天后的夜里狗又叫了。马先生在门口拦住保安，保安重新受理了这件事。',
        'zh-TW': '兩天後的夜裡狗又叫了。馬先生在門口攔住保安，保安重新受理了這件事。',
      },
      command: {
        type: 'ReopenInquiry',
        data: {
          inquiryId,
          at: '2026-05-13T23:10:00+08:00',
          actor: WANG_WEI,
          reason: 'The dog in 2-1601 barked again after 23:00.',
          announced: { name: WANG_WEI.name },
        },
      },
    },
    {
      narration: {
        en: 'The guard rings at 2-1601; the dog is brought in.',
        'zh-CN': '保安按响 2-1601 的门铃，狗被带进屋里。',
        'zh-TW': '保安按響 2-1601 的門鈴，狗被帶進屋裡。',
      },
      command: {
        type: 'FollowUp',
        data: {
          inquiryId,
          at: '2026-05-13T23:25:00+08:00',
          actor: WANG_WEI,
          note: 'Spoke with 2-1601 at the door; dog brought inside at 23:20.',
        },
      },
    },
    {
      narration: {
        en: 'He tells Mr Ma and closes the matter.',
        'zh-CN': '他告诉马先生处理结果，办结此事。',
        'zh-TW': '他告訴馬先生處理結果，辦結此事。',
      },
      command: {
        type: 'ResolveInquiry',
        data: {
          inquiryId,
          at: '2026-05-13T23:30:00+08:00',
          actor: WANG_WEI,
          summary: '2-1601 has brought the dog inside. The night patrol will pass their door at 23:00 for the next week.',
        },
      },
    },
  ],
};
