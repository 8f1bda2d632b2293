import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../../src/core/rng.ts';
import { forwardLog } from '../../../src/hmm/reference/forwardLog.ts';
import { forwardScaled } from '../../../src/hmm/reference/forwardScaled.ts';
import { forwardTf } from '../../../src/hmm/tfjs/forwardTf.ts';
import { maxAbsDiff, randomCase, sampleSequences, wikipediaFever } from '../helpers.ts';
import { llTolerance, noLeak, startTf } from './tfHelpers.ts';

before(startTf);

test('forwardTf agrees with the float64 forwardLog on seeded random models (2-8 states, 2-10 symbols, lengths up to 1000)', () => {
  const rng = createRng('forward-tf');
  for (let k = 0; k < 4; k++) {
    const { params } = randomCase(rng.fork(`case-${k}`), { states: [2, 8], symbols: [2, 10] });
    const seqs = [...sampleSequences(params, rng.fork(`obs-${k}`), 3, 1, 1000), sampleSequences(params, rng.fork(`full-${k}`), 1, 1000, 1000)[0]];
    const res = noLeak(() => forwardTf(params, seqs, { beliefs: true }));
    seqs.forEach((s, b) => {
      const ref = forwardLog(params, s).logLikelihood;
      assert.ok(Math.abs(res.logLikelihood[b] - ref) <= llTolerance(s.length), `case ${k} seq ${b}: ${res.logLikelihood[b]} vs ${ref}`);
      assert.ok(maxAbsDiff(res.beliefs![b], forwardScaled(params, s).alpha) < 5e-6, `beliefs case ${k} seq ${b}`);
    });
  }
});

test('forwardTf gives a sequence the same result alone as padded in a batch with longer ones', () => {
  const seqs = [[0, 1, 2], [2, 2, 2, 1, 0, 0, 1], [1]];
  const batch = forwardTf(wikipediaFever, seqs).logLikelihood;
  seqs.forEach((s, b) => assert.ok(Math.abs(forwardTf(wikipediaFever, [s]).logLikelihood[0] - batch[b]) < 1e-6));
  assert.ok(Math.abs(Math.exp(batch[0]) - 0.03628) < 1e-7);
});

test('forwardTf is finite and correct on a 10,000-step sequence (per-step shifts keep float32 values O(1))', () => {
  const { params } = randomCase(createRng('long'), { states: [4, 4], symbols: [7, 7] });
  const obs = sampleSequences(params, createRng('long-obs'), 1, 10_000, 10_000)[0];
  const ll = noLeak(() => forwardTf(params, [obs])).logLikelihood[0];
  const ref = forwardLog(params, obs).logLikelihood;
  assert.ok(Number.isFinite(ll) && Math.abs(ll - ref) <= llTolerance(10_000), `${ll} vs ${ref}`);
});

test('forwardTf keeps probabilities of 1e-300 (logs taken in float64, uploaded as float32 logs): values match to float32 relative precision', () => {
  const forced = { startProb: [1, 0], transMat: [[0, 1], [0, 1]], emissionProb: [[1 - 1e-300, 1e-300], [1 - 1e-300, 1e-300]] };
  const a = forwardTf(forced, [[1, 1, 1, 1]]).logLikelihood[0];
  assert.ok(Math.abs(a / (4 * Math.log(1e-300)) - 1) < 1e-6, `P = 1e-1200: ${a}`);
  const mixed = { startProb: [0.5, 0.5], transMat: [[1, 0], [0, 1]], emissionProb: [[1e-300, 1 - 1e-300], [2e-300, 1 - 2e-300]] };
  const b = forwardTf(mixed, [[0, 0]]).logLikelihood[0];
  assert.ok(Math.abs(b - (Math.log(2.5) + 2 * Math.log(1e-300))) < 1e-4, `P = 2.5e-600: ${b}`);
  const tinyTransition = { startProb: [1, 0], transMat: [[1, 1e-300], [0, 1]], emissionProb: [[1, 0], [0, 1]] };
  const c = forwardTf(tinyTransition, [[0, 1]]).logLikelihood[0];
  assert.ok(Math.abs(c - Math.log(1e-300)) < 1e-3, `a 1e-300 transition on the only path: ${c}`);
});

test('forwardTf returns -Infinity for an impossible sequence without leaking, and rejects bad input', () => {
  const params = { startProb: [1, 0], transMat: [[1, 0], [0, 1]], emissionProb: [[1, 0], [0, 1]] };
  const res = noLeak(() => forwardTf(params, [[0, 0], [0, 1, 0]]));
  assert.ok(Number.isFinite(res.logLikelihood[0]));
  assert.equal(res.logLikelihood[1], -Infinity);
  assert.throws(() => noLeak(() => forwardTf(params, [[0, 5]])), /forwardTf: sequence 0 position 1 is 5/);
  assert.throws(() => noLeak(() => forwardTf(params, [])), /forwardTf: sequences is empty/);
});
