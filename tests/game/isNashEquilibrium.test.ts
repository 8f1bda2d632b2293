import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deviationGains, isNashEquilibrium } from '../../src/game/isNashEquilibrium.ts';
import { battleOfTheSexes, matchingPennies, prisonersDilemma } from './classicGames.ts';

test('isNashEquilibrium(game, x, y) accepts the known equilibria and rejects non-equilibria', () => {
  assert.equal(isNashEquilibrium(matchingPennies, [0.5, 0.5], [0.5, 0.5]), true);
  assert.equal(isNashEquilibrium(matchingPennies, [1, 0], [1, 0]), false);
  assert.equal(isNashEquilibrium(prisonersDilemma, [0, 1], [0, 1]), true);
  assert.equal(isNashEquilibrium(prisonersDilemma, [1, 0], [1, 0]), false);
  assert.equal(isNashEquilibrium(battleOfTheSexes, [2 / 3, 1 / 3], [1 / 3, 2 / 3]), true);
});

test('isNashEquilibrium(game, x, y, eps) tolerates a deviation gain up to eps', () => {
  const y = [0.51, 0.49]; // row gain vs uniform x: max(0.02, -0.02) - 0 = 0.02
  assert.equal(isNashEquilibrium(matchingPennies, [0.5, 0.5], y, 0.01), false);
  assert.equal(isNashEquilibrium(matchingPennies, [0.5, 0.5], y, 0.03), true);
});

test('deviationGains(matching pennies, (1,0), (1,0)) is 0 for the row player and 2 for the column player', () => {
  assert.deepEqual(deviationGains(matchingPennies, [1, 0], [1, 0]), { row: 0, col: 2 });
});

test('deviationGains rejects vectors that are not mixed strategies, naming the argument', () => {
  assert.throws(() => deviationGains(matchingPennies, [0.5, 0.6], [0.5, 0.5]), /deviationGains: x sums to 1.1, expected 1/);
  assert.throws(() => deviationGains(matchingPennies, [1, 0], [-0.5, 1.5]), /deviationGains: y\[0\] = -0.5, expected a probability/);
  assert.throws(() => deviationGains(matchingPennies, [1], [1, 0]), /deviationGains: x has length 1, expected 2/);
});
