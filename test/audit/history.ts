import * as E from 'fp-ts/Either';
import type { InquiryCommand } from '../../src/inquiry/commands';
import { decide } from '../../src/inquiry/decide';
import type { InquiryEvent } from '../../src/inquiry/events';
import { evolve } from '../../src/inquiry/evolve';
import { definePolicy, type Policy } from '../../src/policy/policy';
import { initialState, type InquiryState } from '../../src/inquiry/state';

/**
 * Builds a history the way the library would record it: every command goes through `decide`, so
 * the audit is tested on histories that can really occur. A refused command is a broken test, so
 * it throws with the refusal.
 */
export function history(...commands: readonly InquiryCommand[]): InquiryEvent[] {
  return historyUnder(definePolicy({ allowUnknownCategories: true }), ...commands);
}

/** {@link history} under a given core policy. */
export function historyUnder(policy: Policy, ...commands: readonly InquiryCommand[]): InquiryEvent[] {
  const states = new Map<string, InquiryState>();
  const events: InquiryEvent[] = [];
  for (const command of commands) {
    const state = states.get(command.data.inquiryId) ?? initialState();
    const result = decide(command, state, policy);
    if (E.isLeft(result))
      throw new Error(`test history refused at ${command.type} ${command.data.at}: ${result.left.code} ${result.left.message}`);
    events.push(...result.right);
    states.set(command.data.inquiryId, result.right.reduce(evolve, state));
  }
  return events;
}

/** Shanghai wall-clock time on a named day of the week of 4–8 May 2026 (Monday 4th … Sunday 10th) or the next. */
export const at = {
  mon: (hhmm: string) => `2026-05-04T${hhmm}:00+08:00`,
  tue: (hhmm: string) => `2026-05-05T${hhmm}:00+08:00`,
  wed: (hhmm: string) => `2026-05-06T${hhmm}:00+08:00`,
  thu: (hhmm: string) => `2026-05-07T${hhmm}:00+08:00`,
  fri: (hhmm: string) => `2026-05-08T${hhmm}:00+08:00`,
  sat: (hhmm: string) => `2026-05-09T${hhmm}:00+08:00`,
  sun: (hhmm: string) => `2026-05-10T${hhmm}:00+08:00`,
  nextMon: (hhmm: string) => `2026-05-11T${hhmm}:00+08:00`,
  nextTue: (hhmm: string) => `2026-05-12T${hhmm}:00+08:00`,
  nextWed: (hhmm: string) => `2026-05-13T${hhmm}:00+08:00`,
  nextThu: (hhmm: string) => `2026-05-14T${hhmm}:00+08:00`,
};
