import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maximizeStats } from '../../src/hmm/maximizeStats.ts';
import { dirichletLogPrior, pseudoCountsFromParams, resolvePseudoCounts } from '../../src/hmm/pseudoCounts.ts';
import { wikipediaFever } from './helpers.ts';

test('maximizeStats(stats) normalises counts plus pseudo-counts row by row', () => {
  const stats = { start: [3, 1], trans: [[6, 2], [1, 1]], emission: [[1, 1, 2], [0, 0, 4]] };
  const p = maximizeStats(stats, { pseudoCounts: resolvePseudoCounts({ emission: 1 }, 2, 3), previous: wikipediaFever });
  assert.deepEqual(p.startProb, [0.75, 0.25]);
  assert.deepEqual(p.transMat, [[0.75, 0.25], [0.5, 0.5]]);
  assert.deepEqual(p.emissionProb, [[2 / 7, 2 / 7, 3 / 7], [1 / 7, 1 / 7, 5 / 7]]);
});

test('maximizeStats keeps the previous row of a state with no counts and no prior mass', () => {
  const stats = { start: [1, 0], trans: [[1, 0], [0, 0]], emission: [[1, 0, 0], [0, 0, 0]] };
  const p = maximizeStats(stats, { pseudoCounts: resolvePseudoCounts(undefined, 2, 3), previous: wikipediaFever });
  assert.deepEqual(p.transMat[1], wikipediaFever.transMat[1]);
  assert.deepEqual(p.emissionProb[1], wikipediaFever.emissionProb[1]);
});

test('resolvePseudoCounts expands scalars and rejects negative or misshapen entries; dirichletLogPrior sums pc * log p', () => {
  assert.deepEqual(resolvePseudoCounts({ trans: [[1, 2], [3, 4]] }, 2, 1).trans, [[1, 2], [3, 4]]);
  assert.throws(() => resolvePseudoCounts({ emission: [[1]] }, 2, 1), /pseudoCounts\.emission has 1 rows, expected 2/);
  assert.throws(() => resolvePseudoCounts({ start: [1, Number.NaN] }, 2, 1), /pseudoCounts\.start entry 1 is NaN/);
  const pc = resolvePseudoCounts({ start: [2, 0] }, 2, 3);
  assert.equal(dirichletLogPrior(wikipediaFever, pc), 2 * Math.log(0.6));
  assert.deepEqual(pseudoCountsFromParams(wikipediaFever, 10).start, [6, 4]);
  assert.throws(() => pseudoCountsFromParams(wikipediaFever, -1), /strength is -1/);
});
