import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMOTIONS, type Emotion } from '../../src/core/emotions.ts';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { createRng } from '../../src/core/rng.ts';
import { createPolicy } from '../../src/policies/createPolicy.ts';
import { paperCodeBelief, paperCodeScores } from '../../src/policies/paperCodeHmm.ts';
import { paperCodeEpisode, paperCodeLearned, paperCodeStep } from '../../src/policies/paperCodeStep.ts';

const params = loadPaperParameters();
const model = { stateTransition: params.stateTransition, stateEmotionWeights: params.stateEmotionWeights, emission: params.creditorToDebtorEmission };

function close(actual: readonly number[] | undefined, expected: readonly number[], tol = 1e-12): void {
  assert.ok(actual !== undefined, 'value missing');
  assert.equal(actual.length, expected.length);
  actual.forEach((v, i) => assert.ok(Math.abs(v - expected[i]) <= tol, `entry ${i}: ${v} vs ${expected[i]}`));
}

function play(spec: 'eq-negotiator' | 'hmm-only', debtor: (Emotion | null)[], options = {}) {
  const policy = createPolicy(spec, { params, ...options });
  policy.reset({ rng: createRng(1) });
  return debtor.map((d) => policy.decide(d));
}

// Hand computation from the published tables (paper-parameters.json), hidden states in the order
// Cooperative, Confrontational, Distressed, Strategic; W = stateEmotionWeights, ST = state transition.
// Turn 1, D = Neutral (no debtor message yet), C_cur = Neutral:
//   pred = ST^T init = [.4*.5+.2*.2+.2*.25+.2*.2, .4*.15+.2*.4+.2*.15+.2*.2, .4*.15+.2*.2+.2*.4+.2*.15, .4*.2+.2*.2+.2*.2+.2*.45]
//        = [.33, .21, .21, .25]
//   lik ∝ W[s][Neutral] = [.25, .30, .20, .30] (times B[Neutral][Neutral] = .4, the same for every state)
//   bel1 ∝ [.0825, .063, .042, .075] / .2625 = [11/35, 6/25, 4/25, 2/7]
//   WSLS on row Neutral of Table 5 [3,3,1,2,3,2,3]: argmax (first) = Joy, payoff 3. Temperature .7 * .95 = .665.
// Turn 2, D = Anger, C_cur = Joy:
//   pred = ST^T bel1 = [.5*55+.2*42+.25*28+.2*50, .15*55+.4*42+.15*28+.2*50, .15*55+.2*42+.4*28+.15*50, .2*55+.2*42+.2*28+.45*50] / 175
//        = [52.9, 39.25, 35.35, 47.5] / 175
//   lik ∝ W[s][Joy] = [.35, .1, .1, .2] -> bel2 ∝ [18.515, 3.925, 3.535, 9.5] / 35.475
//   Switch: 1 negative of 2 -> WSLS; row Anger [1,1,1,0,2,1,2]: Surprise (first 2); previous 3 >= 2: stay. Temperature .7 * .95^2 = .63175.
// Turn 3, D = Anger, C_cur = Surprise:
//   pred ∝ [.5*18.515+.2*3.925+.25*3.535+.2*9.5, .15*18.515+.4*3.925+.15*3.535+.2*9.5,
//           .15*18.515+.2*3.925+.4*3.535+.15*9.5, .2*18.515+.2*3.925+.2*3.535+.45*9.5] = [12.82625, 6.7775, 6.40125, 9.47]
//   lik ∝ W[s][Surprise] = [.25, .15, .05, .2] -> bel3 ∝ [3.2065625, 1.016625, .3200625, 1.894] / 6.43725
//   Switch: 2 of 3 -> WSLS; previous payoff 2 is not below 2: stay on Surprise.
// Turn 4, D = Sadness: 3 of 4 -> WSLS, row Sadness [2,3,2,1,2,1,3]: Sadness (first 3); previous 2: stay.
// Turn 5, D = Fear: 4 of the 5 [Neutral, Anger, Anger, Sadness, Fear] are negative -> HMM branch.
test('paperCodeStep reproduces the hand-computed trace of the first turns on the published tables', () => {
  const t = play('eq-negotiator', [null, 'Anger', 'Anger', 'Sadness', 'Fear']);
  assert.deepEqual(t.map((x) => x.detected), ['Neutral', 'Anger', 'Anger', 'Sadness', 'Fear']);
  assert.deepEqual(t.map((x) => x.branch), ['wsls', 'wsls', 'wsls', 'wsls', 'hmm']);
  assert.deepEqual(t.map((x) => x.chosen), ['Joy', 'Surprise', 'Surprise', 'Sadness', 'Joy']);
  assert.deepEqual(t.map((x) => x.negativeCount), [0, 1, 2, 3, 4]);
  assert.deepEqual(t.map((x) => x.window), [1, 2, 3, 4, 5]);
  close(t[0].belief, [11 / 35, 6 / 25, 4 / 25, 2 / 7]);
  close(t[1].belief, [18.515, 3.925, 3.535, 9.5].map((v) => v / 35.475));
  close(t[2].belief, [3.2065625, 1.016625, 0.3200625, 1.894].map((v) => v / 6.43725));
  close(t[0].prediction, [52.9, 39.25, 35.35, 47.5].map((v) => v / 175));
  assert.deepEqual(t[0].scores, [3, 3, 1, 2, 3, 2, 3]);
  assert.deepEqual(t[1].scores, [1, 1, 1, 0, 2, 1, 2]);
  assert.ok(Math.abs(t[0].temperature - 0.665) < 1e-15);
  assert.ok(Math.abs(t[1].temperature - 0.63175) < 1e-15);
  assert.equal(t[0].hmmMode, 'paper-code');
});

test('paperCodeStep keeps the WSLS memory across HMM turns (only the WSLS branch writes it)', () => {
  // Turns 6-7 stay on the HMM branch ([A,A,S,F,A] 5 negatives, [A,S,F,A,N] 4); turn 8 [S,F,A,N,J] has 3:
  // WSLS again with the memory of turn 4 (agent[Sadness][Sadness] = 3 >= 2): win-stay, row Joy -> Joy.
  const t = play('eq-negotiator', [null, 'Anger', 'Anger', 'Sadness', 'Fear', 'Anger', 'Neutral', 'Joy']);
  assert.deepEqual(t.slice(5).map((x) => x.branch), ['hmm', 'hmm', 'wsls']);
  assert.match(t[7].note ?? '', /previous payoff 3 >= 2/);
  assert.equal(t[7].chosen, 'Joy');
});

// HMM branch at turn 1 (hmm-only): next = ST^T bel1 = [52.9, 39.25, 35.35, 47.5] / 175.
//   score(Joy)     = max B[Joy] (.6)     * (.35*52.9 + .1*39.25 + .1*35.35 + .2*47.5)/175 = .6 * 35.475/175 = .1216285714...
//   score(Neutral) = max B[Neutral] (.4) * (.25*52.9 + .3*39.25 + .2*35.35 + .3*47.5)/175 = .4 * 46.32/175  = .1058742857...
//   score(Sadness) = max B[Sadness] (.5) * (.05*52.9 + .1*39.25 + .3*35.35 + .1*47.5)/175 = .5 * 21.925/175 = .0626428571...
//   -> Joy.
test('paperCodeScores answers Joy on the published tables (hand-computed first HMM turn)', () => {
  const [t] = play('hmm-only', [null]);
  assert.equal(t.branch, 'hmm');
  assert.equal(t.chosen, 'Joy');
  assert.ok(Math.abs(t.scores![0] - (0.6 * 35.475) / 175) < 1e-12);
  assert.ok(Math.abs(t.scores![6] - (0.4 * 46.32) / 175) < 1e-12);
  assert.ok(Math.abs(t.scores![1] - (0.5 * 21.925) / 175) < 1e-12);
});

test('paperCodeScores answers Joy after every creditor-emotion history of up to 5 turns (exhaustive, published tables)', () => {
  // The paper-code belief depends only on the creditor emotions in effect (C_cur), so enumerating those
  // histories covers every belief the engine can reach in 5 turns: 7 + 7^2 + ... + 7^5 = 19,607 beliefs.
  let checked = 0;
  const walk = (belief: number[], depth: number): void => {
    for (let c = 0; c < 7; c++) {
      const next = paperCodeBelief(belief, { debtor: 2, creditor: c }, model);
      const { scores } = paperCodeScores(next, model);
      assert.equal(scores.indexOf(Math.max(...scores)), 0, `history ending in ${EMOTIONS[c]}: ${scores}`);
      checked++;
      if (depth > 1) walk(next, depth - 1);
    }
  };
  walk(params.stateInitial.slice(), 5);
  assert.equal(checked, 19607);
});

// "Identical" up to rounding: B[C][D] cancels in exact arithmetic, in floating point it leaves an ulp or two.
test('paperCodeBelief ignores the debtor emotion (the known defect): every D_t gives the same belief', () => {
  const bel = [0.1, 0.5, 0.3, 0.1];
  for (let c = 0; c < 7; c++) {
    const first = paperCodeBelief(bel, { debtor: 0, creditor: c }, model);
    for (let d = 1; d < 7; d++) close(paperCodeBelief(bel, { debtor: d, creditor: c }, model), first, 1e-15);
  }
  // while the creditor emotion in effect does move it: W[s][Joy] vs W[s][Sadness]
  assert.ok(Math.abs(paperCodeBelief(bel, { debtor: 0, creditor: 0 }, model)[0] - paperCodeBelief(bel, { debtor: 0, creditor: 1 }, model)[0]) > 0.1);
});

test("createPolicy('hmm-only', paper-code): two debtor histories differing only in D give identical beliefs and choices", () => {
  const calm = play('hmm-only', [null, 'Joy', 'Neutral', 'Joy', 'Surprise', 'Joy']);
  const hostile = play('hmm-only', [null, 'Anger', 'Disgust', 'Anger', 'Fear', 'Anger']);
  hostile.forEach((t, i) => close(t.belief, calm[i].belief!, 1e-15));
  assert.deepEqual(hostile.map((t) => t.chosen), calm.map((t) => t.chosen));
  assert.ok(hostile.every((t) => t.chosen === 'Joy'));
});

test('paperCodeStep does not modify its input state', () => {
  const state = { learned: paperCodeLearned(params), episode: paperCodeEpisode(params) };
  const copy = structuredClone(state);
  paperCodeStep(state, 'Anger', { params });
  assert.deepEqual(state, copy);
});
