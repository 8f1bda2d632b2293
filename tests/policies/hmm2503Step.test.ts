import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Emotion } from '../../src/core/emotions.ts';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { createRng } from '../../src/core/rng.ts';
import { createPolicy } from '../../src/policies/createPolicy.ts';
import { hmm2503Learned, hmm2503Scores } from '../../src/policies/hmm2503Step.ts';

const params = loadPaperParameters();

function play(debtor: (Emotion | null)[], options = {}, seed = 1) {
  const policy = createPolicy('eq-negotiator', { params, hmmMode: '2503', ...options });
  policy.reset({ rng: createRng(seed) });
  return { policy, traces: debtor.map((d) => policy.decide(d)) };
}

// c = Neutral, d = Anger. T[Neutral] = [.2,.1,.05,.05,.2,.05,.35];
// B[:, Anger] = [.05, .2, .5, .1, .05, .2/1.05 (row Disgust normalised), .1]
// T ⊙ B = [.01, .02, .025, .005, .01, .01/1.05, .035]
// ⊙ bias [.2,.5,1,.6,.2,.7,.3] = [.002, .01, .025, .003, .002, .007/1.05, .0105] -> argmax Anger
test('hmm2503Scores is T[c][j] B[j][d] bias[j], normalised (hand-computed on the published tables)', () => {
  const { belief, scores } = hmm2503Scores(hmm2503Learned(params), { creditor: 6, debtor: 2, bias: params.negativeBias2503 });
  const tb = [0.01, 0.02, 0.025, 0.005, 0.01, 0.01 / 1.05, 0.035];
  const biased = [0.002, 0.01, 0.025, 0.003, 0.002, 0.007 / 1.05, 0.0105];
  const norm = (v: number[]) => v.map((x) => x / v.reduce((a, b) => a + b));
  norm(tb).forEach((v, i) => assert.ok(Math.abs(belief[i] - v) < 1e-12));
  norm(biased).forEach((v, i) => assert.ok(Math.abs(scores[i] - v) < 1e-12));
  assert.equal(scores.indexOf(Math.max(...scores)), 2);
});

test('2503 mode needs a full window of 5 debtor emotions with at least 3 negatives', () => {
  const { traces } = play(['Anger', 'Anger', 'Anger', 'Anger', 'Anger', 'Joy', 'Joy', 'Joy']);
  assert.deepEqual(traces.map((t) => t.branch), ['payoff', 'payoff', 'payoff', 'payoff', 'hmm', 'hmm', 'hmm', 'payoff']);
  assert.deepEqual(traces.map((t) => t.negativeCount), [1, 2, 3, 4, 5, 4, 3, 2]);
  assert.ok(traces.every((t) => t.hmmMode === '2503'));
});

test('2503 mode breaks payoff ties at random from the seeded rng and uses the best response on the first turn', () => {
  // Row Neutral [3,3,1,2,3,2,3]: maximisers Joy, Sadness, Surprise, Neutral
  const firsts = new Set(Array.from({ length: 40 }, (_, s) => play([null], {}, s).traces[0].chosen));
  assert.ok(firsts.size > 1);
  for (const c of firsts) assert.ok(['Joy', 'Sadness', 'Surprise', 'Neutral'].includes(c!));
  assert.match(play([null]).traces[0].note ?? '', /first turn/);
  assert.equal(play([null], { tieRule: 'first' }).traces[0].chosen, 'Joy');
});

// tieRule first: turn 1 (D Neutral) -> Joy; turn 2 (D Anger, row [1,1,1,0,2,1,2]) -> Surprise;
// turn 3 (D Fear, row [2,2,1,2,2,1,3]) -> Neutral.
// Counts: turn 2 adds emission[Joy][Anger]; turn 3 adds emission[Surprise][Fear] and transition[Joy][Surprise].
test('2503 mode adds 1 to emissionCounts[C_{t-1}][D_t] each turn and to transitionCounts[C_{t-2}][C_{t-1}] from the third', () => {
  const { policy, traces } = play([null, 'Anger', 'Fear'], { tieRule: 'first' });
  assert.deepEqual(traces.map((t) => t.chosen), ['Joy', 'Surprise', 'Neutral']);
  const s = policy.snapshot().state as { transitionCounts: number[][]; emissionCounts: number[][] };
  const e = params.creditorToDebtorEmission.map((r) => r.slice());
  e[0][2] += 1;
  e[4][3] += 1;
  const t = params.creditorTransition.map((r) => r.slice());
  t[0][4] += 1;
  assert.deepEqual(s.emissionCounts, e);
  assert.deepEqual(s.transitionCounts, t);
});

test('2503 mode keeps its counts across negotiations and learn() changes nothing', () => {
  const { policy } = play([null, 'Anger', 'Fear'], { tieRule: 'first' });
  const before = policy.snapshot();
  policy.learn({ success: true });
  assert.deepEqual(policy.snapshot(), before);
  policy.reset({ rng: createRng(2) });
  assert.deepEqual(policy.snapshot(), before);
});
