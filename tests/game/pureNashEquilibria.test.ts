import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pureNashEquilibria } from '../../src/game/pureNashEquilibria.ts';
import { table5Bimatrix } from '../../src/game/bimatrix.ts';
import { battleOfTheSexes, matchingPennies, prisonersDilemma } from './classicGames.ts';

test("pureNashEquilibria(prisoner's dilemma) is (defect, defect) with payoffs (1, 1)", () => {
  assert.deepEqual(pureNashEquilibria(prisonersDilemma), [{ row: 1, col: 1, rowPayoff: 1, colPayoff: 1 }]);
});

test('pureNashEquilibria(battle of the sexes) is the two coordination outcomes; matching pennies has none', () => {
  assert.deepEqual(pureNashEquilibria(battleOfTheSexes).map((e) => [e.row, e.col]), [[0, 0], [1, 1]]);
  assert.deepEqual(pureNashEquilibria(matchingPennies), []);
});

test('pureNashEquilibria(Table 5) is the diagonal (Joy, Joy), (Sadness, Sadness), (Surprise, Surprise), (Disgust, Disgust), (Neutral, Neutral)', () => {
  // Checked by hand against the published tables: e.g. debtor Disgust -> creditor best replies
  // {Joy, Disgust, Neutral} (payoff 2); creditor Disgust -> debtor best replies {Joy, Disgust, Neutral} (payoff 2).
  assert.deepEqual(pureNashEquilibria(table5Bimatrix()).map((e) => [e.row, e.col]), [[0, 0], [1, 1], [4, 4], [5, 5], [6, 6]]);
});
