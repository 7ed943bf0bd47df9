import { FINDING_RULES, VIOLATION_RULES, type FindingCode, type ViolationCode } from './codes';
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
    statement: 'The staff member who first receives a call, letter or visit becomes the responsible person at once, whatever their department or role.',
    source: '篇1 ¶4; 篇3 第一',
    quote: '當業主、住戶或其他相關人員來電來訪時首先找到的物業工作人員即為首問責任人(我們不能片面理解為客服人員或內勤人員)',
    kind: 'enforced',
    how: 'ReceiveInquiry makes the actor the responsible person of stage 0, whatever their department or duty status; a second receipt of the same inquiry is refused (hand it over instead).',
    proof: ['test/rules/fi-01-first-receiver.test.ts', 'test/properties/ownership.test-prop.ts'],
  },
  {
    id: 'FI-02',
    title: 'Exactly one responsible person until closure',
    statement: 'From receipt until closure an inquiry has exactly one responsible person: never none, never two. Responsibility ends only by a completed handover to a named person or by closure.',
    source: '篇1 ¶4',
    quote: '簡要交接后,首問責任解除',
    kind: 'enforced',
    how: 'The state holds one responsible person while open and none when closed; only the responsible person may act (leaders may name a handler or reassign); a closed inquiry accepts only a reopen; a handover to oneself is refused. Property tests check it after every step of thousands of random histories.',
    proof: ['test/rules/fi-02-one-responsible.test.ts', 'test/properties/ownership.test-prop.ts'],
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
    how: 'Receipt and clarification need a non-blank intent; every handover event copies the recorded intent to the receiver.',
    proof: ['test/rules/fi-04-intent.test.ts'],
  },
  {
    id: 'FI-05',
    title: 'Finish within the prescribed time limit',
    statement: 'A matter within the responsible person’s scope, with complete paperwork, is finished within the prescribed time limit (規定的時限).',
    source: '篇1 ¶2',
    quote: '若手續完備的,首問責任人要在規定的時限內予以辦結',
    kind: 'audited',
    how: 'Audited (OVERDUE) against the category’s time limit, counted in working days or hours on a calendar supplied as data (time zone, holidays, make-up working days), as of an instant the auditor chooses. The limit counts with complete paperwork: from a notice of missing materials until RecordMaterialsReceived it is paused (time used before the notice still counts).',
    proof: ['test/audit/fi-05-overdue.test.ts', 'test/audit/fi-05-materials.test.ts', 'test/calendar/working-time.test.ts', 'test/calendar/working-time.test-prop.ts', 'test/projections/deadlines.test.ts'],
  },
  {
    id: 'FI-06',
    title: 'Tell everything missing at once',
    statement: 'If paperwork is incomplete, every missing item and document is told in ONE notice; the requester must never have to come a third time (不讓群眾跑第三趟).',
    source: '篇1 ¶2',
    quote: '并一次性告知其辦事機關的全部事項和所需的文書材料,讓其補辦手續后按登記順序盡快辦結,不讓群眾跑第三趟',
    kind: 'enforced+audited',
    how: 'A notice must list at least one item, none blank (enforced: NOTICE_ITEMS_REQUIRED); a later notice to the same requester that asks for something not told before is the audit finding NOTICE_NOT_ONE_TIME, naming the responsible person who sent it.',
    proof: ['test/rules/fi-06-one-time-notice.test.ts', 'test/audit/fi-06-one-time-notice.test.ts'],
  },
  {
    id: 'FI-07',
    title: 'Hand over actively, with a brief handover',
    statement: 'A matter outside the responsible person’s scope is actively handed to the competent person; after a brief handover, responsibility passes to that person.',
    source: '篇1 ¶4; 篇3 4',
    quote: '應主動將其聯系或指引到相應的部門或經辦人處,簡要交接后,首問責任解除',
    kind: 'enforced',
    how: 'A handover needs a named receiver (id and name) and a non-blank handover note; the receiver becomes the responsible person of the next stage. A matter handed on as out of scope must go to someone whose department the policy puts the category in (RECEIVER_NOT_COMPETENT); a leader’s reassignment or a handler a leader named is the leader’s choice. Every way a matter changes hands obeys the same handover rules.',
    proof: ['test/rules/fi-07-handover.test.ts', 'test/rules/handovers-and-scope.test.ts'],
  },
  {
    id: 'FI-08',
    title: 'Handler absent: keep it, ask a leader, hand on promptly',
    statement: 'If the competent handler is not at their post, the responsible person keeps the matter (先行接收), asks a leader (請示相關領導), who names an authorised handler, and then hands over promptly (及時轉辦).',
    source: '篇1 ¶4; 篇3 4',
    quote: '如經辦人不在,應主動請示相關領導,將其聯系或指引至授權辦事的部門人員處',
    kind: 'enforced+audited',
    how: 'Nobody off duty can be handed a matter or named as handler; escalation keeps ownership where it is; only the leader asked (a leader) may name a handler, and a named-handler handover must go to that person. How long the hand-on took is audited.',
    proof: ['test/rules/fi-08-absent-handler.test.ts', 'test/audit/fi-08-slow-hand-on.test.ts'],
  },
  {
    id: 'FI-09',
    title: 'Take contact details before deferring; a chain of responsible persons',
    statement: 'If a matter cannot be settled in time for special reasons, the requester’s contact details are taken before it is handed on; the receiving handler becomes the responsible person of the next stage, so one matter can have a chain of responsible persons.',
    source: '篇1 ¶4',
    quote: '確遇特殊原因不能及時解決的,應主動請對方留下聯系方式,交由相關部門或經辦人處理,首問責任解除,此時接手處理具體事務的經辦人員是此環節的“首問責任人”',
    kind: 'enforced',
    how: 'A handover with reason "deferred" is refused until contact details are recorded; every handover starts a new stage, so the state keeps the chain of stages.',
    proof: ['test/rules/fi-09-deferral.test.ts'],
  },
  {
    id: 'FI-10',
    title: 'Never brush a requester off',
    statement: 'Never ignore or shirk. The phrases “我不知道” (I don’t know), “不是我的事” (not my business), “不歸我管” (not my department) are never said; anything truly outside one’s scope gets a sincere, complete explanation.',
    source: '篇1 ¶4',
    quote: '不得使用“我不知道”、“不是我的事”、“不歸我管”等簡單回絕的服務忌語',
    kind: 'enforced',
    how: 'Every text to the requester (greeting, notice, promise, reply, decline, resolution) is checked against the policy’s forbidden phrases on letters and digits alone (no punctuation, spacing, format character or mark can hide one); simplified and traditional forms are both listed. Shirking: handing a matter on as out of scope when it is in one’s own department’s scope is refused (HANDOVER_WITHIN_OWN_SCOPE).',
    proof: ['test/rules/fi-10-forbidden-phrases.test.ts', 'test/properties/ownership.test-prop.ts', 'test/rules/handovers-and-scope.test.ts'],
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
    statement: 'Decide whose responsibility (誰的責任誰負責) the underlying problem is: the property company’s, the renovation contractor’s, the developer’s construction legacy, or natural causes.',
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
    statement: 'Arbitrary action, rule-breaking action and inaction are accountable (隨意作為、違規作為或不作為); every finding names who was responsible at the time.',
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
    proof: ['test/projections/holdings.test.ts', 'test/projections/deadlines.test.ts', 'test/projections/stage-chains.test.ts', 'test/projections/staff-records.test.ts', 'test/projections/projections.test-prop.ts'],
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
