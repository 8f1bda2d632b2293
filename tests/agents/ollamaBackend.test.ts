import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeOllama, type FakeChatRequest } from '../support/fakeOllama.ts';
import { createOllamaBackend } from '../../src/agents/llm/ollamaBackend.ts';
import { parseOllamaBackendConfig } from '../../src/agents/llm/ollamaBackendConfig.ts';
import { OllamaError } from '../../src/llm/ollamaError.ts';
import { createRng } from '../../src/core/rng.ts';
import { memoryLogger } from '../../src/core/logger.ts';
import type { Scenario } from '../../src/scenarios/types.ts';

const scenario: Scenario = {
  id: 'crad-002', source: 'crad', creditorTargetDays: 14, debtorTargetDays: 71, creditorMaxDays: 60,
  outstandingBalance: 15700, daysOverdue: 154, description: 'Equipment Financing. Reason for overdue: supply chain disruption.',
};
const models = { creditor: 'qwen2.5:7b', debtor: 'llama3.2:3b' };
const system = (r: FakeChatRequest) => r.messages.find((m) => m.role === 'system')?.content ?? '';

test('parseOllamaBackendConfig(raw) fills the documented defaults', () => {
  const cfg = parseOllamaBackendConfig({ models });
  assert.equal(cfg.host, 'http://127.0.0.1:11434');
  assert.equal(cfg.timeoutMs, 120_000);
  assert.deepEqual(cfg.retries, { max: 2, baseDelayMs: 500, factor: 2, maxDelayMs: 8000 });
  assert.equal(cfg.concurrency, 2);
  assert.equal(cfg.stream, true);
  assert.equal(cfg.preflight, true);
});

test('parseOllamaBackendConfig(raw) rejects a misspelt option, naming the field and value', () => {
  assert.throws(() => parseOllamaBackendConfig({ models, options: { temprature: 0.2 } }), /field options\.temprature = 0\.2: Unrecognized key/);
  assert.throws(() => parseOllamaBackendConfig({ models, cache: { dir: 'c', mode: 'replya' } }), /field cache\.mode = "replya"/);
  assert.throws(() => parseOllamaBackendConfig({ models: { creditor: 'm' } }), /field models\.debtor = undefined/);
});

test('createOllamaBackend(config).createAgents() runs the preflight and names a model that is not pulled', async (t) => {
  const fake = await startFakeOllama({ models: ['qwen2.5:7b'] });
  t.after(() => fake.close());
  const backend = createOllamaBackend({ host: fake.url, models });
  await assert.rejects(backend.createAgents({ scenario, persona: 'vanilla', rng: createRng(1) }), (err: unknown) =>
    err instanceof OllamaError && err.kind === 'model-missing' && /run `ollama pull llama3\.2:3b`/.test(err.message));
});

test('createOllamaBackend(config).preflight() reports a digest per model, judge and detector defaulting to the creditor model', async (t) => {
  const fake = await startFakeOllama({ models: ['qwen2.5:7b', 'llama3.2:3b'] });
  t.after(() => fake.close());
  const report = await createOllamaBackend({ host: fake.url, models }).preflight();
  assert.deepEqual(report!.models.map((m) => [m.name, m.digest]), [['qwen2.5:7b', fake.digestOf('qwen2.5:7b')], ['llama3.2:3b', fake.digestOf('llama3.2:3b')]]);
});

test('createOllamaBackend(config) agents speak through the server with role models and options', async (t) => {
  const fake = await startFakeOllama({
    models: ['qwen2.5:7b', 'llama3.2:3b'],
    respond: (r) => (system(r).startsWith('You classify') ? 'Anger' : system(r).startsWith('You run a business') ? 'No way, 70 days.' : 'Pay within 14 days.'),
  });
  t.after(() => fake.close());
  const backend = createOllamaBackend({ host: fake.url, models, options: { num_ctx: 2048 }, keepAlive: '5m' });
  const { creditor, debtor } = await backend.createAgents({ scenario, persona: 'angry', rng: createRng(7) });
  const c = await creditor.speak({ scenario, history: [], emotion: 'Neutral', decision: { policy: 't', turn: 1, detected: 'Neutral', branch: 'fixed', scores: null, chosen: 'Neutral', temperature: 0.665 }, temperature: 0.665, maxDays: 60 });
  const d = await debtor.speak({ scenario, persona: 'angry', history: [{ index: 0, role: 'creditor', text: c.text, offerDays: 14 }] });
  const [detection] = await backend.detector.detect([d.text]);
  assert.deepEqual([c.text, d.text, detection.emotion], ['Pay within 14 days.', 'No way, 70 days.', 'Anger']);
  const chats = fake.requests.filter((r) => r.path === '/api/chat').map((r) => r.body as Record<string, any>);
  assert.deepEqual(chats.map((b) => b.model), ['qwen2.5:7b', 'llama3.2:3b', 'qwen2.5:7b']);
  assert.equal(chats[0].options.temperature, 0.665);
  assert.equal(chats[1].options.temperature, 0.7);
  assert.equal(chats[2].options.temperature, 0);
  assert.ok(chats.every((b) => b.options.num_ctx === 2048 && b.keep_alive === '5m'));
  const event = c.events![0];
  assert.ok(event.type === 'llm-call' && event.digest === fake.digestOf('qwen2.5:7b'));
});

test('createOllamaBackend(config) judge records malformed JSON from the server as a failure event', async (t) => {
  const fake = await startFakeOllama({ models: ['qwen2.5:7b', 'llama3.2:3b'], malformedJson: true, respond: () => '{"agree": true, "days": 30, "reason": "ok"}' });
  t.after(() => fake.close());
  const { judge } = await createOllamaBackend({ host: fake.url, models }).createAgents({ scenario, persona: 'vanilla', rng: createRng(1) });
  const verdict = await judge.judge({ scenario, history: [{ index: 5, role: 'debtor', text: '30 days is fine.', offerDays: 30 }], creditorOffer: 28, debtorOffer: 30 });
  assert.equal(verdict.agree, false);
  const failure = verdict.events!.find((e) => e.type === 'failure');
  assert.ok(failure?.type === 'failure' && failure.kind === 'judge:malformed-output' && failure.index === 5);
  assert.match(failure.message, /judge reply is not a JSON object/);
});

test('createOllamaBackend(config) in auto cache mode warns, and does not fail, when the server is down', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'eqn-backend-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const fake = await startFakeOllama();
  await fake.close();
  const logger = memoryLogger();
  const backend = createOllamaBackend({ host: fake.url, models, cache: { dir, mode: 'auto' } }, { logger });
  await backend.createAgents({ scenario, persona: 'vanilla', rng: createRng(1) });
  assert.equal(logger.warnings.length, 1);
  assert.match(logger.warnings[0], /not reachable.*continuing because cache mode 'auto'/);
});

test('createOllamaBackend(config) in replay mode needs no server for createAgents', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'eqn-backend-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const fake = await startFakeOllama();
  await fake.close();
  const backend = createOllamaBackend({ host: fake.url, models, cache: { dir, mode: 'replay' } });
  assert.equal(await backend.preflight(), undefined);
  await backend.createAgents({ scenario, persona: 'vanilla', rng: createRng(1) });
});
