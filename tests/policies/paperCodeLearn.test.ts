import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emotionIndex, type Emotion } from '../../src/core/emotions.ts';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { createRng } from '../../src/core/rng.ts';
import { sum } from '../../src/core/matrix.ts';
import { createPolicy } from '../../src/policies/createPolicy.ts';
import { paperCodeLearn } from '../../src/policies/paperCodeLearn.ts';
import { paperCodeEpisode, paperCodeLearned } from '../../src/policies/paperCodeStep.ts';
import { updatePayoff } from '../../src/policies/updatePayoff.ts';

const params = loadPaperParameters();
type Learned = { payoff: number[][]; emission: number[][]; transition: number[][] };

function playAndLearn(spec: string, hmmMode: 'paper-code' | 'principled', debtor: (Emotion | null)[], success: boolean) {
  const policy = createPolicy(spec, { params, hmmMode: spec === 'eq-negotiator' ? hmmMode : undefined });
  const before = policy.snapshot().state as Learned;
  policy.reset({ rng: createRng(5) });
  const traces = debtor.map((d) => policy.decide(d));
  policy.learn({ success });
  return { before, after: policy.snapshot().state as Learned, traces };
}

for (const [spec, mode] of [['eq-negotiator', 'paper-code'], ['eq-negotiator', 'principled'], ['wsls', 'paper-code'], ['payoff', 'paper-code']] as const) {
  for (const success of [true, false]) {
    test(`${spec}${spec === 'eq-negotiator' ? ` (${mode})` : ''}.learn({success: ${success}}) moves each payoff entry by exactly 0.05 * ${success ? '1' : '-0.5'} per occurrence`, () => {
      const debtor: (Emotion | null)[] = [null, 'Anger', 'Anger', 'Anger', 'Anger', 'Sadness', 'Anger', 'Joy', 'Anger'];
      const { before, after, traces } = playAndLearn(spec, mode, debtor, success);
      const delta = 0.05 * (success ? 1 : -0.5);
      const count = before.payoff.map((row) => row.map(() => 0));
      for (const t of traces) count[emotionIndex(t.detected)][emotionIndex(t.chosen!)]++;
      assert.ok(count.flat().some((m) => m > 1), 'some pair should repeat');
      after.payoff.forEach((row, d) => row.forEach((v, c) => {
        assert.ok(Math.abs(v - (before.payoff[d][c] + count[d][c] * delta)) < 1e-12, `agent[${d}][${c}] = ${v}, count ${count[d][c]}`);
      }));
    });
  }
}

// Episode: D = [Neutral, Anger], C = [Joy, Surprise]. Step 7 for t = 2 only:
//   B[Surprise][Anger] += .03: row Surprise of Table 4b [.10,.05,.05,.05,.60,.05,.10] (sums to 1) -> [.10,.05,.08,.05,.60,.05,.10] / 1.03
//   T[Joy][Surprise] += .03: row Joy of Table 4a [.5,.1,.05,.05,.2,.05,.05] -> [.5,.1,.05,.05,.23,.05,.05] / 1.03
//   payoff: agent[Neutral][Joy] 3 -> 3.05 and agent[Anger][Surprise] 2 -> 2.05 (success).
test('paperCodeLearn adds 0.03 to B[C_t][D_t] and T[C_{t-1}][C_t] from the second turn, renormalising the rows (hand-computed)', () => {
  const episode = { ...paperCodeEpisode(params), debtor: ['Neutral', 'Anger'] as Emotion[], creditor: ['Joy', 'Surprise'] as Emotion[] };
  const out = paperCodeLearn(paperCodeLearned(params), episode, { params, success: true });
  const near = (a: number[], b: number[]) => a.forEach((v, i) => assert.ok(Math.abs(v - b[i]) < 1e-15, `${i}: ${v} vs ${b[i]}`));
  near(out.emission[4], [0.1, 0.05, 0.08, 0.05, 0.6, 0.05, 0.1].map((v) => v / 1.03));
  near(out.transition[0], [0.5, 0.1, 0.05, 0.05, 0.23, 0.05, 0.05].map((v) => v / 1.03));
  assert.deepEqual(out.emission.filter((_, i) => i !== 4), params.creditorToDebtorEmission.filter((_, i) => i !== 4));
  assert.ok(Math.abs(out.payoff[6][0] - 3.05) < 1e-15);
  assert.ok(Math.abs(out.payoff[2][4] - 2.05) < 1e-15);
  for (const row of [...out.emission, ...out.transition]) assert.ok(Math.abs(sum(row) - 1) < 1e-12);
});

test('paperCodeLearn with a single turn changes the payoffs only (the code needs two turns for B and T)', () => {
  const episode = { ...paperCodeEpisode(params), debtor: ['Neutral'] as Emotion[], creditor: ['Joy'] as Emotion[] };
  const out = paperCodeLearn(paperCodeLearned(params), episode, { params, success: false });
  assert.deepEqual(out.emission, params.creditorToDebtorEmission);
  assert.deepEqual(out.transition, params.creditorTransition);
  assert.equal(out.payoff[6][0], 3 - 0.025);
});

// numpy check on this machine (numpy 2.4.6): a = np.array([[4,3],[2,1]]); a[0,0] += 0.05; a[0,1] += -0.025; a[1,1] += -0.025
// gives [[4, 2], [2, 0]]: the int64 table truncates every update.
test("updatePayoff(..., {arithmetic: 'int-truncate'}) reproduces the authors' int64 table: success is a no-op, failure costs 1", () => {
  const m = [[4, 3], [2, 1]];
  const pairs = (d: Emotion[], c: Emotion[]) => ({ debtor: d, creditor: c });
  assert.deepEqual(updatePayoff(m, pairs(['Joy'], ['Joy']), { delta: 0.05, arithmetic: 'int-truncate' }), [[4, 3], [2, 1]]);
  assert.deepEqual(updatePayoff(m, pairs(['Joy', 'Sadness'], ['Sadness', 'Sadness']), { delta: -0.025, arithmetic: 'int-truncate' }), [[4, 2], [2, 0]]);
  assert.deepEqual(updatePayoff([[0]], pairs(['Joy'], ['Joy']), { delta: -0.025, arithmetic: 'int-truncate' }), [[0]]);
  assert.deepEqual(m, [[4, 3], [2, 1]], 'input untouched');
});

test('updatePayoff rejects sequences of different lengths, naming both', () => {
  assert.throws(() => updatePayoff([[1]], { debtor: ['Joy'], creditor: [] }, { delta: 1 }), /updatePayoff: pairs.debtor has 1 entries but pairs.creditor has 0/);
});

test("learn() with online: false leaves every learned parameter unchanged", () => {
  const policy = createPolicy('eq-negotiator', { params, online: false });
  const before = policy.snapshot();
  policy.reset({ rng: createRng(1) });
  for (const d of [null, 'Anger', 'Fear', 'Anger', 'Anger'] as const) policy.decide(d);
  policy.learn({ success: true });
  assert.deepEqual(policy.snapshot(), before);
});
