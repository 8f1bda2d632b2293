// The runner with the kit's real modules: simulated backend, policies, protocol.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDependencies } from '../../src/runner/defaultDependencies.ts';
import { parseExperiment } from '../../src/runner/parseExperiment.ts';
import type { NegotiationRecord } from '../../src/runner/records.ts';
import { runExperiment } from '../../src/runner/runExperiment.ts';

const experiment = (output: string, detector: string) => parseExperiment({
  name: 'integration',
  scenarios: { source: 'crad', count: 2 },
  personas: ['threatening', 'victim'],
  policies: ['eq-negotiator/paper-code', 'eq-negotiator/principled'],
  seeds: [7],
  backend: { type: 'simulated' },
  detector,
  output,
}, { source: 'integration' });

const tmp = () => mkdtempSync(join(tmpdir(), 'eqn-integration-'));
const results = (dir: string) => readFileSync(join(dir, 'results.jsonl'), 'utf8');

for (const detector of ['oracle', 'lexicon']) {
  test(`the simulated backend on a 2 x 2 x 2 grid (detector ${detector}): same results byte for byte across concurrency and after a resume`, async () => {
    const a = tmp(), b = tmp(), c = tmp();
    const run = (dir: string, o: { concurrency?: number; limit?: number } = {}) =>
      runExperiment(experiment(dir, detector), { dependencies: defaultDependencies(), ...o });
    const full = await run(a, { concurrency: 1 });
    assert.equal(full.complete, true);
    await run(b, { concurrency: 4 });
    await run(c, { limit: 3, concurrency: 2 });
    await run(c, { concurrency: 3 });
    assert.equal(results(b), results(a));
    assert.equal(results(c), results(a));
    const records = results(a).trim().split('\n').map((l) => JSON.parse(l) as NegotiationRecord);
    assert.equal(records.length, 8);
    assert.ok(records.every((r) => r.detector === detector && r.backend === 'simulated' && r.messages > 0));
    assert.ok(records.every((r) => r.detections > 0 && r.detectionsCorrect !== null));
    if (detector === 'oracle') assert.ok(records.every((r) => r.detectionsCorrect === r.detections));
    // Learning persists along a chain: the second negotiation starts from the first's snapshot, which differs from a fresh engine's.
    assert.notDeepEqual(records[0].policySnapshot, records[1].policySnapshot);
    const transcripts = readFileSync(join(a, 'transcripts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(transcripts.length, 8);
    assert.ok(transcripts.every((t) => t.events.some((e: { type: string }) => e.type === 'decision')));
  });
}
