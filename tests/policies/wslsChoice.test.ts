import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { createRng } from '../../src/core/rng.ts';
import { wslsChoice } from '../../src/policies/wslsChoice.ts';
import { payoffBestResponse } from '../../src/policies/payoffBestResponse.ts';
import { createPolicy } from '../../src/policies/createPolicy.ts';

const params = loadPaperParameters();
// Table 5 creditor payoff rows (debtor emotion), columns Joy, Sadness, Anger, Fear, Surprise, Disgust, Neutral
const JOY = [4, 3, 2, 1, 3, 2, 3];
const SADNESS = [2, 3, 2, 1, 2, 1, 3];
const ANGER = [1, 1, 1, 0, 2, 1, 2];
const DISGUST = [2, 1, 0, 0, 1, 2, 2];

test('payoffBestResponse(row) is the first maximiser with tieRule first (numpy argmax)', () => {
  assert.equal(payoffBestResponse(JOY), 0); // 4 at Joy
  assert.equal(payoffBestResponse(SADNESS), 1); // 3 at Sadness and Neutral: Sadness first
  assert.equal(payoffBestResponse(ANGER), 4); // 2 at Surprise and Neutral: Surprise first
});

test('payoffBestResponse(row, {tieRule: random}) draws only among the maximisers, reproducibly per seed', () => {
  const draw = (seed: number) => Array.from({ length: 50 }, (_, i) => payoffBestResponse(DISGUST, { tieRule: 'random', rng: createRng(seed).fork(`t${i}`) }));
  const a = draw(7);
  assert.deepEqual(new Set(a), new Set([0, 5, 6])); // row Disgust: 2 at Joy, Disgust, Neutral
  assert.deepEqual(draw(7), a);
});

test('wslsChoice(row, null) takes the best response when there is no previous payoff (win-stay)', () => {
  const w = wslsChoice(JOY, null);
  assert.deepEqual([w.index, w.payoff, w.shifted], [0, 4, false]);
});

test('wslsChoice(row, 2.0) stays: a payoff equal to the threshold is not a loss', () => {
  assert.equal(wslsChoice(JOY, 2.0).shifted, false);
  assert.equal(wslsChoice(JOY, 2.0).index, 0);
});

test('wslsChoice(row, below 2.0) shifts to the second entry of the authors\' ranking (stable argsort reversed)', () => {
  // Row Joy [4,3,2,1,3,2,3]: descending value, ties by descending index: Joy(4), Neutral(3), Surprise(3), Sadness(3) ...
  const joy = wslsChoice(JOY, 1.975);
  assert.deepEqual([joy.index, joy.payoff, joy.shifted], [6, 3, true]);
  assert.match(joy.note, /lose-shift/);
  // Row Sadness [2,3,2,1,2,1,3]: ranking Neutral(3), Sadness(3), ...: the "second best" is Sadness, which argmax also picks
  assert.equal(wslsChoice(SADNESS, 1).index, 1);
  // Row Anger [1,1,1,0,2,1,2]: ranking Neutral(2), Surprise(2): shift lands on Surprise, argmax's choice
  assert.equal(wslsChoice(ANGER, 1).index, 4);
  // Row Disgust [2,1,0,0,1,2,2]: ranking Neutral, Disgust, Joy: second = Disgust
  assert.equal(wslsChoice(DISGUST, 1).index, 5);
});

test('wslsChoice(row, loss, {tieRule: random}) shifts to a maximiser of the remaining entries, never the best itself', () => {
  for (let i = 0; i < 40; i++) {
    const rng = createRng(3).fork(`t${i}`);
    const best = wslsChoice(DISGUST, null, { tieRule: 'random', rng: createRng(3).fork(`t${i}`) }).index;
    const shifted = wslsChoice(DISGUST, 1, { tieRule: 'random', rng }).index;
    assert.ok([0, 5, 6].includes(shifted));
    assert.notEqual(shifted, best);
  }
});

test("createPolicy('wsls') shifts after a chosen payoff below 2.0 and remembers the payoff of the chosen emotion", () => {
  const p = structuredClone(params);
  p.payoffAgent[2] = [1, 1, 1, 0, 1.5, 1, 1.8]; // row Anger edited so that its best payoff (Neutral, 1.8) is a loss
  const policy = createPolicy('wsls', { params: p });
  policy.reset({ rng: createRng(1) });
  const t1 = policy.decide('Anger');
  assert.deepEqual([t1.chosen, t1.branch], ['Neutral', 'wsls']);
  const t2 = policy.decide('Joy'); // previous payoff 1.8 < 2: second of row Joy = Neutral
  assert.equal(t2.chosen, 'Neutral');
  assert.match(t2.note ?? '', /lose-shift \(previous payoff 1.8 < 2\)/);
  const t3 = policy.decide('Joy'); // previous payoff = agent[Joy][Neutral] = 3: win-stay on Joy
  assert.equal(t3.chosen, 'Joy');
});
