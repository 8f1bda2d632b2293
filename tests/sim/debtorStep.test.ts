import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PERSONAS, type Persona } from '../../src/agents/personas.ts';
import { EMOTIONS, emotionIndex, type Emotion } from '../../src/core/emotions.ts';
import { normalize } from '../../src/core/matrix.ts';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { createRng } from '../../src/core/rng.ts';
import { debtorStep, initialDebtorState, type DebtorMove } from '../../src/sim/debtorStep.ts';
import { compilePersonaDynamics } from '../../src/sim/personaDynamics.ts';
import { loadSimulationParameters } from '../../src/sim/simulationParameters.ts';
import { stationaryDistribution } from '../../src/sim/stationaryDistribution.ts';

const params = loadPaperParameters();
const simulation = loadSimulationParameters();
const CONFRONTATIONAL = 1;

/** Persona-shifted transition matrix, computed here from the raw tables (not by the code under test). */
function tiltedTransition(persona: Persona): number[][] {
  const tilt = simulation.personas[persona].stateTilt;
  return params.stateTransition.map((row) => normalize(row.map((v, j) => v * tilt[j])));
}

/** Run one debtor for `turns` turns against a creditor always showing `emotion`; count states and emotions. */
function longRun(persona: Persona, options: { turns: number; emotion: Emotion | null; seed: number }) {
  const dynamics = compilePersonaDynamics(persona, { params, simulation });
  const rng = createRng(options.seed);
  let state = initialDebtorState(1_000_000);
  const states = [0, 0, 0, 0];
  const emotions = new Array(7).fill(0);
  for (let t = 0; t < options.turns; t++) {
    state = debtorStep(state, { emotion: options.emotion, offer: 10 }, { dynamics, rng }).state;
    states[state.hiddenState]++;
    emotions[state.emotion]++;
  }
  return { states: states.map((c) => c / options.turns), emotions: emotions.map((c) => c / options.turns) };
}

test('debtorStep: hidden-state frequencies of a long seeded run match the persona-shifted stationary distribution (±0.01)', () => {
  for (const persona of PERSONAS) {
    const expected = stationaryDistribution(tiltedTransition(persona));
    const { states } = longRun(persona, { turns: 60_000, emotion: 'Joy', seed: 11 });
    states.forEach((f, s) => assert.ok(Math.abs(f - expected[s]) < 0.01, `${persona} state ${s}: ${f.toFixed(4)} vs ${expected[s].toFixed(4)}`));
  }
});

test('debtorStep: a threatening debtor spends more time Confrontational than a vanilla one', () => {
  const threatening = longRun('threatening', { turns: 20_000, emotion: null, seed: 3 }).states[CONFRONTATIONAL];
  const vanilla = longRun('vanilla', { turns: 20_000, emotion: null, seed: 3 }).states[CONFRONTATIONAL];
  assert.ok(threatening > vanilla + 0.1, `threatening ${threatening.toFixed(3)} vs vanilla ${vanilla.toFixed(3)}`);
});

test('debtorStep: with the creditor always showing X, debtor emotion frequencies follow w * Table4b[X] + (1 - w) * state/persona component (±0.015)', () => {
  const cases: Array<[Persona, Emotion | null]> = [['vanilla', 'Joy'], ['vanilla', 'Anger'], ['vanilla', null], ['threatening', 'Sadness'], ['angry', 'Joy'], ['cheating', 'Surprise']];
  for (const [persona, x] of cases) {
    const spec = simulation.personas[persona];
    const pi = stationaryDistribution(tiltedTransition(persona));
    const b = params.creditorToDebtorEmission[emotionIndex(x ?? simulation.noCreditorEmotionRow)];
    const focus = spec.focusEmotion === null ? -1 : emotionIndex(spec.focusEmotion);
    const expected = EMOTIONS.map((_, d) => {
      let component = 0;
      for (let s = 0; s < 4; s++) component += pi[s] * ((1 - spec.focusMass) * simulation.stateEmotion[s][d] + (d === focus ? spec.focusMass : 0));
      return spec.table4bWeight * b[d] + (1 - spec.table4bWeight) * component;
    });
    const { emotions } = longRun(persona, { turns: 60_000, emotion: x, seed: 21 });
    emotions.forEach((f, d) => assert.ok(Math.abs(f - expected[d]) < 0.015, `${persona}/${x} ${EMOTIONS[d]}: ${f.toFixed(4)} vs ${expected[d].toFixed(4)}`));
  }
});

test('debtorStep: the creditor\'s emotion moves the debtor\'s (Joy shown: more Joy than Anger shown)', () => {
  const joy = longRun('vanilla', { turns: 20_000, emotion: 'Joy', seed: 5 }).emotions[emotionIndex('Joy')];
  const anger = longRun('vanilla', { turns: 20_000, emotion: 'Anger', seed: 5 }).emotions[emotionIndex('Joy')];
  assert.ok(joy > anger + 0.15);
});

/** Negotiation-shaped runs: the creditor's offer rises toward 90 but never above the debtor's last offer. */
function offerRuns(persona: Persona, runs: number) {
  const dynamics = compilePersonaDynamics(persona, { params, simulation });
  const root = createRng(`offers-${persona}`);
  const out: Array<Array<{ offer: number; creditorOffer: number; move: DebtorMove }>> = [];
  for (let r = 0; r < runs; r++) {
    const rng = root.fork(String(r));
    let state = initialDebtorState(40 + rng.int(140));
    const steps = [];
    for (let k = 0; k < 15; k++) {
      const creditorOffer = Math.min(state.offer, 10 + Math.round(80 * (k / 14) ** 2));
      const step = debtorStep(state, { emotion: EMOTIONS[rng.int(7)], offer: creditorOffer }, { dynamics, rng });
      state = step.state;
      steps.push({ offer: state.offer, creditorOffer, move: step.move });
    }
    out.push(steps);
  }
  return out;
}

test('debtorStep: offers are integers, never below the creditor\'s offer, and never rise except by a retraction', () => {
  const moves = new Map<Persona, Set<DebtorMove>>();
  for (const persona of PERSONAS) {
    const seen = new Set<DebtorMove>();
    for (const steps of offerRuns(persona, 300)) {
      steps.forEach((s, i) => {
        seen.add(s.move);
        assert.ok(Number.isInteger(s.offer), `${persona}: ${s.offer}`);
        assert.ok(s.offer >= s.creditorOffer, `${persona}: offer ${s.offer} below creditor ${s.creditorOffer}`);
        if (i > 0 && s.move !== 'retract') assert.ok(s.offer <= steps[i - 1].offer, `${persona}: ${steps[i - 1].offer} -> ${s.offer} (${s.move})`);
      });
    }
    moves.set(persona, seen);
  }
  assert.ok(moves.get('cheating')!.has('promise') && moves.get('cheating')!.has('retract'), 'a cheating debtor promises and retracts');
  for (const persona of PERSONAS.filter((p) => p !== 'cheating')) {
    assert.ok(!moves.get(persona)!.has('promise') && !moves.get(persona)!.has('retract'), `${persona} never promises`);
  }
});

test('debtorStep: a retraction jumps the offer back up to where it stood before the promise', () => {
  let checked = 0;
  for (const steps of offerRuns('cheating', 300)) {
    steps.forEach((s, i) => {
      if (s.move !== 'retract') return;
      assert.equal(steps[i - 1].move, 'promise');
      assert.ok(s.offer > steps[i - 1].offer || s.offer === s.creditorOffer);
      if (i >= 2) assert.equal(s.offer, Math.max(steps[i - 2].offer, s.creditorOffer));
      checked++;
    });
  }
  assert.ok(checked > 20, `${checked} retractions`);
});

test('debtorStep: the first turn states the target; a stonewalling debtor concedes less than a vanilla one', () => {
  const mean = (persona: Persona) => {
    const runs = offerRuns(persona, 400);
    runs.forEach((steps) => assert.equal(steps[0].move === 'open' || steps[0].move === 'accept', true));
    return runs.reduce((a, steps) => a + steps[6].offer, 0) / runs.length;
  };
  assert.ok(mean('stonewalling') > mean('vanilla') + 5);
});

test('debtorStep(state, signal, {rng}) is deterministic given the seed', () => {
  const dynamics = compilePersonaDynamics('cheating', { params, simulation });
  const run = (seed: number) => {
    const rng = createRng(seed);
    let state = initialDebtorState(120);
    return Array.from({ length: 15 }, (_, k) => (state = debtorStep(state, { emotion: 'Fear', offer: 10 + 5 * k }, { dynamics, rng }).state));
  };
  assert.deepEqual(run(0), run(0));
  assert.notDeepEqual(run(0), run(1));
});

test('initialDebtorState(target) rejects a non-integer target, naming it', () => {
  assert.throws(() => initialDebtorState(12.5), /initialDebtorState: targetDays must be a positive integer, got 12\.5/);
});
