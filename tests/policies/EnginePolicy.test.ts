import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMOTIONS, type Emotion } from '../../src/core/emotions.ts';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { createRng, type Rng } from '../../src/core/rng.ts';
import { createPolicy, type PolicyOptions } from '../../src/policies/createPolicy.ts';
import type { CreditorPolicy, DecisionTrace } from '../../src/policies/types.ts';

const params = loadPaperParameters();

const CONFIGS: { spec: string; options: PolicyOptions }[] = [
  { spec: 'eq-negotiator', options: { hmmMode: 'paper-code' } },
  { spec: 'eq-negotiator', options: { hmmMode: 'principled', tieRule: 'random' } },
  { spec: 'eq-negotiator', options: { hmmMode: 'principled', emissionModel: 'state', stateWeights: true } },
  { spec: 'eq-negotiator', options: { hmmMode: '2503' } },
  { spec: 'hmm-only', options: { hmmMode: 'paper-code' } },
  { spec: 'hmm-only', options: { hmmMode: 'principled' } },
  { spec: 'hmm-only', options: { hmmMode: '2503' } },
  { spec: 'payoff', options: { tieRule: 'random' } },
  { spec: 'wsls', options: {} },
  { spec: 'random', options: {} },
];
const label = (c: (typeof CONFIGS)[number]) => `${c.spec}${c.options.hmmMode ? `/${c.options.hmmMode}` : ''}`;

/** A debtor that is negative two times in three, drawn from its own stream. */
function debtorSequence(rng: Rng, length: number): (Emotion | null)[] {
  return [null, ...Array.from({ length: length - 1 }, () => (rng.next() < 0.66 ? rng.choice(['Sadness', 'Anger', 'Fear', 'Disgust'] as const) : rng.choice(EMOTIONS)))];
}

/** Play `episodes` negotiations with learning; returns every trace. */
function playMany(policy: CreditorPolicy, seed: number, episodes: number): DecisionTrace[] {
  const out: DecisionTrace[] = [];
  const root = createRng(seed);
  for (let e = 0; e < episodes; e++) {
    const rng = root.fork(`negotiation-${e}`);
    policy.reset({ rng });
    for (const d of debtorSequence(rng.fork('debtor'), 12)) out.push(policy.decide(d));
    policy.learn({ success: rng.fork('outcome').next() < 0.5 });
  }
  return out;
}

for (const c of CONFIGS) {
  test(`${label(c)}: the same rng seed gives identical decisions`, () => {
    const a = playMany(createPolicy(c.spec, { params, ...c.options }), 42, 4);
    const b = playMany(createPolicy(c.spec, { params, ...c.options }), 42, 4);
    assert.deepEqual(b, a);
  });

  test(`${label(c)}: snapshot -> JSON -> restore gives identical subsequent decisions`, () => {
    const original = createPolicy(c.spec, { params, ...c.options });
    playMany(original, 7, 3);
    const snap = JSON.parse(JSON.stringify(original.snapshot()));
    const copy = createPolicy(c.spec, { params, ...c.options });
    copy.restore(snap);
    assert.deepEqual(copy.snapshot(), snap);
    assert.deepEqual(playMany(copy, 8, 3), playMany(original, 8, 3));
  });

  test(`${label(c)}: beliefs and predictions are non-negative and sum to 1; turns count from 1`, () => {
    const traces = playMany(createPolicy(c.spec, { params, ...c.options }), 3, 5);
    for (const t of traces) {
      for (const v of [t.belief, t.prediction]) {
        if (v === undefined) continue;
        assert.ok(v.every((x) => x >= 0), `${v}`);
        assert.ok(Math.abs(v.reduce((a, b) => a + b) - 1) < 1e-12, `${v}`);
      }
      assert.ok(t.chosen === null || EMOTIONS.includes(t.chosen));
      assert.equal(t.scores?.length ?? 7, 7);
    }
    assert.deepEqual(traces.slice(0, 12).map((t) => t.turn), Array.from({ length: 12 }, (_, i) => i + 1));
    assert.equal(traces[12].turn, 1);
  });
}

for (const hmmMode of ['paper-code', 'principled'] as const) {
  test(`eq-negotiator/${hmmMode}: reset() keeps the learned parameters but clears belief and per-dialogue memory`, () => {
    const fresh = createPolicy('eq-negotiator', { params, hmmMode });
    fresh.reset({ rng: createRng(1) });
    const freshFirst = fresh.decide(null);
    const policy = createPolicy('eq-negotiator', { params, hmmMode });
    const initial = policy.snapshot();
    playMany(policy, 5, 3);
    const learned = policy.snapshot();
    assert.notDeepEqual(learned, initial);
    policy.reset({ rng: createRng(1) });
    assert.deepEqual(policy.snapshot(), learned);
    const first = policy.decide(null);
    // the belief restarts from the initial distribution: principled shows it unchanged; paper-code applies
    // its (D-independent) update to it, equal to a fresh policy's up to rounding of the learned B factor
    first.belief!.forEach((v, i) => assert.ok(Math.abs(v - freshFirst.belief![i]) < 1e-15));
    if (hmmMode === 'principled') assert.deepEqual(first.belief, params.stateInitial);
    assert.deepEqual([first.turn, first.window, first.negativeCount], [freshFirst.turn, freshFirst.window, 0]);
    assert.match(first.note ?? '', /no previous payoff/);
  });
}

test('EnginePolicy enforces reset -> decide -> learn, with errors naming the policy and the call', () => {
  const policy = createPolicy('wsls', { params });
  assert.throws(() => policy.decide(null), /wsls\.decide: call reset\(\{ rng \}\) before the first decision/);
  assert.throws(() => policy.learn({ success: true }), /wsls\.learn: no negotiation/);
  policy.reset({ rng: createRng(1) });
  assert.throws(() => policy.decide('Angry' as Emotion), /wsls\.decide: detected = "Angry" is not one of Joy, Sadness/);
  policy.decide(null);
  policy.learn({ success: true });
  assert.throws(() => policy.learn({ success: true }), /wsls\.learn: already applied to this negotiation/);
  assert.throws(() => policy.decide(null), /learn\(\) already ended this negotiation/);
});

test('restore() rejects a snapshot of another policy, mode or shape, naming what is wrong', () => {
  const paper = createPolicy('eq-negotiator', { params });
  const principled = createPolicy('eq-negotiator', { params, hmmMode: 'principled' });
  assert.throws(() => paper.restore(createPolicy('wsls', { params }).snapshot()), /eq-negotiator\.restore: snapshot\.policy = "wsls", expected "eq-negotiator"/);
  assert.throws(() => paper.restore(principled.snapshot()), /eq-negotiator\.restore: snapshot field state\.hmmMode = "principled"/);
  const bad = paper.snapshot();
  (bad.state as { payoff: number[][] }).payoff[3] = [1, 2];
  assert.throws(() => paper.restore(bad), /snapshot field state\.payoff\.3 = \[1,2\]/);
});

test('snapshot() is a copy: changing it does not change the policy', () => {
  const policy = createPolicy('payoff', { params });
  const snap = policy.snapshot();
  (snap.state as { payoff: number[][] }).payoff[0][0] = 99;
  assert.equal((policy.snapshot().state as { payoff: number[][] }).payoff[0][0], 4);
});
