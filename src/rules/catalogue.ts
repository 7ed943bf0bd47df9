import { FINDING_RULES, VIOLATION_RULES, type FindingCode, type ViolationCode } from './codes';
import { GLOSSARY, type GlossaryTerm } from '../i18n/glossary';
import type { Locale } from '../i18n/locale';
import type { RuleId } from './ids';

// model

/**
 * How a rule is made to hold:
 * - `enforced`: `decide` refuses any command that would break it (a typed {@link RuleViolation});
 * - `audited`: it depends on time or judgement, so it is computed from the history as findings;
 * - `enforced+audited`: part of each (e.g. FI-08: no handover to someone off duty, and how long
 *   the hand-on took);
 * - `read-model`: it is served by supervision views rather than checked.
 *
 * @category rules
 * @since 0.1.0
 */
export type RuleKind = 'enforced' | 'audited' | 'enforced+audited' | 'read-model';

/**
 * One rule of the catalogue, for code, docs and auditors alike.
 *
 * @category rules
 * @since 0.1.0
 */
export interface Rule {
  readonly id: RuleId;
  readonly title: string;
  /** The rule in plain English. */
  readonly statement: string;
  /** Where in the seed it comes from (篇N ¶M or the numbered point). */
  readonly source: string;
  /** The seed's own words (it mixes traditional and simplified characters). */
  readonly quote: string;
  readonly kind: RuleKind;
  /** How the library makes the rule hold, in a sentence or two. */
  readonly how: string;
  /** The `decide` refusal codes that enforce it (derived from {@link VIOLATION_RULES}). */
  readonly violationCodes: readonly ViolationCode[];
  /** Audit finding codes that report it (derived from {@link FINDING_RULES}). */
  readonly findingCodes: readonly string[];
  /** Test files (from the package root) whose specifications prove it. */
  readonly proof: readonly string[];
}

type RuleText = Omit<Rule, 'violationCodes' | 'findingCodes'>;

const texts: readonly RuleText[] = [
  {
    id: 'FI-01',
    title: 'The first receiver is responsible',
    statement:
      'The staff member who first receives a call, letter or visit becomes the responsible person at once, whatever their department or role.',
    source: '篇1 ¶4; 篇3 第一',
    quote: '當業主、住戶或其他相關人員來電來訪時首先找到的物業工作人員即為首問責任人(我們不能片面理解為客服人員或內勤人員)',
    kind: 'enforced',
    how: 'ReceiveInquiry makes the actor the responsible person of stage 0, whatever their department or duty status; a second receipt of the same inquiry is refused (hand it over instead).',
    proof: ['test/rules/fi-01-first-receiver.test.ts', 'test/properties/ownership.test-prop.ts'],
  },
  {
    id: 'FI-02',
    title: 'Exactly one responsible person until closure',
    statement:
      'From receipt until closure an inquiry has exactly one responsible person: never none, never two. Responsibility ends only by a completed handover to a named person or by closure.',
    source: '篇1 ¶4',
    quote: '簡要交接后,首問責任解除',
    kind: 'enforced',
    how: 'The state holds one responsible person while open and none when closed; only the responsible person may act (leaders may name a handler or reassign); a closed inquiry accepts only a reopen; a handover to oneself is refused, and so is one to an id that only looks like one’s own (letters of another script that look alike: STAFF_NOT_IDENTIFIED). Property tests check it after every step of thousands of random histories.',
    proof: ['test/rules/fi-02-one-responsible.test.ts', 'test/properties/ownership.test-prop.ts', 'test/rules/disguised-authority.test.ts'],
  },
  {
    id: 'FI-03',
    title: 'Tell the requester your name or employee number',
    statement: 'On receipt the responsible person tells the requester their name or employee number (工号).',
    source: '篇3 1',
    quote: '首問責任人首先要清楚地告知對方自己的姓名或工號',
    kind: 'enforced',
    how: 'The receipt, and a reopening (which starts a new stage with a new responsible person), record what was announced; it must match the actor’s own name or employee number. Every person on the record needs a usable id and a visible name (src/identity.ts).',
    proof: ['test/rules/fi-03-announce-identity.test.ts', 'test/core/identity.test.ts'],
  },
  {
    id: 'FI-04',
    title: 'Record the requester’s intent; a handover carries it',
    statement: 'The responsible person records the requester’s intent; a handover carries it on.',
    source: '篇3 2; 篇3 4',
    quote: '首問責任人必須準確了解來電者的意向,必要時要做好來電內容的記錄',
    kind: 'enforced',
    how: 'Receipt and clarification need a non-blank intent; every handover event copies the recorded intent to the receiver, and `check` reports a recorded handover whose intent is not the intent on record (HANDOVER_INTENT_MISMATCH).',
    proof: ['test/rules/fi-04-intent.test.ts', 'test/history/record-copies.test.ts'],
  },
  {
    id: 'FI-05',
    title: 'Finish within the prescribed time limit',
    statement:
      'A matter within the responsible person’s scope, with complete paperwork, is finished within the prescribed time limit (規定的時限).',
    source: '篇1 ¶2',
    quote: '若手續完備的,首問責任人要在規定的時限內予以辦結',
    kind: 'audited',
    how: 'Audited (OVERDUE) against the category’s time limit, counted in working days or hours on a calendar supplied as data (time zone, holidays, make-up working days), as of an instant the auditor chooses. The limit counts with complete paperwork: from a notice of missing materials until RecordMaterialsReceived it is paused (time used before the notice still counts); `check` reports a MaterialsReceived whose items are not those outstanding (MATERIALS_ITEMS_MISMATCH).',
    proof: [
      'test/audit/fi-05-overdue.test.ts',
      'test/history/record-copies.test.ts',
      'test/audit/fi-05-materials.test.ts',
      'test/calendar/working-time.test.ts',
      'test/calendar/working-time.test-prop.ts',
      'test/projections/deadlines.test.ts',
    ],
  },
  {
    id: 'FI-06',
    title: 'Tell everything missing at once',
    statement:
      'If paperwork is incomplete, every missing item and document is told in ONE notice; the requester must never have to come a third time (不讓群眾跑第三趟).',
    source: '篇1 ¶2',
    quote: '并一次性告知其辦事機關的全部事項和所需的文書材料,讓其補辦手續后按登記順序盡快辦結,不讓群眾跑第三趟',
    kind: 'enforced+audited',
    how: 'A notice must list at least one item, none blank (enforced: NOTICE_ITEMS_REQUIRED); a later notice on the same inquiry that asks for something not told before is the audit finding NOTICE_NOT_ONE_TIME, naming the responsible person who sent it.',
    proof: ['test/rules/fi-06-one-time-notice.test.ts', 'test/audit/fi-06-one-time-notice.test.ts'],
  },
  {
    id: 'FI-07',
    title: 'Hand over actively, with a brief handover',
    statement:
      'A matter outside the responsible person’s scope is actively handed to the competent person; after a brief handover, responsibility passes to that person.',
    source: '篇1 ¶4; 篇3 4',
    quote: '應主動將其聯系或指引到相應的部門或經辦人處,簡要交接后,首問責任解除',
    kind: 'enforced',
    how: 'A handover needs a named receiver (id and name) and a non-blank handover note; the receiver becomes the responsible person of the next stage. A matter handed on as out of scope must go to someone whose department the policy puts the category in (RECEIVER_NOT_COMPETENT); a leader’s reassignment or a handler a leader named is the leader’s choice. A leader who holds the matter hands it over like anyone else: reassigning one’s own matter is refused (REASSIGNMENT_OF_OWN_MATTER). Every way a matter changes hands obeys the same handover rules.',
    proof: ['test/rules/fi-07-handover.test.ts', 'test/rules/handovers-and-scope.test.ts', 'test/rules/disguised-authority.test.ts'],
  },
  {
    id: 'FI-08',
    title: 'Handler absent: keep it, ask a leader, hand on promptly',
    statement:
      'If the competent handler is not at their post, the responsible person keeps the matter (先行接收), asks a leader (請示相關領導), who names an authorised handler, and then hands over promptly (及時轉辦).',
    source: '篇1 ¶4; 篇3 4',
    quote: '如經辦人不在,應主動請示相關領導,將其聯系或指引至授權辦事的部門人員處',
    kind: 'enforced+audited',
    how: 'Nobody off duty can be handed a matter or named as handler; escalation keeps ownership where it is and must ask someone else (ESCALATION_TO_SELF); only the leader asked (a leader) may name a handler, and a named-handler handover must go to that person. How long the hand-on took is audited.',
    proof: ['test/rules/fi-08-absent-handler.test.ts', 'test/audit/fi-08-slow-hand-on.test.ts', 'test/rules/disguised-authority.test.ts'],
  },
  {
    id: 'FI-09',
    title: 'Take contact details before deferring; a chain of responsible persons',
    statement:
      'If a matter cannot be settled in time for special reasons, the requester’s contact details are taken before it is handed on; the receiving handler becomes the responsible person of the next stage, so one matter can have a chain of responsible persons.',
    source: '篇1 ¶4',
    quote:
      '確遇特殊原因不能及時解決的,應主動請對方留下聯系方式,交由相關部門或經辦人處理,首問責任解除,此時接手處理具體事務的經辦人員是此環節的“首問責任人”',
    kind: 'enforced',
    how: 'A handover with reason "deferred" is refused until contact details are recorded; every handover starts a new stage, so the state keeps the chain of stages.',
    proof: ['test/rules/fi-09-deferral.test.ts'],
  },
  {
    id: 'FI-10',
    title: 'Never brush a requester off',
    statement:
      'Never ignore or shirk. The phrases “我不知道” (I don’t know), “不是我的事” (not my business), “不歸我管” (not my department) are never said; anything truly outside one’s scope gets a sincere, complete explanation.',
    source: '篇1 ¶4',
    quote: '不得使用“我不知道”、“不是我的事”、“不歸我管”等簡單回絕的服務忌語',
    kind: 'enforced',
    how: 'Every text to the requester (greeting, notice, promise, reply, decline, resolution) is checked against the policy’s forbidden phrases on letters and digits alone (no punctuation, spacing, format character or mark can hide one); simplified and traditional forms are both listed. Shirking: handing a matter on as out of scope when it is in one’s own department’s scope is refused (HANDOVER_WITHIN_OWN_SCOPE).',
    proof: [
      'test/rules/fi-10-forbidden-phrases.test.ts',
      'test/properties/ownership.test-prop.ts',
      'test/rules/handovers-and-scope.test.ts',
    ],
  },
  {
    id: 'FI-11',
    title: 'A definite reply deadline, an explanation, close follow-up',
    statement: 'A matter that cannot be handled at once gets a definite reply deadline, an explanation, and close follow-up until done.',
    source: '篇2 ¶7',
    quote: '不能及時處理的,明確回復具體期限,并予以解釋,同時密切跟進該事項的進展',
    kind: 'enforced+audited',
    how: 'A promise needs a deadline after the promise and an explanation (enforced); a missed deadline and a lack of follow-up are audited.',
    proof: ['test/rules/fi-11-promise.test.ts', 'test/audit/fi-11-promises.test.ts'],
  },
  {
    id: 'FI-12',
    title: 'Whose responsibility is it?',
    statement:
      'Decide whose responsibility (誰的責任誰負責) the underlying problem is: the property company’s, the renovation contractor’s, the developer’s construction legacy, or natural causes.',
    source: '篇2 ¶7',
    quote: '清楚地掌握哪些是物業的責任,哪些是裝修施工的責任,哪些又是開發商建設遺留的問題及隱患,抑或是自然因素的影響',
    kind: 'enforced',
    how: 'A category the policy marks requiresLiability (repairs by default) cannot be resolved, nor its demand declined, before its liability is classified.',
    proof: ['test/rules/fi-12-liability.test.ts', 'test/rules/handovers-and-scope.test.ts'],
  },
  {
    id: 'FI-13',
    title: 'No rash promises',
    statement: 'Make no rash promises to please the requester.',
    source: '篇2 ¶7',
    quote: '不能麻木的討好業主,毫無原則輕率的許下承諾',
    kind: 'audited',
    how: 'Audited: promises without a deadline or made by someone who was not responsible at the time (possible only in imported histories, since decide refuses both).',
    proof: ['test/audit/fi-13-rash-promises.test.ts'],
  },
  {
    id: 'FI-14',
    title: 'Decline unreasonable demands tactfully, with reasons',
    statement: 'An excessive or unreasonable demand is declined tactfully, with the reasons explained, never with provocation or blame.',
    source: '篇3 6',
    quote: '來電者有過分要求或不合理要求的,首問責任人應當講明道理,委婉拒絕,千萬不可以語言挑釁或指責對方',
    kind: 'enforced',
    how: 'A decline needs a non-blank explanation, which is checked like any text to the requester (FI-10).',
    proof: ['test/rules/fi-14-decline.test.ts'],
  },
  {
    id: 'FI-15',
    title: 'Unclear matter: take contact details',
    statement: 'For an unclear matter, take the requester’s contact details so the answer can follow.',
    source: '篇3 5',
    quote: '首問責任人遇到有不明確的事項時,應該留下來電人的聯系方式,以及時答復或辦理',
    kind: 'enforced',
    how: 'An inquiry received as unclear (intentClear: false) cannot be handed over, reassigned by a leader, escalated or promised a later reply — acts that leave the requester waiting — until contact details are recorded or the intent is clarified.',
    proof: ['test/rules/fi-15-unclear.test.ts', 'test/rules/handovers-and-scope.test.ts'],
  },
  {
    id: 'FI-16',
    title: 'Inaction and arbitrary action are accountable',
    statement:
      'Arbitrary action, rule-breaking action and inaction are accountable (隨意作為、違規作為或不作為); every finding names who was responsible at the time.',
    source: '篇1 ¶2; 篇2 ¶1',
    quote: '對于隨意作為、違規作為或不作為后該怎么辦、該承擔什么樣的責任也作了詳細列舉',
    kind: 'audited',
    how: 'Audited: every finding names the person accountable in the stage where it arose (the stage holder, or the first responder under the first-responder-retains model). INACTION: no recorded act on an open inquiry for longer than the policy allows. ACT_WITHOUT_RESPONSIBILITY: an imported history shows an act by someone who was not responsible at the time (decide refuses these; the audit still catches them).',
    proof: ['test/audit/fi-16-inaction.test.ts', 'test/projections/staff-records.test.ts'],
  },
  {
    id: 'FI-17',
    title: 'Supervision at any time',
    statement: 'Supervision: managers see, at any time, who holds what, what is overdue and what went wrong.',
    source: '篇2 ¶2',
    quote: '那有效的工作監督制度便是不可或缺的',
    kind: 'read-model',
    how: 'Served by supervision read models (who holds what, overdue and at-risk lists, chains of stages, per-person records).',
    proof: [
      'test/projections/holdings.test.ts',
      'test/projections/deadlines.test.ts',
      'test/projections/stage-chains.test.ts',
      'test/projections/staff-records.test.ts',
      'test/projections/projections.test-prop.ts',
    ],
  },
];

/**
 * The rule catalogue: all 17 rules of the first-inquiry responsibility system, in ID order, each
 * with its statement, the seed passage, how it is enforced or audited, and the codes that name it.
 *
 * @example
 * import { RULES } from 'first-inquiry';
 * RULES.find((r) => r.id === 'FI-10')?.violationCodes; // ['FORBIDDEN_PHRASE']
 *
 * @category rules
 * @since 0.1.0
 */
export const RULES: readonly Rule[] = texts.map((rule) => ({
  ...rule,
  violationCodes: (Object.keys(VIOLATION_RULES) as ViolationCode[]).filter((code) => VIOLATION_RULES[code] === rule.id),
  findingCodes: (Object.keys(FINDING_RULES) as FindingCode[]).filter((code) => FINDING_RULES[code] === rule.id),
}));

/**
 * Looks a rule up by ID.
 *
 * @example
 * import { ruleById } from 'first-inquiry';
 * ruleById('FI-07').title; // 'Hand over actively, with a brief handover'
 *
 * @category rules
 * @since 0.1.0
 */
export function ruleById(id: RuleId): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`bug: rule ${id} missing from the catalogue`);
  return rule;
}

// translations

/**
 * A rule's words in one language: its title, its statement and how the library makes it hold.
 *
 * @category rules
 * @since 0.2.0
 */
export interface RuleWords {
  readonly title: string;
  readonly statement: string;
  readonly how: string;
}

// The Chinese texts name the terms of the trade as {glossaryKey}; they are filled in from the one
// glossary (src/i18n/glossary.ts), so a term is spelled the same in every rule, finding and doc.
const translations: { readonly [R in RuleId]: Readonly<Record<Exclude<Locale, 'en'>, RuleWords>> } = {
  'FI-01': {
    'zh-CN': {
      title: '首先接待的员工即为{responsiblePerson}',
      statement: '业主、住户或其他相关人员来电、来函、来访时，首先接待的物业员工立即成为{responsiblePerson}，不论其部门或岗位。',
      how: 'ReceiveInquiry 使接待人成为{stage}1的{responsiblePerson}，不论其部门或是否在岗；同一{inquiry}的第二次{receipt}会被拒绝（应改为{handover}）。',
    },
    'zh-TW': {
      title: '首先接待的員工即為{responsiblePerson}',
      statement: '業主、住戶或其他相關人員來電、來函、來訪時，首先接待的物業員工立即成為{responsiblePerson}，不論其部門或崗位。',
      how: 'ReceiveInquiry 使接待人成為{stage}1的{responsiblePerson}，不論其部門或是否在崗；同一{inquiry}的第二次{receipt}會被拒絕（應改為{handover}）。',
    },
  },
  'FI-02': {
    'zh-CN': {
      title: '办结前始终只有一名{responsiblePerson}',
      statement:
        '从{receipt}到办结，一个{inquiry}始终有且只有一名{responsiblePerson}：不会没有，也不会有两个。责任只在向指定人员完成{handover}或办结时解除。',
      how: '事项未办结时状态中只有一名{responsiblePerson}，办结后没有；只有{responsiblePerson}本人可以处理（{leader}可以指定{handler}或{reassignment}）；已办结的{inquiry}只能重新受理；不能{handover}给自己，也不能{handover}给只是看起来与自己编号相同的编号（用了外形相似的其他文字的字母：STAFF_NOT_IDENTIFIED）。属性测试在成千上万条随机记录的每一步后检查这一点。',
    },
    'zh-TW': {
      title: '辦結前始終只有一名{responsiblePerson}',
      statement:
        '從{receipt}到辦結，一個{inquiry}始終有且只有一名{responsiblePerson}：不會沒有，也不會有兩個。責任只在向指定人員完成{handover}或辦結時解除。',
      how: '事項未辦結時狀態中只有一名{responsiblePerson}，辦結後沒有；只有{responsiblePerson}本人可以處理（{leader}可以指定{handler}或{reassignment}）；已辦結的{inquiry}只能重新受理；不能{handover}給自己。屬性測試在成千上萬條隨機記錄的每一步後檢查這一點。',
    },
  },
  'FI-03': {
    'zh-CN': {
      title: '告知对方自己的姓名或工号',
      statement: '{receipt}时，{responsiblePerson}要清楚地告知{requester}自己的姓名或工号。',
      how: '{receipt}记录中写明所告知的内容，它必须与接待人本人的姓名或工号一致。',
    },
    'zh-TW': {
      title: '告知對方自己的姓名或工號',
      statement: '{receipt}時，{responsiblePerson}要清楚地告知{requester}自己的姓名或工號。',
      how: '{receipt}記錄中寫明所告知的內容，它必須與接待人本人的姓名或工號一致。',
    },
  },
  'FI-04': {
    'zh-CN': {
      title: '记录{requester}的意向；{handover}时一并移交',
      statement: '{responsiblePerson}要准确了解并记录{requester}的意向；{handover}时一并移交。',
      how: '{receipt}和明确诉求都需要填写意向；每次{handover}都把已记录的意向转给接手人；`check` 会报告意向与记录不符的{handover}记录（HANDOVER_INTENT_MISMATCH）。',
    },
    'zh-TW': {
      title: '記錄{requester}的意向；{handover}時一併移交',
      statement: '{responsiblePerson}要準確了解並記錄{requester}的意向；{handover}時一併移交。',
      how: '{receipt}和明確訴求都需要填寫意向；每次{handover}都把已記錄的意向轉給接手人；`check` 會報告意向與記錄不符的{handover}記錄（HANDOVER_INTENT_MISMATCH）。',
    },
  },
  'FI-05': {
    'zh-CN': {
      title: '在{timeLimit}内办结',
      statement: '属于{responsiblePerson}职责范围、手续完备的事项，要在{timeLimit}内办结。',
      how: '督查项（OVERDUE）：按事项类别的{timeLimit}计算，以{workingDay}或工作小时计，工作日历作为数据提供（时区、节假日、调休上班日），以督查人选定的时点为准；`check` 会报告所列材料与待补材料不符的补齐记录（MATERIALS_ITEMS_MISMATCH）。',
    },
    'zh-TW': {
      title: '在{timeLimit}內辦結',
      statement: '屬於{responsiblePerson}職責範圍、手續完備的事項，要在{timeLimit}內辦結。',
      how: '督查項（OVERDUE）：按事項類別的{timeLimit}計算，以{workingDay}或工作小時計，工作日曆作為資料提供（時區、節假日、調休上班日），以督查人選定的時點為準；`check` 會報告所列材料與待補材料不符的補齊記錄（MATERIALS_ITEMS_MISMATCH）。',
    },
  },
  'FI-06': {
    'zh-CN': {
      title: '所缺材料{oneTimeNotice}',
      statement: '手续不全的，要把所缺的全部事项和材料{oneTimeNotice}，不让群众跑第三趟。',
      how: '通知必须列出至少一项且不能为空（强制：NOTICE_ITEMS_REQUIRED）；之后就同一{inquiry}再通知补交此前没有提到的东西，即为督查发现 NOTICE_NOT_ONE_TIME，并指明发出通知的{responsiblePerson}。',
    },
    'zh-TW': {
      title: '所缺材料{oneTimeNotice}',
      statement: '手續不全的，要把所缺的全部事項和材料{oneTimeNotice}，不讓群眾跑第三趟。',
      how: '通知必須列出至少一項且不能為空（強制：NOTICE_ITEMS_REQUIRED）；之後就同一{inquiry}再通知補交此前沒有提到的東西，即為督查發現 NOTICE_NOT_ONE_TIME，並指明發出通知的{responsiblePerson}。',
    },
  },
  'FI-07': {
    'zh-CN': {
      title: '主动{transfer}，简要{handover}',
      statement: '不属于{responsiblePerson}职责范围的事项，要主动联系或指引到相应的部门或{handler}；简要{handover}后，责任转给接手人。',
      how: '{handover}必须指明接手人（编号和姓名）并填写{handover}说明；接手人成为下一{stage}的{responsiblePerson}。本人负责事项的{leader}也须自行{handover}，不能改派自己的事项（REASSIGNMENT_OF_OWN_MATTER）。',
    },
    'zh-TW': {
      title: '主動{transfer}，簡要{handover}',
      statement: '不屬於{responsiblePerson}職責範圍的事項，要主動聯繫或指引到相應的部門或{handler}；簡要{handover}後，責任轉給接手人。',
      how: '{handover}必須指明接手人（編號和姓名）並填寫{handover}說明；接手人成為下一{stage}的{responsiblePerson}。本人負責事項的{leader}也須自行{handover}，不能改派自己的事項（REASSIGNMENT_OF_OWN_MATTER）。',
    },
  },
  'FI-08': {
    'zh-CN': {
      title: '{handler}不在：先行接收，{escalation}，及时{transfer}',
      statement: '{handler}不在岗时，{responsiblePerson}先行接收，主动请示{leader}，由领导指定授权办理的人员，然后及时{transfer}。',
      how: '不能把事项{handover}给不在岗的人，也不能指定不在岗的人为{handler}；{escalation}期间责任不变，且必须请示他人（ESCALATION_TO_SELF）；只有被请示的领导可以指定{handler}，指定后必须{handover}给此人。{transfer}用了多长时间由督查计算。',
    },
    'zh-TW': {
      title: '{handler}不在：先行接收，{escalation}，及時{transfer}',
      statement: '{handler}不在崗時，{responsiblePerson}先行接收，主動請示{leader}，由領導指定授權辦理的人員，然後及時{transfer}。',
      how: '不能把事項{handover}給不在崗的人，也不能指定不在崗的人為{handler}；{escalation}期間責任不變，且必須請示他人（ESCALATION_TO_SELF）；只有被請示的領導可以指定{handler}，指定後必須{handover}給此人。{transfer}用了多長時間由督查計算。',
    },
  },
  'FI-09': {
    'zh-CN': {
      title: '延后办理先留{contactDetails}；{responsiblePerson}可以接续',
      statement:
        '因特殊原因不能及时解决的，要先请{requester}留下{contactDetails}，再交相关部门或{handler}处理；接手处理的人员是此{stage}的{responsiblePerson}，所以一个事项可以有一连串的{responsiblePerson}。',
      how: '原因为“延后”（deferred）的{handover}在登记{contactDetails}之前会被拒绝；每次{handover}都开始新的{stage}，状态中保留各{stage}的链条。',
    },
    'zh-TW': {
      title: '延後辦理先留{contactDetails}；{responsiblePerson}可以接續',
      statement:
        '因特殊原因不能及時解決的，要先請{requester}留下{contactDetails}，再交相關部門或{handler}處理；接手處理的人員是此{stage}的{responsiblePerson}，所以一個事項可以有一連串的{responsiblePerson}。',
      how: '原因為「延後」（deferred）的{handover}在登記{contactDetails}之前會被拒絕；每次{handover}都開始新的{stage}，狀態中保留各{stage}的鏈條。',
    },
  },
  'FI-10': {
    'zh-CN': {
      title: '不推诿，不说{forbiddenPhrase}',
      statement:
        '不得置之不理或推诿责任。不说“我不知道”“不是我的事”“不归我管”等{forbiddenPhrase}；确实不属于职责范围的，要真诚、完整地解释。',
      how: '对{requester}说的每一段话（问候、通知、承诺、答复、婉拒、办结说明）都按单位的{forbiddenPhrase}清单检查，检查前统一 Unicode、大小写和空白；简体、繁体写法都在清单中。',
    },
    'zh-TW': {
      title: '不推諉，不說{forbiddenPhrase}',
      statement:
        '不得置之不理或推諉責任。不說「我不知道」「不是我的事」「不歸我管」等{forbiddenPhrase}；確實不屬於職責範圍的，要真誠、完整地解釋。',
      how: '對{requester}說的每一段話（問候、通知、承諾、答覆、婉拒、辦結說明）都按單位的{forbiddenPhrase}清單檢查，檢查前統一 Unicode、大小寫和空白；簡體、繁體寫法都在清單中。',
    },
  },
  'FI-11': {
    'zh-CN': {
      title: '明确{replyDeadline}，说明原因，密切{followUp}',
      statement: '不能及时处理的，要明确{replyDeadline}，予以解释，并密切{followUp}直至办结。',
      how: '承诺必须有晚于承诺时间的期限和解释（强制）；错过期限和不{followUp}由督查发现。',
    },
    'zh-TW': {
      title: '明確{replyDeadline}，說明原因，密切{followUp}',
      statement: '不能及時處理的，要明確{replyDeadline}，予以解釋，並密切{followUp}直至辦結。',
      how: '承諾必須有晚於承諾時間的期限和解釋（強制）；錯過期限和不{followUp}由督查發現。',
    },
  },
  'FI-12': {
    'zh-CN': {
      title: '分清{liability}',
      statement: '要分清问题的{liability}（谁的责任谁负责）：物业的责任、装修施工的责任、开发商建设遗留的问题，还是自然因素。',
      how: '单位政策中标为 requiresLiability 的类别（默认为报修）在认定{liability}之前不能办结。',
    },
    'zh-TW': {
      title: '分清{liability}',
      statement: '要分清問題的{liability}（誰的責任誰負責）：物業的責任、裝修施工的責任、開發商建設遺留的問題，還是自然因素。',
      how: '單位政策中標為 requiresLiability 的類別（預設為報修）在認定{liability}之前不能辦結。',
    },
  },
  'FI-13': {
    'zh-CN': {
      title: '不轻率许诺',
      statement: '不为讨好{requester}而轻率许下承诺。',
      how: '督查项：没有期限的承诺，或由当时并非{responsiblePerson}的人作出的承诺（只会出现在导入的记录中，因为系统会拒绝这两种操作）。',
    },
    'zh-TW': {
      title: '不輕率許諾',
      statement: '不為討好{requester}而輕率許下承諾。',
      how: '督查項：沒有期限的承諾，或由當時並非{responsiblePerson}的人作出的承諾（只會出現在匯入的記錄中，因為系統會拒絕這兩種操作）。',
    },
  },
  'FI-14': {
    'zh-CN': {
      title: '不合理要求要委婉拒绝，讲明道理',
      statement: '对过分或不合理的要求，要讲明道理，委婉拒绝，绝不可以语言挑衅或指责对方。',
      how: '婉拒必须写明解释，解释内容也像其他对{requester}说的话一样检查（FI-10）。',
    },
    'zh-TW': {
      title: '不合理要求要委婉拒絕，講明道理',
      statement: '對過分或不合理的要求，要講明道理，委婉拒絕，絕不可以語言挑釁或指責對方。',
      how: '婉拒必須寫明解釋，解釋內容也像其他對{requester}說的話一樣檢查（FI-10）。',
    },
  },
  'FI-15': {
    'zh-CN': {
      title: '事项不明确：留下{contactDetails}',
      statement: '遇到不明确的事项，要留下{requester}的{contactDetails}，以便及时答复或办理。',
      how: '以“不明确”（intentClear: false）受理的事项，在登记{contactDetails}或明确诉求之前，不能{handover}、{escalation}或承诺稍后答复——这些都会让{requester}等待。',
    },
    'zh-TW': {
      title: '事項不明確：留下{contactDetails}',
      statement: '遇到不明確的事項，要留下{requester}的{contactDetails}，以便及時答覆或辦理。',
      how: '以「不明確」（intentClear: false）受理的事項，在登記{contactDetails}或明確訴求之前，不能{handover}、{escalation}或承諾稍後答覆——這些都會讓{requester}等待。',
    },
  },
  'FI-16': {
    'zh-CN': {
      title: '随意作为、违规作为和{inaction}都要问责',
      statement: '随意作为、违规作为或{inaction}都要承担相应责任；每一项{finding}都指明当时的责任人。',
      how: '督查项：每一项{finding}都指明它所在{stage}的{accountable}（该{stage}的{responsiblePerson}，或在“首问责任人负责到底”模式下为首先接待的人）。INACTION：未办结的事项超过单位规定的时间没有任何处理记录。ACT_WITHOUT_RESPONSIBILITY：导入的记录中有当时并非{responsiblePerson}的人作出的处理（系统会拒绝这类操作，督查仍会发现）。',
    },
    'zh-TW': {
      title: '隨意作為、違規作為和{inaction}都要問責',
      statement: '隨意作為、違規作為或{inaction}都要承擔相應責任；每一項{finding}都指明當時的責任人。',
      how: '督查項：每一項{finding}都指明它所在{stage}的{accountable}（該{stage}的{responsiblePerson}，或在「首問責任人負責到底」模式下為首先接待的人）。INACTION：未辦結的事項超過單位規定的時間沒有任何處理記錄。ACT_WITHOUT_RESPONSIBILITY：匯入的記錄中有當時並非{responsiblePerson}的人作出的處理（系統會拒絕這類操作，督查仍會發現）。',
    },
  },
  'FI-17': {
    'zh-CN': {
      title: '随时{supervision}',
      statement: '{supervision}：管理人员随时可以看到谁在办什么、什么已{overdue}、哪里出了问题。',
      how: '由{supervision}视图提供（谁在办什么、{overdue}和即将{overdue}的清单、各{stage}的链条、每个人的记录）。',
    },
    'zh-TW': {
      title: '隨時{supervision}',
      statement: '{supervision}：管理人員隨時可以看到誰在辦什麼、什麼已{overdue}、哪裡出了問題。',
      how: '由{supervision}視圖提供（誰在辦什麼、{overdue}和即將{overdue}的清單、各{stage}的鏈條、每個人的記錄）。',
    },
  },
};

/**
 * The rule texts in Simplified and Traditional Chinese, with the glossary's terms filled in. The
 * seed's quote and source stay as the seed wrote them; codes and IDs are the same in every language.
 *
 * @example
 * import { RULE_TRANSLATIONS } from './rules/catalogue'; // internal to the library
 * RULE_TRANSLATIONS['FI-01']['zh-CN'].title; // '首先接待的员工即为首问责任人'
 *
 * @category rules
 * @since 0.2.0
 */
export const RULE_TRANSLATIONS: { readonly [R in RuleId]: Readonly<Record<Exclude<Locale, 'en'>, RuleWords>> } = Object.fromEntries(
  Object.entries(translations).map(([id, byLocale]) => [
    id,
    {
      'zh-CN': fillWords(byLocale['zh-CN'], 'zh-CN'),
      'zh-TW': fillWords(byLocale['zh-TW'], 'zh-TW'),
    },
  ]),
) as { readonly [R in RuleId]: Readonly<Record<Exclude<Locale, 'en'>, RuleWords>> };

function fillWords(words: RuleWords, locale: Locale): RuleWords {
  return { title: fillTerms(words.title, locale), statement: fillTerms(words.statement, locale), how: fillTerms(words.how, locale) };
}

/**
 * Fills `{glossaryKey}` placeholders with the glossary's term in a locale. An unknown key is a bug
 * in a catalogue (a test walks every text), so it throws.
 *
 * @example
 * import { fillTerms } from './rules/catalogue'; // internal to the library
 * fillTerms('{stage}1', 'zh-CN'); // '环节1'
 *
 * @category i18n
 * @since 0.2.0
 */
export function fillTerms(text: string, locale: Locale): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!Object.prototype.hasOwnProperty.call(GLOSSARY, key)) throw new Error(`bug: {${key}} is not a glossary term`);
    return GLOSSARY[key as GlossaryTerm][locale];
  });
}

/**
 * A rule's title, statement and how-enforced text in a locale.
 *
 * @example
 * import { ruleWords } from 'first-inquiry';
 * ruleWords('FI-10', 'zh-CN').title; // '不推诿，不说服务忌语'
 * ruleWords('FI-10', 'en').title; // 'Never brush a requester off'
 *
 * @category rules
 * @since 0.2.0
 */
export function ruleWords(id: RuleId, locale: Locale): RuleWords {
  if (locale === 'en') {
    const { title, statement, how } = ruleById(id);
    return { title, statement, how };
  }
  return RULE_TRANSLATIONS[id][locale];
}

/**
 * What each {@link RuleKind} is called in each locale.
 *
 * @example
 * import { RULE_KIND_NAMES } from './rules/catalogue'; // internal to the library
 * RULE_KIND_NAMES.audited['zh-CN']; // '督查'
 *
 * @category rules
 * @since 0.2.0
 */
export const RULE_KIND_NAMES = {
  enforced: { en: 'enforced', 'zh-CN': '强制', 'zh-TW': '強制' },
  audited: { en: 'audited', 'zh-CN': '督查', 'zh-TW': '督查' },
  'enforced+audited': { en: 'enforced+audited', 'zh-CN': '强制＋督查', 'zh-TW': '強制＋督查' },
  'read-model': { en: 'read-model', 'zh-CN': '督办视图', 'zh-TW': '督辦視圖' },
} as const satisfies Readonly<Record<RuleKind, Readonly<Record<Locale, string>>>>;
