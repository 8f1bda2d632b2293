import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryLogger } from '../../src/core/logger.ts';
import { createRng } from '../../src/core/rng.ts';
import { baumWelchSteps } from '../../src/hmm/baumWelchSteps.ts';
import { fitHmm } from '../../src/hmm/fitHmm.ts';
import { randomHmmParams } from '../../src/hmm/randomHmmParams.ts';
import { scoreHmm } from '../../src/hmm/scoreHmm.ts';
import { initTf } from '../../src/tf/backend.ts';
import { maxAbsDiff, paperSizedModel, randomCase, sampleSequences } from './helpers.ts';
import { noLeak } from './tfjs/tfHelpers.ts';

before(async () => { await initTf(); });

test('EM never decreases the log-likelihood (beyond 1e-9 relative) over 25 iterations on 8 seeded random problems', () => {
  const rng = createRng('em-monotone');
  for (let k = 0; k < 8; k++) {
    const { params: truth, n, m } = randomCase(rng.fork(`truth-${k}`), { states: [2, 5], symbols: [2, 7] });
    const seqs = sampleSequences(truth, rng.fork(`obs-${k}`), 15, 1, 40);
    const it = baumWelchSteps(randomHmmParams(n, m, { rng: rng.fork(`init-${k}`) }), seqs);
    let prev = -Infinity;
    for (let i = 0; i < 25; i++) {
      const { logLikelihood } = it.next().value;
      assert.ok(logLikelihood >= prev - 1e-9 * Math.abs(prev), `problem ${k} iteration ${i}: ${prev} -> ${logLikelihood}`);
      prev = logLikelihood;
    }
  }
});

test('EM with Dirichlet pseudo-counts never decreases log-likelihood + log-prior (the MAP objective)', () => {
  const rng = createRng('em-map');
  const { params: truth } = randomCase(rng, { states: [3, 3], symbols: [5, 5] });
  const seqs = sampleSequences(truth, rng.fork('obs'), 10, 5, 30);
  const it = baumWelchSteps(randomHmmParams(3, 5, { rng: rng.fork('init') }), seqs, { pseudoCounts: { trans: 2, emission: 0.5, start: 1 } });
  let prev = -Infinity;
  for (let i = 0; i < 20; i++) {
    const { objective, logLikelihood } = it.next().value;
    assert.ok(objective >= prev - 1e-9 * Math.abs(prev), `iteration ${i}`);
    assert.ok(objective < logLikelihood); // the log-prior of a probability below 1 is negative
    prev = objective;
  }
});

test('fitHmm(params, sequences) records the history, stops at tol, and beats the initial parameters', () => {
  const rng = createRng('fit');
  const truth = paperSizedModel(1);
  const seqs = sampleSequences(truth, rng.fork('obs'), 200, 5, 30);
  const init = randomHmmParams(4, 7, { rng: rng.fork('init') });
  const logger = memoryLogger();
  const { params, monitor } = fitHmm(init, seqs, { nIter: 300, tol: 0.05, logger });
  assert.ok(monitor.converged);
  assert.ok(monitor.iter < 300 && monitor.iter >= 2, `iterations: ${monitor.iter}`);
  const [a, b] = monitor.history.slice(-2);
  assert.ok(b - a < 0.05);
  assert.equal(monitor.history.length, monitor.iter);
  assert.deepEqual(logger.warnings, []);
  assert.ok(scoreHmm(params, seqs) > scoreHmm(init, seqs));
  // Close to the likelihood of the generating parameters (EM stops on a plateau, in a local optimum).
  assert.ok(Math.abs(scoreHmm(params, seqs) - scoreHmm(truth, seqs)) < 0.01 * Math.abs(scoreHmm(truth, seqs)));
});

test('fitHmm recovers well-separated parameters from 300 sequences (up to state relabelling)', () => {
  const truth = { startProb: [0.5, 0.5], transMat: [[0.9, 0.1], [0.2, 0.8]], emissionProb: [[0.8, 0.15, 0.05], [0.05, 0.15, 0.8]] };
  const seqs = sampleSequences(truth, createRng('recover'), 300, 20, 40);
  const init = { startProb: [0.5, 0.5], transMat: [[0.6, 0.4], [0.4, 0.6]], emissionProb: [[0.5, 0.3, 0.2], [0.2, 0.3, 0.5]] };
  const { params } = fitHmm(init, seqs, { nIter: 300, tol: 1e-6 });
  assert.ok(maxAbsDiff(params.emissionProb, truth.emissionProb) < 0.04, JSON.stringify(params.emissionProb));
  assert.ok(maxAbsDiff(params.transMat, truth.transMat) < 0.04, JSON.stringify(params.transMat));
});

test('fitHmm with engine tfjs follows the float64 run: same history to float32 tolerance, no tensor leak', () => {
  const rng = createRng('fit-tf');
  const truth = paperSizedModel(2);
  const seqs = sampleSequences(truth, rng.fork('obs'), 60, 5, 30);
  const init = randomHmmParams(4, 7, { rng: rng.fork('init') });
  const ref = fitHmm(init, seqs, { nIter: 8, tol: 0 });
  const tf = noLeak(() => fitHmm(init, seqs, { nIter: 8, tol: 0, engine: 'tfjs' }));
  assert.equal(tf.monitor.history.length, 8);
  tf.monitor.history.forEach((v, i) => assert.ok(Math.abs(v - ref.monitor.history[i]) < 1e-3, `iteration ${i}`));
  assert.ok(maxAbsDiff(tf.params.transMat, ref.params.transMat) < 1e-4);
});

test('baumWelchSteps rejects bad input naming it', () => {
  const p = paperSizedModel();
  assert.throws(() => baumWelchSteps(p, []).next(), /baumWelchSteps: sequences is empty/);
  assert.throws(() => baumWelchSteps(p, [[0, 7]]).next(), /baumWelchSteps: sequence 0 position 1 is 7/);
  assert.throws(() => baumWelchSteps(p, [[0]], { engine: 'gpu' as 'tfjs' }).next(), /options\.engine is "gpu"/);
  assert.throws(() => baumWelchSteps(p, [[0]], { pseudoCounts: { trans: -1 } }).next(), /pseudoCounts\.trans row 0 entry 0 is -1/);
});
