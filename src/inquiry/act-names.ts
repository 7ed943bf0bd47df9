import type { InquiryEventType } from './events';
import type { Locale } from '../i18n/locale';

// constants

/**
 * What each recorded event is called in each locale, for messages and reports: `handed over` /
 * `交接` / `交接`.
 *
 * @example
 * import { ACT_NAMES } from './act-names'; // internal to the library
 * ACT_NAMES.ReplyPromised['zh-CN']; // '承诺答复'
 *
 * @category i18n
 * @since 0.2.0
 */
export const ACT_NAMES = {
  InquiryReceived: { en: 'inquiry received', 'zh-CN': '受理事项', 'zh-TW': '受理事項' },
  InquiryClarified: { en: 'inquiry clarified', 'zh-CN': '明确诉求', 'zh-TW': '明確訴求' },
  ContactRecorded: { en: 'contact recorded', 'zh-CN': '登记联系方式', 'zh-TW': '登記聯繫方式' },
  InquiryTransferred: { en: 'inquiry transferred', 'zh-CN': '交接转办', 'zh-TW': '交接轉辦' },
  InquiryEscalated: { en: 'inquiry escalated', 'zh-CN': '请示领导', 'zh-TW': '請示領導' },
  HandlerNamed: { en: 'handler named', 'zh-CN': '指定经办人', 'zh-TW': '指定經辦人' },
  MissingMaterialsNotified: { en: 'missing materials notified', 'zh-CN': '告知所缺材料', 'zh-TW': '告知所缺材料' },
  MaterialsReceived: { en: 'materials received', 'zh-CN': '材料补齐', 'zh-TW': '材料補齊' },
  ReplyPromised: { en: 'reply promised', 'zh-CN': '承诺答复', 'zh-TW': '承諾答覆' },
  FollowedUp: { en: 'followed up', 'zh-CN': '跟进', 'zh-TW': '跟進' },
  RequesterReplied: { en: 'requester replied', 'zh-CN': '答复来电来访人', 'zh-TW': '答覆來電來訪人' },
  LiabilityClassified: { en: 'liability classified', 'zh-CN': '认定责任归属', 'zh-TW': '認定責任歸屬' },
  DemandDeclined: { en: 'demand declined', 'zh-CN': '婉拒诉求', 'zh-TW': '婉拒訴求' },
  InquiryResolved: { en: 'inquiry resolved', 'zh-CN': '办结', 'zh-TW': '辦結' },
  InquiryReopened: { en: 'inquiry reopened', 'zh-CN': '重新受理', 'zh-TW': '重新受理' },
  ResponsibilityReassigned: { en: 'responsibility reassigned', 'zh-CN': '领导改派', 'zh-TW': '領導改派' },
} as const satisfies Readonly<Record<InquiryEventType, Readonly<Record<Locale, string>>>>;
