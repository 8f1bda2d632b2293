import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rational, ratToString, type Rational } from '../../src/game/rational.ts';
import { solveRational } from '../../src/game/solveRational.ts';

const R = (M: number[][]): Rational[][] => M.map((r) => r.map((v) => rational(v)));
const v = (xs: number[]): Rational[] => xs.map((x) => rational(x));

test('solveRational(H3, 1) gives [3, -24, 30] exactly (Hilbert matrix: H3^-1 row sums, closed form)', () => {
  const H = [0, 1, 2].map((i) => [0, 1, 2].map((j) => rational(1, i + j + 1)));
  const z = solveRational(H, v([1, 1, 1]));
  assert.deepEqual(z?.map(ratToString), ['3', '-24', '30']);
});

test('solveRational(M, b) pivots past a zero diagonal entry', () => {
  const z = solveRational(R([[0, 1], [2, 1]]), v([3, 5]));
  assert.deepEqual(z?.map(ratToString), ['1', '3']);
});

test('solveRational(M, b) returns undefined for an exactly singular matrix', () => {
  assert.equal(solveRational(R([[1, 2], [2, 4]]), v([1, 2])), undefined);
  assert.equal(solveRational(R([[1, 1, 1], [1, 2, 3], [2, 3, 4]]), v([0, 0, 1])), undefined);
});

test('solveRational(M, b) solution satisfies M z = b exactly for a seeded random integer system', () => {
  const M = R([[3, -1, 4, 1], [5, 9, -2, 6], [5, 3, 5, -8], [9, 7, 9, 3]]);
  const b = v([2, 7, 1, 8]);
  const z = solveRational(M, b)!;
  M.forEach((row, i) => {
    let s = rational(0);
    row.forEach((a, j) => {
      s = { num: s.num * a.den * z[j].den + a.num * z[j].num * s.den, den: s.den * a.den * z[j].den };
    });
    assert.equal(ratToString(rational(s.num, s.den)), ratToString(b[i]));
  });
});

test('solveRational(M, b) rejects a non-square system naming the row', () => {
  assert.throws(() => solveRational(R([[1, 2], [3]]), v([1, 2])), /solveRational: row 1 has length 1, expected 2/);
  assert.throws(() => solveRational(R([[1]]), v([1, 2])), /solveRational: b has length 2, expected 1/);
});
