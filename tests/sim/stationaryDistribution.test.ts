import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sum, vecMat } from '../../src/core/matrix.ts';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { stationaryDistribution } from '../../src/sim/stationaryDistribution.ts';

test('stationaryDistribution(M) of [[0.9,0.1],[0.5,0.5]] is [5/6, 1/6] (solve pi = pi M by hand)', () => {
  const pi = stationaryDistribution([[0.9, 0.1], [0.5, 0.5]]);
  assert.ok(Math.abs(pi[0] - 5 / 6) < 1e-10 && Math.abs(pi[1] - 1 / 6) < 1e-10);
});

test('stationaryDistribution(M) rejects a non-square matrix, naming the row', () => {
  assert.throws(() => stationaryDistribution([[1, 0], [1]]), /stationaryDistribution: row 1 has 1 entries, expected 2/);
});

test('stationaryDistribution(M) of the paper state model satisfies pi = pi M and sums to 1', () => {
  const m = loadPaperParameters().stateTransition;
  const pi = stationaryDistribution(m);
  const next = vecMat(pi, m);
  pi.forEach((v, i) => assert.ok(Math.abs(v - next[i]) < 1e-12));
  assert.ok(Math.abs(sum(pi) - 1) < 1e-12);
});
