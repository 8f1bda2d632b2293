import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeOllama } from '../support/fakeOllama.ts';
import { createOllamaChatModel } from '../../src/llm/ollamaChatModel.ts';
import { CacheMissError, createCachedChatModel } from '../../src/llm/cachedChatModel.ts';
import { chatRequestKey } from '../../src/llm/chatRequestKey.ts';
import { createScriptedChatModel } from '../../src/llm/scriptedChatModel.ts';
import { OllamaError } from '../../src/llm/ollamaError.ts';
import type { ChatRequest } from '../../src/llm/types.ts';

const MODEL = 'qwen2.5:7b';
const tempDir = (t: { after(fn: () => void): void }) => {
  const dir = mkdtempSync(join(tmpdir(), 'eqn-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};
const requests: ChatRequest[] = ['open with 15 days', 'the debtor wants 90 days', 'classify this'].map((content, i) => ({
  model: MODEL,
  role: ['creditor', 'debtor', 'detector'][i],
  messages: [{ role: 'system', content: 'You negotiate.' }, { role: 'user', content }],
  options: { seed: 100 + i, temperature: 0.7 },
}));

test('createCachedChatModel(inner, record) then replay with the server closed gives identical responses', async (t) => {
  const dir = tempDir(t);
  const fake = await startFakeOllama({ models: [MODEL], respond: (r) => `reply to ${r.messages.at(-1)!.content} with seed ${r.options?.seed}` });
  const recorder = createCachedChatModel(createOllamaChatModel({ host: fake.url }), { dir, mode: 'record' });
  const recorded = [];
  for (const r of requests) recorded.push(await recorder.chat(r));
  await fake.close();
  assert.ok(recorded.every((r) => r.cached === false && r.digest === fake.digestOf(MODEL)));

  const replayer = createCachedChatModel(createOllamaChatModel({ host: fake.url, retries: { max: 0 } }), { dir, mode: 'replay' });
  const replayed = [];
  for (const r of requests) replayed.push(await replayer.chat(r));
  assert.deepEqual(replayed, recorded.map((r) => ({ ...r, cached: true })));
  assert.equal(readdirSync(dir).length, 3);
  assert.ok(readdirSync(dir).every((f) => /^[0-9a-f]{64}\.json$/.test(f)), 'no temporary files left behind');
});

test('createCachedChatModel(inner, replay) with a missing key throws CacheMissError naming the key, role and model', async (t) => {
  const dir = tempDir(t);
  const model = createCachedChatModel(createScriptedChatModel([]), { dir, mode: 'replay' });
  const key = chatRequestKey(requests[1]);
  await assert.rejects(model.chat(requests[1]), (err: unknown) => {
    assert.ok(err instanceof CacheMissError);
    assert.equal(err.key, key);
    assert.match(err.message, new RegExp(`no recording for key ${key} \\(role debtor, model 'qwen2\\.5:7b'\\) in ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    return true;
  });
});

test('createCachedChatModel(inner, auto) asks the inner model only on a miss and records what it got', async (t) => {
  const dir = tempDir(t);
  const inner = createScriptedChatModel([{ when: { role: 'creditor' }, reply: 'first answer', times: 1 }]);
  const model = createCachedChatModel(inner, { dir, mode: 'auto' });
  const a = await model.chat(requests[0]);
  const b = await model.chat(requests[0]);
  assert.equal(inner.calls.length, 1);
  assert.equal(a.cached, false);
  assert.deepEqual(b, { ...a, cached: true });
  const entry = JSON.parse(readFileSync(join(dir, `${chatRequestKey(requests[0])}.json`), 'utf8'));
  assert.equal(entry.request.role, 'creditor');
  assert.deepEqual(entry.request.messages, requests[0].messages);
  assert.equal(entry.response.content, 'first answer');
});

test('createCachedChatModel(inner, record) re-asks the inner model and overwrites the entry', async (t) => {
  const dir = tempDir(t);
  let n = 0;
  const inner = createScriptedChatModel([{ when: () => true, reply: () => `answer ${++n}` }]);
  const model = createCachedChatModel(inner, { dir, mode: 'record' });
  await model.chat(requests[0]);
  await model.chat(requests[0]);
  const replayed = await createCachedChatModel(inner, { dir, mode: 'replay' }).chat(requests[0]);
  assert.equal(replayed.content, 'answer 2');
});

test('createCachedChatModel(inner, record) does not record a failed call', async (t) => {
  const dir = tempDir(t);
  const failing = { name: 'failing', chat: async () => { throw new OllamaError('timeout', 'slow'); } };
  await assert.rejects(createCachedChatModel(failing, { dir, mode: 'record' }).chat(requests[0]), /slow/);
  assert.deepEqual(readdirSync(dir), []);
});

test('createCachedChatModel(inner, replay) names a corrupt cache file', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, `${chatRequestKey(requests[0])}.json`);
  writeFileSync(file, '{ not json');
  await assert.rejects(createCachedChatModel(createScriptedChatModel([]), { dir, mode: 'replay' }).chat(requests[0]), new RegExp(`cache file ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON`));
});

test('createCachedChatModel(inner, options) rejects an unknown mode, naming it', () => {
  assert.throws(() => createCachedChatModel(createScriptedChatModel([]), { dir: 'x', mode: 'replya' as 'replay' }), /options\.mode must be one of record, replay, auto, got "replya"/);
});
