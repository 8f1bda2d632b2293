import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wilsonInterval } from '../../src/stats/wilsonInterval.ts';

const close = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

// Newcombe (1998) "Two-sided confidence intervals for the single proportion", Stat Med 17:857,
// Table II method 3 (Wilson score, no continuity correction), to 4 decimals; the full-precision
// values were confirmed with scipy 1.17 binomtest(k, n).proportion_ci(method='wilson').
const NEWCOMBE: [number, number, number, number][] = [
  [81, 263, 0.2552885198782742, 0.36620957698280004],
  [15, 148, 0.06238639953073629, 0.16048724172330803],
  [0, 20, 0, 0.16112515805281935],
  [1, 29, 0.006113214292762667, 0.17175521879320282],
];

test('wilsonInterval(x, n) reproduces the worked examples of Newcombe 1998', () => {
  for (const [x, n, lower, upper] of NEWCOMBE) {
    const ci = wilsonInterval(x, n);
    close(ci.estimate, x / n);
    close(ci.lower, lower);
    close(ci.upper, upper);
  }
});

test('wilsonInterval(x, n, { confidence }) uses the matching normal quantile (scipy: 3/10 at 90%)', () => {
  const ci = wilsonInterval(3, 10, { confidence: 0.9 });
  close(ci.lower, 0.1268765839031979);
  close(ci.upper, 0.5583002041301649);
});

test('wilsonInterval(x, n) contains the estimate, stays in [0, 1] and narrows as n grows', () => {
  for (let n = 1; n <= 40; n++) {
    for (let x = 0; x <= n; x++) {
      const ci = wilsonInterval(x, n);
      assert.ok(ci.lower >= 0 && ci.upper <= 1);
      assert.ok(ci.lower <= ci.estimate && ci.estimate <= ci.upper);
    }
  }
  const width = (x: number, n: number) => { const c = wilsonInterval(x, n); return c.upper - c.lower; };
  assert.ok(width(5, 10) > width(50, 100));
  assert.ok(width(50, 100) > width(500, 1000));
  close(wilsonInterval(29, 29).upper, 1);
  close(wilsonInterval(29, 29).lower, 0.8830302015002592); // scipy
});

test('wilsonInterval(0, 0) is NaN throughout; invalid counts throw naming the argument', () => {
  const ci = wilsonInterval(0, 0);
  assert.ok(Number.isNaN(ci.estimate) && Number.isNaN(ci.lower) && Number.isNaN(ci.upper));
  assert.throws(() => wilsonInterval(5, 4), /wilsonInterval: successes = 5, expected an integer in 0..4/);
  assert.throws(() => wilsonInterval(1, 2.5), /wilsonInterval: n = 2.5/);
  assert.throws(() => wilsonInterval(1, 2, { confidence: 95 }), /options.confidence = 95/);
});
