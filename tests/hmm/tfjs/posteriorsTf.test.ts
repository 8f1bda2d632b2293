import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../../src/core/rng.ts';
import { posteriorsLog } from '../../../src/hmm/reference/posteriorsLog.ts';
import { posteriorsTf } from '../../../src/hmm/tfjs/posteriorsTf.ts';
import { maxAbsDiff, randomCase, sampleSequences, umbrella } from '../helpers.ts';
import { llTolerance, noLeak, startTf } from './tfHelpers.ts';

before(startTf);

test('posteriorsTf agrees with the float64 posteriorsLog on seeded random models (2-8 states, 2-10 symbols, lengths up to 1000)', () => {
  const rng = createRng('posteriors-tf');
  for (let k = 0; k < 4; k++) {
    const { params } = randomCase(rng.fork(`case-${k}`), { states: [2, 8], symbols: [2, 10] });
    const seqs = [...sampleSequences(params, rng.fork(`obs-${k}`), 2, 1, 1000), sampleSequences(params, rng.fork(`full-${k}`), 1, 1000, 1000)[0]];
    const res = noLeak(() => posteriorsTf(params, seqs));
    seqs.forEach((s, b) => {
      const ref = posteriorsLog(params, s);
      assert.ok(maxAbsDiff(res[b].posteriors, ref.posteriors) < 5e-6, `case ${k} seq ${b}`);
      assert.ok(Math.abs(res[b].logLikelihood - ref.logLikelihood) <= llTolerance(s.length));
      for (const row of res[b].posteriors) assert.ok(Math.abs(row.reduce((x, y) => x + y, 0) - 1) < 1e-5);
    });
  }
});

test('posteriorsTf(umbrella, U U N U U) matches the Wikipedia "Forward-backward algorithm" smoothed values to 4 decimals', () => {
  const published = [[0.8673, 0.1327], [0.8204, 0.1796], [0.3075, 0.6925], [0.8204, 0.1796], [0.8673, 0.1327]];
  assert.ok(maxAbsDiff(posteriorsTf(umbrella, [[0, 0, 1, 0, 0]])[0].posteriors, published) < 6e-5);
});

test('posteriorsTf is finite and correct on a 10,000-step sequence and with emissions of 1e-300', () => {
  const { params } = randomCase(createRng('long'), { states: [4, 4], symbols: [7, 7] });
  const obs = sampleSequences(params, createRng('long-obs'), 1, 10_000, 10_000)[0];
  const res = noLeak(() => posteriorsTf(params, [obs]))[0];
  assert.ok(maxAbsDiff(res.posteriors, posteriorsLog(params, obs).posteriors) < 5e-6);
  const tiny = { startProb: [0.5, 0.5], transMat: [[1, 0], [0, 1]], emissionProb: [[1e-300, 1 - 1e-300], [3e-300, 1 - 3e-300]] };
  // float32 holds log(1e-300) = -690.78 to ~3e-5 absolute (half an ulp), so ratios of such
  // probabilities carry ~4e-5 relative error per factor: posterior 1/28 comes out ~4e-6 off.
  const p = posteriorsTf(tiny, [[0, 0, 0]])[0].posteriors[2][0];
  assert.ok(Math.abs(p - 1 / 28) < 2e-5, `${p}`);
});

test('posteriorsTf throws naming an impossible sequence, without leaking tensors', () => {
  const params = { startProb: [1, 0], transMat: [[1, 0], [0, 1]], emissionProb: [[1, 0], [0, 1]] };
  assert.throws(() => noLeak(() => posteriorsTf(params, [[0, 0], [0, 1]])), /posteriorsTf: sequence 1 has probability 0 under the model/);
});
