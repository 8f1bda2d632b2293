import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMOTIONS, type Emotion } from '../../src/core/emotions.ts';
import { createRng } from '../../src/core/rng.ts';
import { initTf, tf } from '../../src/tf/backend.ts';
import { trainDetectorModel, type TrainDetectorOptions } from '../../src/detect/trainDetectorModel.ts';
import { createPureTsDetector } from '../../src/detect/pureTsDetector.ts';
import type { LabelledText } from '../../src/detect/labelledText.ts';

const CUES: Record<Emotion, string[]> = {
  Joy: ['happy', 'glad', 'thanks', 'love'], Sadness: ['sad', 'crying', 'miss', 'lonely'], Anger: ['furious', 'hate', 'angry', 'stupid'],
  Fear: ['scared', 'afraid', 'worried', 'nervous'], Surprise: ['wow', 'unexpected', 'shocked', 'whoa'], Disgust: ['gross', 'disgusting', 'vile', 'yuck'],
  Neutral: ['invoice', 'tuesday', 'meeting', 'address'],
};
const FILLER = ['i', 'am', 'so', 'this', 'is', 'really', 'the', 'about', 'today', 'you'];

/** A seeded toy corpus: each text mixes filler words with one cue word of its emotion. */
function toyCorpus(n: number, seed: number): LabelledText[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const emotion = EMOTIONS[i % EMOTIONS.length];
    const words = [rng.choice(FILLER), rng.choice(FILLER), rng.choice(CUES[emotion]), rng.choice(FILLER)];
    return { text: words.join(' '), labels: [emotion], file: 'toy', line: i + 1 };
  });
}

const SMALL: Partial<TrainDetectorOptions> = {
  features: { buckets: 1 << 10, wordNgrams: 2, charNgrams: [3, 4] }, hidden: 8, maxEpochs: 3, batchSize: 32, learningRate: 0.05, patience: 3,
};

test('trainDetectorModel(items, { seed }) is deterministic: same seed, identical weights; another seed, different weights', async () => {
  const items = toyCorpus(280, 1);
  const a = await trainDetectorModel(items, { ...SMALL, seed: 5 });
  const b = await trainDetectorModel(items, { ...SMALL, seed: 5 });
  const c = await trainDetectorModel(items, { ...SMALL, seed: 6 });
  assert.deepEqual(a.model, b.model);
  assert.deepEqual(a.history.map((h) => h.loss), b.history.map((h) => h.loss));
  assert.notDeepEqual(a.model.embedding, c.model.embedding);
});

test('trainDetectorModel learns a separable toy corpus (softmax regression and MLP) and leaks no tensor', async () => {
  await initTf();
  const before = tf.memory().numTensors;
  for (const hidden of [0, 8]) {
    const result = await trainDetectorModel(toyCorpus(700, 2), { ...SMALL, hidden, maxEpochs: 6, patience: 6, seed: 3 });
    const test = toyCorpus(140, 99);
    const d = await createPureTsDetector({ model: result.model }).detect(test.map((t) => t.text));
    const correct = d.filter((x, i) => x.emotion === test[i].labels[0]).length;
    assert.ok(correct / test.length > 0.9, `hidden ${hidden}: accuracy ${correct / test.length}`);
    assert.ok(result.history[result.history.length - 1].loss < result.history[0].loss);
    assert.ok(result.validation.macroF1 >= result.validation.macroF1BeforeOffsets);
  }
  assert.equal(tf.memory().numTensors, before);
});

test('trainDetectorModel balances classes: weights (N / (7 n_c))^power, larger for rarer classes', async () => {
  const items = toyCorpus(280, 4).filter((t, i) => t.labels[0] !== 'Disgust' || i % 2 === 0);
  const r = await trainDetectorModel(items, { ...SMALL, maxEpochs: 1, seed: 1, classWeightPower: 1 });
  const disgust = EMOTIONS.indexOf('Disgust');
  assert.ok(r.classWeights[disgust] > 1.5 && r.classWeights.every((w, c) => c === disgust || w < 1));
});

test('trainDetectorModel spreads a multi-label item evenly over its labels and rejects a bad validation slice', async () => {
  const items = toyCorpus(140, 5).map((t, i) => (i === 0 ? { ...t, labels: ['Joy', 'Neutral'] as Emotion[] } : t));
  await assert.doesNotReject(trainDetectorModel(items, { ...SMALL, maxEpochs: 1, seed: 1 }));
  await assert.rejects(trainDetectorModel(items, { ...SMALL, validationFraction: 0 }), /cannot hold out validationFraction = 0/);
  await assert.rejects(trainDetectorModel(items, { ...SMALL, validateOn: 'goemotions' }), /validateOn = "goemotions"/);
  await assert.rejects(trainDetectorModel(items, { ...SMALL, maxEpochs: 0 }), /options\.maxEpochs = 0/);
});
