import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hmmSmoothingModel } from '../../src/analysis/hmmSmoothingModel.ts';
import { loadRun } from '../../src/analysis/loadRun.ts';
import { smoothTranscript } from '../../src/analysis/smoothTranscript.ts';
import { EMOTIONS, type Emotion } from '../../src/core/emotions.ts';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import type { Transcript } from '../../src/negotiation/events.ts';
import { loadPrincipledPrior } from '../../src/policies/principledPrior.ts';
import { FIXTURE_RUN, PAPER_CODE, PRINCIPLED } from './helpers.ts';

const params = loadPaperParameters();
const prior = loadPrincipledPrior();
const run = loadRun(FIXTURE_RUN, { params, prior, smoothing: 'none' });
const transcript = (policy: string, scenario: string) => run.transcripts.get(`${scenario}|angry|${policy}|sim-creditor|sim-debtor|s1`)!;
const model = (mode: string) => hmmSmoothingModel({ hmmMode: mode }, { params, prior, emission: 'prior' })!;

/** The transcript with every debtor emotion the policy saw replaced by f(old). */
function relabel(events: Transcript, f: (e: Emotion) => Emotion): Transcript {
  return events.map((e) => {
    if (e.type === 'detection') return { ...e, emotion: f(e.emotion) };
    if (e.type === 'decision' && e.trace.turn > 1) return { ...e, trace: { ...e.trace, detected: f(e.trace.detected) } };
    return e;
  });
}

const maxDiff = (a: Map<number, { posterior: number[] }>, b: Map<number, { posterior: number[] }>) =>
  Math.max(...[...a].map(([k, v]) => Math.max(...v.posterior.map((p, s) => Math.abs(p - b.get(k)!.posterior[s])))));

test('smoothTranscript(paper-code) does not depend on the debtor emotions at all: data-independent smoothing', () => {
  const events = transcript(PAPER_CODE, 's2');
  const a = smoothTranscript(events, model('paper-code')).byIndex;
  for (const f of [(): Emotion => 'Joy', (e: Emotion): Emotion => EMOTIONS[(EMOTIONS.indexOf(e) + 3) % 7]]) {
    assert.ok(maxDiff(a, smoothTranscript(relabel(events, f), model('paper-code')).byIndex) < 1e-12);
  }
  for (const s of a.values()) assert.ok(s.debtorInfluence < 1e-12);
});

test('smoothTranscript(principled) moves with the debtor emotions, and reports their influence', () => {
  const events = transcript(PRINCIPLED, 's2');
  const a = smoothTranscript(events, model('principled')).byIndex;
  const b = smoothTranscript(relabel(events, () => 'Joy'), model('principled')).byIndex;
  assert.ok(maxDiff(a, b) > 0.1);
  for (const s of a.values()) assert.ok(s.debtorInfluence > 0.05 && s.debtorInfluence <= 1);
  assert.deepEqual([...a.keys()], [1, 3, 5, 7]); // one posterior per debtor message, the last one included
});

test('smoothTranscript(events, played model) reproduces the logged beliefs with its forward filter (both modes)', () => {
  for (const policy of [PAPER_CODE, PRINCIPLED]) {
    const [first, second] = run.records.filter((r) => r.policy === policy);
    const m0 = hmmSmoothingModel({ hmmMode: first.hmmMode }, { params, prior })!;
    const m1 = hmmSmoothingModel({ hmmMode: second.hmmMode, previousSnapshot: first.policySnapshot }, { params, prior })!;
    assert.ok(smoothTranscript(transcript(policy, 's1'), m0).filterDeviation < 1e-12, policy);
    assert.ok(smoothTranscript(transcript(policy, 's2'), m1).filterDeviation < 1e-12, policy);
  }
  // After learning, the untrained model no longer reproduces the principled chain's second negotiation.
  assert.ok(smoothTranscript(transcript(PRINCIPLED, 's2'), model('principled')).filterDeviation > 1e-6);
});

test('smoothTranscript(events) of a negotiation cut right after a decision ends in that decision\'s filtered belief', () => {
  const events = transcript(PRINCIPLED, 's2');
  const cut = events.findIndex((e) => e.type === 'decision' && e.trace.turn === 3);
  const decision = events[cut];
  assert.ok(decision.type === 'decision');
  const [first] = run.records.filter((r) => r.policy === PRINCIPLED);
  const m = hmmSmoothingModel({ hmmMode: 'principled', previousSnapshot: first.policySnapshot }, { params, prior })!;
  const s = smoothTranscript(events.slice(0, cut + 1), m).byIndex;
  const last = s.get(decision.index - 1)!.posterior;
  last.forEach((p, i) => assert.ok(Math.abs(p - decision.trace.belief![i]) < 1e-12));
});

test('hmmSmoothingModel(input) is null without a 4-state HMM; paper-code starts one transition after the initial distribution', () => {
  assert.equal(hmmSmoothingModel({ hmmMode: null }, { params, prior }), null);
  assert.equal(hmmSmoothingModel({ hmmMode: '2503' }, { params, prior }), null);
  const pc = model('paper-code');
  assert.equal(pc.opening, true);
  pc.model.initial.forEach((p, j) => assert.ok(Math.abs(p - params.stateTransition.reduce((s, row, i) => s + row[j] * params.stateInitial[i], 0)) < 1e-15));
  const pr = model('principled');
  assert.equal(pr.opening, false);
  assert.deepEqual(pr.model.initial, params.stateInitial);
  for (const byState of pr.model.table) for (const row of byState) assert.ok(Math.abs(row.reduce((a, b) => a + b, 0) - 1) < 1e-12);
});

test('hmmSmoothingModel(input) uses the config priorStrength and rejects a snapshot of another mode', () => {
  const [first] = run.records.filter((r) => r.policy === PRINCIPLED);
  const weak = hmmSmoothingModel({ hmmMode: 'principled', previousSnapshot: first.policySnapshot, config: { name: 'eq-negotiator', priorStrength: 0.5 } }, { params, prior })!;
  const strong = hmmSmoothingModel({ hmmMode: 'principled', previousSnapshot: first.policySnapshot }, { params, prior })!;
  assert.notDeepEqual(weak.model.table, strong.model.table);
  assert.throws(
    () => hmmSmoothingModel({ hmmMode: 'paper-code', previousSnapshot: first.policySnapshot }, { params, prior }),
    /hmmSmoothingModel: snapshot field state.hmmMode = "principled"/,
  );
});
