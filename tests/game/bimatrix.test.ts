import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bimatrix, table5Bimatrix } from '../../src/game/bimatrix.ts';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { EMOTIONS } from '../../src/core/emotions.ts';

test('table5Bimatrix() puts the debtor on rows (payoff client[d][e]) and the creditor on columns (agent[d][e])', () => {
  const p = loadPaperParameters();
  const g = table5Bimatrix(p);
  assert.deepEqual(g.A, p.payoffClient);
  assert.deepEqual(g.B, p.payoffAgent);
  assert.deepEqual([g.rowPlayer, g.colPlayer], ['debtor', 'creditor']);
  assert.deepEqual(g.colLabels, EMOTIONS);
  // Table 5 as published: (debtor Anger, creditor Surprise) pays the creditor 2 and the debtor 1.
  assert.deepEqual([g.B[2][4], g.A[2][4]], [2, 1]);
});

test('bimatrix(A, B) copies its input, so later edits do not change the game', () => {
  const A = [[1, 2]];
  const g = bimatrix(A, [[0, 0]]);
  A[0][0] = 99;
  assert.equal(g.A[0][0], 1);
  assert.deepEqual(g.rowLabels, ['r0']);
  assert.deepEqual(g.colLabels, ['c0', 'c1']);
});

test('bimatrix(A, B) rejects mismatched shapes, ragged rows, non-finite entries and wrong label counts', () => {
  assert.throws(() => bimatrix([], []), /bimatrix: A must be a non-empty matrix/);
  assert.throws(() => bimatrix([[1, 2]], [[1, 2], [3, 4]]), /bimatrix: B has 2 rows, A has 1/);
  assert.throws(() => bimatrix([[1, 2], [3]], [[1, 2], [3, 4]]), /bimatrix: A row 1 has length 1, expected 2/);
  assert.throws(() => bimatrix([[1, Number.NaN]], [[1, 2]]), /bimatrix: A\[0\]\[1\] = null, expected a finite number/);
  assert.throws(() => bimatrix([[1, 2]], [[1, 2]], { colLabels: ['a'] }), /bimatrix: colLabels has 1 labels, expected 2/);
});
