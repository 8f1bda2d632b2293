import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRunArgs } from '../../src/cli/commands/run.ts';

test('parseRunArgs(argv) builds an experiment from flags alone', () => {
  const { experiment, limit } = parseRunArgs([
    '--count', '2', '--personas', 'angry,sad', '--policies', 'vanilla,eq-negotiator/principled', '--seeds', '1,2',
    '--detector', 'oracle', '--max-messages', '20', '--out', '/tmp/x', '--limit', '5',
  ]);
  assert.deepEqual(experiment.scenarios, { source: 'crad', count: 2 });
  assert.deepEqual(experiment.personas, ['angry', 'sad']);
  assert.deepEqual(experiment.policies.map((p) => p.label), ['vanilla', 'eq-negotiator/principled']);
  assert.deepEqual(experiment.seeds, [1, 2]);
  assert.equal(experiment.detector, 'oracle');
  assert.equal(experiment.protocol.maxMessages, 20);
  assert.equal(experiment.output, '/tmp/x');
  assert.equal(limit, 5);
});

test('parseRunArgs(argv) lets flags override an experiment file', () => {
  const { experiment } = parseRunArgs(['data/experiments/smoke.json', '--scenarios', 'crad-002,crad-001', '--concurrency', '2']);
  assert.equal(experiment.name, 'smoke');
  assert.deepEqual(experiment.scenarios, { source: 'crad', ids: ['crad-002', 'crad-001'] });
  assert.equal(experiment.concurrency, 2);
  assert.deepEqual(experiment.personas, ['vanilla', 'threatening', 'victim']);
});

test('parseRunArgs(argv) names a bad flag value, an unknown flag and a bad field', () => {
  assert.throws(() => parseRunArgs(['--seeds', '1,x']), /--seeds = "x", expected an integer/);
  assert.throws(() => parseRunArgs(['--sedes', '1']), /Unknown option '--sedes'/);
  assert.throws(() => parseRunArgs(['--personas', 'grumpy']), /eqn run flags: field personas\.0 = "grumpy"/);
  assert.throws(() => parseRunArgs(['--backend', 'ollama']), /field models = undefined: the ollama backend needs models/);
});
