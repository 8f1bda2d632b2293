import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '../../src/core/logger.ts';
import { createRng } from '../../src/core/rng.ts';
import { saveDetectorModel } from '../../src/detect/detectorModelFile.ts';
import { createOfflineDetector } from '../../src/runner/defaultDependencies.ts';

/** A tiny trained-model stand-in (softmax regression over 64 hashed buckets) saved to a temp folder. */
function tinyModelDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eqn-detector-'));
  const rng = createRng('tiny-detector');
  saveDetectorModel({
    features: { buckets: 64, wordNgrams: 1, charNgrams: null },
    hidden: 0,
    embedding: Float32Array.from({ length: 64 * 7 }, () => rng.normal()),
    bagBias: new Float32Array(7),
    outWeight: new Float32Array(0),
    outBias: new Float32Array(7),
  }, dir);
  return dir;
}

test("createOfflineDetector('auto') uses the tfjs detector when trained weights exist, and names the tfjs backend", async () => {
  const dir = tinyModelDir();
  const made = await createOfflineDetector('auto', { logger: memoryLogger(), dir });
  assert.equal(made.detector.name, 'tfjs');
  assert.match(made.tfjsBackend ?? '', /^(cpu|wasm|tensorflow)$/);
  const [d] = await made.detector.detect(['I am so angry with you']);
  assert.equal(d.ok, true);
  const pure = await createOfflineDetector('pure-ts', { logger: memoryLogger(), dir });
  assert.equal(pure.detector.name, 'pure-ts');
  assert.equal((await pure.detector.detect(['I am so angry with you']))[0].emotion, d.emotion);
});

test("createOfflineDetector('auto') falls back to the lexicon detector, with a warning, when no weights exist", async () => {
  const logger = memoryLogger();
  const empty = mkdtempSync(join(tmpdir(), 'eqn-nodetector-'));
  const made = await createOfflineDetector('auto', { logger, dir: empty });
  assert.equal(made.detector.name, 'lexicon');
  assert.equal(made.tfjsBackend, undefined);
  assert.match(logger.warnings[0], /no trained detector in .*eqn-nodetector-.*; using the lexicon detector/);
});

test("createOfflineDetector('tfjs') names the folder when the weights are missing", async () => {
  const empty = mkdtempSync(join(tmpdir(), 'eqn-nodetector-'));
  await assert.rejects(createOfflineDetector('tfjs', { logger: memoryLogger(), dir: empty }), /detector 'tfjs': no trained detector in .*model\.json/);
  assert.equal((await createOfflineDetector('lexicon', { logger: memoryLogger(), dir: empty })).detector.name, 'lexicon');
});
