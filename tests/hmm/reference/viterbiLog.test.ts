import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../../src/core/rng.ts';
import { viterbiLog } from '../../../src/hmm/reference/viterbiLog.ts';
import { bruteForce, iceCream, jointProb, randomCase, sampleSequences, wikipediaFever } from '../helpers.ts';

test('viterbiLog(wikipediaFever, [normal, cold, dizzy]) returns Healthy, Healthy, Fever with probability 0.01512 (Wikipedia "Viterbi algorithm")', () => {
  const { path, logProb } = viterbiLog(wikipediaFever, [0, 1, 2]);
  assert.deepEqual(path, [0, 0, 1]);
  assert.ok(Math.abs(Math.exp(logProb) - 0.01512) < 1e-15);
});

test('viterbiLog(iceCream, 3 1 3) returns HOT, COLD, HOT (path of maximum joint probability by enumeration)', () => {
  const { path, logProb } = viterbiLog(iceCream, [2, 0, 2]);
  const bf = bruteForce(iceCream, [2, 0, 2]);
  assert.deepEqual(path, bf.bestPath);
  assert.deepEqual(path, [0, 1, 0]);
  assert.ok(Math.abs(Math.exp(logProb) - bf.bestProb) < 1e-15);
});

test('viterbiLog(params, obs) finds the brute-force maximum on 40 random models and sequences of 1-6 steps', () => {
  const rng = createRng('viterbi-brute');
  for (let k = 0; k < 40; k++) {
    const { params } = randomCase(rng.fork(`case-${k}`), { states: [1, 3], symbols: [2, 4] });
    const obs = sampleSequences(params, rng.fork(`obs-${k}`), 1, 1, 6)[0];
    const bf = bruteForce(params, obs);
    const res = viterbiLog(params, obs);
    assert.ok(Math.abs(res.logProb - Math.log(bf.bestProb)) < 1e-12, `case ${k}`);
    assert.ok(Math.abs(Math.log(jointProb(params, res.path, obs)) - res.logProb) < 1e-12, `case ${k}: returned path scores its logProb`);
  }
});

test('viterbiLog(params, obs) breaks ties towards the lowest state index', () => {
  const params = { startProb: [0.5, 0.5], transMat: [[0.5, 0.5], [0.5, 0.5]], emissionProb: [[1], [1]] };
  assert.deepEqual(viterbiLog(params, [0, 0, 0]).path, [0, 0, 0]);
});

test('viterbiLog(params, obs) is finite on 10,000 steps and scores paths through 1e-300 probabilities exactly', () => {
  const { params } = randomCase(createRng('viterbi-long'), { states: [4, 4], symbols: [7, 7] });
  const obs = sampleSequences(params, createRng('viterbi-long-obs'), 1, 10_000, 10_000)[0];
  const res = viterbiLog(params, obs);
  assert.equal(res.path.length, 10_000);
  assert.ok(Number.isFinite(res.logProb));
  const tiny = { startProb: [1, 0], transMat: [[0, 1], [0, 1]], emissionProb: [[1 - 1e-300, 1e-300], [1 - 1e-300, 1e-300]] };
  const r2 = viterbiLog(tiny, [1, 1, 1]);
  assert.deepEqual(r2.path, [0, 1, 1]);
  assert.ok(Math.abs(r2.logProb - 3 * Math.log(1e-300)) < 1e-12);
});
