import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson } from '../../src/llm/canonicalJson.ts';
import { chatRequestKey } from '../../src/llm/chatRequestKey.ts';
import type { ChatRequest } from '../../src/llm/types.ts';

const base: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'hi' }], options: { seed: 1, temperature: 0.5 } };

test('canonicalJson(value) sorts keys at every depth and drops undefined members', () => {
  assert.equal(canonicalJson({ b: 1, a: [true, { d: null, c: 'x', e: undefined }] }), '{"a":[true,{"c":"x","d":null}],"b":1}');
});

test('canonicalJson(value) rejects values JSON cannot hold, naming the path', () => {
  assert.throws(() => canonicalJson({ a: [1, NaN] }), /canonicalJson: \$\.a\[1\] is NaN/);
  assert.throws(() => canonicalJson({ f: () => 1 }), /\$\.f is a function/);
});

test('chatRequestKey(request) is the sha256 of the canonical JSON of model, messages, options and format', () => {
  // Provenance: printf '%s' '{"format":null,"messages":[{"content":"hi","role":"user"}],"model":"m","options":{"seed":1,"temperature":0.5}}' | sha256sum
  assert.equal(chatRequestKey(base), 'b0ba04cfef769e0e7f11567407dbc818ba09aee5d39a1bfced786c5c21bcc22a');
});

test('chatRequestKey(request) ignores key order, role, keepAlive and signal', () => {
  const same = chatRequestKey({ options: { temperature: 0.5, seed: 1 }, messages: [{ content: 'hi', role: 'user' }], model: 'm', role: 'judge', keepAlive: '5m', signal: new AbortController().signal });
  assert.equal(same, chatRequestKey(base));
});

test('chatRequestKey(request) changes with the seed, any option, a message, the model or the format', () => {
  const k = chatRequestKey(base);
  assert.notEqual(chatRequestKey({ ...base, options: { seed: 2, temperature: 0.5 } }), k);
  assert.notEqual(chatRequestKey({ ...base, options: { seed: 1, temperature: 0.5, num_ctx: 2048 } }), k);
  assert.notEqual(chatRequestKey({ ...base, messages: [{ role: 'user', content: 'hi!' }] }), k);
  assert.notEqual(chatRequestKey({ ...base, model: 'm2' }), k);
  assert.notEqual(chatRequestKey({ ...base, format: 'json' }), k);
});
