import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '../../src/negotiation/events.ts';
import { createRuleJudge } from '../../src/negotiation/createRuleJudge.ts';
import { detectRefusal } from '../../src/negotiation/detectRefusal.ts';
import { loadRecordedDialogues } from '../../src/negotiation/loadRecordedDialogues.ts';
import { testScenario } from '../fixtures/negotiation/fakes.ts';

const history = (debtorText: string): Message[] => [
  { index: 0, role: 'creditor', text: 'How about 60 days?', offerDays: 60 },
  { index: 1, role: 'debtor', text: debtorText, offerDays: 63 },
];

test('createRuleJudge().judge(input) agrees when the offers are within the gap and the creditor\'s limit and the debtor does not refuse', async () => {
  const v = await createRuleJudge().judge({ scenario: testScenario(), history: history('OK, 63 days works.'), creditorOffer: 60, debtorOffer: 63 });
  assert.deepEqual({ agree: v.agree, days: v.days }, { agree: true, days: null });
});

test('createRuleJudge().judge(input) vetoes offers more than gapDays apart, but not a debtor below the creditor', async () => {
  const judge = createRuleJudge({ gapDays: 5 });
  const far = await judge.judge({ scenario: testScenario(), history: history('66 days.'), creditorOffer: 60, debtorOffer: 66 });
  assert.equal(far.agree, false);
  assert.match(far.reason, /more than 5 days apart/);
  const below = await judge.judge({ scenario: testScenario(), history: history('50 days.'), creditorOffer: 60, debtorOffer: 50 });
  assert.equal(below.agree, true);
});

test('createRuleJudge().judge(input) vetoes an offer above creditorMaxDays', async () => {
  const v = await createRuleJudge().judge({ scenario: testScenario({ creditorMaxDays: 62 }), history: history('63 days.'), creditorOffer: 60, debtorOffer: 63 });
  assert.equal(v.agree, false);
  assert.match(v.reason, /63 days exceeds creditorMaxDays 62/);
});

test('createRuleJudge().judge(input) vetoes when the last debtor message ends on a refusal or retraction', async () => {
  const judge = createRuleJudge();
  for (const text of ['63 days. On second thought, I take that back.', 'No deal.', 'We cannot agree to that.', "That won't work for us."]) {
    const v = await judge.judge({ scenario: testScenario(), history: history(text), creditorOffer: 60, debtorOffer: 63 });
    assert.equal(v.agree, false, text);
  }
});

test('createRuleJudge(options) rejects a negative gap', () => {
  assert.throws(() => createRuleJudge({ gapDays: -1 }), /createRuleJudge: options\.gapDays = -1/);
});

test('detectRefusal(text) counts a refusal only after the last offer mention', () => {
  assert.equal(detectRefusal("I can't do 40 days, but 45 days works."), null);
  assert.deepEqual(detectRefusal('Fine, 45 days. Actually, I changed my mind.'), { name: 'retraction', excerpt: 'changed my mind' });
  assert.deepEqual(detectRefusal('No. Absolutely not.')?.name, 'no-deal');
});

test('detectRefusal(text) finds no refusal in the last debtor message of any of the authors\' 219 accepted dialogues', () => {
  const last = loadRecordedDialogues()
    .filter((d) => d.final_state === 'accept')
    .map((d) => d.turns.filter((t) => t.role === 'debtor').at(-1))
    .filter((t) => t !== undefined);
  assert.equal(last.length, 219);
  assert.deepEqual(last.filter((t) => detectRefusal(t.text) !== null).map((t) => t.text), []);
});
