import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { createRng } from '../../src/core/rng.ts';
import { sum } from '../../src/core/matrix.ts';
import { principledFilter, type StateObservation } from '../../src/policies/principledHmm.ts';
import { principledLearned, principledModel } from '../../src/policies/principledStep.ts';
import { loadPrincipledPrior } from '../../src/policies/principledPrior.ts';
import { smoothStates } from '../../src/policies/smoothStates.ts';

const params = loadPaperParameters();
const prior = loadPrincipledPrior();
const model = principledModel(principledLearned(params), { params, prior });

/** Brute force: enumerate all 4^T state paths. */
function bruteForce(obs: StateObservation[]) {
  const T = obs.length;
  const post = obs.map(() => [0, 0, 0, 0]);
  let total = 0;
  for (let code = 0; code < 4 ** T; code++) {
    const path = Array.from({ length: T }, (_, t) => Math.floor(code / 4 ** t) % 4);
    let p = model.initial[path[0]] * model.table[obs[0].creditor][path[0]][obs[0].debtor];
    for (let t = 1; t < T; t++) p *= model.transition[path[t - 1]][path[t]] * model.table[obs[t].creditor][path[t]][obs[t].debtor];
    total += p;
    path.forEach((s, t) => (post[t][s] += p));
  }
  return { posteriors: post.map((r) => r.map((v) => v / total)), logLikelihood: Math.log(total) };
}

function randomObs(seed: number, T: number): StateObservation[] {
  const rng = createRng(seed);
  return Array.from({ length: T }, () => ({ debtor: rng.int(7), creditor: rng.int(7) }));
}

test('smoothStates(obs, model) equals brute-force enumeration of all state paths', () => {
  for (const seed of [1, 2, 3]) {
    const obs = randomObs(seed, 5);
    const fb = smoothStates(obs, model);
    const bf = bruteForce(obs);
    fb.posteriors.forEach((row, t) => row.forEach((v, s) => assert.ok(Math.abs(v - bf.posteriors[t][s]) < 1e-12, `t ${t} s ${s}`)));
    assert.ok(Math.abs(fb.logLikelihood - bf.logLikelihood) < 1e-10);
  }
});

test('smoothStates: the last smoothed posterior equals the filtered belief, and every posterior sums to 1', () => {
  const obs = randomObs(9, 12);
  let belief: number[] | null = null;
  for (const o of obs) belief = principledFilter(belief, o, model);
  const { posteriors } = smoothStates(obs, model);
  posteriors.at(-1)!.forEach((v, s) => assert.ok(Math.abs(v - belief![s]) < 1e-12));
  for (const row of posteriors) {
    assert.ok(Math.abs(sum(row) - 1) < 1e-12);
    assert.ok(row.every((v) => v >= 0));
  }
});

test('smoothStates stays finite over long sequences (scaled recursions)', () => {
  const { posteriors, logLikelihood } = smoothStates(randomObs(4, 2000), model);
  assert.ok(Number.isFinite(logLikelihood) && logLikelihood < -1000);
  assert.ok(posteriors.every((row) => row.every(Number.isFinite)));
});

test('smoothStates throws naming the observation that no state can emit', () => {
  const zero = { ...model, table: model.table.map((c) => c.map((row) => row.map((v, d) => (d === 3 ? 0 : v)))) };
  assert.throws(() => smoothStates([{ debtor: 0, creditor: 0 }, { debtor: 3, creditor: 1 }], zero), /smoothStates: observation 1 \(debtor 3, creditor 1\) has probability 0/);
});
