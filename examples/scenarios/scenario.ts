import type { InquiryCommand, Locale } from '../../src/index';

/**
 * Words for a reader in each language the library speaks (en, zh-CN, zh-TW).
 *
 * @example
 * import type { Words } from './scenario';
 * const w: Words = { en: 'Leak', 'zh-CN': '漏水', 'zh-TW': '漏水' };
 *
 * @category examples
 * @since 0.2.0
 */
export type Words = Readonly<Record<Locale, string>>;

/**
 * One step of a scenario: what happens, in words, and the command a real system would send.
 *
 * @example
 * import type { ScenarioStep } from './scenario';
 * const step: ScenarioStep = {
 *   narration: { en: 'The guard writes down his follow-up.', 'zh-CN': '保安登记跟进情况。', 'zh-TW': '保安登記跟進情況。' },
 *   command: { type: 'FollowUp', data: { inquiryId: 'INQ-1', at: '2026-05-04T21:40:00+08:00', actor: { id: 's-017', name: 'Wang Wei', department: 'security', onDuty: true }, note: 'Plumber on site.' } },
 * };
 *
 * @category examples
 * @since 0.1.0
 */
export interface ScenarioStep {
  readonly narration: Words;
  readonly command: InquiryCommand;
}

/**
 * A runnable story from the seed essays: a fixed sequence of commands against one inquiry, some
 * of them deliberately wrong so the reader sees a rule refuse them. Times are fixed instants
 * (+08:00): a scenario is data and replays the same way every time.
 *
 * @example
 * import { scenarios } from './index';
 * scenarios.map((s) => s.id); // ['water-leak', 'renovation-permit', 'absent-handler', 'unreasonable-demand', 'unclear-letter']
 *
 * @category examples
 * @since 0.1.0
 */
export interface Scenario {
  /** A stable, URL-safe id, e.g. `water-leak`. */
  readonly id: string;
  readonly title: Words;
  /** The seed passage the story acts out: where it is and its own words. */
  readonly seedPassage: string;
  readonly steps: readonly ScenarioStep[];
}
