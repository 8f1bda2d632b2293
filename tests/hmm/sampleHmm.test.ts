import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../src/core/rng.ts';
import { randomHmmParams } from '../../src/hmm/randomHmmParams.ts';
import { sampleHmm } from '../../src/hmm/sampleHmm.ts';
import { validateParams } from '../../src/hmm/validateParams.ts';
import { wikipediaFever } from './helpers.ts';

test('sampleHmm(params, n, { rng }) is reproducible from the seed, including seed 0', () => {
  assert.deepEqual(sampleHmm(wikipediaFever, 50, { rng: createRng(0) }), sampleHmm(wikipediaFever, 50, { rng: createRng(0) }));
  assert.notDeepEqual(sampleHmm(wikipediaFever, 50, { rng: createRng(0) }), sampleHmm(wikipediaFever, 50, { rng: createRng(1) }));
});

test('sampleHmm frequencies match the model: stationary state share and per-state emission shares within 4 standard errors', () => {
  const { states, observations } = sampleHmm(wikipediaFever, 60_000, { rng: createRng('freq') });
  // Stationary distribution of [[0.7, 0.3], [0.4, 0.6]] is (4/7, 3/7).
  const healthy = states.filter((s) => s === 0).length / states.length;
  assert.ok(Math.abs(healthy - 4 / 7) < 0.01, `${healthy}`);
  const dizzyGivenFever = states.reduce((a, s, t) => a + (s === 1 && observations[t] === 2 ? 1 : 0), 0) / states.filter((s) => s === 1).length;
  assert.ok(Math.abs(dizzyGivenFever - 0.6) < 4 * Math.sqrt(0.24 / 25_000), `${dizzyGivenFever}`);
});

test('sampleHmm never emits a zero-probability symbol or takes a zero-probability transition', () => {
  const p = { startProb: [1, 0], transMat: [[0, 1], [1, 0]], emissionProb: [[1, 0], [0, 1]] };
  const { states, observations } = sampleHmm(p, 100, { rng: createRng(3) });
  states.forEach((s, t) => { assert.equal(s, t % 2); assert.equal(observations[t], s); });
  assert.throws(() => sampleHmm(p, 0, { rng: createRng(3) }), /sampleHmm: nSteps is 0/);
});

test('randomHmmParams(n, m, { rng }) gives valid stochastic rows, reproducibly, and rejects bad sizes', () => {
  const a = randomHmmParams(4, 7, { rng: createRng(11) });
  assert.deepEqual(validateParams(a), { nStates: 4, nSymbols: 7 });
  for (const row of [a.startProb, ...a.transMat, ...a.emissionProb]) assert.ok(Math.abs(row.reduce((x, y) => x + y, 0) - 1) < 1e-12);
  assert.deepEqual(a, randomHmmParams(4, 7, { rng: createRng(11) }));
  assert.throws(() => randomHmmParams(0, 7, { rng: createRng(1) }), /randomHmmParams: nStates is 0/);
});
