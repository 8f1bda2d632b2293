import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../../src/core/rng.ts';
import { expectedCounts } from '../../../src/hmm/reference/expectedCounts.ts';
import { expectedCountsTf } from '../../../src/hmm/tfjs/expectedCountsTf.ts';
import type { SufficientStats } from '../../../src/hmm/types.ts';
import { randomCase, sampleSequences } from '../helpers.ts';
import { llTolerance, noLeak, startTf } from './tfHelpers.ts';

before(startTf);

/** Largest difference relative to max(1, |reference|) over every count. */
function relDiff(a: SufficientStats, ref: SufficientStats): number {
  const all = (s: SufficientStats) => [...s.start, ...s.trans.flat(), ...s.emission.flat()];
  const x = all(a), y = all(ref);
  return Math.max(...x.map((v, i) => Math.abs(v - y[i]) / Math.max(1, Math.abs(y[i]))));
}

test('expectedCountsTf agrees with the float64 E-step on seeded random models (2-8 states, 2-10 symbols, lengths up to 1000)', () => {
  const rng = createRng('counts-tf');
  for (let k = 0; k < 4; k++) {
    const { params } = randomCase(rng.fork(`case-${k}`), { states: [2, 8], symbols: [2, 10] });
    const seqs = [...sampleSequences(params, rng.fork(`obs-${k}`), 6, 1, 300), sampleSequences(params, rng.fork(`full-${k}`), 1, 1000, 1000)[0]];
    const tfStats = noLeak(() => expectedCountsTf(params, seqs));
    const ref = expectedCounts(params, seqs);
    const steps = seqs.reduce((a, s) => a + s.length, 0);
    assert.ok(relDiff(tfStats, ref) < 1e-5, `case ${k}: ${relDiff(tfStats, ref)}`);
    assert.ok(Math.abs(tfStats.logLikelihood - ref.logLikelihood) <= llTolerance(steps));
    assert.equal(tfStats.nSequences, seqs.length);
  }
});

test('expectedCountsTf gives the same counts whatever the time-block size (maxBlockElements)', () => {
  const rng = createRng('counts-blocks');
  const { params } = randomCase(rng, { states: [3, 3], symbols: [4, 4] });
  const seqs = sampleSequences(params, rng.fork('obs'), 5, 2, 40);
  const whole = expectedCountsTf(params, seqs);
  const tiny = noLeak(() => expectedCountsTf(params, seqs, { maxBlockElements: 1 }));
  assert.ok(relDiff(tiny, whole) < 1e-6);
  assert.throws(() => expectedCountsTf(params, seqs, { maxBlockElements: 0 }), /options\.maxBlockElements is 0/);
});

test('expectedCountsTf is accurate on a 10,000-step sequence (per-step normalisation of xi; time sums in float64)', () => {
  const { params } = randomCase(createRng('long'), { states: [4, 4], symbols: [7, 7] });
  const obs = sampleSequences(params, createRng('long-obs'), 1, 10_000, 10_000)[0];
  const tfStats = noLeak(() => expectedCountsTf(params, [obs]));
  assert.ok(relDiff(tfStats, expectedCounts(params, [obs])) < 1e-5);
});

test('expectedCountsTf throws naming an impossible sequence, without leaking tensors', () => {
  const params = { startProb: [1, 0], transMat: [[1, 0], [0, 1]], emissionProb: [[1, 0], [0, 1]] };
  assert.throws(() => noLeak(() => expectedCountsTf(params, [[0], [1]])), /expectedCountsTf: sequence 1 has probability 0/);
});
