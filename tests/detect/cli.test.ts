import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as evalDetector } from '../../src/cli/commands/evalDetector.ts';
import { run as trainDetector } from '../../src/cli/commands/trainDetector.ts';
import { runDetectorTraining } from '../../src/detect/runDetectorTraining.ts';
import { SHIPPED_DETECTOR_RECIPE, type DetectorRecipe } from '../../src/detect/detectorRecipe.ts';

const TINY: DetectorRecipe = {
  ...SHIPPED_DETECTOR_RECIPE,
  train: { ...SHIPPED_DETECTOR_RECIPE.train, features: { buckets: 1 << 12, wordNgrams: 2, charNgrams: [3, 4] }, hidden: 8, maxEpochs: 2 },
};

function withTmp(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'eqn-cli-'));
  return fn(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('eqn eval-detector --detector lexicon --data x.csv --out dir saves report.json, per-class.csv and confusion.csv', () => withTmp(async (dir) => {
  const csv = join(dir, 'x.csv');
  writeFileSync(csv, 'text,label\nI am furious,anger\nI am so scared,fear\nThe meeting is at noon,neutral\n');
  const out = join(dir, 'out');
  assert.equal(await evalDetector(['--detector', 'lexicon', '--data', csv, '--out', out]), 0);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  assert.equal(report.items, 3);
  assert.equal(report.report.accuracy, 1);
  assert.equal(report.format, 'csv');
  for (const f of ['per-class.csv', 'confusion.csv', 'predictions.csv']) assert.ok(existsSync(join(out, f)), f);
}));

test('eqn eval-detector rejects an unknown detector, format or rule, and llm without --model, with exit code 2', async () => {
  assert.equal(await evalDetector(['--detector', 'bert']), 2);
  assert.equal(await evalDetector(['--detector', 'lexicon', '--format', 'json']), 2);
  assert.equal(await evalDetector(['--detector', 'lexicon', '--multi-label', 'all']), 2);
  assert.equal(await evalDetector(['--detector', 'llm']), 2);
  assert.equal(await evalDetector(['--detector', 'lexicon', '--bogus']), 2);
});

test('runDetectorTraining with the same recipe and seed reproduces the same weight bytes; another seed does not', async () => withTmp(async (dir) => {
  const a = await runDetectorTraining({ out: join(dir, 'a'), seed: 3, subset: 400, recipe: TINY, evaluateDev: false });
  const b = await runDetectorTraining({ out: join(dir, 'b'), seed: 3, subset: 400, recipe: TINY, evaluateDev: false });
  const c = await runDetectorTraining({ out: join(dir, 'c'), seed: 4, subset: 400, recipe: TINY, evaluateDev: false });
  assert.equal(a.weights.sha256, b.weights.sha256);
  assert.deepEqual(readFileSync(join(dir, 'a', 'weights.bin')), readFileSync(join(dir, 'b', 'weights.bin')));
  assert.notEqual(a.weights.sha256, c.weights.sha256);
  assert.equal(a.corpus.used, 400);
  assert.ok(existsSync(join(dir, 'a', 'training-report.json')));
}));

test('eqn train-detector --subset N --epochs N --seed N --out dir --no-eval trains the shipped recipe on a sample and saves it', () => withTmp(async (dir) => {
  assert.equal(await trainDetector(['--subset', '100', '--epochs', '1', '--seed', '1', '--out', dir, '--no-eval']), 0);
  const manifest = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
  assert.deepEqual(manifest.features, SHIPPED_DETECTOR_RECIPE.train.features);
  assert.equal(manifest.training.seed, 1);
  assert.equal(await trainDetector(['--seed', 'x']), 2);
  assert.equal(await trainDetector(['--xed', 'all']), 2);
}));
