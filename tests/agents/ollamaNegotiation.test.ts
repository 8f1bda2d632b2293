import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeOllama, type FakeChatRequest } from '../support/fakeOllama.ts';
import { createOllamaBackend, type OllamaBackend } from '../../src/agents/llm/ollamaBackend.ts';
import type { OllamaBackendConfigInput } from '../../src/agents/llm/ollamaBackendConfig.ts';
import { runNegotiation } from '../../src/negotiation/runNegotiation.ts';
import type { NegotiationEvent, Transcript } from '../../src/negotiation/events.ts';
import { createPolicy } from '../../src/policies/createPolicy.ts';
import { loadScenarios } from '../../src/scenarios/loadScenarios.ts';
import { createRng } from '../../src/core/rng.ts';
import { OllamaError } from '../../src/llm/ollamaError.ts';

const models = { creditor: 'qwen2.5:7b', debtor: 'llama3.2:3b', judge: 'qwen2.5:14b' };
const scenario = loadScenarios('crad')[0];

/**
 * Plays every role from the system prompt of data/prompts: the creditor climbs 14, 20, 26, ...
 * days; the debtor threatens and comes down 71, 63, 55, ...; the detector reads threats as Anger;
 * the judge agrees on the creditor's offer. So the offers converge at message 9 (38 vs 39 days).
 */
function respond(r: FakeChatRequest): string {
  const system = r.messages[0].content;
  const own = r.messages.filter((m) => m.role === 'assistant').length;
  if (system.startsWith('You are a collections officer')) return `Creditor: We can agree to ${14 + 6 * own} days.`;
  if (system.startsWith('You run a business')) return `My lawyer says we need ${71 - 8 * own} days.`;
  if (system.startsWith('You classify')) return /lawyer/.test(r.messages[1].content) ? 'Anger' : 'Neutral';
  if (system.startsWith('You are a neutral referee')) {
    const offer = /creditor's latest offer: (\d+) days/.exec(r.messages[1].content)![1];
    return JSON.stringify({ agree: true, days: Number(offer), reason: 'the debtor accepted the creditor offer' });
  }
  throw new Error(`fake responder: unexpected system prompt ${JSON.stringify(system.slice(0, 60))}`);
}

async function negotiateOnce(backend: OllamaBackend, seed: number): Promise<Transcript> {
  const rng = createRng(seed).fork(`scenario:${scenario.id}`);
  const agents = await backend.createAgents({ scenario, persona: 'threatening', rng });
  return runNegotiation({
    negotiationId: `ollama-${seed}`,
    scenario,
    persona: 'threatening',
    policy: createPolicy('eq-negotiator'),
    agents,
    detector: backend.detector,
    rng,
    labels: { backend: backend.name, creditorModel: backend.creditorModel, debtorModel: backend.debtorModel, seed },
  });
}

const withoutCachedFlag = (t: Transcript): NegotiationEvent[] =>
  t.map((e) => {
    if (e.type !== 'llm-call') return e;
    const { cached: _cached, ...rest } = e;
    return rest;
  });

test('a full negotiation runs through the Ollama backend against the fake server, then replays from the cache with the server closed', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'eqn-negotiation-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const fake = await startFakeOllama({ models: Object.values(models), respond, chunkSize: 5 });
  const config = (mode: 'record' | 'replay'): OllamaBackendConfigInput => ({ host: fake.url, models, retries: { max: 0 }, cache: { dir, mode } });

  const recorded = await negotiateOnce(createOllamaBackend(config('record')), 42);
  await fake.close();

  const end = recorded.at(-1)!;
  assert.deepEqual(end, { type: 'end', outcome: 'accept', finalDays: 38, messages: 10, reason: end.type === 'end' ? end.reason : '' });
  const messages = recorded.filter((e) => e.type === 'message');
  assert.deepEqual(messages.map((e) => e.type === 'message' && e.offerDays), [14, 71, 20, 63, 26, 55, 32, 47, 38, 39]);
  const calls = recorded.filter((e) => e.type === 'llm-call');
  // the detector reads every debtor message before the next creditor turn, and its calls are in the transcript
  assert.deepEqual(calls.map((e) => e.type === 'llm-call' && e.role), [
    'creditor', 'debtor', 'detector', 'creditor', 'debtor', 'detector', 'creditor', 'debtor', 'detector',
    'creditor', 'debtor', 'detector', 'creditor', 'debtor', 'judge',
  ]);
  for (const e of calls) {
    assert.ok(e.type === 'llm-call');
    assert.equal(e.cached, false);
    assert.equal(e.digest, fake.digestOf(e.model));
    assert.ok(Number.isInteger(e.options.seed), `${e.role} call has a seed`);
  }
  const detections = recorded.filter((e) => e.type === 'detection');
  assert.deepEqual(detections.map((e) => e.type === 'detection' && [e.emotion, e.ok]), Array(4).fill(['Anger', true]));
  const chatModels = fake.requests.filter((r) => r.path === '/api/chat').map((r) => (r.body as { model: string }).model);
  assert.equal(chatModels.filter((m) => m === models.judge).length, 1);
  assert.equal(chatModels.length, 10 + 1 + 4, 'ten messages, one judge call, four detections');
  assert.equal(readdirSync(dir).length, chatModels.length);

  const replayed = await negotiateOnce(createOllamaBackend(config('replay')), 42);
  assert.deepEqual(withoutCachedFlag(replayed), withoutCachedFlag(recorded));
  assert.ok(replayed.filter((e) => e.type === 'llm-call').every((e) => e.type === 'llm-call' && e.cached === true));
});

test('a negotiation whose seed was not recorded fails the replay with a typed cache miss', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'eqn-negotiation-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const backend = createOllamaBackend({ host: 'http://127.0.0.1:9', models, cache: { dir, mode: 'replay' } });
  await assert.rejects(negotiateOnce(backend, 7), (err: unknown) => err instanceof Error && err.name === 'CacheMissError' && /role creditor, model 'qwen2\.5:7b'/.test(err.message));
});

test('a negotiation whose server goes down stops with the typed OllamaError, for the runner to record', async (t) => {
  const fake = await startFakeOllama({ models: Object.values(models), respond });
  t.after(() => fake.close());
  // One retry: the first attempt may meet the pooled keep-alive socket the server just dropped (a reset).
  const backend = createOllamaBackend({ host: fake.url, models, retries: { max: 1, baseDelayMs: 1 } });
  const rng = createRng(1);
  const agents = await backend.createAgents({ scenario, persona: 'vanilla', rng });
  await fake.close();
  const run = runNegotiation({
    negotiationId: 'down', scenario, persona: 'vanilla', policy: createPolicy('vanilla'), agents, detector: backend.detector, rng,
    labels: { backend: backend.name, creditorModel: backend.creditorModel, debtorModel: backend.debtorModel, seed: 1 },
  });
  await assert.rejects(run, (err: unknown) => err instanceof OllamaError && err.kind === 'unreachable' && err.role === 'creditor');
});
