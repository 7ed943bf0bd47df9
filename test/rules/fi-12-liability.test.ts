import { describe, expect, it } from 'vitest';
import { LiabilityParty } from '../../src/inquiry/events';
import { createDecider } from '../../src/inquiry/decider';
import { definePolicy } from '../../src/policy/policy';
import { DeciderSpecification } from '../../src/testing';
import { classifyLiability, resolve } from '../support/commands';
import { liabilityClassified, received, resolved } from '../support/events';
import { spec, stateAfter } from '../support/specification';
import { plumber } from '../support/staff';
import { minute } from '../support/time';

const leak = received({ by: plumber });
const PARTIES = Object.keys(LiabilityParty.keys) as LiabilityParty[];

// FI-12: decide whose responsibility (谁的责任谁负责) the underlying problem is before a repair-type
// matter is resolved (篇2 ¶7).
describe('FI-12 whose responsibility is it?', () => {
  it.each(['repair', 'emergency-repair'])('refuses to resolve a %s before the liability is classified', (category) => {
    spec([received({ by: plumber, category })])
      .when(resolve({ by: plumber, at: minute(50) }))
      .thenRefused({ code: 'LIABILITY_NOT_CLASSIFIED', rule: 'FI-12' });
  });

  it.each(PARTIES)('classifies the problem as the %s’s, then resolves it', (party) => {
    spec([leak])
      .when(classifyLiability({ by: plumber, at: minute(40), party }))
      .then([liabilityClassified({ by: plumber, at: minute(40), party })]);
    const classified = [leak, liabilityClassified({ by: plumber, at: minute(40), party })];
    expect(stateAfter(classified)).toMatchObject({ status: 'open', liability: party });
    spec(classified)
      .when(resolve({ by: plumber, at: minute(50) }))
      .then([resolved({ by: plumber, at: minute(50) })]);
  });

  it('refuses a classification that names no party the rule knows, or gives no grounds', () => {
    spec([leak])
      .when(classifyLiability({ by: plumber, party: 'the weather' as LiabilityParty }))
      .thenRefused({ code: 'INVALID_COMMAND', rule: null, field: 'data.party' });
    spec([leak])
      .when(classifyLiability({ by: plumber, note: ' ' }))
      .thenRefused({ code: 'TEXT_REQUIRED', rule: null, field: 'data.note' });
  });

  it('an enquiry needs no classification', () => {
    spec([received({ by: plumber, category: 'enquiry' })])
      .when(resolve({ by: plumber, at: minute(5) }))
      .thenAccepted();
  });

  it('follows the policy: an organisation can require it for its own category, or waive it for repairs', () => {
    const parking = definePolicy({
      categories: {
        parking: {
          label: 'Parking damage',
          departments: ['security'],
          timeLimit: { amount: 1, unit: 'working-days' },
          requiresLiability: true,
        },
        repair: { label: 'Repair', departments: ['engineering'], timeLimit: { amount: 3, unit: 'working-days' }, requiresLiability: false },
      },
    });
    const own = DeciderSpecification.for(createDecider(parking));
    own([received({ by: plumber, category: 'parking' })])
      .when(resolve({ by: plumber, at: minute(5) }))
      .thenRefused({ code: 'LIABILITY_NOT_CLASSIFIED', rule: 'FI-12' });
    own([leak])
      .when(resolve({ by: plumber, at: minute(5) }))
      .thenAccepted();
  });
});
