import { describe, expect, it } from 'vitest';
import type { InquiryEvent } from '../../src/inquiry/events';
import { createAuditor } from '../../src/supervision/auditor';
import { stageChains } from '../../src/supervision/stage-chains';
import { received } from '../support/events';
import { guard } from '../support/staff';

// The auditor and the chains keep one shared copy of each staff reference it holds; reports print a finding's
// references whole, so each must still print exactly as the log recorded it.

const asOf = '2026-06-30T09:00:00+08:00'; // long after every limit: each inquiry is overdue
const plain = { id: guard.id, name: guard.name, department: guard.department, employeeNo: guard.employeeNo ?? 'A-0117' };

function receivedBy(inquiryId: string, by: object): InquiryEvent {
  const e = received({ inquiryId, category: 'enquiry' });
  return { ...e, data: { ...e.data, by } } as InquiryEvent;
}

describe('auditor: shared staff references', () => {
  it('prints each finding’s holder as recorded: with more fields, in another order, or plain', () => {
    const recorded = [
      { ...plain },
      { ...plain, onDuty: true },
      { department: plain.department, id: plain.id, name: plain.name, employeeNo: plain.employeeNo },
      { ...plain },
    ];
    const auditor = createAuditor();
    recorded.forEach((by, i) => auditor.add(receivedBy(`INQ-${i}`, by)));
    const holders = new Map(auditor.findings(asOf).map((f) => [f.inquiryId, f.holder]));
    recorded.forEach((by, i) => expect(JSON.stringify(holders.get(`INQ-${i}`))).toBe(JSON.stringify(by)));
    // The two plain ones are one copy.
    expect(holders.get('INQ-0')).toBe(holders.get('INQ-3'));
  });

  it('prints each chain’s first holder as recorded', () => {
    const recorded = [
      { ...plain },
      { ...plain, onDuty: false },
      { name: plain.name, id: plain.id, department: plain.department },
      { ...plain },
    ];
    const chains = stageChains(recorded.map((by, i) => receivedBy(`INQ-${i}`, by)));
    const holders = new Map(chains.map((c) => [c.inquiryId, c.stages[0]?.holder]));
    recorded.forEach((by, i) => expect(JSON.stringify(holders.get(`INQ-${i}`))).toBe(JSON.stringify(by)));
    expect(holders.get('INQ-0')).toBe(holders.get('INQ-3'));
  });
});
