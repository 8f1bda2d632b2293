import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toOllamaError } from '../../src/llm/toOllamaError.ts';
import { OllamaError, isTransientKind } from '../../src/llm/ollamaError.ts';

const host = 'http://127.0.0.1:11434';
const responseError = (status: number, message: string) => Object.assign(new Error(message), { name: 'ResponseError', status_code: status });
const fetchFailed = (code: string) => new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });

test('toOllamaError(err) classifies connection refused as unreachable (transient)', () => {
  const e = toOllamaError(fetchFailed('ECONNREFUSED'), { host });
  assert.equal(e.kind, 'unreachable');
  assert.equal(e.transient, true);
  assert.equal(e.message, `Ollama is not reachable at ${host}: start it with \`ollama serve\`, or set the host option to where it runs`);
});

test('toOllamaError(err) classifies a reset connection as connection-reset (transient)', () => {
  const e = toOllamaError(fetchFailed('ECONNRESET'), { host, model: 'm' });
  assert.equal(e.kind, 'connection-reset');
  assert.equal(e.transient, true);
});

test('toOllamaError(err) classifies 404 "not found" for a model as model-missing (not transient)', () => {
  const e = toOllamaError(responseError(404, 'model "qwen2.5:7b" not found, try pulling it first'), { host, model: 'qwen2.5:7b' });
  assert.equal(e.kind, 'model-missing');
  assert.equal(e.transient, false);
  assert.match(e.message, /run `ollama pull qwen2\.5:7b`/);
});

test('toOllamaError(err) classifies 5xx as server (transient) and other 4xx as http (not transient)', () => {
  assert.equal(toOllamaError(responseError(503, 'busy'), { host, model: 'm' }).kind, 'server');
  const bad = toOllamaError(responseError(400, 'invalid option'), { host, model: 'm' });
  assert.equal(bad.kind, 'http');
  assert.equal(bad.transient, false);
  assert.match(bad.message, /HTTP 400: invalid option/);
});

test('toOllamaError(err) prefers timeout and then aborted over the underlying abort error', () => {
  const abort = new DOMException('This operation was aborted', 'AbortError');
  assert.equal(toOllamaError(abort, { host, timedOut: true, timeoutMs: 200 }).kind, 'timeout');
  assert.equal(toOllamaError(abort, { host, aborted: true }).kind, 'aborted');
  assert.equal(isTransientKind('aborted'), false);
});

test('toOllamaError(err) classifies an unfinished stream and invalid JSON as malformed-response', () => {
  assert.equal(toOllamaError(new Error('Did not receive done or success response in stream.'), { host }).kind, 'malformed-response');
  assert.equal(toOllamaError(new SyntaxError('Unexpected token'), { host }).kind, 'malformed-response');
});

test('toOllamaError(err) passes an OllamaError through and keeps unknown errors as unknown with their message', () => {
  const original = new OllamaError('timeout', 'x');
  assert.equal(toOllamaError(original, { host }), original);
  const e = toOllamaError(new Error('weird'), { host, model: 'm', role: 'judge' });
  assert.equal(e.kind, 'unknown');
  assert.match(e.message, /for model 'm' \(role judge\) failed: weird/);
});
