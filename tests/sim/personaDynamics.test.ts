import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PERSONAS } from '../../src/agents/personas.ts';
import { EMOTIONS, emotionIndex } from '../../src/core/emotions.ts';
import { sum } from '../../src/core/matrix.ts';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { compilePersonaDynamics, NO_CREDITOR_EMOTION } from '../../src/sim/personaDynamics.ts';
import { loadSimulationParameters } from '../../src/sim/simulationParameters.ts';

const params = loadPaperParameters();
const simulation = loadSimulationParameters();
const compile = (p: (typeof PERSONAS)[number]) => compilePersonaDynamics(p, { params, simulation });
const [COOP, CONF, DIST, STRAT] = [0, 1, 2, 3];

test('compilePersonaDynamics(persona) gives distributions: initial, transition rows and every P(D | S, C) sum to 1', () => {
  for (const p of PERSONAS) {
    const d = compile(p);
    assert.ok(Math.abs(sum(d.initial) - 1) < 1e-12, p);
    for (const row of d.transition) assert.ok(Math.abs(sum(row) - 1) < 1e-12, p);
    assert.equal(d.emotion.length, 4 * (EMOTIONS.length + 1));
    for (const dist of d.emotion) assert.ok(Math.abs(sum(dist) - 1) < 1e-12, p);
    for (const r of d.rate) assert.ok(r >= 0 && r <= 1, `${p}: rate ${r}`);
  }
});

test('compilePersonaDynamics("vanilla") keeps the paper state model unchanged', () => {
  const d = compile('vanilla');
  assert.deepEqual(d.initial.map((v) => +v.toFixed(12)), params.stateInitial.map((v) => +v.toFixed(12)));
  d.transition.forEach((row, i) => row.forEach((v, j) => assert.ok(Math.abs(v - params.stateTransition[i][j]) < 1e-12)));
});

test('persona tilts start and stay in their state more often: threatening Confrontational, victim Distressed, cheating Strategic', () => {
  const vanilla = compile('vanilla');
  for (const [p, s] of [['threatening', CONF], ['victim', DIST], ['cheating', STRAT]] as const) {
    const d = compile(p);
    assert.ok(d.initial[s] > vanilla.initial[s], `${p} initial`);
    assert.ok(d.transition[s][s] > vanilla.transition[s][s], `${p} stays`);
  }
});

test('fixed-emotion personas put most of their emotion mass on their emotion, whatever the creditor shows', () => {
  for (const [p, e] of [['angry', 'Anger'], ['sad', 'Sadness'], ['fear', 'Fear'], ['disgust', 'Disgust']] as const) {
    const d = compile(p);
    for (const dist of d.emotion) assert.ok(dist[emotionIndex(e)] > 0.5, `${p}: P(${e}) = ${dist[emotionIndex(e)]}`);
  }
});

test('a creditor with no emotion is answered with the Table 4b row named by noCreditorEmotionRow', () => {
  const d = compile('vanilla');
  const row = emotionIndex(simulation.noCreditorEmotionRow);
  for (let s = 0; s < 4; s++) assert.deepEqual(d.emotion[s * 8 + NO_CREDITOR_EMOTION], d.emotion[s * 8 + row]);
});

test('the concession rate grows with the Table 5 debtor payoff and shrinks in Confrontational and Strategic states', () => {
  const d = compile('vanilla');
  const rate = (s: number, de: number, c: number) => d.rate[(s * 7 + de) * 8 + c];
  for (let de = 0; de < 7; de++) {
    for (let c = 0; c < 7; c++) {
      for (let c2 = 0; c2 < 7; c2++) {
        if (params.payoffClient[de][c] > params.payoffClient[de][c2]) assert.ok(rate(COOP, de, c) > rate(COOP, de, c2));
      }
      assert.ok(rate(CONF, de, c) < rate(COOP, de, c));
      assert.ok(rate(STRAT, de, c) < rate(COOP, de, c));
    }
  }
  const stonewall = compile('stonewalling');
  assert.ok(stonewall.rate.every((r, i) => r < d.rate[i]), 'stonewalling concedes slowly');
});
