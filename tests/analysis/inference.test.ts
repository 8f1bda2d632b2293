import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beliefRibbon } from '../../src/analysis/beliefRibbon.ts';
import { detectorAccuracy } from '../../src/analysis/detectorAccuracy.ts';
import { hmmActivation } from '../../src/analysis/hmmActivation.ts';
import { inferenceComparison } from '../../src/analysis/inferenceComparison.ts';
import { loadRun } from '../../src/analysis/loadRun.ts';
import { stateEstimate } from '../../src/analysis/stateEstimate.ts';
import { stateInferenceAccuracy } from '../../src/analysis/stateInferenceAccuracy.ts';
import { emotionIndex as ix } from '../../src/core/emotions.ts';
import { createRng } from '../../src/core/rng.ts';
import { FIXTURE_RUN, PAPER_CODE, PRINCIPLED, turn, VANILLA } from './helpers.ts';

const run = loadRun(FIXTURE_RUN);
const close = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

test('stateEstimate(turn) scores only observed turns with a true state and a 4-state estimate', () => {
  const b = [0.1, 0.6, 0.2, 0.1];
  assert.deepEqual(stateEstimate(turn({ belief: b, trueDebtorState: 'Confrontational' }), 'filtered'), { probabilities: b, truth: 1 });
  assert.equal(stateEstimate(turn({ belief: b, trueDebtorState: 'Confrontational', observed: false }), 'filtered'), null);
  assert.equal(stateEstimate(turn({ belief: b, trueDebtorState: null }), 'filtered'), null);
  assert.equal(stateEstimate(turn({ belief: b, trueDebtorState: 'Confrontational' }), 'smoothed'), null);
  assert.equal(stateEstimate(turn({ belief: [1, 0, 0, 0, 0, 0, 0], hmmMode: '2503', trueDebtorState: 'Strategic' }), 'filtered'), null);
  assert.throws(() => stateEstimate(turn({ belief: b, trueDebtorState: 'Angry' }), 'filtered'), /trueDebtorState = "Angry", expected one of Cooperative/);
});

test('stateInferenceAccuracy(turns) gives known accuracy, confusion, macro-F1 and Brier on hand-made turns', () => {
  const rows = [
    turn({ belief: [0.7, 0.1, 0.1, 0.1], trueDebtorState: 'Cooperative' }), // hit, Brier 0.09 + 3 * 0.01 = 0.12
    turn({ belief: [0.1, 0.7, 0.1, 0.1], trueDebtorState: 'Confrontational' }), // hit, 0.12
    turn({ belief: [0.1, 0.7, 0.1, 0.1], trueDebtorState: 'Strategic' }), // miss: 0.01 + 0.49 + 0.01 + 0.81 = 1.32
    turn({ belief: [0.25, 0.25, 0.25, 0.25], trueDebtorState: 'Distressed' }), // tie: first index (Cooperative), miss, 0.75
    turn({ belief: [0.25, 0.25, 0.25, 0.25], observed: false, trueDebtorState: null }), // opening turn: not scored
  ];
  const [r] = stateInferenceAccuracy(rows, { estimates: ['filtered'] });
  assert.deepEqual([r.persona, r.policy, r.estimate, r.turns, r.correct, r.accuracy], ['angry', 'p', 'filtered', 4, 2, 0.5]);
  assert.deepEqual(r.confusion, [[1, 0, 0, 0], [0, 1, 0, 0], [1, 0, 0, 0], [0, 1, 0, 0]]);
  close(r.brier, (0.12 + 0.12 + 1.32 + 0.75) / 4);
  // Per class F1: Cooperative p 1/2 r 1 -> 2/3; Confrontational 2/3; Distressed 0; Strategic 0 (scikit-learn macro over present classes).
  close(r.macroF1, (2 / 3 + 2 / 3) / 4);
  assert.ok(r.lower <= 0.5 && r.upper >= 0.5);
  assert.deepEqual(stateInferenceAccuracy(rows.map((t) => ({ ...t, policy: 'vanilla', belief: null }))), []);
});

test('stateInferenceAccuracy(turns) on the fixture scores only HMM policies, filtered and smoothed, on observed turns', () => {
  const rows = stateInferenceAccuracy(run.turns);
  assert.deepEqual(rows.map((r) => [r.policy, r.estimate, r.turns]), [
    [PAPER_CODE, 'filtered', 3], [PAPER_CODE, 'smoothed', 3], [PRINCIPLED, 'filtered', 4], [PRINCIPLED, 'smoothed', 4],
  ]);
  for (const r of rows) {
    assert.equal(r.confusion.flat().reduce((a, b) => a + b, 0), r.turns);
    assert.ok(r.brier >= 0 && r.brier <= 2);
  }
});

test('detectorAccuracy(detections) scores every detection against the true emotion, failures included (fixture, hand-counted)', () => {
  const [v] = detectorAccuracy(run.detections.filter((d) => d.policy === VANILLA));
  // Vanilla: A->A, A->D (miss), S->S | A->A, D->D, A->Neutral (failure, miss), D->A (miss).
  assert.deepEqual([v.detections, v.failures, v.scored, v.correct], [7, 1, 7, 4]);
  close(v.accuracy, 4 / 7);
  assert.equal(v.confusion[ix('Anger')][ix('Neutral')], 1);
  assert.equal(v.confusion[ix('Disgust')][ix('Anger')], 1);
  const all = detectorAccuracy(run.detections, { by: ['persona'] });
  assert.equal(all.length, 1);
  assert.equal(all[0].detections, 18);
  // Misses: vanilla 3, principled s2 Disgust read as Anger: 14 of 18 correct.
  assert.equal(all[0].correct, 14);
});

test('hmmActivation(turns) is the share of decisions taken by the HMM branch (fixture: 0 of 7, 1 of 5, 2 of 6)', () => {
  const rows = hmmActivation(run.turns);
  assert.deepEqual(rows.map((r) => [r.policy, r.decisions, r.hmmDecisions]), [[VANILLA, 7, 0], [PAPER_CODE, 5, 1], [PRINCIPLED, 6, 2]]);
  close(rows[2].rate, 1 / 3);
  // Wilson 2 of 6: scipy binomtest(2, 6).proportion_ci(method='wilson').
  close(rows[2].lower, 0.09677141110578047);
  close(rows[2].upper, 0.700006684861608);
});

test('beliefRibbon(turns, { negotiationId }) gives one point per turn and state, the truth marked, beliefs summing to 1', () => {
  const id = `s2|angry|${PRINCIPLED}|sim-creditor|sim-debtor|s1`;
  const points = beliefRibbon(run.turns, { negotiationId: id });
  assert.equal(points.length, 16);
  assert.deepEqual(points.slice(0, 4).map((p) => [p.turn, p.state, p.isTrue]), [[1, 'Cooperative', null], [1, 'Confrontational', null], [1, 'Distressed', null], [1, 'Strategic', null]]);
  assert.deepEqual(points.filter((p) => p.isTrue).map((p) => [p.turn, p.state]), [[2, 'Confrontational'], [3, 'Strategic'], [4, 'Confrontational']]);
  for (let t = 1; t <= 4; t++) close(points.filter((p) => p.turn === t).reduce((s, p) => s + p.filtered, 0), 1);
  assert.throws(() => beliefRibbon(run.turns, { negotiationId: `s1|angry|${VANILLA}|sim-creditor|sim-debtor|s1` }), /has no turn with a belief over the 4 debtor states/);
});

test('inferenceComparison(turns) sets principled beside paper-code; paper-code smoothing ignores the debtor (influence ~0)', () => {
  const rows = inferenceComparison(run.turns, { resamples: 300 });
  assert.deepEqual(rows.map((r) => r.measure), ['detector', 'filtered', 'smoothed']);
  const [det, filtered, smoothed] = rows;
  // Detector on observed turns: paper-code 3 of 3, principled 3 of 4 (Disgust read as Anger).
  assert.deepEqual([det.paperCodeTurns, det.paperCodeAccuracy, det.principledTurns, det.principledAccuracy], [3, 1, 4, 0.75]);
  assert.ok(Number.isNaN(det.paperCodeBrier));
  assert.equal(filtered.paperCodeTurns, 3);
  assert.equal(filtered.principledTurns, 4);
  close(filtered.difference, filtered.principledAccuracy - filtered.paperCodeAccuracy);
  assert.ok(filtered.differenceLower <= filtered.difference && filtered.difference <= filtered.differenceUpper);
  assert.ok(smoothed.paperCodeDebtorInfluence < 1e-12);
  assert.ok(smoothed.principledDebtorInfluence > 0.1);
  close(smoothed.brierDifference, smoothed.principledBrier - smoothed.paperCodeBrier);
});

test('inferenceComparison(turns) is reproducible for a seed and refuses to group by policy or hmmMode', () => {
  const a = inferenceComparison(run.turns, { rng: createRng(4), resamples: 100 });
  assert.deepEqual(inferenceComparison(run.turns, { rng: createRng(4), resamples: 100 }), a);
  assert.throws(() => inferenceComparison(run.turns, { by: ['policy'] }), /options.by contains "policy", which separates the two modes/);
});

test('inferenceComparison(turns) gives known accuracies on hand-made turns, with a missing side as NaN', () => {
  const pc = (id: string, state: string) => turn({ negotiationId: id, hmmMode: 'paper-code', belief: [0.4, 0.3, 0.2, 0.1], trueDebtorState: state });
  const rows = [pc('a', 'Cooperative'), pc('a', 'Strategic'), pc('b', 'Cooperative'), pc('b', 'Cooperative')];
  const out = inferenceComparison(rows, { resamples: 50 });
  assert.deepEqual(out.map((r) => r.measure), ['filtered']); // no true emotions, no smoothed posteriors: those measures are absent
  const [filtered] = out;
  assert.deepEqual([filtered.paperCodeTurns, filtered.paperCodeAccuracy, filtered.principledTurns], [4, 0.75, 0]);
  assert.ok(Number.isNaN(filtered.principledAccuracy) && Number.isNaN(filtered.difference));
});
