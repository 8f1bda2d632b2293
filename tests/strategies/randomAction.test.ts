import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomAction, randomActionStep } from '../../src/strategies/randomAction.ts';
import { createRng } from '../../src/core/rng.ts';
import { agent } from './fixtures.ts';

const obs = { opponentAction: null, payoffs: agent };

test('randomActionStep draws from the injected rng: same seed, same actions; all 7 actions appear', () => {
  const draw = (seed: number) => Array.from({ length: 200 }, ((r) => () => randomActionStep(null, obs, { rng: r }).action)(createRng(seed)));
  assert.deepEqual(draw(11), draw(11));
  assert.equal(new Set(draw(12)).size, 7);
});

test('randomActionStep with weights never plays a zero-weight action and follows the weights', () => {
  const rng = createRng(3);
  const counts = new Array(7).fill(0);
  for (let i = 0; i < 5000; i++) counts[randomActionStep(null, obs, { rng, weights: [1, 0, 0, 0, 0, 0, 3] }).action]++;
  assert.deepEqual(counts.slice(1, 6), [0, 0, 0, 0, 0]);
  assert.ok(Math.abs(counts[6] / 5000 - 0.75) < 0.03);
  assert.throws(() => randomActionStep(null, obs, { rng, weights: [1, 1] }), /randomActionStep: weights has length 2, expected 7/);
});

test('randomAction() uses the rng it is handed', () => {
  const s = randomAction();
  assert.equal(s.step(null, obs, createRng(8)).action, s.step(null, obs, createRng(8)).action);
});
