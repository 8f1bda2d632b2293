import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalQuantile } from '../../src/stats/normalQuantile.ts';

// Expected values: R qnorm() and Python 3.12 statistics.NormalDist().inv_cdf() (both AS 241).
test('normalQuantile(p) matches R qnorm at the usual two-sided levels and in the far tail', () => {
  assert.ok(Math.abs(normalQuantile(0.975) - 1.9599639845400536) < 1e-15);
  assert.ok(Math.abs(normalQuantile(0.995) - 2.5758293035489) < 1e-13);
  assert.ok(Math.abs(normalQuantile(1e-10) - -6.361340902404056) < 1e-13);
  assert.equal(normalQuantile(0.5), 0);
});

test('normalQuantile(p) is antisymmetric about 0.5 and increasing', () => {
  for (const p of [0.001, 0.02, 0.1, 0.3, 0.45]) assert.ok(Math.abs(normalQuantile(p) + normalQuantile(1 - p)) < 1e-12);
  const ps = [1e-12, 1e-6, 0.01, 0.2, 0.5, 0.8, 0.99, 1 - 1e-6];
  for (let i = 1; i < ps.length; i++) assert.ok(normalQuantile(ps[i]) > normalQuantile(ps[i - 1]));
});

test('normalQuantile(p) gives infinities at 0 and 1 and throws outside [0, 1]', () => {
  assert.equal(normalQuantile(0), -Infinity);
  assert.equal(normalQuantile(1), Infinity);
  assert.throws(() => normalQuantile(1.5), /normalQuantile: p = 1.5/);
  assert.throws(() => normalQuantile(Number.NaN), /normalQuantile: p = NaN/);
});
