import { fc } from '@fast-check/vitest';
import * as E from 'fp-ts/Either';
import { decodeEvent, type InquiryEvent } from '../../src/inquiry/events';

// Corruptions of a valid log that reach `decide`'s rules: a field replaced (who acts, a text made
// blank or rude, an earlier instant, an unclear intent, a handover to oneself, a reason, an unknown
// category), an inquiry reopened with its earlier acts repeated, events repeated, swapped or dropped.
// Only corruptions the event codec accepts are kept: anything else is a line problem, not a refusal.

export type Corruption = {
  readonly kind:
    'by' | 'blank' | 'phrase' | 'earlier' | 'unclear' | 'to-self' | 'reason' | 'category' | 'reopen' | 'repeat' | 'swap' | 'drop';
  readonly i: number;
  readonly j: number;
};

export const corruption: fc.Arbitrary<Corruption> = fc.record({
  kind: fc.constantFrom('by', 'blank', 'phrase', 'earlier', 'unclear', 'to-self', 'reason', 'category', 'reopen', 'repeat', 'swap', 'drop'),
  i: fc.nat(),
  j: fc.nat(),
});

const TEXTS = ['note', 'summary', 'message', 'explanation', 'reason', 'question', 'intent', 'demand', 'contact'] as const;
const REASONS = ['out-of-scope', 'deferred', 'named-handler'];

export function corrupt(events: InquiryEvent[], c: Corruption): InquiryEvent[] {
  if (events.length === 0) return events;
  const out = [...events];
  const i = c.i % out.length;
  const j = c.j % out.length;
  const event = structuredClone(out[i] as InquiryEvent);
  const data = event.data as unknown as Record<string, unknown>;
  switch (c.kind) {
    case 'by':
      data.by = structuredClone((out[j] as InquiryEvent).data.by);
      break;
    case 'blank':
    case 'phrase': {
      const field = TEXTS.find((f) => typeof data[f] === 'string');
      if (field !== undefined) data[field] = c.kind === 'blank' ? ' \u200b' : `Sorry, 不归我管 (${String(data[field])})`;
      break;
    }
    case 'earlier':
      data.at = '2020-01-06T09:00:00+08:00';
      break;
    case 'unclear':
      if (event.type === 'InquiryReceived') {
        data.intentClear = false;
        data.requester = { name: event.data.requester.name };
      }
      break;
    case 'to-self':
      if ('to' in data) data.to = structuredClone(event.data.by);
      break;
    case 'reason':
      if (event.type === 'InquiryTransferred') data.reason = REASONS[c.j % REASONS.length];
      break;
    case 'category':
      if (event.type === 'InquiryReceived') data.category = c.j % 2 === 0 ? 'parking' : 'no-such-category';
      break;
    case 'reopen': {
      // After a closure, the same inquiry taken up again by someone, with its earlier events repeated.
      const closing = out.findIndex((e, k) => k >= i && (e.type === 'InquiryResolved' || e.type === 'DemandDeclined'));
      if (closing === -1) return out;
      const closed = out[closing] as InquiryEvent;
      const by = (out[j] as InquiryEvent).data.by;
      const again: InquiryEvent = {
        type: 'InquiryReopened',
        data: {
          schemaVersion: 1,
          inquiryId: closed.data.inquiryId,
          at: closed.data.at,
          by,
          reason: 'Back again',
          announced: { name: by.name },
        },
      };
      const earlier = out.filter((e, k) => k < closing && e.data.inquiryId === closed.data.inquiryId && e.type !== 'InquiryReceived');
      out.splice(
        closing + 1,
        0,
        again,
        ...earlier.slice(0, 1 + (c.j % 4)).map((e) => ({ ...e, data: { ...e.data, at: closed.data.at } }) as InquiryEvent),
      );
      return out;
    }
    case 'repeat':
      out.splice(j, 0, out[i] as InquiryEvent);
      return out;
    case 'swap':
      [out[i], out[j]] = [out[j] as InquiryEvent, out[i] as InquiryEvent];
      return out;
    case 'drop':
      out.splice(i, 1);
      return out;
  }
  // A log's events are decoded before they are checked: a corruption the event codec refuses is a
  // line problem, not a refusal, so the event stays as it was.
  if (E.isRight(decodeEvent(event))) out[i] = event;
  return out;
}
