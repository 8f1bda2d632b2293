import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMOTIONS, type Emotion } from '../../src/core/emotions.ts';
import { createRng } from '../../src/core/rng.ts';
import { createPolicy } from '../../src/policies/createPolicy.ts';

function play(spec: string, debtor: (Emotion | null)[], seed = 1) {
  const policy = createPolicy(spec);
  policy.reset({ rng: createRng(seed) });
  return debtor.map((d) => policy.decide(d));
}

test("createPolicy('vanilla') gives no emotional guidance: chosen null, branch none, no scores", () => {
  for (const t of play('vanilla', [null, 'Anger', 'Joy'])) assert.deepEqual([t.chosen, t.branch, t.scores], [null, 'none', null]);
});

test("createPolicy('fixed:<Emotion>') chooses that emotion on every turn, for each of the seven", () => {
  for (const e of EMOTIONS) {
    const t = play(`fixed:${e}`, [null, 'Anger', 'Sadness']);
    assert.deepEqual(t.map((x) => x.chosen), [e, e, e]);
    assert.equal(t[0].policy, `fixed:${e}`);
  }
});

test("createPolicy('tit-for-tat') mirrors the detected debtor emotion, Neutral before the first message", () => {
  const t = play('tit-for-tat', [null, 'Anger', 'Fear', 'Joy']);
  assert.deepEqual(t.map((x) => x.chosen), ['Neutral', 'Anger', 'Fear', 'Joy']);
  assert.ok(t.every((x) => x.branch === 'mirror'));
});

test("createPolicy('random') draws every emotion, identically for the same seed and differently for another", () => {
  const seq = Array.from({ length: 100 }, () => null);
  const a = play('random', seq, 11).map((t) => t.chosen);
  assert.deepEqual(new Set(a), new Set(EMOTIONS));
  assert.deepEqual(play('random', seq, 11).map((t) => t.chosen), a);
  assert.notDeepEqual(play('random', seq, 12).map((t) => t.chosen), a);
});

test('baseline policies report turn and the temperature schedule', () => {
  const t = play('fixed:Joy', [null, null]);
  assert.deepEqual(t.map((x) => x.turn), [1, 2]);
  assert.ok(Math.abs(t[1].temperature - 0.7 * 0.95 ** 2) < 1e-15);
});
