import { test } from 'node:test';
import assert from 'node:assert/strict';
import { llmCallEvent } from '../../src/llm/llmCallEvent.ts';

test('llmCallEvent(request, response) records role, model, digest, every option, the full prompt and the reply', () => {
  const messages = [{ role: 'system' as const, content: 'sys' }, { role: 'user' as const, content: 'hi' }];
  const event = llmCallEvent(
    { role: 'judge', model: 'qwen2.5:7b', messages, options: { seed: 0, temperature: 0 }, format: 'json', keepAlive: -1 },
    { content: '{"agree":false}', model: 'qwen2.5:7b', digest: 'abc', durationMs: 12.5, cached: true },
  );
  assert.deepEqual(event, {
    type: 'llm-call',
    role: 'judge',
    model: 'qwen2.5:7b',
    digest: 'abc',
    options: { seed: 0, temperature: 0, format: 'json', keep_alive: -1 },
    prompt: messages,
    response: '{"agree":false}',
    durationMs: 12.5,
    cached: true,
  });
  assert.deepEqual(JSON.parse(JSON.stringify(event)), event);
});

test('llmCallEvent(request, response) omits absent fields so a JSON round trip is exact', () => {
  const event = llmCallEvent({ model: 'm', messages: [{ role: 'user', content: 'x' }], options: { seed: undefined } }, { content: 'y', model: 'm', durationMs: 0 });
  assert.deepEqual(JSON.parse(JSON.stringify(event)), event);
  assert.equal(event.role, 'unknown');
  assert.deepEqual(event.options, {});
});
