import type { Channel, LiabilityParty, Requester } from './events';
import type { StaffRef } from './staff';
import type { HandOn, Outcome } from './lifecycle';

// model

/**
 * How a stage (环节) began: the first receipt, a handover, a leader's reassignment, or a reopening.
 *
 * @category state
 * @since 0.1.0
 */
export type StageStart = 'received' | 'handover' | 'reassignment' | 'reopened';

/**
 * How a stage ended: handed over, reassigned by a leader, or the inquiry closed (resolved/declined).
 *
 * @category state
 * @since 0.1.0
 */
export type StageEnd = HandOn | Outcome;

/**
 * The stage (环节) a responsible person holds now: it has no end yet.
 *
 * @example
 * import type { OpenStage } from 'first-inquiry';
 * const now: OpenStage = {
 *   index: 0, holder: { id: 's-017', name: 'Wang Wei', department: 'security' },
 *   from: '2026-05-04T09:30:00+08:00', startedBy: 'received',
 * };
 *
 * @category state
 * @since 0.2.0
 */
export interface OpenStage {
  readonly index: number;
  readonly holder: StaffRef;
  readonly from: string;
  readonly startedBy: StageStart;
  readonly to?: undefined;
  readonly endedBy?: undefined;
}

/**
 * A stage that ended: handed over, reassigned, or closed with the inquiry, at `to`.
 *
 * @example
 * import type { ClosedStage } from 'first-inquiry';
 * const handedOver = (s: ClosedStage) => s.endedBy === 'handover';
 *
 * @category state
 * @since 0.2.0
 */
export interface ClosedStage {
  readonly index: number;
  readonly holder: StaffRef;
  readonly from: string;
  readonly startedBy: StageStart;
  readonly to: string;
  readonly endedBy: StageEnd;
}

/**
 * One responsible person's stretch of an inquiry (环节): open while they hold it, closed once it
 * ended. Stages are contiguous: each one starts at the instant the previous one ended, so the
 * chain of 首问责任人 has no gaps. Narrow with `stage.endedBy === undefined`.
 *
 * @example
 * import type { Stage } from 'first-inquiry';
 * const ended = (s: Stage) => (s.endedBy === undefined ? 'holds it now' : `${s.endedBy} at ${s.to}`);
 *
 * @category state
 * @since 0.1.0
 */
export type Stage = OpenStage | ClosedStage;

/**
 * An open escalation (请示相关领导, FI-08): who was asked, when, and whom they named, if anyone yet.
 *
 * @category state
 * @since 0.1.0
 */
export interface Escalation {
  readonly leader: StaffRef;
  readonly at: string;
  readonly namedHandler?: StaffRef;
}

/**
 * What is known about an inquiry, open or closed.
 * `version` counts the events folded so far (the stream version).
 *
 * @category state
 * @since 0.1.0
 */
export interface InquiryRecord {
  readonly inquiryId: string;
  readonly channel: Channel;
  readonly category: string;
  readonly requester: Requester;
  readonly intent: string;
  readonly intentClear: boolean;
  readonly stages: readonly Stage[];
  readonly escalation?: Escalation;
  readonly liability?: LiabilityParty;
  /** The items the requester has been told are missing (FI-06) and that have not arrived yet (FI-05 waits on them). */
  readonly missingItems: readonly string[];
  /** The latest promised reply deadline (FI-11). */
  readonly promisedBy?: string;
  readonly receivedAt: string;
  readonly lastAt: string;
  readonly version: number;
}

/**
 * An inquiry that is being handled: exactly one responsible person (FI-02).
 *
 * @category state
 * @since 0.1.0
 */
export interface OpenInquiry extends InquiryRecord {
  readonly status: 'open';
  readonly responsible: StaffRef;
}

/**
 * A closed inquiry: nobody is responsible any more; it can only be reopened.
 *
 * @category state
 * @since 0.1.0
 */
export interface ClosedInquiry extends InquiryRecord {
  readonly status: 'closed';
  readonly responsible: null;
  readonly outcome: Outcome;
}

/**
 * Before the first event: nothing has been received.
 *
 * @category state
 * @since 0.1.0
 */
export interface NoInquiry {
  readonly status: 'none';
}

/**
 * The state of one inquiry, folded from its events. Deeply frozen: you cannot change it by accident.
 *
 * @category state
 * @since 0.1.0
 */
export type InquiryState = NoInquiry | OpenInquiry | ClosedInquiry;

// constructors

/**
 * The state before any event.
 *
 * @example
 * import { initialState } from 'first-inquiry';
 * initialState().status; // 'none'
 *
 * @category state
 * @since 0.1.0
 */
export function initialState(): InquiryState {
  return NO_INQUIRY;
}

const NO_INQUIRY: NoInquiry = Object.freeze({ status: 'none' });

// utils

/**
 * Whether the inquiry is closed (resolved or declined). A closed inquiry accepts only a reopen.
 *
 * @example
 * import { isTerminal, initialState } from 'first-inquiry';
 * isTerminal(initialState()); // false
 *
 * @category state
 * @since 0.1.0
 */
export function isTerminal(state: InquiryState): state is ClosedInquiry {
  return state.status === 'closed';
}

/**
 * The responsible person right now (首问责任人), or `null` when there is none (not received, or closed).
 *
 * @example
 * import { responsiblePerson, initialState } from 'first-inquiry';
 * responsiblePerson(initialState()); // null
 *
 * @category state
 * @since 0.1.0
 */
export function responsiblePerson(state: InquiryState): StaffRef | null {
  return state.status === 'open' ? state.responsible : null;
}
