import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeOllama } from '../support/fakeOllama.ts';
import { createOllamaChatModel } from '../../src/llm/ollamaChatModel.ts';
import { OllamaError } from '../../src/llm/ollamaError.ts';
import { memoryLogger } from '../../src/core/logger.ts';
import type { ChatRequest } from '../../src/llm/types.ts';

const MODEL = 'qwen2.5:7b';
const ask = (content = 'hello', extra: Partial<ChatRequest> = {}): ChatRequest => ({ model: MODEL, role: 'creditor', messages: [{ role: 'user', content }], ...extra });
const fast = { baseDelayMs: 1, maxDelayMs: 5 };

test('chat(request) assembles a streamed reply from its NDJSON chunks', async (t) => {
  const reply = 'We can offer a repayment period of 30 days, starting next Monday.';
  const fake = await startFakeOllama({ models: [MODEL], respond: () => reply, chunkSize: 3 });
  t.after(() => fake.close());
  const res = await createOllamaChatModel({ host: fake.url }).chat(ask());
  assert.equal(res.content, reply);
  assert.equal((fake.requests.find((r) => r.path === '/api/chat')!.body as { stream: boolean }).stream, true);
});

test('chat(request) with stream: false reads the single JSON reply', async (t) => {
  const fake = await startFakeOllama({ models: [MODEL], respond: (r) => `echo ${r.messages.at(-1)!.content}` });
  t.after(() => fake.close());
  const res = await createOllamaChatModel({ host: fake.url, stream: false }).chat(ask('hi'));
  assert.equal(res.content, 'echo hi');
  assert.equal((fake.requests.find((r) => r.path === '/api/chat')!.body as { stream: boolean }).stream, false);
});

test('chat(request) reports the model digest from /api/tags', async (t) => {
  const fake = await startFakeOllama({ models: [{ name: MODEL, digest: 'sha256-abc' }] });
  t.after(() => fake.close());
  const res = await createOllamaChatModel({ host: fake.url }).chat(ask());
  assert.equal(res.digest, 'sha256-abc');
  assert.equal(res.model, MODEL);
  assert.ok(res.durationMs >= 0);
});

test('chat(request) sends messages, options (seed included), format and keep_alive unchanged', async (t) => {
  const fake = await startFakeOllama({ models: [MODEL] });
  t.after(() => fake.close());
  const format = { type: 'object', properties: { agree: { type: 'boolean' } } };
  await createOllamaChatModel({ host: fake.url }).chat(ask('x', { options: { seed: 0, temperature: 0.3, num_ctx: 4096, num_predict: 64 }, format, keepAlive: '5m' }));
  const body = fake.requests.find((r) => r.path === '/api/chat')!.body as Record<string, unknown>;
  assert.deepEqual(body.options, { seed: 0, temperature: 0.3, num_ctx: 4096, num_predict: 64 });
  assert.deepEqual(body.format, format);
  assert.equal(body.keep_alive, '5m');
  assert.deepEqual(body.messages, [{ role: 'user', content: 'x' }]);
  assert.equal('role' in body, false);
});

test('chat(request) on a closed port fails with kind unreachable and says to run `ollama serve`', async () => {
  const fake = await startFakeOllama();
  await fake.close();
  const model = createOllamaChatModel({ host: fake.url, retries: { max: 1, ...fast } });
  await assert.rejects(model.chat(ask()), (err: unknown) => {
    assert.ok(err instanceof OllamaError);
    assert.equal(err.kind, 'unreachable');
    assert.equal(err.attempts, 2);
    assert.match(err.message, new RegExp(`Ollama is not reachable at ${fake.url}: start it with \`ollama serve\``));
    return true;
  });
});

test('chat(request) for a model that is not pulled fails with kind model-missing and the `ollama pull` command, without retrying', async (t) => {
  const fake = await startFakeOllama({ models: ['llama3.2:3b'] });
  t.after(() => fake.close());
  await assert.rejects(createOllamaChatModel({ host: fake.url, retries: fast }).chat(ask()), (err: unknown) => {
    assert.ok(err instanceof OllamaError);
    assert.equal(err.kind, 'model-missing');
    assert.match(err.message, /model 'qwen2\.5:7b' is not pulled on .*: run `ollama pull qwen2\.5:7b`/);
    return true;
  });
  assert.equal(fake.requests.filter((r) => r.path === '/api/chat').length, 1);
});

test('chat(request) times out a slow reply, then a retry succeeds', async (t) => {
  const fake = await startFakeOllama({ models: [MODEL], respond: () => 'late but fine', delayMs: (r) => (r.callNumber === 1 ? 5_000 : 0) });
  t.after(() => fake.close());
  const logger = memoryLogger();
  const res = await createOllamaChatModel({ host: fake.url, timeoutMs: 200, retries: fast, logger }).chat(ask());
  assert.equal(res.content, 'late but fine');
  assert.equal(logger.warnings.length, 1);
  assert.match(logger.warnings[0], /did not answer for model 'qwen2\.5:7b' \(role creditor\) within 200 ms.*retry 1 of 2/);
});

test('chat(request) that keeps timing out fails with kind timeout and the number of attempts', async (t) => {
  const fake = await startFakeOllama({ models: [MODEL], delayMs: 5_000 });
  t.after(() => fake.close());
  await assert.rejects(createOllamaChatModel({ host: fake.url, timeoutMs: 200, retries: { max: 1, ...fast } }).chat(ask()), (err: unknown) => {
    assert.ok(err instanceof OllamaError);
    assert.equal(err.kind, 'timeout');
    assert.match(err.message, /within 200 ms: raise timeoutMs.*gave up after 2 attempts/);
    return true;
  });
});

test('chat(request) retries HTTP 500 with backoff and succeeds once the server recovers', async (t) => {
  const fake = await startFakeOllama({ models: [MODEL], respond: () => 'recovered', failFirst: 2 });
  t.after(() => fake.close());
  const logger = memoryLogger();
  const res = await createOllamaChatModel({ host: fake.url, retries: { max: 2, ...fast }, logger }).chat(ask());
  assert.equal(res.content, 'recovered');
  assert.equal(fake.requests.filter((r) => r.path === '/api/chat').length, 3);
  assert.deepEqual(logger.warnings.map((w) => /HTTP 500/.test(w)), [true, true]);
});

test('chat(request) gives up on HTTP 500 after the configured retries with kind server', async (t) => {
  const fake = await startFakeOllama({ models: [MODEL], failFirst: 10 });
  t.after(() => fake.close());
  await assert.rejects(createOllamaChatModel({ host: fake.url, retries: { max: 2, ...fast } }).chat(ask()), (err: unknown) => {
    assert.ok(err instanceof OllamaError);
    assert.equal(err.kind, 'server');
    assert.equal(err.status, 500);
    assert.equal(err.attempts, 3);
    return true;
  });
  assert.equal(fake.requests.filter((r) => r.path === '/api/chat').length, 3);
});

test('chat(request) stops at once, without retrying, when the caller aborts', async (t) => {
  const fake = await startFakeOllama({ models: [MODEL], delayMs: 5_000 });
  t.after(() => fake.close());
  const controller = new AbortController();
  const pending = createOllamaChatModel({ host: fake.url, retries: fast }).chat(ask('x', { signal: controller.signal }));
  setTimeout(() => controller.abort(), 50);
  await assert.rejects(pending, (err: unknown) => err instanceof OllamaError && err.kind === 'aborted' && err.attempts === undefined);
  assert.equal(fake.requests.filter((r) => r.path === '/api/chat').length, 1);
});

test('chat(request) keeps at most `concurrency` calls in flight', async (t) => {
  let inFlight = 0;
  let peak = 0;
  const fake = await startFakeOllama({
    models: [MODEL],
    respond: async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 20));
      inFlight--;
      return 'ok';
    },
  });
  t.after(() => fake.close());
  const model = createOllamaChatModel({ host: fake.url, concurrency: 2 });
  const replies = await Promise.all(Array.from({ length: 6 }, (_, i) => model.chat(ask(`m${i}`))));
  assert.equal(replies.length, 6);
  assert.equal(peak, 2);
});

test('createOllamaChatModel(options) rejects a non-positive timeout, naming it', () => {
  assert.throws(() => createOllamaChatModel({ timeoutMs: 0 }), /createOllamaChatModel: timeoutMs must be > 0, got 0/);
});

test('chat(request) rejects a request without messages, naming the model', async () => {
  await assert.rejects(createOllamaChatModel().chat({ model: MODEL, messages: [] }), /request\.messages must be a non-empty array \(model qwen2\.5:7b/);
});
