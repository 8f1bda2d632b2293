import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialWslsTextbookState, wslsTextbook, wslsTextbookStep } from '../../src/strategies/wslsTextbook.ts';
import { createRng } from '../../src/core/rng.ts';
import { agent, idx } from './fixtures.ts';

// Prisoner's dilemma seen by either player: own payoffs [opponent][mine], 0 = cooperate, 1 = defect.
const pd = [[3, 0], [5, 1]].map((_, o) => [[3, 0], [5, 1]].map((row) => row[o]));

test('wslsTextbookStep stays after a win (payoff >= aspiration) and switches after a loss (Nowak and Sigmund 1993)', () => {
  const win = wslsTextbookStep({ lastAction: 0 }, { opponentAction: 0, payoffs: pd, lastPayoff: 3 }, { aspiration: 2 });
  assert.equal(win.action, 0);
  const lose = wslsTextbookStep({ lastAction: 0 }, { opponentAction: 1, payoffs: pd, lastPayoff: 0 }, { aspiration: 2 });
  assert.equal(lose.action, 1);
  const tempted = wslsTextbookStep({ lastAction: 1 }, { opponentAction: 0, payoffs: pd, lastPayoff: 5 }, { aspiration: 2 });
  assert.equal(tempted.action, 1); // T = 5 is a win: Pavlov keeps exploiting a sucker
  const punished = wslsTextbookStep({ lastAction: 1 }, { opponentAction: 1, payoffs: pd, lastPayoff: 1 }, { aspiration: 2 });
  assert.equal(punished.action, 0);
});

test("wslsTextbookStep 'best-other' shifts to the best reply among the other actions, 'next' cycles, 'random-other' is seeded", () => {
  const obs = { opponentAction: idx('Neutral'), payoffs: agent, lastPayoff: 0 };
  // agent[Neutral] = [3,3,1,2,3,2,3]; last action Joy is excluded, so the best other is Sadness.
  assert.equal(wslsTextbookStep({ lastAction: 0 }, obs, { aspiration: 2 }).action, 1);
  assert.equal(wslsTextbookStep({ lastAction: 6 }, obs, { aspiration: 2, shift: 'next' }).action, 0);
  const draw = (seed: number) => Array.from({ length: 20 }, ((r) => () => wslsTextbookStep({ lastAction: 2 }, obs, { aspiration: 2, shift: 'random-other', rng: r }).action)(createRng(seed)));
  assert.deepEqual(draw(4), draw(4));
  assert.ok(draw(5).every((a) => a !== 2 && a >= 0 && a < 7));
});

test('wslsTextbookStep plays initialAction first, then needs the realised payoff', () => {
  const first = wslsTextbookStep(initialWslsTextbookState(), { opponentAction: null, payoffs: pd }, { aspiration: 2, initialAction: 1 });
  assert.deepEqual(first.state, { lastAction: 1 });
  assert.throws(() => wslsTextbookStep({ lastAction: 1 }, { opponentAction: 0, payoffs: pd }, { aspiration: 2 }), /wslsTextbookStep: observation.lastPayoff is required after the first round/);
  assert.throws(() => wslsTextbookStep({ lastAction: 0 }, { opponentAction: 0, payoffs: pd, lastPayoff: 0 }, { aspiration: 2, shift: 'random-other' }), /needs an rng/);
  assert.throws(() => wslsTextbookStep(initialWslsTextbookState(), { opponentAction: null, payoffs: pd }, { aspiration: 2, initialAction: 2 }), /options.initialAction = 2 is outside 0..1/);
});

test('wslsTextbook(options) is a named strategy that passes the simulator rng through', () => {
  const s = wslsTextbook({ aspiration: 2, shift: 'random-other' });
  assert.equal(s.name, 'wsls-textbook');
  const a = s.step({ lastAction: 0 }, { opponentAction: 0, payoffs: agent, lastPayoff: 0 }, createRng(1)).action;
  assert.equal(a, s.step({ lastAction: 0 }, { opponentAction: 0, payoffs: agent, lastPayoff: 0 }, createRng(1)).action);
});
