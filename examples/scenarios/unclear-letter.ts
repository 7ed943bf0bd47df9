import { CHEN_JING, LI_NA } from './cast';
import type { Scenario } from './scenario';

const inquiryId = 'INQ-20260512-031';

/**
 * An unclear letter, then a matter that cannot be settled in time. Nobody is left waiting without
 * a way to reach them (FI-15), contact details are taken before the matter is put off to the next
 * stage (FI-09), and the engineer who takes it over is the responsible person of that stage: one
 * matter, a chain of responsible persons.
 *
 * @example
 * import { runScenario } from '../runner';
 * import { unclearLetter } from './unclear-letter';
 * runScenario(unclearLetter).state.status; // 'closed' (resolved)
 *
 * @category examples
 * @since 0.1.0
 */
export const unclearLetter: Scenario = {
  id: 'unclear-letter',
  title: {
    en: 'An unclear letter, put off to the next stage with contact details',
    'zh-CN': '诉求不明的来信：留下联系方式后转入下一环节',
    'zh-TW': '訴求不明的來信：留下聯繫方式後轉入下一環節',
  },
  seedPassage:
    '篇3 5: “首問責任人遇到有不明確的事項時,應該留下來電人的聯系方式,以及時答復或辦理”; 篇1 ¶4: “確遇特殊原因不能及時解決的,應主動請對方留下聯系方式,交由相關部門或經辦人處理,首問責任解除,此時接手處理具體事務的經辦人員是此環節的“首問責任人””',
  steps: [
    {
      narration: {
        en: 'A note in the service-desk mailbox: “The noise again in building 4. Please do something.” No name, no flat.',
        'zh-CN': '客服中心信箱里有一张字条：“4 号楼又有噪音，请处理一下。”没有署名，也没有房号。',
        'zh-TW': '客服中心信箱裡有一張字條：「4 號樓又有噪音，請處理一下。」沒有署名，也沒有房號。',
      },
      command: {
        type: 'ReceiveInquiry',
        data: {
          inquiryId,
          at: '2026-05-12T08:30:00+08:00',
          actor: CHEN_JING,
          channel: 'letter',
          category: 'repair',
          requester: { name: 'Resident of building 4 (unsigned note)' },
          intent: 'Some noise in building 4; what and where is unclear',
          intentClear: false,
          announced: { name: 'Chen Jing', employeeNo: 'K-031' },
        },
      },
    },
    {
      narration: {
        en: 'The clerk wants to promise an answer by tomorrow, but there is nobody to send it to.',
        'zh-CN': '客服想承诺明天答复，可是不知道该答复给谁。',
        'zh-TW': '客服想承諾明天答覆，可是不知道該答覆給誰。',
      },
      command: {
        type: 'PromiseReply',
        data: {
          inquiryId,
          at: '2026-05-12T08:40:00+08:00',
          actor: CHEN_JING,
          deadline: '2026-05-13T17:00:00+08:00',
          explanation: 'We will look into the noise in building 4 and reply by tomorrow.',
        },
      },
    },
    {
      narration: {
        en: 'She asks around building 4; the writer, Mr He of 4-0905, stops by the desk and explains: the lift grinds at night.',
        'zh-CN': '她在 4 号楼打听；写信的 4-0905 何先生来到服务台说明：电梯夜里有摩擦声。',
        'zh-TW': '她在 4 號樓打聽；寫信的 4-0905 何先生來到服務台說明：電梯夜裡有摩擦聲。',
      },
      command: {
        type: 'ClarifyInquiry',
        data: {
          inquiryId,
          at: '2026-05-12T10:00:00+08:00',
          actor: CHEN_JING,
          intent: 'Lift B in building 4 makes a grinding noise between floors 8 and 10 at night',
        },
      },
    },
    {
      narration: {
        en: 'The lift needs a part that takes days to arrive. She puts it off to engineering without noting how to reach Mr He.',
        'zh-CN': '电梯需要的配件要好几天才能到货。她把事情转给工程部，却没有记下何先生的联系方式。',
        'zh-TW': '電梯需要的配件要好幾天才能到貨。她把事情轉給工程部，卻沒有記下何先生的聯繫方式。',
      },
      command: {
        type: 'TransferInquiry',
        data: {
          inquiryId,
          at: '2026-05-12T10:20:00+08:00',
          actor: CHEN_JING,
          to: LI_NA,
          note: 'Lift B, building 4, grinding between floors 8 and 10 at night; reported by Mr He, 4-0905.',
          reason: 'deferred',
        },
      },
    },
    {
      narration: { en: 'She records his number first.', 'zh-CN': '她先登记了他的电话号码。', 'zh-TW': '她先登記了他的電話號碼。' },
      command: {
        type: 'RecordContact',
        data: { inquiryId, at: '2026-05-12T10:22:00+08:00', actor: CHEN_JING, contact: 'Mr He, 4-0905, 136 0004 0905' },
      },
    },
    {
      narration: {
        en: 'Then she hands it on; the engineer is the responsible person of the next stage.',
        'zh-CN': '然后她交接转办；工程师成为下一环节的首问责任人。',
        'zh-TW': '然後她交接轉辦；工程師成為下一環節的首問責任人。',
      },
      command: {
        type: 'TransferInquiry',
        data: {
          inquiryId,
          at: '2026-05-12T10:25:00+08:00',
          actor: CHEN_JING,
          to: LI_NA,
          note: 'Lift B, building 4, grinding between floors 8 and 10 at night. Mr He, 4-0905, 136 0004 0905, expects a call.',
          reason: 'deferred',
        },
      },
    },
    {
      narration: {
        en: 'The engineer calls Mr He with a definite date and the reason.',
        'zh-CN': '工程师打电话给何先生，告知明确的日期和原因。',
        'zh-TW': '工程師打電話給何先生，告知明確的日期和原因。',
      },
      command: {
        type: 'PromiseReply',
        data: {
          inquiryId,
          at: '2026-05-12T14:00:00+08:00',
          actor: LI_NA,
          deadline: '2026-05-15T18:00:00+08:00',
          explanation: '何先生,B梯导轨滚轮磨损,配件周五到货,我们周五18点前换好并给您回电话。这几天夜间请先使用A梯。',
        },
      },
    },
    {
      narration: {
        en: 'The lift was installed by the developer and is still under the installer’s warranty.',
        'zh-CN': '这部电梯是开发商安装的，仍在安装商的保修期内。',
        'zh-TW': '這部電梯是開發商安裝的，仍在安裝商的保固期內。',
      },
      command: {
        type: 'ClassifyLiability',
        data: {
          inquiryId,
          at: '2026-05-15T15:00:00+08:00',
          actor: LI_NA,
          party: 'developer-legacy',
          note: 'Worn guide roller on a lift handed over by the developer in 2025; replaced under the installer’s warranty.',
        },
      },
    },
    {
      narration: {
        en: 'The roller is replaced on Friday afternoon and Mr He is called back.',
        'zh-CN': '周五下午更换了滚轮，并回电告知何先生。',
        'zh-TW': '週五下午更換了滾輪，並回電告知何先生。',
      },
      command: {
        type: 'ResolveInquiry',
        data: {
          inquiryId,
          at: '2026-05-15T16:30:00+08:00',
          actor: LI_NA,
          summary: 'Lift B guide roller replaced under warranty; the noise is gone. Thank you for telling us.',
        },
      },
    },
  ],
};
