import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../src/core/rng.ts';

test('createRng(seed) gives the same sequence for the same seed, including seed 0', () => {
  const a = createRng(0), b = createRng(0);
  const xs = Array.from({ length: 20 }, () => a.next());
  assert.deepEqual(xs, Array.from({ length: 20 }, () => b.next()));
  assert.notDeepEqual(xs, Array.from({ length: 20 }, () => createRng(1).next()));
});

test('rng.fork(label) is independent of draws already made on the parent', () => {
  const a = createRng(7);
  const f1 = a.fork('episode-1').next();
  a.next(); a.next();
  assert.equal(a.fork('episode-1').next(), f1);
  assert.notEqual(a.fork('episode-2').next(), f1);
});

test('rng.next() is uniform on [0,1): mean and variance within 4 standard errors over 100k draws', () => {
  const r = createRng(123);
  const n = 100_000;
  let s = 0, s2 = 0;
  for (let i = 0; i < n; i++) { const x = r.next(); assert.ok(x >= 0 && x < 1); s += x; s2 += x * x; }
  const mean = s / n, variance = s2 / n - mean * mean;
  assert.ok(Math.abs(mean - 0.5) < 4 * Math.sqrt(1 / 12 / n));
  assert.ok(Math.abs(variance - 1 / 12) < 0.002);
});

test('rng.categorical(weights) matches its weights and never picks a zero weight', () => {
  const r = createRng(5);
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 40_000; i++) counts[r.categorical([1, 0, 3, 0])]++;
  assert.equal(counts[1] + counts[3], 0);
  assert.ok(Math.abs(counts[2] / 40_000 - 0.75) < 0.01);
  assert.throws(() => r.categorical([0, 0]), /weights sum to 0/);
  assert.throws(() => r.categorical([1, Number.NaN]), /weight 1 is NaN/);
});

test('createRng(seed) rejects a non-integer seed', () => {
  assert.throws(() => createRng(1.5), /seed must be an integer/);
});
