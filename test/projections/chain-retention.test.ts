import { describe, expect, it } from 'vitest';
import type { InquiryEvent } from '../../src/inquiry/events';
import { createSupervisor } from '../../src/supervision/supervisor';
import { received, reopened, resolved, transferred } from '../support/events';
import { clerk, guard, plumber } from '../support/staff';
import { minute } from '../support/time';

// Under `chainLimit`, closed inquiries' chains with findings come first; quiet ones fill the room
// left and give way, the longest-kept first, to each inquiry that closes with findings.

const id = (prefix: string, n: number): string => `${prefix}-${String(n).padStart(5, '0')}`;

function quietInquiry(inquiryId: string, at: number): InquiryEvent[] {
  return [received({ inquiryId, by: guard, at: minute(at) }), resolved({ inquiryId, by: guard, at: minute(at) })];
}

// A handover by someone who did not hold the inquiry (ACT_WITHOUT_RESPONSIBILITY, FI-02), then closed.
function flaggedInquiry(inquiryId: string, at: number): InquiryEvent[] {
  return [
    received({ inquiryId, by: guard, at: minute(at) }),
    transferred({ inquiryId, by: clerk, to: plumber, at: minute(at) }),
    resolved({ inquiryId, by: plumber, at: minute(at) }),
  ];
}

describe('the chains kept under a chain limit', () => {
  it('gives way quiet chains oldest first, passing over one that gained findings', () => {
    // Given a limit of 1,500 and 2,000 quiet inquiries closed (the first 1,500 kept),
    const limit = 1500;
    const supervisor = createSupervisor(undefined, { chains: true, chainLimit: limit });
    let at = 0;
    for (let n = 0; n < 2000; n += 1) for (const e of quietInquiry(id('Q', n), (at += 1))) supervisor.add(e);
    // and the 11th of them reopened and closed again with a finding (it moves to those with findings),
    for (const e of [
      reopened({ inquiryId: id('Q', 10), by: guard, at: minute((at += 1)) }),
      transferred({ inquiryId: id('Q', 10), by: clerk, to: plumber, at: minute(at) }),
      resolved({ inquiryId: id('Q', 10), by: plumber, at: minute(at) }),
    ])
      supervisor.add(e);
    // when 1,200 inquiries close with findings,
    for (let n = 0; n < 1200; n += 1) for (const e of flaggedInquiry(id('F', n), (at += 1))) supervisor.add(e);

    // then each took the room of the oldest quiet chain still kept (Q-00010 is not quiet any more),
    const kept = supervisor.chains().map((c) => c.inquiryId);
    const keptQuiet = kept.filter((k) => k.startsWith('Q-') && k !== id('Q', 10));
    expect(keptQuiet).toEqual(Array.from({ length: 1500 - 1201 }, (_, i) => id('Q', 1201 + i)));
    expect(kept).toContain(id('Q', 10));
    expect(kept.filter((k) => k.startsWith('F-'))).toHaveLength(1200);
    expect(kept).toHaveLength(limit);
    // and what was left out is counted: 500 quiet ones never kept, 1,200 that gave way.
    expect(supervisor.chainsLeftOut()).toEqual({ withFindings: 0, withoutFindings: 500 + 1200 });
  });

  it('drops a chain with findings once the limit holds nothing but chains with findings', () => {
    // Given a limit of 3 filled by inquiries with findings,
    const supervisor = createSupervisor(undefined, { chains: true, chainLimit: 3 });
    let at = 0;
    for (let n = 0; n < 3; n += 1) for (const e of flaggedInquiry(id('F', n), (at += 1))) supervisor.add(e);
    // when one more closes with findings and one without,
    for (const e of [...flaggedInquiry(id('F', 3), (at += 1)), ...quietInquiry(id('Q', 0), (at += 1))]) supervisor.add(e);
    // then neither is kept, and both are counted.
    expect(supervisor.chains().map((c) => c.inquiryId)).toEqual([id('F', 0), id('F', 1), id('F', 2)]);
    expect(supervisor.chainsLeftOut()).toEqual({ withFindings: 1, withoutFindings: 1 });
  });
});
