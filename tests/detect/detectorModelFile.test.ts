import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeDetectorModel, encodeDetectorModel, loadDetectorModel, saveDetectorModel } from '../../src/detect/detectorModelFile.ts';
import { randomModel } from './randomModel.ts';

test('decodeDetectorModel(encodeDetectorModel(model)) restores float32 weights exactly', () => {
  const model = randomModel(1);
  const { manifest, weights } = encodeDetectorModel(model);
  assert.deepEqual(decodeDetectorModel(JSON.parse(JSON.stringify(manifest)), weights), model);
});

test('encodeDetectorModel is deterministic and float16 halves the size', () => {
  const model = randomModel(2);
  const a = encodeDetectorModel(model, { dtype: 'float16' });
  const b = encodeDetectorModel(model, { dtype: 'float16' });
  assert.equal(a.manifest.weightsSha256, b.manifest.weightsSha256);
  assert.equal(a.weights.length * 2, encodeDetectorModel(model).weights.length);
  const back = decodeDetectorModel(a.manifest, a.weights);
  model.embedding.forEach((x, i) => assert.ok(Math.abs(back.embedding[i] - x) <= Math.abs(x) * 2 ** -11 + 1e-7));
});

test('decodeDetectorModel rejects a corrupted file, a wrong shape and a misspelt field, naming them', () => {
  const { manifest, weights } = encodeDetectorModel(randomModel(3));
  const bad = weights.slice();
  bad[0] ^= 1;
  assert.throws(() => decodeDetectorModel(manifest, bad, { source: 'm.json' }), /m\.json: weights SHA-256 .* differs/);
  const shape = { ...manifest, tensors: manifest.tensors.map((t) => (t.name === 'bagBias' ? { ...t, shape: [9] } : t)) };
  assert.throws(() => decodeDetectorModel(shape, weights), /field tensors\.bagBias\.shape = \[9\], expected \[8\]/);
  assert.throws(() => decodeDetectorModel({ ...manifest, hiden: 3 }, weights), /Unrecognized key/);
  assert.throws(() => decodeDetectorModel({ ...manifest, emotions: ['Sadness', 'Joy', 'Anger', 'Fear', 'Surprise', 'Disgust', 'Neutral'] }, weights), /field emotions\.0 = "Sadness", expected Joy/);
});

test('saveDetectorModel + loadDetectorModel round-trip through model.json and weights.bin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eqn-detector-'));
  try {
    const model = randomModel(4, { hidden: 0 });
    const manifest = saveDetectorModel(model, dir, { training: { seed: 4 } });
    assert.deepEqual(loadDetectorModel(dir), model);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')).training, { seed: 4 });
    assert.equal(manifest.weightsFile, 'weights.bin');
    writeFileSync(join(dir, 'model.json'), '{');
    assert.throws(() => loadDetectorModel(dir), /loadDetectorModel: cannot read .*model\.json/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
