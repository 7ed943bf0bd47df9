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
  title: 'An unclear letter, put off to the next stage with contact details',
  seedPassage:
    '篇3 5: “首問責任人遇到有不明確的事項時,應該留下來電人的聯系方式,以及時答復或辦理”; 篇1 ¶4: “確遇特殊原因不能及時解決的,應主動請對方留下聯系方式,交由相關部門或經辦人處理,首問責任解除,此時接手處理具體事務的經辦人員是此環節的“首問責任人””',
  steps: [
    {
      narration: 'A note in the service-desk mailbox: “The noise again in building 4. Please do something.” No name, no flat.',
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
      narration: 'The clerk wants to promise an answer by tomorrow, but there is nobody to send it to.',
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
      narration: 'She asks around building 4; the writer, Mr He of 4-0905, stops by the desk and explains: the lift grinds at night.',
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
      narration: 'The lift needs a part that takes days to arrive. She puts it off to engineering without noting how to reach Mr He.',
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
      narration: 'She records his number first.',
      command: {
        type: 'RecordContact',
        data: { inquiryId, at: '2026-05-12T10:22:00+08:00', actor: CHEN_JING, contact: 'Mr He, 4-0905, 136 0004 0905' },
      },
    },
    {
      narration: 'Then she hands it on; the engineer is the responsible person of the next stage.',
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
      narration: 'The engineer calls Mr He with a definite date and the reason.',
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
      narration: 'The lift was installed by the developer and is still under the installer’s warranty.',
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
      narration: 'The roller is replaced on Friday afternoon and Mr He is called back.',
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
