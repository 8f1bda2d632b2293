import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankByPayoff } from '../../src/game/rankByPayoff.ts';
import { argmaxFirst } from '../../src/core/matrix.ts';
import { createRng } from '../../src/core/rng.ts';

test("rankByPayoff(row) sorts by payoff descending, ties by increasing index (Table 5 creditor row for debtor Neutral)", () => {
  assert.deepEqual(rankByPayoff([3, 3, 1, 2, 3, 2, 3]), [0, 1, 4, 6, 3, 5, 2]);
});

test("rankByPayoff(row, 'numpy-argsort-reversed') is np.argsort(row)[::-1] with a stable sort: ties by decreasing index", () => {
  // Confirmed with numpy 2.4.6: np.argsort([3,3,1,2,3,2,3], kind='stable')[::-1] = [6,4,1,0,5,3,2]
  assert.deepEqual(rankByPayoff([3, 3, 1, 2, 3, 2, 3], 'numpy-argsort-reversed'), [6, 4, 1, 0, 5, 3, 2]);
  // Table 5 creditor row for debtor Joy, numpy 2.4.6: np.argsort([4.,3,2,1,3,2,3], kind='stable')[::-1] = [0,6,4,1,5,2,3]
  // (the default, SIMD, argsort on an AVX-512 CPU gives [0,4,6,...]: see rankByPayoff's doc)
  assert.deepEqual(rankByPayoff([4, 3, 2, 1, 3, 2, 3], 'numpy-argsort-reversed'), [0, 6, 4, 1, 5, 2, 3]);
});

test('property: the stable-descending ranking is a permutation, non-increasing, and starts at argmaxFirst', () => {
  const rng = createRng('rankByPayoff');
  for (let k = 0; k < 200; k++) {
    const v = Array.from({ length: 1 + rng.int(8) }, () => rng.int(4));
    const r = rankByPayoff(v);
    assert.deepEqual([...r].sort((a, b) => a - b), v.map((_, i) => i));
    for (let i = 1; i < r.length; i++) assert.ok(v[r[i - 1]] > v[r[i]] || (v[r[i - 1]] === v[r[i]] && r[i - 1] < r[i]));
    assert.equal(r[0], argmaxFirst(v, 0));
  }
});

test('rankByPayoff rejects an empty row, NaN and an unknown order', () => {
  assert.throws(() => rankByPayoff([]), /rankByPayoff: values is empty/);
  assert.throws(() => rankByPayoff([1, Number.NaN]), /rankByPayoff: values\[1\] is NaN/);
  assert.throws(() => rankByPayoff([1], 'fancy' as never), /rankByPayoff: unknown order "fancy"/);
});
