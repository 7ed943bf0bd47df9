import type { ViolationCode } from '../rules/codes';
import type { Locale } from '../i18n/locale';

// model

/**
 * The facts a refusal is about (who, whom, which inquiry, which deadline…), by name, so that its
 * message can be rendered in any locale ({@link formatViolation}). A `variant` parameter, where
 * present, picks one of a code's message variants (e.g. `leader` for advice to a leader).
 *
 * @example
 * import type { ViolationParams } from 'first-inquiry';
 * const p: ViolationParams = { inquiry: 'INQ-1', holder: 'Wang Wei', command: 'TransferInquiry' };
 *
 * @category errors
 * @since 0.2.0
 */
export type ViolationParams = Readonly<Record<string, string>>;

/**
 * The message of one refusal code in one locale: a template, or templates by variant (`default`
 * plus the variants a refusal's `variant` parameter can name). `{name}` is replaced by the
 * parameter `name`. Every message says what is wrong and names what this actor can do next
 * (a command such as `TransferInquiry`, or `{command}`: the refused command, sent again corrected).
 *
 * @example
 * import type { ViolationTemplate } from 'first-inquiry';
 * const t: ViolationTemplate = { default: 'Inquiry {inquiry} is closed. Reopen it (ReopenInquiry).' };
 *
 * @category i18n
 * @since 0.2.0
 */
export type ViolationTemplate = string | { readonly default: string; readonly [variant: string]: string };

/**
 * A complete message catalogue: every {@link ViolationCode} in every locale. Data, not code:
 * tests check it is complete and that every message names a next action.
 *
 * @example
 * import { VIOLATION_MESSAGES } from './violation-messages';
 * import { type ViolationCatalogue } from 'first-inquiry';
 * const catalogue: ViolationCatalogue = VIOLATION_MESSAGES;
 * catalogue['zh-TW'].INQUIRY_NOT_FOUND; // '事項 {inquiry} 尚未接收。請先接收（ReceiveInquiry）。'
 *
 * @category i18n
 * @since 0.2.0
 */
export type ViolationCatalogue = { readonly [L in Locale]: { readonly [C in ViolationCode]: ViolationTemplate } };

// constants

/**
 * The refusal messages in English, Simplified Chinese and Traditional Chinese, in the terms of the
 * trade (首问责任人, 环节, 转办, 交接, 督办, 回复期限, 服务忌语, 一次性告知).
 *
 * @example
 * import { VIOLATION_MESSAGES } from './violation-messages';
 * typeof VIOLATION_MESSAGES['zh-CN'].INQUIRY_CLOSED; // 'object' (one variant per outcome)
 *
 * @category i18n
 * @since 0.2.0
 */
export const VIOLATION_MESSAGES: ViolationCatalogue = {
  en: {
    INQUIRY_ALREADY_RECEIVED: {
      default:
        'Inquiry {inquiry} was already received by {first}, its first responder (首问责任人); {holder} is responsible for it now. Do not receive it again: if you are {holder}, go on acting on it; otherwise ask {holder} to hand it over to you (TransferInquiry).',
      closed:
        'Inquiry {inquiry} was received before and is closed now. If the requester came back about it, reopen it (ReopenInquiry) instead of receiving it again.',
    },
    NOT_RESPONSIBLE:
      '{actor} is not the responsible person (首问责任人) of {inquiry}; {holder} is. Only {holder} may act on it: ask them to hand it over to you (TransferInquiry), or ask a leader to reassign it (ReassignInquiry).',
    INQUIRY_CLOSED: {
      default:
        'Inquiry {inquiry} is closed; nobody is responsible for it now. If the requester came back, reopen it (ReopenInquiry) and act on it then.',
      resolved:
        'Inquiry {inquiry} was resolved; nobody is responsible for it now. If the requester came back, reopen it (ReopenInquiry) and act on it then.',
      declined:
        'Inquiry {inquiry} was declined; nobody is responsible for it now. If the requester came back, reopen it (ReopenInquiry) and act on it then.',
    },
    HANDOVER_TO_SELF:
      '{holder} already holds {inquiry}; a handover (交接) needs another, named receiver. Send {command} again naming someone else, or go on handling it.',
    IDENTITY_NOT_ANNOUNCED: {
      default:
        'Tell the requester your own name ({name}) or employee number (工号), record what you said in "announced", and send {command} again.',
      withNo:
        'Tell the requester your own name ({name}) or employee number (工号) ({employeeNo}), record what you said in "announced", and send {command} again.',
    },
    INTENT_REQUIRED: {
      default:
        'Record what the requester wants (their intent), even if it is not yet clear (then mark it unclear), and send {command} again.',
      handover: 'The inquiry has no recorded intent to carry on; record it first (ClarifyInquiry), then hand it over.',
    },
    NOTICE_ITEMS_REQUIRED:
      'List every missing item and document in this one notice (一次性告知); none may be blank. Send NotifyMissingMaterials again with all of them.',
    HANDOVER_RECEIVER_REQUIRED:
      'Name the person who takes the matter over (id and name): a handover to nobody in particular is not a handover. Send {command} again with a named receiver.',
    HANDOVER_NOTE_REQUIRED:
      'Write a brief handover note (简要交接): what is known, what was promised, what is missing; then send TransferInquiry again.',
    HANDLER_OFF_DUTY: {
      default:
        '{receiver} is not at their post. Keep the matter (先行接收) and escalate to a leader (EscalateInquiry, 请示相关领导), who names an authorised handler on duty.',
      leader: '{receiver} is not at their post. As the leader, choose a colleague who is on duty now and send {command} again naming them.',
    },
    NOT_A_LEADER: {
      default:
        '{actor} is not a leader (相关领导). A leader is a staff member the organisation authorises to name handlers and reassign matters: their directory entry says leader: true. Ask such a leader (EscalateInquiry).',
      escalate:
        '{actor} is not a leader (相关领导): a leader is a staff member the organisation authorises to name handlers (their directory entry says leader: true). Escalate to such a leader (EscalateInquiry).',
      name: '{actor} is not a leader (相关领导): a leader is a staff member whose directory entry says leader: true. Only the leader the matter was escalated to may name a handler (NameHandler); ask them.',
      reassign:
        '{actor} is not a leader (相关领导): a leader is a staff member whose directory entry says leader: true. Ask a leader to reassign the matter (ReassignInquiry); if you hold it, hand it over yourself (TransferInquiry).',
    },
    NOT_ESCALATED_TO_ACTOR: {
      default:
        'Inquiry {inquiry} was escalated to {leader}, not to {actor}; only {leader} may name its handler (NameHandler). As a leader you may reassign it instead (ReassignInquiry).',
      notEscalated:
        'Inquiry {inquiry} has not been escalated; its responsible person {holder} must ask a leader first (EscalateInquiry). As a leader you may reassign it instead (ReassignInquiry).',
    },
    NAMED_HANDLER_REQUIRED: {
      default: 'The leader named {handler} for {inquiry}; hand the matter to them (TransferInquiry to {handler}).',
      noneNamed:
        'No leader has named a handler for {inquiry}; escalate first (EscalateInquiry), or hand it over for another reason (TransferInquiry, reason out-of-scope or deferred).',
    },
    CONTACT_REQUIRED_FOR_DEFERRAL:
      "The matter is being put off to a later stage (环节): take the requester's contact details first (RecordContact) so the next handler can reach them, then send TransferInquiry again.",
    FORBIDDEN_PHRASE:
      'The text to the requester says “{phrase}”, a service taboo phrase (服务忌语). Never brush a requester off: if the matter is truly outside your scope, explain sincerely and fully and hand it to the competent person. Rewrite the text and send {command} again.',
    PROMISE_DEADLINE_REQUIRED:
      'A promise needs a definite reply deadline (回复期限) after now ({at}); {deadline} is not. Send PromiseReply again with a later deadline.',
    PROMISE_EXPLANATION_REQUIRED:
      'Explain to the requester why it cannot be done at once and what happens next, then send PromiseReply again.',
    LIABILITY_NOT_CLASSIFIED:
      'This {category} matter can be closed only after deciding whose responsibility it is (谁的责任谁负责): classify the liability first (ClassifyLiability), then send {command} again.',
    DECLINE_EXPLANATION_REQUIRED:
      'Explain the reasons to the requester tactfully (委婉拒绝): a decline without reasons is not allowed. Send DeclineDemand again with the explanation.',
    CONTACT_REQUIRED_FOR_UNCLEAR: {
      default:
        'The matter is unclear and the requester would be left without an answer: take their contact details first (RecordContact) or clarify the matter (ClarifyInquiry), then send {command} again.',
      leader:
        'The matter is unclear and the requester would be left without an answer: ask {holder} to take their contact details (RecordContact) or clarify the matter (ClarifyInquiry) before you send {command} again.',
    },
    HANDOVER_WITHIN_OWN_SCOPE:
      '{category} matters are in the scope of {department}, your own department: handing one on as out of scope is shirking (推诿). Handle it yourself; if it cannot be settled in time, take the contact details and hand it over as deferred (TransferInquiry), or escalate (EscalateInquiry).',
    ESCALATION_TO_SELF:
      '{actor} cannot escalate {inquiry} to themselves: asking a leader (请示相关领导) means asking someone else, who then names a handler. Send EscalateInquiry again naming another leader, or go on handling it.',
    REASSIGNMENT_OF_OWN_MATTER:
      '{actor} holds {inquiry} themselves: a reassignment is a leader moving someone else’s matter, not a way round the handover rules. Hand it over yourself (TransferInquiry, with a brief handover note and its reason), or ask another leader (EscalateInquiry).',
    RECEIVER_NOT_COMPETENT:
      '{receiver} ({department}) is not competent for {category} matters (in scope: {departments}). Send {command} again naming someone from {departments}, or ask a leader to name a handler (EscalateInquiry).',
    INVALID_COMMAND: '{detail} Correct {command} and send it again.',
    STAFF_NOT_IDENTIFIED: {
      default:
        'The person in {field} has the id “{id}”, which has white space or an invisible character in it: one person must never have two ids. Use their exact directory id and send {command} again.',
      blank:
        'The person in {field} has an id that shows nothing: every act and every holder must be attributable. Use their directory id and send {command} again.',
      'not-nfkc':
        'The person in {field} has the id “{id}”, which is not in Unicode NFKC form (full-width letters or decomposed accents), so it could pose as another id. Use their exact directory id and send {command} again.',
      name: 'The person in {field} (id {id}) has no visible name: every act and every holder must be attributable. Record their name and send {command} again.',
      lookAlike:
        'The person in {field} has the id “{id}”, which looks the same as “{other}” but is another id (letters of another script that look alike): two people must never look the same. Use their exact directory id and send {command} again.',
    },
    UNKNOWN_STAFF: '{id} ({field}) is not in the staff directory at {at}. Send {command} again with the id of a current staff member.',
    DIRECTORY_MISMATCH:
      "The command says {field} is “{claimed}”, but the staff directory says “{actual}” for {id} at {at}. Send {command} again with the directory's facts, or with ids only.",
    NO_MATERIALS_OUTSTANDING:
      'No missing materials are outstanding on {inquiry}: nothing was asked for, or everything has arrived. Record what happened with FollowUp instead.',
    UNKNOWN_CATEGORY:
      'Category "{category}" is not in the policy (known: {known}). Send {command} again with a known category, or add the category to the policy.',
    INQUIRY_NOT_FOUND: 'Inquiry {inquiry} has not been received yet. Receive it first (ReceiveInquiry).',
    INQUIRY_MISMATCH:
      'The command is for {inquiry} but the state given is of {stateInquiry}. Load the state of {inquiry} and send {command} again.',
    INQUIRY_NOT_CLOSED:
      'Inquiry {inquiry} is still open with {holder} responsible; only a closed inquiry can be reopened. {holder} goes on acting on it; if it should be yours, ask for a handover (TransferInquiry).',
    TIME_WENT_BACKWARDS:
      'The command is dated {at}, before the last recorded act at {last}. Record acts in the order they happened: send {command} again dated {last} or later.',
    IMPLAUSIBLE_INSTANT: '{field} is {instant}, outside the years {from}–{to}: a mistyped year? Correct it and send {command} again.',
    TEXT_REQUIRED: '{field} is blank (nothing visible): write it and send {command} again.',
  },
  'zh-CN': {
    INQUIRY_ALREADY_RECEIVED: {
      default:
        '事项 {inquiry} 已由 {first} 首先接收，目前的首问责任人是 {holder}，不能重复接收：如果你就是 {holder}，请继续办理；否则请 {holder} 向你交接（TransferInquiry）。',
      closed: '事项 {inquiry} 此前已接收，现已办结。如果诉求人因此事再次前来，请重新开启（ReopenInquiry），不要重复接收。',
    },
    NOT_RESPONSIBLE:
      '{actor} 不是事项 {inquiry} 的首问责任人，{holder} 才是。只有 {holder} 可以办理：请 {holder} 向你交接（TransferInquiry），或请领导改派（ReassignInquiry）。',
    INQUIRY_CLOSED: {
      default: '事项 {inquiry} 已办结，目前没有首问责任人。如果诉求人再次前来，请重新开启（ReopenInquiry）后再办理。',
      resolved: '事项 {inquiry} 已办结，目前没有首问责任人。如果诉求人再次前来，请重新开启（ReopenInquiry）后再办理。',
      declined: '事项 {inquiry} 已婉拒并结束，目前没有首问责任人。如果诉求人再次前来，请重新开启（ReopenInquiry）后再办理。',
    },
    HANDOVER_TO_SELF:
      '{holder} 已经是事项 {inquiry} 的首问责任人；交接必须交给另一位具名的接收人。请指定他人后重新发送 {command}，或继续自己办理。',
    IDENTITY_NOT_ANNOUNCED: {
      default: '请向诉求人报出你的姓名（{name}）或工号，在“announced”中记录所报内容，然后重新发送 {command}。',
      withNo: '请向诉求人报出你的姓名（{name}）或工号（{employeeNo}），在“announced”中记录所报内容，然后重新发送 {command}。',
    },
    INTENT_REQUIRED: {
      default: '请记录诉求人的诉求（即使尚不明确，也请记录并标明不明确），然后重新发送 {command}。',
      handover: '该事项没有可以转交的诉求记录：请先记录诉求（ClarifyInquiry），再进行交接。',
    },
    NOTICE_ITEMS_REQUIRED:
      '请在这一份通知中列明所缺的全部材料和证件（一次性告知），每一项都不能为空。请列齐后重新发送 NotifyMissingMaterials。',
    HANDOVER_RECEIVER_REQUIRED: '请写明接手人（工号 id 和姓名）：不指定具体接手人的交接不算交接。请写明接收人后重新发送 {command}。',
    HANDOVER_NOTE_REQUIRED: '请写简要交接记录：已知情况、已作承诺、所缺材料；然后重新发送 TransferInquiry。',
    HANDLER_OFF_DUTY: {
      default: '{receiver} 不在岗。请先行接收，并请示相关领导（EscalateInquiry），由领导指定在岗的授权经办人。',
      leader: '{receiver} 不在岗。作为领导，请指定一位当前在岗的同事，并重新发送 {command}。',
    },
    NOT_A_LEADER: {
      default:
        '{actor} 不是相关领导。相关领导是单位授权指定经办人、改派事项的员工：其人员目录记录为 leader: true。请向相关领导请示（EscalateInquiry）。',
      escalate:
        '{actor} 不是相关领导（相关领导是单位授权指定经办人的员工，人员目录记录为 leader: true）。请向相关领导请示（EscalateInquiry）。',
      name: '{actor} 不是相关领导（人员目录记录为 leader: true 的员工才是）。只有被请示的领导才能指定经办人（NameHandler），请联系该领导。',
      reassign:
        '{actor} 不是相关领导（人员目录记录为 leader: true 的员工才是）。请由领导改派（ReassignInquiry）；如果事项在你手上，请自行转办（TransferInquiry）。',
    },
    NOT_ESCALATED_TO_ACTOR: {
      default:
        '事项 {inquiry} 请示的是 {leader}，不是 {actor}；只有 {leader} 可以指定经办人（NameHandler）。作为领导，你可以改派（ReassignInquiry）。',
      notEscalated:
        '事项 {inquiry} 尚未请示领导；首问责任人 {holder} 须先请示相关领导（EscalateInquiry）。作为领导，你可以改派（ReassignInquiry）。',
    },
    NAMED_HANDLER_REQUIRED: {
      default: '领导已为事项 {inquiry} 指定经办人 {handler}；请转办给 {handler}（TransferInquiry）。',
      noneNamed:
        '尚无领导为事项 {inquiry} 指定经办人；请先请示领导（EscalateInquiry），或以其他原因转办（TransferInquiry，原因为 out-of-scope 或 deferred）。',
    },
    CONTACT_REQUIRED_FOR_DEFERRAL:
      '该事项将延至下一环节办理：请先记录诉求人的联系方式（RecordContact），以便下一位经办人联系，然后重新发送 TransferInquiry。',
    FORBIDDEN_PHRASE:
      '对诉求人说的话中含有“{phrase}”，属于服务忌语。不得推诿搪塞：确实不属于自己职责范围的，要诚恳、完整地解释，并转交有关责任人。请修改措辞后重新发送 {command}。',
    PROMISE_DEADLINE_REQUIRED:
      '承诺必须有明确的回复期限，且晚于当前时间（{at}）；{deadline} 不符合。请填写更晚的期限后重新发送 PromiseReply。',
    PROMISE_EXPLANATION_REQUIRED: '请向诉求人说明为何不能立即办理以及后续安排，然后重新发送 PromiseReply。',
    LIABILITY_NOT_CLASSIFIED:
      '此 {category} 事项须先分清责任（谁的责任谁负责）才能办结：请先认定责任（ClassifyLiability），再重新发送 {command}。',
    DECLINE_EXPLANATION_REQUIRED: '请委婉地向诉求人说明理由：不说明理由的拒绝是不允许的。请写明理由后重新发送 DeclineDemand。',
    CONTACT_REQUIRED_FOR_UNCLEAR: {
      default: '事项不明确，诉求人将得不到答复：请先记录其联系方式（RecordContact）或澄清事项（ClarifyInquiry），然后重新发送 {command}。',
      leader:
        '事项不明确，诉求人将得不到答复：请 {holder} 先记录其联系方式（RecordContact）或澄清事项（ClarifyInquiry），你再重新发送 {command}。',
    },
    HANDOVER_WITHIN_OWN_SCOPE:
      '{category} 事项属于你所在部门 {department} 的职责范围：以“不属本部门”为由转出是推诿。请自行办理；如不能按时办结，请记录联系方式后按延期转办（TransferInquiry），或请示领导（EscalateInquiry）。',
    ESCALATION_TO_SELF:
      '{actor} 不能把事项 {inquiry} 请示给自己：请示相关领导是向另一位领导请示，由其指定经办人。请指定另一位领导重新发送 EscalateInquiry，或继续自行办理。',
    REASSIGNMENT_OF_OWN_MATTER:
      '事项 {inquiry} 由 {actor} 本人负责：改派是领导调配他人负责的事项，不能用来绕开交接规则。请自行交接（TransferInquiry，附简要交接说明和原因），或请示另一位领导（EscalateInquiry）。',
    RECEIVER_NOT_COMPETENT:
      '{receiver}（{department}）不负责 {category} 事项（负责部门：{departments}）。请改为指定 {departments} 的人员后重新发送 {command}，或请示领导指定经办人（EscalateInquiry）。',
    INVALID_COMMAND: '{detail} 请改正 {command} 后重新发送。',
    STAFF_NOT_IDENTIFIED: {
      default: '{field} 中人员的 id “{id}”含有空白或不可见字符：同一个人不能有两个 id。请使用人员目录中的准确 id 后重新发送 {command}。',
      blank: '{field} 中人员的 id 没有可见内容：每一个行为和每一位责任人都必须可追溯。请使用人员目录中的 id 后重新发送 {command}。',
      'not-nfkc':
        '{field} 中人员的 id “{id}”不是 Unicode NFKC 规范形式（全角字母或分解的重音符号），可能冒充另一个 id。请使用人员目录中的准确 id 后重新发送 {command}。',
      name: '{field} 中的人员（id {id}）没有可见的姓名：每一个行为和每一位责任人都必须可追溯。请填写其姓名后重新发送 {command}。',
      lookAlike:
        '{field} 中人员的 id “{id}”与“{other}”看起来相同，却是另一个 id（用了外形相似的其他文字的字母）：两个人不能看起来是同一个人。请使用人员目录中的准确 id 后重新发送 {command}。',
    },
    UNKNOWN_STAFF: '{id}（{field}）在 {at} 不在人员目录中。请使用在职员工的 id 重新发送 {command}。',
    DIRECTORY_MISMATCH:
      '命令中 {field} 为“{claimed}”，但人员目录中 {id} 在 {at} 的记录为“{actual}”。请按目录信息（或只填 id）重新发送 {command}。',
    NO_MATERIALS_OUTSTANDING: '事项 {inquiry} 没有待补的材料：未曾一次性告知缺件，或材料已经补齐。请改用 FollowUp 记录办理情况。',
    UNKNOWN_CATEGORY: '类别“{category}”不在制度配置中（已有：{known}）。请使用已有类别重新发送 {command}，或将该类别加入配置。',
    INQUIRY_NOT_FOUND: '事项 {inquiry} 尚未接收。请先接收（ReceiveInquiry）。',
    INQUIRY_MISMATCH: '命令针对的是事项 {inquiry}，但给出的状态属于事项 {stateInquiry}。请载入 {inquiry} 的状态后重新发送 {command}。',
    INQUIRY_NOT_CLOSED:
      '事项 {inquiry} 仍在办理中，首问责任人为 {holder}；只有已办结的事项才能重新开启。由 {holder} 继续办理；如应由你办理，请其交接（TransferInquiry）。',
    TIME_WENT_BACKWARDS: '命令时间为 {at}，早于最后一次记录的时间 {last}。请按发生顺序记录：以 {last} 或之后的时间重新发送 {command}。',
    IMPLAUSIBLE_INSTANT: '{field} 为 {instant}，不在 {from}–{to} 年之间：年份是否输错？请改正后重新发送 {command}。',
    TEXT_REQUIRED: '{field} 为空（没有可见内容）：请填写后重新发送 {command}。',
  },
  'zh-TW': {
    INQUIRY_ALREADY_RECEIVED: {
      default:
        '事項 {inquiry} 已由 {first} 首先接收，目前的首問責任人是 {holder}，不能重複接收：如果你就是 {holder}，請繼續辦理；否則請 {holder} 向你交接（TransferInquiry）。',
      closed: '事項 {inquiry} 此前已接收，現已辦結。如果訴求人因此事再次前來，請重新開啟（ReopenInquiry），不要重複接收。',
    },
    NOT_RESPONSIBLE:
      '{actor} 不是事項 {inquiry} 的首問責任人，{holder} 才是。只有 {holder} 可以辦理：請 {holder} 向你交接（TransferInquiry），或請領導改派（ReassignInquiry）。',
    INQUIRY_CLOSED: {
      default: '事項 {inquiry} 已辦結，目前沒有首問責任人。如果訴求人再次前來，請重新開啟（ReopenInquiry）後再辦理。',
      resolved: '事項 {inquiry} 已辦結，目前沒有首問責任人。如果訴求人再次前來，請重新開啟（ReopenInquiry）後再辦理。',
      declined: '事項 {inquiry} 已婉拒並結束，目前沒有首問責任人。如果訴求人再次前來，請重新開啟（ReopenInquiry）後再辦理。',
    },
    HANDOVER_TO_SELF:
      '{holder} 已經是事項 {inquiry} 的首問責任人；交接必須交給另一位具名的接收人。請指定他人後重新發送 {command}，或繼續自己辦理。',
    IDENTITY_NOT_ANNOUNCED: {
      default: '請向訴求人報出你的姓名（{name}）或工號，在「announced」中記錄所報內容，然後重新發送 {command}。',
      withNo: '請向訴求人報出你的姓名（{name}）或工號（{employeeNo}），在「announced」中記錄所報內容，然後重新發送 {command}。',
    },
    INTENT_REQUIRED: {
      default: '請記錄訴求人的訴求（即使尚不明確，也請記錄並標明不明確），然後重新發送 {command}。',
      handover: '該事項沒有可以轉交的訴求記錄：請先記錄訴求（ClarifyInquiry），再進行交接。',
    },
    NOTICE_ITEMS_REQUIRED:
      '請在這一份通知中列明所缺的全部材料和證件（一次性告知），每一項都不能為空。請列齊後重新發送 NotifyMissingMaterials。',
    HANDOVER_RECEIVER_REQUIRED: '請寫明接手人（id 和姓名）：不指定具體接手人的交接不算交接。請寫明接收人後重新發送 {command}。',
    HANDOVER_NOTE_REQUIRED: '請寫簡要交接記錄：已知情況、已作承諾、所缺材料；然後重新發送 TransferInquiry。',
    HANDLER_OFF_DUTY: {
      default: '{receiver} 不在崗。請先行接收，並請示相關領導（EscalateInquiry），由領導指定在崗的授權經辦人。',
      leader: '{receiver} 不在崗。作為領導，請指定一位目前在崗的同事，並重新發送 {command}。',
    },
    NOT_A_LEADER: {
      default:
        '{actor} 不是相關領導。相關領導是單位授權指定經辦人、改派事項的員工：其人員目錄記錄為 leader: true。請向相關領導請示（EscalateInquiry）。',
      escalate:
        '{actor} 不是相關領導（相關領導是單位授權指定經辦人的員工，人員目錄記錄為 leader: true）。請向相關領導請示（EscalateInquiry）。',
      name: '{actor} 不是相關領導（人員目錄記錄為 leader: true 的員工才是）。只有被請示的領導才能指定經辦人（NameHandler），請聯繫該領導。',
      reassign:
        '{actor} 不是相關領導（人員目錄記錄為 leader: true 的員工才是）。請由領導改派（ReassignInquiry）；如果事項在你手上，請自行轉辦（TransferInquiry）。',
    },
    NOT_ESCALATED_TO_ACTOR: {
      default:
        '事項 {inquiry} 請示的是 {leader}，不是 {actor}；只有 {leader} 可以指定經辦人（NameHandler）。作為領導，你可以改派（ReassignInquiry）。',
      notEscalated:
        '事項 {inquiry} 尚未請示領導；首問責任人 {holder} 須先請示相關領導（EscalateInquiry）。作為領導，你可以改派（ReassignInquiry）。',
    },
    NAMED_HANDLER_REQUIRED: {
      default: '領導已為事項 {inquiry} 指定經辦人 {handler}；請轉辦給 {handler}（TransferInquiry）。',
      noneNamed:
        '尚無領導為事項 {inquiry} 指定經辦人；請先請示領導（EscalateInquiry），或以其他原因轉辦（TransferInquiry，原因為 out-of-scope 或 deferred）。',
    },
    CONTACT_REQUIRED_FOR_DEFERRAL:
      '該事項將延至下一環節辦理：請先記錄訴求人的聯繫方式（RecordContact），以便下一位經辦人聯繫，然後重新發送 TransferInquiry。',
    FORBIDDEN_PHRASE:
      '對訴求人說的話中含有「{phrase}」，屬於服務忌語。不得推諉搪塞：確實不屬於自己職責範圍的，要誠懇、完整地解釋，並轉交有關責任人。請修改措辭後重新發送 {command}。',
    PROMISE_DEADLINE_REQUIRED:
      '承諾必須有明確的回覆期限，且晚於目前時間（{at}）；{deadline} 不符合。請填寫更晚的期限後重新發送 PromiseReply。',
    PROMISE_EXPLANATION_REQUIRED: '請向訴求人說明為何不能立即辦理以及後續安排，然後重新發送 PromiseReply。',
    LIABILITY_NOT_CLASSIFIED:
      '此 {category} 事項須先分清責任（誰的責任誰負責）才能辦結：請先認定責任（ClassifyLiability），再重新發送 {command}。',
    DECLINE_EXPLANATION_REQUIRED: '請委婉地向訴求人說明理由：不說明理由的拒絕是不允許的。請寫明理由後重新發送 DeclineDemand。',
    CONTACT_REQUIRED_FOR_UNCLEAR: {
      default: '事項不明確，訴求人將得不到答覆：請先記錄其聯繫方式（RecordContact）或澄清事項（ClarifyInquiry），然後重新發送 {command}。',
      leader:
        '事項不明確，訴求人將得不到答覆：請 {holder} 先記錄其聯繫方式（RecordContact）或澄清事項（ClarifyInquiry），你再重新發送 {command}。',
    },
    HANDOVER_WITHIN_OWN_SCOPE:
      '{category} 事項屬於你所在部門 {department} 的職責範圍：以「不屬本部門」為由轉出是推諉。請自行辦理；如不能按時辦結，請記錄聯繫方式後按延期轉辦（TransferInquiry），或請示領導（EscalateInquiry）。',
    ESCALATION_TO_SELF:
      '{actor} 不能把事項 {inquiry} 請示給自己：請示相關領導是向另一位領導請示，由其指定經辦人。請指定另一位領導重新發送 EscalateInquiry，或繼續自行辦理。',
    REASSIGNMENT_OF_OWN_MATTER:
      '事項 {inquiry} 由 {actor} 本人負責：改派是領導調配他人負責的事項，不能用來繞開交接規則。請自行交接（TransferInquiry，附簡要交接說明和原因），或請示另一位領導（EscalateInquiry）。',
    RECEIVER_NOT_COMPETENT:
      '{receiver}（{department}）不負責 {category} 事項（負責部門：{departments}）。請改為指定 {departments} 的人員後重新發送 {command}，或請示領導指定經辦人（EscalateInquiry）。',
    INVALID_COMMAND: '{detail} 請改正 {command} 後重新發送。',
    STAFF_NOT_IDENTIFIED: {
      default: '{field} 中人員的 id「{id}」含有空白或不可見字元：同一個人不能有兩個 id。請使用人員目錄中的準確 id 後重新發送 {command}。',
      blank: '{field} 中人員的 id 沒有可見內容：每一個行為和每一位責任人都必須可追溯。請使用人員目錄中的 id 後重新發送 {command}。',
      'not-nfkc':
        '{field} 中人員的 id「{id}」不是 Unicode NFKC 規範形式（全形字母或分解的重音符號），可能冒充另一個 id。請使用人員目錄中的準確 id 後重新發送 {command}。',
      name: '{field} 中的人員（id {id}）沒有可見的姓名：每一個行為和每一位責任人都必須可追溯。請填寫其姓名後重新發送 {command}。',
      lookAlike:
        '{field} 中人員的 id「{id}」與「{other}」看起來相同，卻是另一個 id（用了外形相似的其他文字的字母）：兩個人不能看起來是同一個人。請使用人員目錄中的準確 id 後重新發送 {command}。',
    },
    UNKNOWN_STAFF: '{id}（{field}）在 {at} 不在人員目錄中。請使用在職員工的 id 重新發送 {command}。',
    DIRECTORY_MISMATCH:
      '命令中 {field} 為「{claimed}」，但人員目錄中 {id} 在 {at} 的記錄為「{actual}」。請按目錄資訊（或只填 id）重新發送 {command}。',
    NO_MATERIALS_OUTSTANDING: '事項 {inquiry} 沒有待補的材料：未曾一次性告知缺件，或材料已經補齊。請改用 FollowUp 記錄辦理情況。',
    UNKNOWN_CATEGORY: '類別「{category}」不在制度設定中（已有：{known}）。請使用已有類別重新發送 {command}，或將該類別加入設定。',
    INQUIRY_NOT_FOUND: '事項 {inquiry} 尚未接收。請先接收（ReceiveInquiry）。',
    INQUIRY_MISMATCH: '命令針對的是事項 {inquiry}，但給出的狀態屬於事項 {stateInquiry}。請載入 {inquiry} 的狀態後重新發送 {command}。',
    INQUIRY_NOT_CLOSED:
      '事項 {inquiry} 仍在辦理中，首問責任人為 {holder}；只有已辦結的事項才能重新開啟。由 {holder} 繼續辦理；如應由你辦理，請其交接（TransferInquiry）。',
    TIME_WENT_BACKWARDS: '命令時間為 {at}，早於最後一次記錄的時間 {last}。請按發生順序記錄：以 {last} 或之後的時間重新發送 {command}。',
    IMPLAUSIBLE_INSTANT: '{field} 為 {instant}，不在 {from}–{to} 年之間：年份是否輸錯？請改正後重新發送 {command}。',
    TEXT_REQUIRED: '{field} 為空（沒有可見內容）：請填寫後重新發送 {command}。',
  },
};

// A parameter a refusal did not carry (a 0.1-style violation built from a message) still reads as words.
const MISSING: { readonly [L in Locale]: { readonly command: string; readonly other: string } } = {
  en: { command: 'the command', other: '—' },
  'zh-CN': { command: '该命令', other: '—' },
  'zh-TW': { command: '該命令', other: '—' },
};

// utils

/**
 * Renders a refusal's message in a locale from the catalogue and the refusal's `params`. The
 * code and rule stay the same in every language, so tools match on them, never on the text.
 *
 * @example
 * import { decide, formatViolation, initialState } from 'first-inquiry';
 * import * as E from 'fp-ts/Either';
 * const r = decide({ type: 'FollowUp', data: { inquiryId: 'INQ-9', at: '2026-05-04T09:30:00+08:00',
 *   actor: { id: 's-1', name: 'Wang Wei', department: 'security', onDuty: true }, note: 'Called' } }, initialState());
 * if (E.isLeft(r)) formatViolation(r.left, 'zh-CN'); // '事项 INQ-9 尚未接收。请先接收（ReceiveInquiry）。'
 *
 * @category i18n
 * @since 0.2.0
 */
export function formatViolation(v: { readonly code: ViolationCode; readonly params?: ViolationParams }, locale: Locale): string {
  const catalogue = Object.hasOwn(VIOLATION_MESSAGES, locale) ? VIOLATION_MESSAGES[locale] : VIOLATION_MESSAGES.en;
  const entry = catalogue[v.code];
  const params = v.params ?? {};
  const variant = params.variant;
  const template =
    typeof entry === 'string' ? entry : variant !== undefined && Object.hasOwn(entry, variant) ? (entry[variant] as string) : entry.default;
  const missing = MISSING[Object.hasOwn(MISSING, locale) ? locale : 'en'];
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    Object.hasOwn(params, name) ? (params[name] as string) : name === 'command' ? missing.command : missing.other,
  );
}
