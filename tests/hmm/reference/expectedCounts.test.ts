import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../../src/core/rng.ts';
import { expectedCounts } from '../../../src/hmm/reference/expectedCounts.ts';
import { bruteForce, maxAbsDiff, randomCase, sampleSequences } from '../helpers.ts';

test('expectedCounts(params, [obs]) equals the brute-force expected start, transition and emission counts (sequences of 1-6 steps)', () => {
  const rng = createRng('counts-brute');
  for (let k = 0; k < 25; k++) {
    const { params } = randomCase(rng.fork(`case-${k}`), { states: [1, 3], symbols: [2, 4] });
    const obs = sampleSequences(params, rng.fork(`obs-${k}`), 1, 1, 6)[0];
    const bf = bruteForce(params, obs);
    for (const method of ['log', 'scaled'] as const) {
      const st = expectedCounts(params, [obs], { method });
      assert.ok(maxAbsDiff([st.start], [bf.start]) < 1e-12, `start, case ${k} ${method}`);
      assert.ok(maxAbsDiff(st.trans, bf.trans) < 1e-12, `trans, case ${k} ${method}`);
      assert.ok(maxAbsDiff(st.emission, bf.emission) < 1e-12, `emission, case ${k} ${method}`);
      assert.ok(Math.abs(st.logLikelihood - Math.log(bf.likelihood)) < 1e-12);
    }
  }
});

test('expectedCounts(params, sequences) sums per-sequence counts: totals equal sequence count, steps and transitions', () => {
  const rng = createRng('counts-totals');
  const { params } = randomCase(rng, { states: [2, 8], symbols: [2, 10] });
  const seqs = sampleSequences(params, rng.fork('obs'), 20, 1, 300);
  const st = expectedCounts(params, seqs);
  const total = (m: number[][]) => m.flat().reduce((a, b) => a + b, 0);
  const steps = seqs.reduce((a, s) => a + s.length, 0);
  assert.ok(Math.abs(st.start.reduce((a, b) => a + b, 0) - 20) < 1e-9);
  assert.ok(Math.abs(total(st.emission) - steps) < 1e-8);
  assert.ok(Math.abs(total(st.trans) - (steps - 20)) < 1e-8);
  assert.equal(st.nSequences, 20);
  const sc = expectedCounts(params, seqs, { method: 'scaled' });
  assert.ok(maxAbsDiff(st.trans, sc.trans) < 1e-8 && maxAbsDiff(st.emission, sc.emission) < 1e-8);
});

test('expectedCounts(params, sequences) names the impossible sequence and position', () => {
  const params = { startProb: [1, 0], transMat: [[1, 0], [0, 1]], emissionProb: [[1, 0], [0, 1]] };
  assert.throws(() => expectedCounts(params, [[0, 0], [0, 0, 1]]), /expectedCounts: sequence 1 has probability 0 under the model \(no state path explains it up to position 2\)/);
  assert.throws(() => expectedCounts(params, [[0, 0]], { method: 'exact' as 'log' }), /options\.method is "exact"/);
});
