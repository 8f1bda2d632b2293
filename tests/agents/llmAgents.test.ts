import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLlmCreditor } from '../../src/agents/llm/llmCreditor.ts';
import { createLlmDebtor } from '../../src/agents/llm/llmDebtor.ts';
import { createLlmJudge } from '../../src/agents/llm/llmJudge.ts';
import { parseJudgeReply } from '../../src/agents/llm/parseJudgeReply.ts';
import { cleanReply } from '../../src/agents/llm/cleanReply.ts';
import { formatMoney } from '../../src/agents/llm/scenarioValues.ts';
import { loadPrompts } from '../../src/agents/prompts.ts';
import { createScriptedChatModel } from '../../src/llm/scriptedChatModel.ts';
import { createCachedChatModel, CacheMissError } from '../../src/llm/cachedChatModel.ts';
import { OllamaError } from '../../src/llm/ollamaError.ts';
import { createRng } from '../../src/core/rng.ts';
import type { CreditorTurn } from '../../src/agents/types.ts';
import type { Message } from '../../src/negotiation/events.ts';
import type { Scenario } from '../../src/scenarios/types.ts';
import type { DecisionTrace } from '../../src/policies/types.ts';

const prompts = loadPrompts();
const scenario: Scenario = {
  id: 'crad-001', source: 'crad', creditorTargetDays: 12, debtorTargetDays: 159, creditorMaxDays: 60,
  outstandingBalance: 15700, daysOverdue: 133, description: 'Working Capital Loan. Reason for overdue: client bankruptcy.',
};
const history: Message[] = [
  { index: 0, role: 'creditor', text: 'We need repayment within 12 days.', offerDays: 12 },
  { index: 1, role: 'debtor', text: 'We cannot do less than 159 days.', offerDays: 159 },
];
const trace = (chosen: DecisionTrace['chosen']): DecisionTrace => ({ policy: 'test', turn: 2, detected: 'Anger', branch: 'fixed', scores: null, chosen, temperature: 0.6317 });
const creditorTurn = (emotion: CreditorTurn['emotion']): CreditorTurn => ({ scenario, history, emotion, decision: trace(emotion), temperature: 0.6317, maxDays: 60 });

test('createLlmCreditor(model).speak(turn) puts scenario, target, max days and the emotion style in the system prompt', async () => {
  const model = createScriptedChatModel([{ when: { role: 'creditor' }, reply: 'Creditor: "We can go to 20 days, no further."' }]);
  const creditor = createLlmCreditor(model, { model: 'qwen2.5:7b', prompts: prompts.creditor, rng: createRng(1) });
  const spoken = await creditor.speak(creditorTurn('Anger'));
  assert.equal(spoken.text, 'We can go to 20 days, no further.');
  const [req] = model.calls;
  const system = req.messages[0].content;
  assert.match(system, /Working Capital Loan/);
  assert.match(system, /\$15,700\.00/);
  assert.match(system, /Days overdue: 133/);
  assert.match(system, /Your target is 12 days/);
  assert.match(system, /more than 60 days/);
  assert.ok(system.includes(prompts.creditor.styles.Anger));
  assert.deepEqual(req.messages.slice(1).map((m) => m.role), ['user', 'assistant', 'user']);
  assert.equal(req.messages[1].content, prompts.creditor.opening);
  assert.equal(req.messages[3].content, 'We cannot do less than 159 days.');
});

test('createLlmCreditor(model).speak(turn) uses the turn temperature and a seed drawn from its rng', async () => {
  const model = createScriptedChatModel([{ when: { role: 'creditor' }, reply: '15 days.' }]);
  const speakOnce = async (seed: number) => {
    await createLlmCreditor(model, { model: 'm', prompts: prompts.creditor, options: { num_ctx: 4096 }, rng: createRng(seed) }).speak(creditorTurn('Joy'));
    return model.calls.at(-1)!.options!;
  };
  const a = await speakOnce(5);
  const b = await speakOnce(5);
  assert.equal(a.temperature, 0.6317);
  assert.equal(a.num_ctx, 4096);
  assert.ok(Number.isInteger(a.seed));
  assert.deepEqual(a, b);
  assert.notEqual((await speakOnce(6)).seed, a.seed);
});

test('createLlmCreditor(model).speak(turn) with a fixed seed in options sends that seed on every call', async () => {
  const model = createScriptedChatModel([{ when: { role: 'creditor' }, reply: '15 days.' }]);
  const creditor = createLlmCreditor(model, { model: 'm', prompts: prompts.creditor, options: { seed: 0 }, rng: createRng(1) });
  await creditor.speak(creditorTurn('Joy'));
  await creditor.speak(creditorTurn('Joy'));
  assert.deepEqual(model.calls.map((c) => c.options!.seed), [0, 0]);
});

test('createLlmCreditor(model).speak(turn) gives no style instruction for vanilla (emotion null)', async () => {
  const model = createScriptedChatModel([{ when: { role: 'creditor' }, reply: '15 days.' }]);
  await createLlmCreditor(model, { model: 'm', prompts: prompts.creditor }).speak(creditorTurn(null));
  const system = model.calls[0].messages[0].content;
  for (const style of Object.values(prompts.creditor.styles)) assert.ok(!system.includes(style));
  assert.doesNotMatch(system, /Emotional tone/);
  assert.doesNotMatch(system, /\n\n\n/);
});

test('createLlmCreditor(model).speak(turn) returns the llm-call event with the full prompt and options', async () => {
  const model = createScriptedChatModel([{ when: { role: 'creditor' }, reply: '15 days.' }], { digest: 'sha-x' });
  const spoken = await createLlmCreditor(model, { model: 'm', prompts: prompts.creditor, keepAlive: '10m', rng: createRng(2) }).speak(creditorTurn('Fear'));
  const [event] = spoken.events!;
  assert.ok(event.type === 'llm-call');
  assert.equal(event.role, 'creditor');
  assert.equal(event.digest, 'sha-x');
  assert.deepEqual(event.prompt, model.calls[0].messages);
  assert.deepEqual(event.options, { ...model.calls[0].options, keep_alive: '10m' });
  assert.equal(event.response, '15 days.');
});

test('createLlmCreditor(model).speak(turn) throws OllamaError malformed-output on an empty reply', async () => {
  const model = createScriptedChatModel([{ when: { role: 'creditor' }, reply: '<think>hmm</think>  ' }]);
  await assert.rejects(createLlmCreditor(model, { model: 'm', prompts: prompts.creditor }).speak(creditorTurn('Joy')), (err: unknown) =>
    err instanceof OllamaError && err.kind === 'malformed-output' && /creditor model 'm' returned an empty message/.test(err.message));
});

test('createLlmCreditor(model).speak(turn) lets model errors propagate so the runner can fail the negotiation', async () => {
  const failing = { name: 'down', chat: async () => { throw new OllamaError('unreachable', 'down'); } };
  await assert.rejects(createLlmCreditor(failing, { model: 'm', prompts: prompts.creditor }).speak(creditorTurn('Joy')), (err: unknown) => err instanceof OllamaError && err.kind === 'unreachable');
});

test('createLlmDebtor(model).speak(turn) puts the debtor target and the persona instruction in the system prompt', async () => {
  const model = createScriptedChatModel([{ when: { role: 'debtor' }, reply: 'Debtor: My lawyer says 150 days.' }]);
  const debtor = createLlmDebtor(model, { model: 'llama3.2', prompts: prompts.debtor, options: { temperature: 0.7 }, rng: createRng(3) });
  const spoken = await debtor.speak({ scenario, persona: 'threatening', history: history.slice(0, 1) });
  assert.equal(spoken.text, 'My lawyer says 150 days.');
  const [req] = model.calls;
  assert.match(req.messages[0].content, /Your target is 159 days/);
  assert.ok(req.messages[0].content.includes(prompts.debtor.personas.threatening));
  assert.deepEqual(req.messages.slice(1), [{ role: 'user', content: 'We need repayment within 12 days.' }]);
  assert.equal(req.options!.temperature, 0.7);
  assert.equal(req.role, 'debtor');
});

test('createLlmDebtor(model).speak(turn) adds no persona instruction for vanilla', async () => {
  const model = createScriptedChatModel([{ when: { role: 'debtor' }, reply: '150 days.' }]);
  await createLlmDebtor(model, { model: 'm', prompts: prompts.debtor }).speak({ scenario, persona: 'vanilla', history: history.slice(0, 1) });
  assert.doesNotMatch(model.calls[0].messages[0].content, /Your manner/);
});

const judgeInput = { scenario, history, creditorOffer: 30, debtorOffer: 33 };

test('createLlmJudge(model).judge(input) reads the final exchange and returns the validated verdict', async () => {
  const model = createScriptedChatModel([{ when: { role: 'judge' }, reply: '```json\n{"agree": true, "days": 32, "reason": "both accepted 32"}\n```' }]);
  const verdict = await createLlmJudge(model, { model: 'm', prompts: prompts.judge }).judge(judgeInput);
  assert.deepEqual({ ...verdict, events: undefined }, { agree: true, days: 32, reason: 'both accepted 32', events: undefined });
  assert.equal(verdict.events!.length, 1);
  const [req] = model.calls;
  assert.deepEqual(req.format, prompts.judge.format);
  assert.match(req.messages[1].content, /Creditor: We need repayment within 12 days\.\nDebtor: We cannot do less than 159 days\./);
  assert.match(req.messages[1].content, /latest offer: 30 days.*latest offer: 33 days.*more than 60 days/s);
});

test('createLlmJudge(model).judge(input) records a malformed reply as a failure event and answers no agreement', async () => {
  const model = createScriptedChatModel([{ when: { role: 'judge' }, reply: '{"agree": "yes", "days": 30}' }]);
  const verdict = await createLlmJudge(model, { model: 'm', prompts: prompts.judge }).judge(judgeInput);
  assert.equal(verdict.agree, false);
  assert.equal(verdict.days, null);
  assert.match(verdict.reason, /^no agreement this turn: the judge reply was malformed/);
  const [call, failure] = verdict.events!;
  assert.equal(call.type, 'llm-call');
  assert.ok(failure.type === 'failure');
  assert.equal(failure.kind, 'judge:malformed-output');
  assert.equal(failure.index, 1);
  assert.match(failure.message, /judge reply field agree = "yes"/);
});

test('createLlmJudge(model).judge(input) records a model failure as a failure event and answers no agreement', async () => {
  const failing = { name: 'slow', chat: async () => { throw new OllamaError('timeout', 'Ollama at h did not answer within 200 ms'); } };
  const verdict = await createLlmJudge(failing, { model: 'm', prompts: prompts.judge }).judge(judgeInput);
  assert.equal(verdict.agree, false);
  assert.deepEqual(verdict.events, [{ type: 'failure', index: 1, kind: 'judge:timeout', message: 'Ollama at h did not answer within 200 ms' }]);
});

test('createLlmJudge(model).judge(input) lets a replay cache miss propagate', async () => {
  const model = createCachedChatModel(createScriptedChatModel([]), { dir: '/nonexistent-cache-dir', mode: 'replay' });
  await assert.rejects(createLlmJudge(model, { model: 'm', prompts: prompts.judge }).judge(judgeInput), CacheMissError);
});

test('parseJudgeReply(text) accepts omitted days and reason, and rejects non-JSON and bad days', () => {
  assert.deepEqual(parseJudgeReply('{"agree": false}'), { ok: true, reply: { agree: false, days: null, reason: '' } });
  assert.deepEqual(parseJudgeReply('Sure! {"agree": true, "days": 30, "reason": "ok", "confidence": 0.9} Hope that helps.'), { ok: true, reply: { agree: true, days: 30, reason: 'ok' } });
  const notJson = parseJudgeReply('They agreed on 30 days.');
  assert.ok(!notJson.ok && /not a JSON object/.test(notJson.error));
  const badDays = parseJudgeReply('{"agree": true, "days": 30.5}');
  assert.ok(!badDays.ok && /field days = 30\.5/.test(badDays.error));
});

test('cleanReply(text) strips think blocks, speaker labels and surrounding quotes only', () => {
  assert.equal(cleanReply('<think>plan</think>\n**Creditor:** "Let us settle at 20 days."'), 'Let us settle at 20 days.');
  assert.equal(cleanReply('Debtor: 90 days, "final".'), '90 days, "final".');
  assert.equal(cleanReply('We said "20 days" before.'), 'We said "20 days" before.');
});

test('formatMoney(amount) writes dollars with thousands separators and cents', () => {
  assert.equal(formatMoney(15700), '$15,700.00');
  assert.equal(formatMoney(1234567.891), '$1,234,567.89');
  assert.equal(formatMoney(0), '$0.00');
});
