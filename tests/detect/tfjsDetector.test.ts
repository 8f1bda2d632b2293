import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMOTIONS } from '../../src/core/emotions.ts';
import { initTf, tf } from '../../src/tf/backend.ts';
import { createTfjsDetector } from '../../src/detect/tfjsDetector.ts';
import { createPureTsDetector } from '../../src/detect/pureTsDetector.ts';
import { randomModel } from './randomModel.ts';

const TEXTS = ['I am so angry with you!', '', 'thanks a lot, that helps', 'why would you do that??', '...', 'I cannot sleep, I am scared', ''];

for (const hidden of [8, 0]) {
  test(`createTfjsDetector and createPureTsDetector agree on the same weights (hidden ${hidden}), empty texts included`, async () => {
    const model = randomModel(10 + hidden, { hidden });
    const a = await createTfjsDetector({ model, maxBatch: 3 }).detect(TEXTS);
    const b = await createPureTsDetector({ model }).detect(TEXTS);
    assert.equal(a.length, TEXTS.length);
    a.forEach((d, i) => {
      assert.equal(d.ok, true);
      assert.equal(d.emotion, b[i].emotion);
      d.scores!.forEach((p, c) => assert.ok(Math.abs(p - b[i].scores![c]) < 1e-5, `text ${i} class ${c}: ${p} vs ${b[i].scores![c]}`));
      assert.ok(Math.abs(d.scores!.reduce((s, p) => s + p, 0) - 1) < 1e-5);
    });
  });
}

test('createTfjsDetector().detect(texts) leaks no tensor after the first call', async () => {
  await initTf();
  const detector = createTfjsDetector({ model: randomModel(20) });
  await detector.detect(['warm-up']);
  const before = tf.memory().numTensors;
  await detector.detect(TEXTS);
  await detector.detect([]);
  assert.equal(tf.memory().numTensors, before);
});

test('createTfjsDetector() loads the shipped model once and labels obvious texts', async () => {
  const detector = createTfjsDetector();
  const d = await detector.detect(['I am so scared and worried about this', 'Thank you so much, I love it!', 'This is disgusting, gross.']);
  assert.deepEqual(d.map((x) => x.emotion), ['Fear', 'Joy', 'Disgust']);
  assert.ok(d.every((x) => x.scores?.length === EMOTIONS.length));
});

test('createTfjsDetector rejects a maxBatch that is not a positive integer', () => {
  assert.throws(() => createTfjsDetector({ maxBatch: 0 }), /options\.maxBatch = 0/);
});
