import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../../src/core/rng.ts';
import { viterbiLog } from '../../../src/hmm/reference/viterbiLog.ts';
import { viterbiTf } from '../../../src/hmm/tfjs/viterbiTf.ts';
import { jointProb, randomCase, sampleSequences, wikipediaFever } from '../helpers.ts';
import { llTolerance, noLeak, startTf } from './tfHelpers.ts';

before(startTf);

/** log P(path, obs) in float64, summed in log space (no underflow on long paths). */
function logJoint(p: { startProb: number[]; transMat: number[][]; emissionProb: number[][] }, path: number[], obs: number[]): number {
  let s = Math.log(p.startProb[path[0]]) + Math.log(p.emissionProb[path[0]][obs[0]]);
  for (let t = 1; t < path.length; t++) s += Math.log(p.transMat[path[t - 1]][path[t]]) + Math.log(p.emissionProb[path[t]][obs[t]]);
  return s;
}

test('viterbiTf(wikipediaFever, [normal, cold, dizzy]) returns Healthy, Healthy, Fever with probability 0.01512 (Wikipedia)', () => {
  const [res] = noLeak(() => viterbiTf(wikipediaFever, [[0, 1, 2]]));
  assert.deepEqual(res.path, [0, 0, 1]);
  assert.ok(Math.abs(Math.exp(res.logProb) - 0.01512) < 1e-8);
  assert.ok(Math.abs(Math.exp(res.logProb) - jointProb(wikipediaFever, res.path, [0, 1, 2])) < 1e-8);
});

test('viterbiTf finds a path as good as viterbiLog to float32 tolerance on seeded random models (lengths up to 1000, batched)', () => {
  const rng = createRng('viterbi-tf');
  for (let k = 0; k < 4; k++) {
    const { params } = randomCase(rng.fork(`case-${k}`), { states: [2, 8], symbols: [2, 10] });
    const seqs = [...sampleSequences(params, rng.fork(`obs-${k}`), 3, 1, 1000), sampleSequences(params, rng.fork(`full-${k}`), 1, 1000, 1000)[0]];
    const res = noLeak(() => viterbiTf(params, seqs));
    seqs.forEach((s, b) => {
      const ref = viterbiLog(params, s);
      const tol = llTolerance(s.length);
      assert.equal(res[b].path.length, s.length);
      assert.ok(Math.abs(res[b].logProb - ref.logProb) <= tol, `case ${k} seq ${b}: ${res[b].logProb} vs ${ref.logProb}`);
      // Near-ties may pick another path; it must score as well as the best one in float64.
      assert.ok(Math.abs(logJoint(params, res[b].path, s) - ref.logProb) <= tol, `case ${k} seq ${b}: path score`);
    });
  }
});

test('viterbiTf is finite on a 10,000-step sequence and scores paths through 1e-300 probabilities', () => {
  const { params } = randomCase(createRng('long'), { states: [4, 4], symbols: [7, 7] });
  const obs = sampleSequences(params, createRng('long-obs'), 1, 10_000, 10_000)[0];
  const [res] = noLeak(() => viterbiTf(params, [obs]));
  const ref = viterbiLog(params, obs);
  assert.ok(Math.abs(res.logProb - ref.logProb) <= llTolerance(10_000));
  assert.ok(Math.abs(logJoint(params, res.path, obs) - ref.logProb) <= llTolerance(10_000));
  const tiny = { startProb: [1, 0], transMat: [[0, 1], [0, 1]], emissionProb: [[1 - 1e-300, 1e-300], [1 - 1e-300, 1e-300]] };
  const [r2] = viterbiTf(tiny, [[1, 1, 1]]);
  assert.deepEqual(r2.path, [0, 1, 1]);
  assert.ok(Math.abs(r2.logProb / (3 * Math.log(1e-300)) - 1) < 1e-6);
});

test('viterbiTf gives logProb -Infinity for an impossible sequence, without leaking tensors', () => {
  const params = { startProb: [1, 0], transMat: [[1, 0], [0, 1]], emissionProb: [[1, 0], [0, 1]] };
  const res = noLeak(() => viterbiTf(params, [[0, 1], [0, 0]]));
  assert.equal(res[0].logProb, -Infinity);
  assert.deepEqual(res[1].path, [0, 0]);
  assert.equal(res[1].logProb, 0);
});
