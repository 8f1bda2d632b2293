import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  rational, ratFromNumber, ratAdd, ratSub, ratMul, ratDiv, ratCompare, ratSign, ratToNumber, ratToString, ratKey,
} from '../../src/game/rational.ts';

test('rational(num, den) reduces and puts the sign on the numerator', () => {
  assert.deepEqual(rational(4, -6), { num: -2n, den: 3n });
  assert.deepEqual(rational(0, -5), { num: 0n, den: 1n });
  assert.equal(ratToString(rational(10n, 5n)), '2');
});

test('rational(num, 0) throws naming the function and the numerator', () => {
  assert.throws(() => rational(3, 0), /rational: den is 0 \(num 3\)/);
  assert.throws(() => rational(1.5), /rational: num must be an integer, got 1.5/);
});

test('ratFromNumber(x) reads the shortest decimal exactly: 0.1 is 1/10, 2.05 is 41/20', () => {
  assert.equal(ratToString(ratFromNumber(0.1)), '1/10');
  assert.equal(ratToString(ratFromNumber(2.05)), '41/20');
  assert.equal(ratToString(ratFromNumber(-1.975)), '-79/40');
  assert.equal(ratToString(ratFromNumber(1e-7)), '1/10000000');
  assert.equal(ratToString(ratFromNumber(1.5e21)), '1500000000000000000000');
  assert.equal(ratToString(ratFromNumber(-3)), '-3');
  assert.throws(() => ratFromNumber(Number.NaN), /ratFromNumber: x must be finite, got NaN/);
});

test('ratAdd, ratSub, ratMul, ratDiv are exact: 1/3 + 1/6 = 1/2, (2/3) / (4/9) = 3/2', () => {
  assert.equal(ratToString(ratAdd(rational(1, 3), rational(1, 6))), '1/2');
  assert.equal(ratToString(ratSub(rational(1, 3), rational(1, 2))), '-1/6');
  assert.equal(ratToString(ratMul(rational(2, 3), rational(9, 4))), '3/2');
  assert.equal(ratToString(ratDiv(rational(2, 3), rational(4, 9))), '3/2');
  assert.throws(() => ratDiv(rational(1), rational(0)), /ratDiv: division of 1 by 0/);
});

test('ratAdd of 0.1 ten times is exactly 1 (where doubles are not)', () => {
  let s = rational(0);
  for (let i = 0; i < 10; i++) s = ratAdd(s, ratFromNumber(0.1));
  assert.equal(ratToString(s), '1');
});

test('ratCompare and ratSign order rationals exactly', () => {
  assert.equal(ratCompare(rational(1, 3), rational(333333, 1000000)), 1);
  assert.equal(ratCompare(rational(2, 4), rational(1, 2)), 0);
  assert.equal(ratCompare(rational(-1, 2), rational(0)), -1);
  assert.equal(ratSign(rational(-7, 3)), -1);
  assert.equal(ratSign(rational(0)), 0);
});

test('ratToNumber(a) is the nearest double, also beyond 2^53', () => {
  assert.equal(ratToNumber(rational(2, 3)), 2 / 3);
  const big = rational(10n ** 30n + 1n, 3n * 10n ** 30n);
  assert.ok(Math.abs(ratToNumber(big) - 1 / 3) < 1e-15);
});

test('ratKey(v) is equal for equal vectors written differently', () => {
  assert.equal(ratKey([rational(2, 4), rational(0)]), ratKey([rational(1, 2), rational(0, 7)]));
  assert.notEqual(ratKey([rational(1, 2)]), ratKey([rational(1, 3)]));
});
