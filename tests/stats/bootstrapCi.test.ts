import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../src/core/rng.ts';
import { bootstrapCi } from '../../src/stats/bootstrapCi.ts';
import { bootstrapDifferenceCi } from '../../src/stats/bootstrapDifferenceCi.ts';
import { mean } from '../../src/stats/mean.ts';
import { pairedBootstrapCi } from '../../src/stats/pairedBootstrapCi.ts';
import { percentileInterval } from '../../src/stats/percentileInterval.ts';
import { resample } from '../../src/stats/resample.ts';

const sample = (n: number, seed: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => 10 + 3 * rng.normal());
};

test('bootstrapCi(values, { rng }) is reproducible for a seed and contains the sample mean', () => {
  const x = sample(30, 7);
  const a = bootstrapCi(x, { rng: createRng(1), resamples: 500 });
  const b = bootstrapCi(x, { rng: createRng(1), resamples: 500 });
  assert.deepEqual(a, b);
  assert.equal(a.estimate, mean(x));
  assert.ok(a.lower < a.estimate && a.estimate < a.upper);
  assert.notDeepEqual(bootstrapCi(x, { rng: createRng(2), resamples: 500 }), a);
});

test('bootstrapCi(values) narrows as n grows (about 1/sqrt(n) for the mean)', () => {
  const width = (n: number) => { const c = bootstrapCi(sample(n, 3), { rng: createRng(5), resamples: 1000 }); return c.upper - c.lower; };
  const w25 = width(25);
  const w400 = width(400);
  assert.ok(w400 < w25 / 2.5, `${w400} vs ${w25}`); // ratio sqrt(16) = 4 in expectation
});

test('bootstrapCi(values) of the mean agrees with the normal approximation for a large sample', () => {
  const x = sample(400, 11);
  const ci = bootstrapCi(x, { rng: createRng(9), resamples: 4000 });
  const sd = Math.sqrt(x.reduce((s, v) => s + (v - mean(x)) ** 2, 0) / (x.length - 1));
  const half = (1.959963984540054 * sd) / Math.sqrt(x.length);
  assert.ok(Math.abs(ci.upper - ci.lower - 2 * half) < 0.15 * 2 * half);
});

test('bootstrapCi(values) of a constant sample is the constant; of no values is NaN', () => {
  assert.deepEqual(bootstrapCi([4, 4, 4], { rng: createRng(1), resamples: 50 }), { estimate: 4, lower: 4, upper: 4 });
  const empty = bootstrapCi([], { rng: createRng(1) });
  assert.ok(Number.isNaN(empty.estimate) && Number.isNaN(empty.lower));
});

test('bootstrapCi(items, { statistic }) resamples whole objects (cluster bootstrap)', () => {
  const clusters = [{ correct: 1, n: 2 }, { correct: 3, n: 3 }, { correct: 0, n: 1 }];
  const ratio = (s: readonly { correct: number; n: number }[]) => s.reduce((a, c) => a + c.correct, 0) / s.reduce((a, c) => a + c.n, 0);
  const ci = bootstrapCi(clusters, { rng: createRng(1), resamples: 300, statistic: ratio });
  assert.equal(ci.estimate, 4 / 6);
  assert.ok(ci.lower >= 0 && ci.upper <= 1 && ci.lower <= ci.upper);
});

test('bootstrapCi rejects a missing rng, bad resamples, non-numbers without a statistic and non-finite replicates', () => {
  assert.throws(() => bootstrapCi([1, 2], {} as never), /bootstrapCi: options.rng = undefined/);
  assert.throws(() => bootstrapCi([1, 2], { rng: createRng(1), resamples: 0 }), /options.resamples = 0/);
  assert.throws(() => bootstrapCi(['a'] as never, { rng: createRng(1), resamples: 2 }), /item 0 = "a" is not a number/);
  assert.throws(() => bootstrapCi([0, 1], { rng: createRng(1), resamples: 50, statistic: (s) => (s.includes(0) ? Number.NaN : 1) }), /the statistic of resample \d+ is NaN, expected a finite number/);
});

test('percentileInterval(replicates) takes the type-7 quantiles (numpy: [3,1,2,5,4] at 2.5% and 97.5% = 1.1, 4.9)', () => {
  const ci = percentileInterval([3, 1, 2, 5, 4], 3, { confidence: 0.95, caller: 't' });
  assert.ok(Math.abs(ci.lower - 1.1) < 1e-12 && Math.abs(ci.upper - 4.9) < 1e-12);
});

test('resample(items, rng) draws n items from items with a seeded stream', () => {
  const r = resample(['a', 'b', 'c', 'd'], createRng(3));
  assert.equal(r.length, 4);
  assert.ok(r.every((x) => ['a', 'b', 'c', 'd'].includes(x)));
  assert.deepEqual(resample(['a', 'b', 'c', 'd'], createRng(3)), r);
});

test('pairedBootstrapCi(a, a) of identical arms is exactly 0', () => {
  const x = sample(20, 4);
  assert.deepEqual(pairedBootstrapCi(x, x, { rng: createRng(1), resamples: 200 }), { estimate: 0, lower: 0, upper: 0 });
});

test('pairedBootstrapCi(a, b) equals bootstrapCi of the differences with the same stream', () => {
  const a = sample(15, 1);
  const b = a.map((v, i) => v + 1 + (i % 3));
  const p = pairedBootstrapCi(a, b, { rng: createRng(8), resamples: 300 });
  const d = bootstrapCi(b.map((v, i) => v - a[i]), { rng: createRng(8), resamples: 300 });
  assert.deepEqual(p, d);
  assert.ok(Math.abs(p.estimate - 2) < 1e-12); // differences 1, 2, 3 repeating, mean 2
  assert.ok(p.lower >= 1 && p.upper <= 3);
});

test('pairedBootstrapCi is narrower than the unpaired interval when the arms share a large common term', () => {
  const base = sample(40, 2).map((v) => v * 10);
  const a = base;
  const b = base.map((v, i) => v + 1 + (i % 2));
  const paired = pairedBootstrapCi(a, b, { rng: createRng(1), resamples: 1000 });
  const unpaired = bootstrapDifferenceCi(a, b, { rng: createRng(1), resamples: 1000, statistic: mean });
  assert.equal(paired.estimate, unpaired.estimate);
  assert.ok(paired.upper - paired.lower < (unpaired.upper - unpaired.lower) / 10);
});

test('pairedBootstrapCi rejects arms of different lengths', () => {
  assert.throws(() => pairedBootstrapCi([1, 2], [1], { rng: createRng(1) }), /a has 2 values but b has 1/);
});

test('bootstrapDifferenceCi(a, b) is NaN when a sample is empty and 0 for identical constant samples', () => {
  assert.ok(Number.isNaN(bootstrapDifferenceCi([], [1], { rng: createRng(1), statistic: mean }).estimate));
  assert.deepEqual(bootstrapDifferenceCi([2, 2], [2, 2, 2], { rng: createRng(1), resamples: 20, statistic: mean }), { estimate: 0, lower: 0, upper: 0 });
});
