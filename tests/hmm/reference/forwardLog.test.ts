import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../../src/core/rng.ts';
import { forwardLog } from '../../../src/hmm/reference/forwardLog.ts';
import { forwardScaled } from '../../../src/hmm/reference/forwardScaled.ts';
import { backwardLog } from '../../../src/hmm/reference/backwardLog.ts';
import { backwardScaled } from '../../../src/hmm/reference/backwardScaled.ts';
import { bruteForce, iceCream, randomCase, sampleSequences, wikipediaFever } from '../helpers.ts';

const close = (a: number, b: number, tol: number, what: string) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);

test('forwardLog(wikipediaFever, [normal, cold, dizzy]) gives P(O) = 0.03628 (hand computation, confirmed by enumeration of the 8 paths)', () => {
  const { logAlpha, logLikelihood } = forwardLog(wikipediaFever, [0, 1, 2]);
  close(Math.exp(logLikelihood), 0.03628, 1e-12, 'likelihood');
  close(Math.exp(logAlpha[0][0]), 0.3, 1e-12, 'alpha_0(Healthy)');
  close(Math.exp(logAlpha[1][0]), 0.0904, 1e-12, 'alpha_1(Healthy)');
  close(Math.exp(logAlpha[2][1]), 0.028584, 1e-12, 'alpha_2(Fever)');
  close(bruteForce(wikipediaFever, [0, 1, 2]).likelihood, 0.03628, 1e-12, 'enumeration');
});

test('forwardLog(iceCream, 3 1 3) starts with alpha_1 = .32 (HOT) and .02 (COLD) as in Jurafsky & Martin Fig. A.5', () => {
  const { logAlpha, logLikelihood } = forwardLog(iceCream, [2, 0, 2]);
  close(Math.exp(logAlpha[0][0]), 0.32, 1e-12, 'alpha_1(HOT)');
  close(Math.exp(logAlpha[0][1]), 0.02, 1e-12, 'alpha_1(COLD)');
  close(Math.exp(logAlpha[1][0]), 0.32 * 0.6 * 0.2 + 0.02 * 0.5 * 0.2, 1e-12, 'alpha_2(HOT)');
  close(Math.exp(logAlpha[1][1]), 0.32 * 0.4 * 0.5 + 0.02 * 0.5 * 0.5, 1e-12, 'alpha_2(COLD)');
  close(Math.exp(logLikelihood), bruteForce(iceCream, [2, 0, 2]).likelihood, 1e-12, 'likelihood');
});

test('forwardLog(params, obs) matches brute-force enumeration over all paths on 40 random models and sequences of 1-6 steps', () => {
  const rng = createRng('forward-brute');
  for (let k = 0; k < 40; k++) {
    const { params } = randomCase(rng.fork(`case-${k}`), { states: [1, 3], symbols: [1, 4] });
    const obs = sampleSequences(params, rng.fork(`obs-${k}`), 1, 1, 6)[0];
    close(forwardLog(params, obs).logLikelihood, Math.log(bruteForce(params, obs).likelihood), 1e-12, `case ${k}`);
  }
});

test('forwardLog and forwardScaled agree on log-likelihood and filtered beliefs (2-8 states, lengths up to 1000)', () => {
  const rng = createRng('log-vs-scaled');
  for (let k = 0; k < 12; k++) {
    const { params } = randomCase(rng.fork(`case-${k}`), { states: [2, 8], symbols: [2, 10] });
    const obs = sampleSequences(params, rng.fork(`obs-${k}`), 1, 1, 1000)[0];
    const lg = forwardLog(params, obs);
    const sc = forwardScaled(params, obs);
    close(lg.logLikelihood, sc.logLikelihood, 1e-12, `ll case ${k}`);
    const t = obs.length - 1;
    const norm = Math.log(lg.logAlpha[t].reduce((s, v) => s + Math.exp(v - lg.logLikelihood), 0)) + lg.logLikelihood;
    lg.logAlpha[t].forEach((v, i) => close(Math.exp(v - norm), sc.alpha[t][i], 1e-10, `belief case ${k}`));
  }
});

test('sum_i alpha_t(i) beta_t(i) = P(O) at every t, in log space and scaled (Rabiner 1989, eq. 27 normaliser)', () => {
  const rng = createRng('alpha-beta');
  for (let k = 0; k < 8; k++) {
    const { params } = randomCase(rng.fork(`case-${k}`), { states: [2, 6], symbols: [2, 6] });
    const obs = sampleSequences(params, rng.fork(`obs-${k}`), 1, 2, 200)[0];
    const { logAlpha, logLikelihood } = forwardLog(params, obs);
    const logBeta = backwardLog(params, obs);
    const sc = forwardScaled(params, obs);
    const beta = backwardScaled(params, obs, { scale: sc.scale });
    for (let t = 0; t < obs.length; t++) {
      const lse = Math.log(logAlpha[t].reduce((s, v, i) => s + Math.exp(v + logBeta[t][i] - logLikelihood), 0)) + logLikelihood;
      close(lse, logLikelihood, 1e-11, `log, t=${t}`);
      close(sc.alpha[t].reduce((s, v, i) => s + v * beta[t][i], 0), 1, 1e-10, `scaled, t=${t}`);
    }
  }
});

test('forwardLog handles probabilities of 1e-300 exactly: forced and mixed paths far below the float64 range', () => {
  // Only path 0,1,1,1; each step emits with probability 1e-300: P = 1e-1200.
  const forced = { startProb: [1, 0], transMat: [[0, 1], [0, 1]], emissionProb: [[1 - 1e-300, 1e-300], [1 - 1e-300, 1e-300]] };
  close(forwardLog(forced, [1, 1, 1, 1]).logLikelihood, 4 * Math.log(1e-300), 1e-14, 'P = 1e-1200');
  // Two paths (stay in 0 or stay in 1): P = 0.5 (1e-300)^2 + 0.5 (2e-300)^2 = 2.5e-600.
  const mixed = { startProb: [0.5, 0.5], transMat: [[1, 0], [0, 1]], emissionProb: [[1e-300, 1 - 1e-300], [2e-300, 1 - 2e-300]] };
  close(forwardLog(mixed, [0, 0]).logLikelihood, Math.log(2.5) + 2 * Math.log(1e-300), 1e-14, 'P = 2.5e-600');
});

test('forwardScaled underflows where forwardLog does not: a step of predictive probability 1e-600 gives -Infinity (documented limit)', () => {
  const params = { startProb: [1, 0], transMat: [[1 - 1e-300, 1e-300], [0, 1]], emissionProb: [[1, 0], [1 - 1e-300, 1e-300]] };
  // The only path for [0, 1] is 0 -> 1 (prob 1e-300) emitting symbol 1 in state 1 (prob 1e-300): P = 1e-600.
  close(forwardLog(params, [0, 1]).logLikelihood, 2 * Math.log(1e-300), 1e-12, 'log space');
  assert.equal(forwardScaled(params, [0, 1]).logLikelihood, -Infinity);
});

test('forwardLog and forwardScaled give finite, equal log-likelihoods on a 10,000-step sequence', () => {
  const { params } = randomCase(createRng('long'), { states: [4, 4], symbols: [7, 7] });
  const obs = sampleSequences(params, createRng('long-obs'), 1, 10_000, 10_000)[0];
  const a = forwardLog(params, obs).logLikelihood;
  const b = forwardScaled(params, obs).logLikelihood;
  assert.ok(Number.isFinite(a) && a < -1000, `ll = ${a}`);
  close(a, b, 1e-12, 'log vs scaled');
});

test('forwardLog(params, obs) gives -Infinity for an impossible sequence, and rejects bad symbols naming the position', () => {
  const params = { startProb: [1, 0], transMat: [[1, 0], [0, 1]], emissionProb: [[1, 0], [0, 1]] };
  assert.equal(forwardLog(params, [0, 1]).logLikelihood, -Infinity);
  assert.throws(() => forwardLog(params, [0, 2]), /forwardLog: sequence 0 position 1 is 2, expected an integer in 0\.\.1/);
});
