import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Emotion } from '../../src/core/emotions.ts';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { createRng } from '../../src/core/rng.ts';
import { sum } from '../../src/core/matrix.ts';
import { createPolicy } from '../../src/policies/createPolicy.ts';
import { emissionTable, stateEmission } from '../../src/policies/principledEmission.ts';
import { principledScores } from '../../src/policies/principledHmm.ts';
import { loadPrincipledPrior } from '../../src/policies/principledPrior.ts';
import { principledEpisode, principledLearned, principledStep } from '../../src/policies/principledStep.ts';

const params = loadPaperParameters();
const prior = loadPrincipledPrior();

function play(debtor: (Emotion | null)[], options = {}) {
  const policy = createPolicy('eq-negotiator', { params, hmmMode: 'principled', ...options });
  policy.reset({ rng: createRng(1) });
  return debtor.map((d) => policy.decide(d));
}

test('principledStep treats the opening turn without a debtor message as no observation', () => {
  const [t] = play([null]);
  assert.deepEqual(t.belief, params.stateInitial);
  assert.deepEqual(t.prediction, params.stateInitial);
  assert.deepEqual([t.negativeCount, t.window, t.detected], [0, 0, 'Neutral']);
});

// Turn 1 chooses Joy (WSLS on row Neutral). Turn 2 observes Anger in reply to Joy. Product of experts
// P(d | s, Joy) ∝ prior[s][d] * B[Joy][d], B[Joy] = [.6,.05,.05,.05,.1,.05,.1]:
//   Cooperative     [.35,.05,.03,.04,.10,.03,.40] ⊙ B sums to .2675, Anger term .03*.05 = .0015
//   Confrontational [.03,.07,.45,.05,.05,.25,.10] ⊙ B sums to .0740, Anger term .45*.05 = .0225
//   Distressed      [.03,.45,.05,.30,.04,.03,.10] ⊙ B sums to .0735, Anger term .05*.05 = .0025
//   Strategic       [.10,.10,.08,.04,.20,.18,.30] ⊙ B sums to .1300, Anger term .08*.05 = .0040
// bel ∝ init ⊙ lik = [.4*.0015/.2675, .2*.0225/.074, .2*.0025/.0735, .2*.004/.13] ≈ [.0295, .8000, .0895, .0810]
test('principledStep filters the first Anger reply to Joy as the hand-computed product-of-experts posterior', () => {
  const t = play([null, 'Anger']);
  assert.equal(t[0].chosen, 'Joy');
  const raw = [(0.4 * 0.0015) / 0.2675, (0.2 * 0.0225) / 0.074, (0.2 * 0.0025) / 0.0735, (0.2 * 0.004) / 0.13];
  const total = raw.reduce((a, b) => a + b);
  t[1].belief!.forEach((v, i) => assert.ok(Math.abs(v - raw[i] / total) < 1e-12, `${i}: ${v}`));
});

test('principledStep moves the belief towards Confrontational under repeated Anger', () => {
  const t = play([null, 'Anger', 'Anger', 'Anger', 'Anger', 'Anger', 'Anger']);
  const conf = t.map((x) => x.belief![1]);
  assert.equal(conf[0], 0.2);
  for (let i = 1; i < t.length; i++) {
    assert.equal(t[i].belief!.indexOf(Math.max(...t[i].belief!)), 1, `turn ${i + 1}: ${t[i].belief}`);
    assert.ok(conf[i] > 0.75, `turn ${i + 1}: P(Confrontational) = ${conf[i]}`);
  }
});

test('principledStep beliefs depend on the debtor emotion (unlike paper-code)', () => {
  const angry = play([null, 'Anger', 'Anger']);
  const sad = play([null, 'Sadness', 'Sadness']);
  assert.equal(angry[0].chosen, sad[0].chosen);
  assert.equal(sad[2].belief!.indexOf(Math.max(...sad[2].belief!)), 2); // Distressed
  assert.ok(Math.abs(angry[2].belief![1] - sad[2].belief![1]) > 0.5);
});

test('principledStep takes the Eq. 4 switch over real observations only and uses the expected-payoff Eq. 5 on the HMM branch', () => {
  const t = play([null, 'Anger', 'Anger', 'Anger', 'Anger']);
  assert.deepEqual(t.map((x) => x.branch), ['wsls', 'wsls', 'wsls', 'wsls', 'hmm']);
  assert.deepEqual(t.map((x) => x.window), [0, 1, 2, 3, 4]);
  const hmm = t[4];
  assert.equal(hmm.hmmMode, 'principled');
  assert.equal(hmm.chosen, ['Joy', 'Sadness', 'Anger', 'Fear', 'Surprise', 'Disgust', 'Neutral'][hmm.scores!.indexOf(Math.max(...hmm.scores!))]);
  // expected payoffs lie within the range of Table 5 (0..4)
  for (const s of hmm.scores!) assert.ok(s >= 0 && s <= 4);
});

// Two states, two emotions: prediction [.75, .25]; table[e][s][d]: e=0 [[1,0],[0,1]], e=1 all .5;
// payoff[d][e] = [[4,1],[0,2]].
//   score(0) = .75*(1*4 + 0*0) + .25*(0*4 + 1*0) = 3
//   score(1) = .75*(.5*1 + .5*2) + .25*(.5*1 + .5*2) = 1.5
// With w(e, s) = [[1,2],[3,4]] (rows states): score(0) = .75*4*1 + .25*0*3 = 3; score(1) = .75*1.5*2 + .25*1.5*4 = 3.75
test('principledScores computes sum_S P(S) sum_D P(D | S, e) agent[D][e], optionally times w(e, S) (hand example)', () => {
  const table = [[[1, 0], [0, 1]], [[0.5, 0.5], [0.5, 0.5]]];
  const payoff = [[4, 1], [0, 2]];
  assert.deepEqual(principledScores([0.75, 0.25], { table, payoff }), [3, 1.5]);
  assert.deepEqual(principledScores([0.75, 0.25], { table, payoff, weights: [[1, 2], [3, 4]] }), [3, 3.75]);
});

test("emissionTable rows are distributions; 'state' ignores the creditor emotion, 'product' does not", () => {
  const e = stateEmission(prior.emission, prior.emission.map((r) => r.map(() => 0)), { strength: prior.strength });
  const product = emissionTable(e, { creditorEmission: params.creditorToDebtorEmission, model: 'product' });
  const state = emissionTable(e, { creditorEmission: params.creditorToDebtorEmission, model: 'state' });
  for (const t of [product, state]) for (const c of t) for (const row of c) assert.ok(Math.abs(sum(row) - 1) < 1e-12);
  assert.deepEqual(state[0], state[2]);
  assert.ok(product[2][0][2] > product[0][0][2], 'an angry creditor makes an angry reply likelier');
});

test('stateEmission adds learned counts to strength * prior (Dirichlet posterior mean)', () => {
  // row [.5, .5] with strength 2 -> pseudo-counts [1, 1]; plus learned [3, 1] -> [4, 2] / 6
  assert.deepEqual(stateEmission([[0.5, 0.5]], [[3, 1]], { strength: 2 }), [[4 / 6, 2 / 6]]);
});

test("principledStep with stateWeights multiplies each term by the paper's w(e, S)", () => {
  const state = { learned: principledLearned(params), episode: principledEpisode() };
  const plain = principledStep(state, 'Anger', { params, prior, forceHmm: true }).trace;
  const weighted = principledStep(state, 'Anger', { params, prior, forceHmm: true, stateWeights: true }).trace;
  assert.deepEqual(weighted.belief, plain.belief);
  assert.notDeepEqual(weighted.scores, plain.scores);
  assert.match(weighted.note ?? '', /w\(e, S\)/);
});
