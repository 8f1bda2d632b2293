import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PERSONAS } from '../../src/agents/personas.ts';
import { loadExperiment } from '../../src/runner/loadExperiment.ts';
import { parseExperiment } from '../../src/runner/parseExperiment.ts';

const base = {
  name: 'x',
  scenarios: { source: 'crad', count: 2 },
  personas: 'all',
  policies: ['vanilla', 'fixed:Joy', 'eq-negotiator/paper-code', { name: 'eq-negotiator', hmmMode: '2503', k: 3, n: 5 }],
  seeds: [0, 1],
  backend: { type: 'simulated' },
};

test("parseExperiment(raw) fills defaults: all personas, sim models, detector 'auto', output results/<name>", () => {
  const e = parseExperiment(base, { source: 'x.json' });
  assert.deepEqual(e.personas, [...PERSONAS]);
  assert.deepEqual(e.models, { creditor: ['sim-creditor'], debtor: ['sim-debtor'] });
  assert.equal(e.detector, 'auto');
  assert.equal(e.output, 'results/x');
  assert.deepEqual(e.seeds, [0, 1]);
});

test('parseExperiment(raw) reads policy labels and objects into labelled configs', () => {
  const e = parseExperiment(base, { source: 'x.json' });
  assert.deepEqual(e.policies, [
    { label: 'vanilla', config: { name: 'vanilla' } },
    { label: 'fixed:Joy', config: { name: 'fixed:Joy' } },
    { label: 'eq-negotiator/paper-code', config: { name: 'eq-negotiator', hmmMode: 'paper-code' } },
    { label: 'eq-negotiator/2503/3-of-5', config: { name: 'eq-negotiator', hmmMode: '2503', k: 3, n: 5 } },
  ]);
});

test('parseExperiment(raw) rejects an unknown key, naming the file, the field and the value', () => {
  assert.throws(() => parseExperiment({ ...base, seedz: [1] }, { source: 'x.json' }), /^Error: x\.json: field seedz = \[1\]: unknown key$/);
  assert.throws(
    () => parseExperiment({ ...base, policies: [{ name: 'eq-negotiator', hmmmode: 'paper-code' }] }, { source: 'x.json' }),
    /x\.json: field policies\.0\.hmmmode = "paper-code": unknown key/,
  );
  assert.throws(() => parseExperiment({ ...base, scenarios: { source: 'crad', cnt: 2 } }, { source: 'x.json' }), /field scenarios\.cnt = 2: unknown key/);
});

test('parseExperiment(raw) rejects a bad value, naming the field and the value', () => {
  assert.throws(() => parseExperiment({ ...base, personas: ['angry', 'grumpy'] }, { source: 'x.json' }), /field personas\.1 = "grumpy"/);
  assert.throws(() => parseExperiment({ ...base, seeds: [1.5] }, { source: 'x.json' }), /field seeds\.0 = 1\.5/);
  assert.throws(() => parseExperiment({ ...base, policies: ['eq-negotiator/paper-cod'] }, { source: 'x.json' }), /field policies\.0 = "eq-negotiator\/paper-cod": parsePolicyLabel: "paper-cod"/);
  assert.throws(() => parseExperiment({ ...base, backend: { type: 'simulatd' } }, { source: 'x.json' }), /field backend\.type = "simulatd"/);
  assert.throws(() => parseExperiment({ ...base, detector: 'bert' }, { source: 'x.json' }), /field detector = "bert"/);
});

test('parseExperiment(raw) rejects duplicate policy labels, personas and seeds', () => {
  assert.throws(() => parseExperiment({ ...base, policies: ['vanilla', { name: 'vanilla' }] }, { source: 'x.json' }), /field policies\.1 = "vanilla": duplicate policy label \(also policies\.0\)/);
  assert.throws(() => parseExperiment({ ...base, seeds: [1, 1] }, { source: 'x.json' }), /field seeds\.1 = 1: duplicate of seeds\.0/);
  assert.throws(() => parseExperiment({ ...base, personas: ['sad', 'sad'] }, { source: 'x.json' }), /field personas\.1 = "sad"/);
});

test('parseExperiment(raw) rejects scenarios.ids together with scenarios.count', () => {
  assert.throws(() => parseExperiment({ ...base, scenarios: { source: 'crad', ids: ['a'], count: 1 } }, { source: 'x.json' }), /either scenarios\.ids or scenarios\.count/);
});

test('loadExperiment(path) names the file when its JSON is invalid', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eqn-exp-'));
  const path = join(dir, 'broken.json');
  writeFileSync(path, '{ "name": ');
  assert.throws(() => loadExperiment(path), new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not valid JSON`));
});

test('every shipped experiment file in data/experiments is valid', async () => {
  const { readdirSync } = await import('node:fs');
  const { dataPath } = await import('../../src/core/dataPath.ts');
  const files = readdirSync(dataPath('experiments')).filter((f) => f.endsWith('.json'));
  assert.ok(files.includes('default.json') && files.includes('smoke.json'));
  for (const f of files) loadExperiment(dataPath('experiments', f));
});
