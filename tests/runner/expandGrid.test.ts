import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandGrid, negotiationId } from '../../src/runner/expandGrid.ts';
import { negotiationRng } from '../../src/runner/negotiationRng.ts';
import { selectScenarios } from '../../src/runner/selectScenarios.ts';
import { fakeExperiment, scenarios } from './fakes.ts';

test('expandGrid(experiment, scenarios) makes one chain per persona x policy x models x seed, seeds outermost', () => {
  const chains = expandGrid(fakeExperiment('/tmp/unused'), scenarios);
  assert.equal(chains.length, 2 * 3 * 2);
  assert.deepEqual(chains.map((c) => c.chain), Array.from({ length: 12 }, (_, i) => i));
  assert.deepEqual(chains.slice(0, 4).map((c) => c.chainId), [
    'angry|vanilla|sim-creditor|sim-debtor|s1',
    'angry|fixed:Joy|sim-creditor|sim-debtor|s1',
    'angry|eq-negotiator/principled|sim-creditor|sim-debtor|s1',
    'victim|vanilla|sim-creditor|sim-debtor|s1',
  ]);
  assert.ok(chains.every((c) => c.scenarios.map((s) => s.id).join() === 'fake-1,fake-2,fake-3,fake-4'));
  const ids = chains.flatMap((c) => c.scenarios.map((s) => negotiationId(c, s)));
  assert.equal(new Set(ids).size, 48);
});

test('negotiationRng(seed, cell) gives every policy the same agents stream and its own policy stream', () => {
  const cell = { scenarioId: 'crad-001', persona: 'angry', creditorModel: 'a', debtorModel: 'b' };
  const x = negotiationRng(3, { ...cell, policy: 'vanilla' });
  const y = negotiationRng(3, { ...cell, policy: 'fixed:Joy' });
  assert.equal(x.agents.next(), y.agents.next());
  assert.notEqual(x.policy.next(), y.policy.next());
  assert.notEqual(negotiationRng(4, { ...cell, policy: 'vanilla' }).agents.next(), negotiationRng(3, { ...cell, policy: 'vanilla' }).agents.next());
});

test('selectScenarios(all, selection) keeps the listed ids in order, or the first count, and names an unknown id', () => {
  assert.deepEqual(selectScenarios(scenarios, { ids: ['fake-3', 'fake-1'] }).map((s) => s.id), ['fake-3', 'fake-1']);
  assert.deepEqual(selectScenarios(scenarios, { count: 2 }).map((s) => s.id), ['fake-1', 'fake-2']);
  assert.equal(selectScenarios(scenarios, {}).length, 4);
  assert.throws(() => selectScenarios(scenarios, { ids: ['fake-1', 'crad-9'] }), /field scenarios\.ids\.1 = "crad-9": no such scenario/);
  assert.throws(() => selectScenarios(scenarios, { count: 5 }), /scenarios\.count = 5: only 4/);
});
