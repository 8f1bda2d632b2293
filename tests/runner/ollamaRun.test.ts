// The runner with the Ollama backend against the loopback fake server (no real model).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDependencies } from '../../src/runner/defaultDependencies.ts';
import { parseExperiment } from '../../src/runner/parseExperiment.ts';
import type { NegotiationRecord } from '../../src/runner/records.ts';
import { runExperiment } from '../../src/runner/runExperiment.ts';
import { startFakeOllama } from '../support/fakeOllama.ts';

test('an experiment on the ollama backend runs each model pair, records the models and the LLM detector, and logs llm calls', async () => {
  const fake = await startFakeOllama({
    models: ['creditor-model:1b', 'debtor-model:1b'],
    respond: (r) => (r.format ? '{"agree": true, "days": 20, "reason": "both near 20 days", "emotion": "Anger"}' : 'I can pay in 20 days.'),
  });
  try {
    const dir = mkdtempSync(join(tmpdir(), 'eqn-ollama-'));
    const experiment = parseExperiment({
      name: 'ollama-fake',
      scenarios: { source: 'crad', count: 1 },
      personas: ['angry'],
      policies: ['eq-negotiator/paper-code'],
      models: { creditor: ['creditor-model:1b'], debtor: ['debtor-model:1b'] },
      seeds: [1],
      backend: { type: 'ollama', host: fake.url, timeoutMs: 5000 },
      protocol: { maxMessages: 6 },
      output: dir,
    }, { source: 'ollama-fake' });
    const result = await runExperiment(experiment, { dependencies: defaultDependencies() });
    assert.equal(result.complete, true);
    const [record] = readFileSync(join(dir, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as NegotiationRecord);
    assert.equal(record.backend, 'ollama');
    assert.equal(record.creditorModel, 'creditor-model:1b');
    assert.equal(record.debtorModel, 'debtor-model:1b');
    assert.equal(record.detector, result.manifest.detector.name);
    assert.notEqual(record.detector, 'lexicon');
    const [line] = readFileSync(join(dir, 'transcripts.jsonl'), 'utf8').trim().split('\n');
    assert.ok((JSON.parse(line).events as { type: string }[]).some((e) => e.type === 'llm-call'));
  } finally {
    await fake.close();
  }
});
