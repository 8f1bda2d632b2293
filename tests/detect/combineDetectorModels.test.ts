import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineDetectorModels } from '../../src/detect/combineDetectorModels.ts';
import { predictProbabilities } from '../../src/detect/detectorModel.ts';
import { hashFeatures } from '../../src/detect/hashFeatures.ts';
import { randomModel } from './randomModel.ts';

const TEXTS = ['you are kidding me', 'thanks, I feel much better', ''];

for (const hidden of [6, 0]) {
  test(`combineDetectorModels(members) predicts softmax of the mean member logits (hidden ${hidden})`, () => {
    const members = [randomModel(1, { hidden }), randomModel(2, { hidden }), randomModel(3, { hidden })];
    const combined = combineDetectorModels(members);
    assert.equal(combined.hidden, hidden * 3);
    const rows = hashFeatures(TEXTS, combined.features);
    const logs = members.map((m) => Array.from(predictProbabilities(m, rows), Math.log));
    const got = predictProbabilities(combined, rows);
    for (let i = 0; i < TEXTS.length; i++) {
      const mean = Array.from({ length: 7 }, (_, c) => logs.reduce((s, l) => s + l[i * 7 + c], 0) / members.length);
      const z = mean.reduce((s, v) => s + Math.exp(v), 0);
      mean.forEach((v, c) => assert.ok(Math.abs(Math.exp(v) / z - got[i * 7 + c]) < 1e-5, `text ${i} class ${c}`));
    }
  });
}

test('combineDetectorModels returns a single member unchanged and rejects mismatched members', () => {
  const m = randomModel(4);
  assert.equal(combineDetectorModels([m]), m);
  assert.throws(() => combineDetectorModels([m, randomModel(5, { buckets: 512 })]), /member 1 has features/);
  assert.throws(() => combineDetectorModels([]), /no members/);
});
