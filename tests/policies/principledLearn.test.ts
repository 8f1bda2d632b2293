import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Emotion } from '../../src/core/emotions.ts';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { createRng } from '../../src/core/rng.ts';
import { sum } from '../../src/core/matrix.ts';
import { createPolicy } from '../../src/policies/createPolicy.ts';
import { principledLearn } from '../../src/policies/principledLearn.ts';
import { loadPrincipledPrior } from '../../src/policies/principledPrior.ts';
import { principledEpisode, principledLearned, principledModel } from '../../src/policies/principledStep.ts';

const params = loadPaperParameters();
const prior = loadPrincipledPrior();

test('principledLearn adds one expected count per real observation, after forgetting the old counts', () => {
  const start = principledLearned(params);
  start.emissionCounts[1][2] = 10;
  const episode = {
    ...principledEpisode(),
    debtor: ['Neutral', 'Anger', 'Anger', 'Fear'] as Emotion[],
    creditor: ['Joy', 'Surprise', 'Surprise', 'Joy'] as Emotion[],
    observations: [
      { debtor: 'Anger', creditor: 'Joy' },
      { debtor: 'Anger', creditor: 'Surprise' },
      { debtor: 'Fear', creditor: 'Surprise' },
    ] as { debtor: Emotion; creditor: Emotion }[],
  };
  const out = principledLearn(start, episode, { params, prior, success: true });
  // 10 * .95 forgotten + 3 observations
  assert.ok(Math.abs(sum(out.emissionCounts.flat()) - (10 * 0.95 + 3)) < 1e-12);
  // counts land only in the observed emotions' columns (Anger = 2, Fear = 3)
  out.emissionCounts.forEach((row, s) => row.forEach((v, d) => {
    if (d !== 2 && d !== 3) assert.equal(v, 0, `state ${s} emotion ${d}`);
  }));
  // Anger replies are attributed mostly to Confrontational
  const angerCol = out.emissionCounts.map((row) => row[2]);
  assert.ok(angerCol[1] - 9.5 > angerCol[0] && angerCol[1] - 9.5 > angerCol[2]);
});

test('principledLearn with no real observation only forgets', () => {
  const start = principledLearned(params);
  start.emissionCounts[0][0] = 4;
  const out = principledLearn(start, { ...principledEpisode(), debtor: ['Neutral'], creditor: ['Joy'] }, { params, prior, success: false });
  assert.equal(out.emissionCounts[0][0], 4 * 0.95);
});

test('principled online learning raises P(Anger | Confrontational) against a persistently angry debtor', () => {
  const policy = createPolicy('eq-negotiator', { params, hmmMode: 'principled' });
  const initial = principledModel(principledLearned(params), { params, prior });
  for (let i = 0; i < 10; i++) {
    policy.reset({ rng: createRng(i) });
    for (const d of [null, 'Anger', 'Anger', 'Disgust', 'Anger', 'Anger', 'Anger'] as const) policy.decide(d);
    policy.learn({ success: false });
  }
  const learned = policy.snapshot().state as { emissionCounts: number[][]; payoff: number[][] };
  const now = principledModel({ payoff: learned.payoff, emissionCounts: learned.emissionCounts }, { params, prior });
  // table[Neutral creditor][Confrontational][Anger]
  assert.ok(now.table[6][1][2] > initial.table[6][1][2]);
});
