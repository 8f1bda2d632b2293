import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedAction, fixedActionStep } from '../../src/strategies/fixedAction.ts';
import { createRng } from '../../src/core/rng.ts';
import { agent } from './fixtures.ts';

test('fixedActionStep always plays its action, whatever the opponent did', () => {
  for (const d of [null, 0, 3, 6]) assert.equal(fixedActionStep(null, { opponentAction: d, payoffs: agent }, { action: 6 }).action, 6);
});

test('fixedActionStep rejects an action outside the payoff matrix', () => {
  assert.throws(() => fixedActionStep(null, { opponentAction: null, payoffs: agent }, { action: 7 }), /fixedActionStep: options.action = 7 is outside 0..6/);
});

test('fixedAction(action) is named fixed:<action>', () => {
  const s = fixedAction(2);
  assert.equal(s.name, 'fixed:2');
  assert.equal(s.step(null, { opponentAction: 1, payoffs: agent }, createRng(0)).action, 2);
});
