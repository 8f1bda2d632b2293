import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScriptedChatModel, UnexpectedPromptError } from '../../src/llm/scriptedChatModel.ts';
import type { ChatRequest } from '../../src/llm/types.ts';

const req = (role: string, system: string, user: string): ChatRequest => ({
  model: 'm',
  role,
  messages: [{ role: 'system', content: system }, { role: 'user', content: user }],
});

test('createScriptedChatModel(rules) answers with the first matching rule and records the calls', async () => {
  const model = createScriptedChatModel([
    { when: { role: 'judge' }, reply: '{"agree":true}' },
    { when: { system: /debtor/, lastUser: '30 days' }, reply: (r) => `seen ${r.messages.length} messages` },
  ]);
  assert.equal((await model.chat(req('judge', 'x', 'y'))).content, '{"agree":true}');
  assert.equal((await model.chat(req('debtor', 'You are the debtor', 'We offer 30 days'))).content, 'seen 2 messages');
  assert.equal(model.calls.length, 2);
});

test('createScriptedChatModel(rules) throws UnexpectedPromptError on a prompt no rule expects', async () => {
  const model = createScriptedChatModel([{ when: { role: 'judge' }, reply: 'x' }]);
  await assert.rejects(model.chat(req('creditor', 'sys', 'Open the negotiation.')), (err: unknown) => {
    assert.ok(err instanceof UnexpectedPromptError);
    assert.match(err.message, /no rule expects this request \(role creditor, model 'm'\); last user: "Open the negotiation\."/);
    return true;
  });
});

test('createScriptedChatModel(rules) stops using a rule after `times` answers', async () => {
  const model = createScriptedChatModel([{ when: () => true, reply: 'once', times: 1 }]);
  await model.chat(req('a', 'b', 'c'));
  await assert.rejects(model.chat(req('a', 'b', 'c')), UnexpectedPromptError);
});

test('createScriptedChatModel(rules) rejects a non-positive times, naming the rule', () => {
  assert.throws(() => createScriptedChatModel([{ when: () => true, reply: 'x', times: 0 }]), /rules\[0\]\.times must be a positive integer, got 0/);
});
