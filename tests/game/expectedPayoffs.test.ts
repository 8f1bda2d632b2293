import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colPayoffs, expectedPayoffs, rowPayoffs } from '../../src/game/expectedPayoffs.ts';
import { battleOfTheSexes, matchingPennies } from './classicGames.ts';

test('rowPayoffs(game, y) is A y and colPayoffs(game, x) is x^T B', () => {
  assert.deepEqual(rowPayoffs(battleOfTheSexes, [0.25, 0.75]), [0.5, 0.75]);
  assert.deepEqual(colPayoffs(battleOfTheSexes, [0.25, 0.75]), [0.25, 1.5]);
});

test('expectedPayoffs(matching pennies, uniform, uniform) is [0, 0] and a pure profile gives the matrix entries', () => {
  assert.deepEqual(expectedPayoffs(matchingPennies, [0.5, 0.5], [0.5, 0.5]), [0, 0]);
  assert.deepEqual(expectedPayoffs(matchingPennies, [1, 0], [0, 1]), [-1, 1]);
});

test('rowPayoffs and colPayoffs reject a strategy of the wrong length', () => {
  assert.throws(() => rowPayoffs(matchingPennies, [1]), /rowPayoffs: y has length 1, expected 2/);
  assert.throws(() => colPayoffs(matchingPennies, [1, 0, 0]), /colPayoffs: x has length 3, expected 2/);
});
