import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quantileSorted } from '../../src/stats/quantileSorted.ts';
import { mean } from '../../src/stats/mean.ts';
import { brierScore } from '../../src/stats/brierScore.ts';

// Expected values: numpy 2.4 np.quantile(x, p) (method 'linear' = Hyndman-Fan type 7 = R's default).
test('quantileSorted(sorted, p) interpolates linearly between order statistics (type 7)', () => {
  assert.equal(quantileSorted([1, 2, 3, 4], 0.25), 1.75);
  assert.ok(Math.abs(quantileSorted([1, 2, 3, 4, 5], 0.025) - 1.1) < 1e-12);
  assert.ok(Math.abs(quantileSorted([1, 2, 3, 4, 5], 0.975) - 4.9) < 1e-12);
  assert.equal(quantileSorted([10], 0.3), 10);
  assert.equal(quantileSorted([1, 9], 0), 1);
  assert.equal(quantileSorted([1, 9], 1), 9);
});

test('quantileSorted([], p) is NaN; p outside [0, 1] throws', () => {
  assert.ok(Number.isNaN(quantileSorted([], 0.5)));
  assert.throws(() => quantileSorted([1], 2), /quantileSorted: p = 2/);
});

test('mean(values) is compensated and NaN when empty', () => {
  assert.equal(mean([1, 2, 3, 4]), 2.5);
  assert.equal(mean([1e16, 1, -1e16]), 1 / 3);
  assert.ok(Number.isNaN(mean([])));
});

test('brierScore(p, truth) is 0 for a sure hit, 2 for a sure miss, 0.14 for the doc example', () => {
  assert.equal(brierScore([0, 1, 0, 0], 1), 0);
  assert.equal(brierScore([0, 1, 0, 0], 2), 2);
  assert.ok(Math.abs(brierScore([0.7, 0.2, 0.1], 0) - 0.14) < 1e-12); // 0.09 + 0.04 + 0.01
  assert.ok(Math.abs(brierScore([0.25, 0.25, 0.25, 0.25], 3) - 0.75) < 1e-12); // uniform over K: 1 - 1/K
  assert.throws(() => brierScore([0.5, 0.5], 2), /brierScore: truth = 2/);
});
