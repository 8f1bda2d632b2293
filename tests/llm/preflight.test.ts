import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeOllama } from '../support/fakeOllama.ts';
import { preflight } from '../../src/llm/preflight.ts';
import { OllamaError } from '../../src/llm/ollamaError.ts';

test('preflight(host, models) reports the server version and each model digest and details', async (t) => {
  const fake = await startFakeOllama({
    version: '0.12.6',
    models: [{ name: 'qwen2.5:7b', digest: 'd-qwen', family: 'qwen2', parameterSize: '7.6B', quantization: 'Q4_K_M' }, { name: 'llama3.2', digest: 'd-llama' }],
  });
  t.after(() => fake.close());
  const report = await preflight(fake.url, ['qwen2.5:7b', 'llama3.2', 'qwen2.5:7b']);
  assert.equal(report.version, '0.12.6');
  assert.equal(report.host, fake.url);
  assert.deepEqual(report.models, [
    { name: 'qwen2.5:7b', digest: 'd-qwen', family: 'qwen2', parameterSize: '7.6B', quantization: 'Q4_K_M' },
    { name: 'llama3.2', digest: 'd-llama', family: 'fake', parameterSize: '7B', quantization: 'Q4_K_M' },
  ]);
  assert.deepEqual(fake.requests.map((r) => `${r.method} ${r.path}`), ['GET /api/version', 'GET /api/tags', 'POST /api/show', 'POST /api/show']);
});

test('preflight(host, models) names every missing model with its `ollama pull` command', async (t) => {
  const fake = await startFakeOllama({ models: ['qwen2.5:7b'] });
  t.after(() => fake.close());
  await assert.rejects(preflight(fake.url, ['qwen2.5:7b', 'llama3.1:8b', 'mistral']), (err: unknown) => {
    assert.ok(err instanceof OllamaError);
    assert.equal(err.kind, 'model-missing');
    assert.match(err.message, /model 'llama3\.1:8b', 'mistral' are not pulled on .*: run `ollama pull llama3\.1:8b` and `ollama pull mistral`/);
    return true;
  });
});

test('preflight(host, models) on a closed port says to start `ollama serve`', async () => {
  const fake = await startFakeOllama();
  await fake.close();
  await assert.rejects(preflight(fake.url, ['m']), (err: unknown) => err instanceof OllamaError && err.kind === 'unreachable' && /start it with `ollama serve`/.test(err.message));
});
