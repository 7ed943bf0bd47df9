import { describe, it } from 'vitest';
import type { InquiryCommand } from '../../src/inquiry/commands';
import { createDecider } from '../../src/inquiry/decider';
import { definePolicy } from '../../src/policy/policy';
import { DeciderSpecification } from '../../src/testing';
import { declineDemand, escalate, followUp, notifyMissing, promiseReply, receive, reply, resolve, transfer } from '../support/commands';
import { liabilityClassified, received } from '../support/events';
import { spec } from '../support/specification';
import { guard } from '../support/staff';
import { minute } from '../support/time';

const open = [received({ by: guard }), liabilityClassified({ by: guard, at: minute(1) })];

// FI-10: never ignore or shirk; “我不知道”, “不是我的事”, “不归我管” are never said to a requester (篇1 ¶4).
describe('FI-10 never brush a requester off', () => {
  it.each([
    ['simplified 我不知道', '我不知道，你去问物业吧'],
    ['simplified 不是我的事', '这不是我的事'],
    ['simplified 不归我管', '漏水不归我管'],
    ['traditional 不歸我管', '漏水不歸我管'],
    ['spaced out', '我 不 知 道'],
    ['with ideographic spaces', '不　归　我　管'],
    ['full-width Latin', 'Ｉ ｄｏｎ＇ｔ ｋｎｏｗ'],
    ['zero-width characters inside', '不\u200b是我的\u200d事'],
    ['English, capitals', 'Sorry, NOT MY BUSINESS.'],
    ['English, typographic apostrophe', 'I don’t know when'],
    ['English, non-breaking spaces', 'That is not\u00a0my\u00a0department'],
  ])('refuses a reply that says it: %s', (_, message) => {
    spec(open)
      .when(reply({ by: guard, at: minute(5), message }))
      .thenRefused({ code: 'FORBIDDEN_PHRASE', rule: 'FI-10', field: 'data.message' });
  });

  it('accepts a sincere, complete explanation instead', () => {
    spec(open)
      .when(reply({ by: guard, at: minute(5), message: '漏水维修由工程部负责，我已联系李娜师傅，她十分钟后到。' }))
      .thenAccepted();
  });

  const TABOO = '不归我管';
  const everyTextToTheRequester: ReadonlyArray<readonly [string, InquiryCommand, string]> = [
    ['the greeting of a receipt', receive({ greeting: `你好，${TABOO}` }), 'data.greeting'],
    ['the message of a notice', notifyMissing({ at: minute(5), message: TABOO }), 'data.message'],
    ['an item of a notice', notifyMissing({ at: minute(5), items: ['drawings', `licence (${TABOO})`] }), 'data.items.1'],
    ['the explanation of a promise', promiseReply({ at: minute(5), explanation: TABOO }), 'data.explanation'],
    ['a reply', reply({ at: minute(5), message: TABOO }), 'data.message'],
    ['the explanation of a decline', declineDemand({ at: minute(5), explanation: TABOO }), 'data.explanation'],
    ['the summary of a resolution', resolve({ at: minute(5), summary: TABOO }), 'data.summary'],
  ];
  it.each(everyTextToTheRequester)('checks %s', (_, command, field) => {
    spec(command.type === 'ReceiveInquiry' ? [] : open)
      .when(command)
      .thenRefused({ code: 'FORBIDDEN_PHRASE', rule: 'FI-10', field });
  });

  it.each([
    ['a handover note', transfer({ at: minute(5), note: `Mrs Zhao says the last guard told her “${TABOO}”.` })],
    ['a follow-up note', followUp({ at: minute(5), note: `1302 owner: “我不知道 who moved the pipe”` })],
    ['an escalation question', escalate({ at: minute(5), question: `Resident was told “${TABOO}” twice; who takes it?` })],
    ['the demand being declined', declineDemand({ at: minute(5), demand: `Fire the guard who said “${TABOO}”` })],
  ])('does not check internal texts, which may quote what was said: %s', (_, command) => {
    spec(open).when(command).thenAccepted();
  });

  it('applies an organisation’s own list instead of the default one', () => {
    const own = DeciderSpecification.for(createDecider(definePolicy({ forbiddenPhrases: ['找别人去', 'ask someone else'] })));
    own(open)
      .when(reply({ at: minute(5), message: '这事你找别人去' }))
      .thenRefused({ code: 'FORBIDDEN_PHRASE', rule: 'FI-10', field: 'data.message' });
    own(open)
      .when(reply({ at: minute(5), message: 'Please  ASK someone\u200b else' }))
      .thenRefused('FORBIDDEN_PHRASE');
    own(open)
      .when(reply({ at: minute(5), message: '我不知道' }))
      .thenAccepted();
  });

  it('extends the default list when the organisation adds to it', () => {
    const both = DeciderSpecification.for(createDecider(definePolicy({ forbiddenPhrases: [...definePolicy().forbiddenPhrases, '没空'] })));
    both(open)
      .when(reply({ at: minute(5), message: '现在没空' }))
      .thenRefused('FORBIDDEN_PHRASE');
    both(open)
      .when(reply({ at: minute(5), message: '不歸我管' }))
      .thenRefused('FORBIDDEN_PHRASE');
  });
});
