import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../../src/core/rng.ts';
import { posteriorsLog } from '../../../src/hmm/reference/posteriorsLog.ts';
import { posteriorsScaled } from '../../../src/hmm/reference/posteriorsScaled.ts';
import { bruteForce, maxAbsDiff, randomCase, sampleSequences, umbrella } from '../helpers.ts';

test('posteriorsLog(umbrella, U U N U U) matches the smoothed values published on Wikipedia "Forward-backward algorithm" to 4 decimals', () => {
  // Published: (0.8673, 0.1327), (0.8204, 0.1796), (0.3075, 0.6925), (0.8204, 0.1796), (0.8673, 0.1327).
  const published = [[0.8673, 0.1327], [0.8204, 0.1796], [0.3075, 0.6925], [0.8204, 0.1796], [0.8673, 0.1327]];
  const { posteriors } = posteriorsLog(umbrella, [0, 0, 1, 0, 0]);
  assert.ok(maxAbsDiff(posteriors, published) < 5e-5, JSON.stringify(posteriors));
});

test('posteriorsLog(umbrella, U U) gives P(Rain_1 | u_1, u_2) = 0.883 (Russell & Norvig 2010, section 15.2.2)', () => {
  assert.ok(Math.abs(posteriorsLog(umbrella, [0, 0]).posteriors[0][0] - 0.883) < 5e-4);
});

test('posteriorsLog(params, obs) matches brute-force enumeration on 30 random models and sequences of 1-6 steps', () => {
  const rng = createRng('posterior-brute');
  for (let k = 0; k < 30; k++) {
    const { params } = randomCase(rng.fork(`case-${k}`), { states: [1, 3], symbols: [2, 4] });
    const obs = sampleSequences(params, rng.fork(`obs-${k}`), 1, 1, 6)[0];
    const bf = bruteForce(params, obs);
    const res = posteriorsLog(params, obs);
    assert.ok(maxAbsDiff(res.posteriors, bf.posteriors) < 1e-12, `case ${k}`);
    assert.ok(Math.abs(res.logLikelihood - Math.log(bf.likelihood)) < 1e-12);
  }
});

test('posteriorsLog and posteriorsScaled agree to 1e-10, and every row sums to 1 (2-8 states, lengths up to 1000)', () => {
  const rng = createRng('posterior-log-vs-scaled');
  for (let k = 0; k < 12; k++) {
    const { params } = randomCase(rng.fork(`case-${k}`), { states: [2, 8], symbols: [2, 10] });
    const obs = sampleSequences(params, rng.fork(`obs-${k}`), 1, 1, 1000)[0];
    const a = posteriorsLog(params, obs);
    const b = posteriorsScaled(params, obs);
    assert.ok(maxAbsDiff(a.posteriors, b.posteriors) < 1e-10, `case ${k}`);
    for (const row of a.posteriors) assert.ok(Math.abs(row.reduce((s, v) => s + v, 0) - 1) < 1e-12);
  }
});

test('posteriorsLog(params, obs) is exact where emissions of 1e-300 decide the state', () => {
  // Two states that stay put; symbol 0 has probability 1e-300 in state 0 and 3e-300 in state 1.
  // After n zeros the posterior of state 0 is 1 / (1 + 3^n) (prior 0.5 each).
  const params = { startProb: [0.5, 0.5], transMat: [[1, 0], [0, 1]], emissionProb: [[1e-300, 1 - 1e-300], [3e-300, 1 - 3e-300]] };
  const { posteriors, logLikelihood } = posteriorsLog(params, [0, 0, 0]);
  // Log-space values here are ~ -2000, so float64 resolves them to ~2000 * 2.2e-16 = 4.4e-13.
  assert.ok(Math.abs(posteriors[0][0] - 1 / 28) < 1e-12);
  assert.ok(Math.abs(logLikelihood - (Math.log(0.5 * (1 + 27)) + 3 * Math.log(1e-300))) < 1e-12);
  // Scaling renormalises every step, so per-step factors of ~1e-300 stay representable too.
  assert.ok(maxAbsDiff(posteriorsScaled(params, [0, 0, 0]).posteriors, posteriors) < 1e-12);
});

test('posteriorsScaled throws where one step\'s predictive probability underflows float64 (1e-300 * 1e-300); posteriorsLog does not', () => {
  const params = { startProb: [1, 0], transMat: [[1 - 1e-300, 1e-300], [0, 1]], emissionProb: [[1, 0], [1 - 1e-300, 1e-300]] };
  assert.throws(() => posteriorsScaled(params, [0, 1]), /posteriorsScaled: scaling factor at position 1 is 0 \(an impossible sequence, or a float64 underflow/);
  assert.deepEqual(posteriorsLog(params, [0, 1]).posteriors, [[1, 0], [0, 1]]);
});

test('posteriorsLog(params, obs) throws on an impossible sequence, naming the first impossible position', () => {
  const params = { startProb: [1, 0], transMat: [[1, 0], [0, 1]], emissionProb: [[0.5, 0.5, 0], [0, 0, 1]] };
  assert.throws(() => posteriorsLog(params, [0, 1, 2, 0]), /posteriorsLog: the sequence has probability 0 under the model \(no state path explains it up to position 2\)/);
});
