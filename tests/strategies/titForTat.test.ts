import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titForTat, titForTatStep } from '../../src/strategies/titForTat.ts';
import { createRng } from '../../src/core/rng.ts';
import { agent, idx } from './fixtures.ts';

test("titForTatStep mirrors the opponent's latest action (the creditor adopts the debtor's emotion)", () => {
  for (let d = 0; d < 7; d++) assert.equal(titForTatStep(null, { opponentAction: d, payoffs: agent }).action, d);
});

test('titForTatStep plays initialAction (default 0) before the opponent has acted', () => {
  assert.equal(titForTatStep(null, { opponentAction: null, payoffs: agent }).action, 0);
  assert.equal(titForTatStep(null, { opponentAction: null, payoffs: agent }, { initialAction: idx('Neutral') }).action, 6);
});

test('titForTatStep rejects an opponent action it cannot mirror', () => {
  assert.throws(() => titForTatStep(null, { opponentAction: 2, payoffs: [[1, 0], [0, 1], [1, 1]] }), /titForTatStep: observation.opponentAction = 2 is outside 0..1/);
});

test('titForTat() is a stateless named strategy', () => {
  const s = titForTat();
  assert.equal(s.name, 'tit-for-tat');
  assert.equal(s.step(s.initialState(), { opponentAction: 3, payoffs: agent }, createRng(0)).action, 3);
});
