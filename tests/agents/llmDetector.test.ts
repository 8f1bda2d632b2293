import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLlmDetector, parseDetectorReply } from '../../src/detect/llmDetector.ts';
import { createScriptedChatModel } from '../../src/llm/scriptedChatModel.ts';
import { createCachedChatModel, CacheMissError } from '../../src/llm/cachedChatModel.ts';
import { OllamaError } from '../../src/llm/ollamaError.ts';
import { loadPrompts } from '../../src/agents/prompts.ts';

test('parseDetectorReply(text) accepts one label in any known spelling', () => {
  for (const [text, emotion] of [['Anger', 'Anger'], ['  sadness.\n', 'Sadness'], ['"Fear"', 'Fear'], ['Label: Joy', 'Joy'], ['happy', 'Joy'], ['NEUTRAL', 'Neutral']] as const) {
    const d = parseDetectorReply(text);
    assert.deepEqual([d.emotion, d.ok], [emotion, true], text);
    assert.equal(d.raw, text);
  }
});

test('parseDetectorReply(text) accepts a JSON object with an emotion field', () => {
  assert.equal(parseDetectorReply('{"emotion": "disgust"}').emotion, 'Disgust');
  assert.equal(parseDetectorReply('{"label": "Surprise"}').ok, true);
});

test('parseDetectorReply(text) accepts a sentence naming exactly one label, ignoring a think block', () => {
  assert.equal(parseDetectorReply('The emotion is Fear.').emotion, 'Fear');
  assert.equal(parseDetectorReply('<think>maybe anger or joy</think>\nDisgust').emotion, 'Disgust');
});

test('parseDetectorReply(text) falls back to Neutral with ok false on an out-of-set label', () => {
  const d = parseDetectorReply('Frustration');
  assert.deepEqual([d.emotion, d.ok], ['Neutral', false]);
  assert.match(d.error!, /not one of Joy, Sadness, Anger, Fear, Surprise, Disgust, Neutral: "Frustration"/);
});

test('parseDetectorReply(text) falls back to Neutral with ok false when several labels are named', () => {
  const d = parseDetectorReply('Anger, or maybe Fear');
  assert.deepEqual([d.emotion, d.ok], ['Neutral', false]);
  assert.match(d.error!, /names several emotions \(Anger, Fear\)/);
});

test('parseDetectorReply(text) falls back to Neutral with ok false on empty or JSON without a label', () => {
  assert.equal(parseDetectorReply('').ok, false);
  const d = parseDetectorReply('{"emotion": "rage"}');
  assert.deepEqual([d.emotion, d.ok], ['Neutral', false]);
  assert.match(d.error!, /JSON has no emotion label/);
});

test('createLlmDetector(model).detect(texts) asks once per text at temperature 0 with seed 0 and carries each llm-call event', async () => {
  const model = createScriptedChatModel([
    { when: { role: 'detector', lastUser: 'lawyer' }, reply: 'Anger' },
    { when: { role: 'detector', lastUser: 'please' }, reply: 'sadness' },
    { when: { role: 'detector', lastUser: 'whatever' }, reply: 'Confused' },
  ]);
  const detector = createLlmDetector(model, { model: 'qwen2.5:7b', prompts: loadPrompts().detector });
  const out = await detector.detect(['My lawyer will call you.', 'please, give us time', 'whatever']);
  assert.deepEqual(out.map((d) => [d.emotion, d.ok]), [['Anger', true], ['Sadness', true], ['Neutral', false]]);
  assert.equal(model.calls.length, 3);
  assert.deepEqual(model.calls[0].options, { temperature: 0, seed: 0 });
  assert.match(model.calls[0].messages[1].content, /"""\nMy lawyer will call you\.\n"""/);
  const event = out[0].events![0];
  assert.equal(event.type, 'llm-call');
  assert.ok(event.type === 'llm-call' && event.role === 'detector' && event.response === 'Anger' && event.model === 'qwen2.5:7b');
});

test('createLlmDetector(model) turns a model failure into ok false, Neutral, with the error', async () => {
  const failing = { name: 'down', chat: async () => { throw new OllamaError('unreachable', 'Ollama is not reachable at h: start it with `ollama serve`'); } };
  const [d] = await createLlmDetector(failing, { model: 'm', prompts: loadPrompts().detector }).detect(['hello']);
  assert.deepEqual([d.emotion, d.ok], ['Neutral', false]);
  assert.match(d.error!, /detector model failed \(unreachable\): Ollama is not reachable/);
});

test('createLlmDetector(model) lets a replay cache miss propagate instead of guessing', async () => {
  const model = createCachedChatModel(createScriptedChatModel([]), { dir: '/nonexistent-cache-dir', mode: 'replay' });
  await assert.rejects(createLlmDetector(model, { model: 'm', prompts: loadPrompts().detector }).detect(['hello']), CacheMissError);
});
