import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialWslsPaperState, wslsPaper, wslsPaperStep, type WslsPaperState } from '../../src/strategies/wslsPaper.ts';
import { argmaxFirst, cloneMatrix } from '../../src/core/matrix.ts';
import { EMOTIONS, type Emotion } from '../../src/core/emotions.ts';
import { createRng } from '../../src/core/rng.ts';
import type { RankOrder } from '../../src/game/rankByPayoff.ts';
import { agent, idx } from './fixtures.ts';

function replay(payoffs: number[][], debtor: Emotion[], order?: RankOrder): { chosen: Emotion[]; remembered: (number | null)[] } {
  let state: WslsPaperState = initialWslsPaperState();
  const chosen: Emotion[] = [];
  const remembered: (number | null)[] = [];
  for (const d of debtor) {
    const r = wslsPaperStep(state, { opponentAction: idx(d), payoffs }, { threshold: 2.0, order });
    state = r.state;
    chosen.push(EMOTIONS[r.action]);
    remembered.push(state.lastPayoff);
  }
  return { chosen, remembered };
}

// A Table 5 after one failed negotiation that used (Anger, Surprise) and (Anger, Neutral):
// agent[d][e] += 0.05 * -0.5 for each pair (METHOD.md section 9 step 7), so both become 1.975.
const learned = cloneMatrix(agent);
learned[idx('Anger')][idx('Surprise')] += 0.05 * -0.5;
learned[idx('Anger')][idx('Neutral')] += 0.05 * -0.5;
const debtor: Emotion[] = ['Neutral', 'Anger', 'Anger', 'Joy', 'Sadness', 'Disgust', 'Anger', 'Fear', 'Surprise'];

test('wslsPaperStep replays a hand-computed sequence on a learned Table 5 (METHOD.md section 9 step 5, stable tie order)', () => {
  // By hand, rows agent[d] (Anger row now [1,1,1,0,1.975,1,1.975]):
  // 1 Neutral [3,3,1,2,3,2,3], no memory       -> best Joy (3)
  // 2 Anger, memory 3 >= 2                     -> best Surprise (1.975)
  // 3 Anger, memory 1.975 < 2: lose            -> ranking [Su, N, J, S, A, D, F], second Neutral (1.975)
  // 4 Joy [4,3,2,1,3,2,3], memory 1.975: lose  -> ranking [J, S, Su, N, A, D, F], second Sadness (3)
  // 5 Sadness [2,3,2,1,2,1,3], memory 3        -> best Sadness (3; Neutral ties, first index wins)
  // 6 Disgust [2,1,0,0,1,2,2], memory 3        -> best Joy (2)
  // 7 Anger, memory 2 is not < 2               -> best Surprise (1.975)
  // 8 Fear [2,2,1,2,2,1,3], memory 1.975: lose -> ranking [N, J, S, F, Su, A, D], second Joy (2)
  // 9 Surprise [3,2,1,1,4,2,3], memory 2       -> best Surprise (4)
  const r = replay(learned, debtor);
  assert.deepEqual(r.chosen, ['Joy', 'Surprise', 'Neutral', 'Sadness', 'Sadness', 'Joy', 'Surprise', 'Joy', 'Surprise']);
  assert.deepEqual(r.remembered, [3, 1.975, 1.975, 3, 3, 2, 1.975, 2, 4]);
});

test("wslsPaperStep with order 'numpy-argsort-reversed' takes the authors' (stable numpy) second choice on ties", () => {
  // Step 3: np.argsort(Anger row)[::-1] = [N, Su, D, A, S, J, F], second = Surprise (again the argmax).
  // Step 4: [J, N, Su, S, D, A, F], second = Neutral. Step 8: [N, Su, F, S, J, D, A], second = Surprise.
  const r = replay(learned, debtor, 'numpy-argsort-reversed');
  assert.deepEqual(r.chosen, ['Joy', 'Surprise', 'Surprise', 'Neutral', 'Sadness', 'Joy', 'Surprise', 'Surprise', 'Surprise']);
});

test('wslsPaperStep on the published Table 5 never shifts: every row maximum is >= 2, so it always plays argmax', () => {
  assert.ok(agent.every((row) => Math.max(...row) >= 2));
  const rng = createRng('wsls-published');
  let state = initialWslsPaperState();
  for (let t = 0; t < 500; t++) {
    const d = rng.int(7);
    const r = wslsPaperStep(state, { opponentAction: d, payoffs: agent });
    assert.equal(r.action, argmaxFirst(agent[d], 0));
    assert.match(r.note ?? '', /^win-stay/);
    state = r.state;
  }
});

test('wslsPaperStep uses firstOpponentAction before any opponent action and throws without it', () => {
  const r = wslsPaperStep(initialWslsPaperState(), { opponentAction: null, payoffs: agent }, { firstOpponentAction: idx('Neutral') });
  assert.equal(r.action, idx('Joy'));
  assert.throws(() => wslsPaperStep(initialWslsPaperState(), { opponentAction: null, payoffs: agent }), /wslsPaperStep: observation.opponentAction is null and options.firstOpponentAction is not set/);
  assert.throws(() => wslsPaperStep(initialWslsPaperState(), { opponentAction: 7, payoffs: agent }), /wslsPaperStep: opponent action 7 is outside 0..6/);
});

test('wslsPaperStep honours the threshold option and does not mutate its state', () => {
  const state = { lastPayoff: 3 };
  const r = wslsPaperStep(state, { opponentAction: idx('Joy'), payoffs: agent }, { threshold: 3.5 });
  assert.equal(r.action, idx('Sadness'));
  assert.match(r.note ?? '', /lose-shift: remembered payoff 3 < 3.5, second-ranked action 1 \(payoff 3\) instead of best 0/);
  assert.deepEqual(state, { lastPayoff: 3 });
});

test('wslsPaper(options) wraps the step as a named strategy with a fresh state', () => {
  const s = wslsPaper({ firstOpponentAction: 6 });
  assert.equal(s.name, 'wsls-paper');
  assert.deepEqual(s.initialState(), { lastPayoff: null });
  assert.equal(s.step(s.initialState(), { opponentAction: null, payoffs: agent }, createRng(0)).action, 0);
});
