import { describe, expect, it } from 'vitest';
import { INQUIRY_EVENT_TYPES } from '../../src/inquiry/events';
import { generateEvents } from '../../scripts/generate-log';

// The synthetic desk behind the measurements in docs/auditing.md: it must be a realistic mix, and
// reproducible from its seed. (That every event passes `check` is a law in checker.test-prop.ts.)
describe('scripts/generate-log.ts', () => {
  const events = [...generateEvents({ events: 5000, seed: 1 })];

  it('writes exactly the number of events asked for, the same ones for the same seed', () => {
    expect(events).toHaveLength(5000);
    expect([...generateEvents({ events: 5000, seed: 1 })]).toEqual(events);
    expect([...generateEvents({ events: 50, seed: 2 })]).not.toEqual(events.slice(0, 50));
  });

  it('uses every kind of event, about ten per inquiry, with inquiries interleaved in time order', () => {
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(INQUIRY_EVENT_TYPES));
    const inquiries = new Set(events.map((e) => e.data.inquiryId));
    expect(events.length / inquiries.size).toBeGreaterThan(8);
    expect(events.length / inquiries.size).toBeLessThan(12);
    const switches = events.filter((e, i) => i > 0 && events[i - 1]?.data.inquiryId !== e.data.inquiryId).length;
    expect(switches).toBeGreaterThan(events.length * 0.8);
    expect(events.every((e, i) => i === 0 || Date.parse(e.data.at) >= Date.parse(events[i - 1]?.data.at ?? ''))).toBe(true);
  });
});
