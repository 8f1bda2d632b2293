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

test('negotiationRng(seed, cell) depends on seed, scenario, persona and models, not on the policy (common random numbers)', () => {
  const cell = { scenarioId: 'crad-001', persona: 'angry', creditorModel: 'a', debtorModel: 'b' };
  assert.equal(negotiationRng(3, cell).key, '3/scenario:crad-001/persona:angry/models:a|b');
  assert.equal(negotiationRng(3, cell).next(), negotiationRng(3, { ...cell }).next());
  for (const other of [{ ...cell, scenarioId: 'crad-002' }, { ...cell, persona: 'sad' }, { ...cell, debtorModel: 'c' }]) {
    assert.notEqual(negotiationRng(3, other).next(), negotiationRng(3, cell).next());
  }
  assert.notEqual(negotiationRng(4, cell).next(), negotiationRng(3, cell).next());
});

test('selectScenarios(all, selection) keeps the listed ids in order, or the first count, and names an unknown id', () => {
  assert.deepEqual(selectScenarios(scenarios, { ids: ['fake-3', 'fake-1'] }).map((s) => s.id), ['fake-3', 'fake-1']);
  assert.deepEqual(selectScenarios(scenarios, { count: 2 }).map((s) => s.id), ['fake-1', 'fake-2']);
  assert.equal(selectScenarios(scenarios, {}).length, 4);
  assert.throws(() => selectScenarios(scenarios, { ids: ['fake-1', 'crad-9'] }), /field scenarios\.ids\.1 = "crad-9": no such scenario/);
  assert.throws(() => selectScenarios(scenarios, { count: 5 }), /scenarios\.count = 5: only 4/);
});
