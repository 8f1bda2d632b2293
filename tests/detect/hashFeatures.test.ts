import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashFeatures, type FeatureConfig } from '../../src/detect/hashFeatures.ts';

const WORDS: FeatureConfig = { buckets: 1 << 16, wordNgrams: 2, charNgrams: null };

test('hashFeatures(texts) gives one CSR row per text, unigrams + bigrams, ids sorted ascending', () => {
  const rows = hashFeatures(['so happy today', ''], WORDS);
  assert.deepEqual(Array.from(rows.rowPtr), [0, 5, 5]); // 3 unigrams + 2 bigrams, then an empty row
  const ids = Array.from(rows.ids);
  assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
  assert.ok(ids.every((id) => id >= 0 && id < WORDS.buckets));
});

test('hashFeatures(texts) scales each non-empty row of counts to unit L2 norm (values = counts x row scale)', () => {
  const rows = hashFeatures(['no no no', 'yes', ''], { ...WORDS, wordNgrams: 1 });
  assert.deepEqual(Array.from(rows.counts), [3, 1]);
  assert.deepEqual(Array.from(rows.values), [1, 1]);
  assert.deepEqual(Array.from(rows.scale), [Math.fround(1 / 3), 1, 0]);
  const two = hashFeatures(['no no no yes'], { ...WORDS, wordNgrams: 1 });
  const [a, b] = Array.from(two.values);
  assert.ok(Math.abs(a * a + b * b - 1) < 1e-6);
  assert.ok(Math.abs(Math.max(a, b) / Math.min(a, b) - 3) < 1e-5);
});

test('hashFeatures(texts) is deterministic: identical output on repeated calls (FNV-1a, no randomness)', () => {
  const cfg: FeatureConfig = { buckets: 1 << 12, wordNgrams: 2, charNgrams: [3, 5] };
  assert.deepEqual(hashFeatures(['Why is this so hard?'], cfg), hashFeatures(['Why is this so hard?'], cfg));
});

test('hashFeatures(texts) with charNgrams adds character n-grams, so misspellings share features', () => {
  const cfg: FeatureConfig = { buckets: 1 << 20, wordNgrams: 1, charNgrams: [3, 4] };
  const a = new Set(hashFeatures(['disgusting'], cfg).ids);
  const b = hashFeatures(['disgustingg'], cfg).ids;
  const shared = Array.from(b).filter((id) => a.has(id)).length;
  assert.ok(shared >= 10, `shared ${shared}`);
  assert.equal(hashFeatures(['disgusting'], { ...cfg, charNgrams: null }).ids.length, 1);
});

test('hashFeatures(texts, config) rejects a bucket count that is not a power of two, naming the field', () => {
  assert.throws(() => hashFeatures(['x'], { ...WORDS, buckets: 1000 }), /config\.buckets = 1000/);
  assert.throws(() => hashFeatures(['x'], { ...WORDS, wordNgrams: 0 }), /config\.wordNgrams = 0/);
  assert.throws(() => hashFeatures(['x'], { ...WORDS, charNgrams: [4, 2] }), /config\.charNgrams = \[4,2\]/);
});
