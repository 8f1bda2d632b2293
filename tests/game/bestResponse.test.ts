import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestResponses, breakTie } from '../../src/game/bestResponse.ts';
import { createRng } from '../../src/core/rng.ts';

test('bestResponses(values) lists every index within eps of the maximum, increasing', () => {
  assert.deepEqual(bestResponses([3, 3, 1, 2, 3, 2, 3]), [0, 1, 4, 6]);
  assert.deepEqual(bestResponses([1, 1 + 1e-12, 0]), [0, 1]);
  assert.deepEqual(bestResponses([1, 1.1, 0], 0.2), [0, 1]);
});

test("breakTie(candidates, 'first') is the lowest index; 'random' is seeded and uniform over the candidates", () => {
  assert.equal(breakTie([1, 4, 6], 'first'), 1);
  const draws = (seed: number) => Array.from({ length: 30 }, ((r) => () => breakTie([0, 1, 4, 6], 'random', r))(createRng(seed)));
  assert.deepEqual(draws(3), draws(3));
  const counts = new Map<number, number>();
  const r = createRng(9);
  for (let i = 0; i < 4000; i++) { const c = breakTie([0, 1, 4, 6], 'random', r); counts.set(c, (counts.get(c) ?? 0) + 1); }
  assert.deepEqual([...counts.keys()].sort((a, b) => a - b), [0, 1, 4, 6]);
  for (const c of counts.values()) assert.ok(Math.abs(c / 4000 - 0.25) < 0.03);
});

test('bestResponses and breakTie reject empty input, NaN and a random rule without rng', () => {
  assert.throws(() => bestResponses([]), /bestResponses: values is empty/);
  assert.throws(() => bestResponses([1, Number.NaN]), /bestResponses: values\[1\] is NaN/);
  assert.throws(() => breakTie([], 'first'), /breakTie: candidates is empty/);
  assert.throws(() => breakTie([1, 2], 'random'), /breakTie: rule 'random' needs an rng/);
});
