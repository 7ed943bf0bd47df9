import * as E from 'fp-ts/Either';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InquiryCommand } from '../../src/inquiry/commands';
import { applyDirectory, inMemoryDirectory, resolveStaff, staffClaimsOf, type ClaimedCommand } from '../../src/inquiry/directory';
import type { Staff } from '../../src/inquiry/staff';
import { createCommandHandler } from '../../src/store/command-handler';
import { inMemoryEventStore } from '../../src/store/in-memory';
import { escalate, followUp, INQUIRY_ID, reassign, receive, transfer } from '../support/commands';
import { directory } from '../support/directory';
import { guard, manager, plumber } from '../support/staff';
import { T0, minute } from '../support/time';

const idsOnly = (command: InquiryCommand): ClaimedCommand => {
  const data: Record<string, unknown> = { ...command.data };
  for (const [path, claim] of staffClaimsOf(command)) data[path.slice(5)] = { id: claim.id };
  return { ...command, data } as unknown as ClaimedCommand;
};

describe('the in-memory directory (time-bounded entries, duty rosters)', () => {
  it('answers as of an instant: on duty within a shift, leader from the entry that holds then', () => {
    const d = inMemoryDirectory([
      {
        id: 's-1',
        name: 'Li Na',
        department: 'engineering',
        to: '2026-06-01T00:00:00Z',
        shifts: [{ from: '2026-05-04T00:00:00Z', to: '2026-05-04T09:00:00Z' }],
      },
      { id: 's-1', name: 'Li Na', department: 'engineering', leader: true, from: '2026-06-01T00:00:00Z' },
    ]);
    expect(d.lookup('s-1', '2026-05-04T08:59:59Z')).toMatchObject({ onDuty: true });
    expect(d.lookup('s-1', '2026-05-04T09:00:00Z')).toMatchObject({ onDuty: false });
    expect(d.lookup('s-1', '2026-05-04T08:00:00Z')?.leader).toBeUndefined();
    expect(d.lookup('s-1', '2026-06-02T08:00:00Z')).toMatchObject({ leader: true, onDuty: true });
    expect(d.lookup('s-2', '2026-06-02T08:00:00Z')).toBeUndefined();
  });
});

describe('applyDirectory: facts filled in from the directory, claims verified against it', () => {
  const found = new Map<string, Staff>([
    [guard.id, { ...guard }],
    [plumber.id, { ...plumber }],
    [manager.id, { ...manager }],
  ]);

  it('a command carrying ids only gets every fact from the directory', () => {
    const result = applyDirectory(idsOnly(transfer({ by: guard, to: plumber })), found);
    expect(E.isRight(result) && result.right.data).toMatchObject({ actor: guard, to: plumber });
  });

  it('any claimed fact that disagrees with the directory is refused, naming the field', () => {
    const facts = fc.constantFrom(
      ['leader', true] as const,
      ['onDuty', false] as const,
      ['name', 'Someone Else'] as const,
      ['department', 'management'] as const,
      ['employeeNo', 'Z-1'] as const,
    );
    fc.assert(
      fc.property(facts, fc.constantFrom('actor', 'to'), ([fact, value], who) => {
        const base = transfer({ by: guard, to: plumber });
        const person = who === 'actor' ? base.data.actor : base.data.to;
        const command = { ...base, data: { ...base.data, [who]: { ...person, [fact]: value } } } as InquiryCommand;
        const result = applyDirectory(command, found);
        expect(E.isLeft(result) && [result.left.code, result.left.field]).toEqual(['DIRECTORY_MISMATCH', `data.${who}.${fact}`]);
      }),
    );
  });

  it('claiming any subset of the true facts is the same as claiming none', () => {
    const keys = ['name', 'department', 'employeeNo', 'onDuty', 'leader'] as const;
    fc.assert(
      fc.property(fc.constantFrom(guard, plumber, manager), fc.subarray([...keys]), (who, claimed) => {
        const claim: Record<string, unknown> = { id: who.id };
        for (const k of claimed) if (who[k] !== undefined) claim[k] = who[k];
        const command = { ...followUp(), data: { ...followUp().data, actor: claim } } as unknown as ClaimedCommand;
        expect(applyDirectory(command, found)).toEqual(applyDirectory(idsOnly(followUp({ by: who })), found));
      }),
    );
  });

  it('a self-declared leader is refused; the real leader may leave the fact out', () => {
    const claimed = reassign({ by: { ...plumber, leader: true }, to: guard });
    expect(E.isLeft(applyDirectory(claimed, found))).toBe(true);
    const real = applyDirectory(idsOnly(reassign({ by: manager, to: plumber })), found);
    expect(E.isRight(real) && real.right.data.actor.leader).toBe(true);
  });

  it('an id the directory does not know is refused', () => {
    const result = applyDirectory(followUp({ by: { ...guard, id: 's-404' } }), found);
    expect(E.isLeft(result) && [result.left.code, result.left.field]).toEqual(['UNKNOWN_STAFF', 'data.actor.id']);
  });

  it('an absent handler may be said to be away although rostered on (FI-08)', () => {
    const result = applyDirectory(escalate({ by: guard, leader: manager, absentHandler: { ...plumber, onDuty: false } }), found);
    expect(E.isRight(result) && result.right.type === 'EscalateInquiry' && result.right.data.absentHandler?.onDuty).toBe(false);
  });
});

describe('the command handler with a directory', () => {
  it('accepts commands with ids only and records the directory’s facts', async () => {
    const handle = createCommandHandler({ store: inMemoryEventStore(), directory });
    const receipt = receive({ by: guard });
    const got = await handle(idsOnly(receipt));
    expect(E.isRight(got) && got.right.events[0]?.event.data.by).toEqual({
      id: guard.id,
      name: guard.name,
      department: guard.department,
      employeeNo: guard.employeeNo,
    });
  });

  it('refuses self-declared authority and a handover to someone whose shift has ended', async () => {
    const handle = createCommandHandler({ store: inMemoryEventStore(), directory });
    await handle(idsOnly(receive({ by: guard })));
    const usurper = await handle(reassign({ by: { ...guard, leader: true }, to: plumber, at: minute(5) }));
    expect(E.isLeft(usurper) && usurper.left._tag === 'RuleViolation' && usurper.left.code).toBe('DIRECTORY_MISMATCH');
    const late = new Date(Date.parse(T0) + 9 * 3_600_000).toISOString();
    const afterShift = await handle(idsOnly(transfer({ by: guard, to: plumber, at: late })));
    expect(E.isLeft(afterShift) && afterShift.left._tag === 'RuleViolation' && afterShift.left.code).toBe('HANDLER_OFF_DUTY');
    const inShift = await handle(idsOnly(transfer({ by: guard, to: plumber, at: minute(10) })));
    expect(E.isRight(inShift)).toBe(true);
  });

  it('without a directory, a command carrying ids only is refused as malformed, naming the field', async () => {
    const handle = createCommandHandler({ store: inMemoryEventStore() });
    const got = await handle(idsOnly(receive({ by: guard })));
    expect(E.isLeft(got) && got.left._tag === 'RuleViolation' && [got.left.code, got.left.field?.startsWith('data.actor.')]).toEqual([
      'INVALID_COMMAND',
      true,
    ]);
  });

  it('resolveStaff leaves a command without a usable instant for decide to refuse', async () => {
    const broken = { ...followUp(), data: { ...followUp().data, at: 'soon' } } as InquiryCommand;
    expect(await resolveStaff(broken, directory)).toEqual(E.right(broken));
    expect(INQUIRY_ID).toBe(broken.data.inquiryId);
  });
});
