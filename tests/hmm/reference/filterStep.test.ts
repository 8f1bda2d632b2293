import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../../src/core/rng.ts';
import { filterStep } from '../../../src/hmm/reference/filterStep.ts';
import { forwardScaled } from '../../../src/hmm/reference/forwardScaled.ts';
import { predictBelief } from '../../../src/hmm/reference/predictBelief.ts';
import { updateBelief } from '../../../src/hmm/reference/updateBelief.ts';
import { maxAbsDiff, paperSizedModel, sampleSequences, umbrella } from '../helpers.ts';

const column = (m: number[][], k: number) => m.map((r) => r[k]);

test('filterStep reproduces Russell & Norvig umbrella filtering: <0.818, 0.182> on day 1, <0.883, 0.117> on day 2', () => {
  const day1 = updateBelief(umbrella.startProb, column(umbrella.emissionProb, 0));
  assert.ok(Math.abs(day1[0] - 0.818) < 5e-4);
  const day2 = filterStep(day1, { transMat: umbrella.transMat, likelihood: column(umbrella.emissionProb, 0) });
  assert.ok(Math.abs(day2[0] - 0.883) < 5e-4 && Math.abs(day2[1] - 0.117) < 5e-4);
});

test('filterStep repeated over a sequence equals forwardScaled filtered beliefs on the paper\'s 4-state model', () => {
  const params = paperSizedModel(3);
  const obs = sampleSequences(params, createRng('filter-step'), 1, 30, 30)[0];
  const beliefs = [updateBelief(params.startProb, column(params.emissionProb, obs[0]))];
  for (let t = 1; t < obs.length; t++) beliefs.push(filterStep(beliefs[t - 1], { transMat: params.transMat, likelihood: column(params.emissionProb, obs[t]) }));
  assert.ok(maxAbsDiff(beliefs, forwardScaled(params, obs).alpha) < 1e-14);
});

test('predictBelief(belief, transMat) is Eq. 6: the belief pushed through the transition matrix, still summing to 1', () => {
  const p = paperSizedModel();
  const next = predictBelief([0.4, 0.2, 0.2, 0.2], p.transMat);
  assert.ok(Math.abs(next[0] - (0.4 * 0.5 + 0.2 * 0.2 + 0.2 * 0.25 + 0.2 * 0.2)) < 1e-15);
  assert.ok(Math.abs(next.reduce((a, b) => a + b, 0) - 1) < 1e-15);
  assert.throws(() => predictBelief([1, 0], p.transMat), /predictBelief: transMat has 4 rows, expected 2/);
});

test('updateBelief(prior, likelihood) throws on zero evidence unless onZero is uniform (the authors\' fallback)', () => {
  assert.throws(() => updateBelief([1, 0], [0, 1]), /updateBelief: evidence sum\(prior \* likelihood\) is 0/);
  assert.deepEqual(updateBelief([1, 0], [0, 1], { onZero: 'uniform' }), [0.5, 0.5]);
  assert.throws(() => updateBelief([1, 0], [0, 1, 1]), /likelihood has length 3, expected 2/);
  // Tiny but non-zero evidence is kept exactly (no flooring).
  assert.deepEqual(updateBelief([0.5, 0.5], [1e-300, 3e-300]), [0.25, 0.75]);
});
