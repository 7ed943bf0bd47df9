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
  title: 'The competent handler is absent: keep it, ask a leader, hand on promptly',
  seedPassage:
    '篇1 ¶4: “如經辦人不在,應主動請示相關領導,將其聯系或指引至授權辦事的部門人員處”; 篇3 4: “部門人不在崗位的,首問責任人可以先行接收,及時轉辦”',
  steps: [
    {
      narration: 'Mrs Qian phones the service desk at night: the power in flat 7-0303 is out and her neighbours have light.',
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
      narration: 'The clerk tries to hand it to Liu Yang, the electrician for building 7, who went home at 18:00.',
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
      narration: 'She keeps the matter and asks a plumber who happens to be on duty to find someone; a plumber is no leader.',
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
      narration: 'She asks the head of engineering instead, and still holds the matter while she waits.',
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
      narration: 'The head of engineering names Sun Hao, the electrician on call tonight.',
      command: {
        type: 'NameHandler',
        data: { inquiryId, at: '2026-05-09T22:50:00+08:00', actor: ZHOU_QIANG, handler: SUN_HAO },
      },
    },
    {
      narration: 'The clerk reaches the plumber first and tries to hand it to her instead of the named handler.',
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
      narration: 'She hands it to Sun Hao, two minutes after he was named.',
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
      narration: 'Sun Hao finds the flat’s breaker tripped by the storm and decides whose responsibility it is.',
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
      narration: 'He restores the power and tells Mrs Qian what happened.',
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
