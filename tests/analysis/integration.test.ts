// A tiny simulated experiment run by the real runner (defaultDependencies) into a temporary
// folder, then loaded and analysed: the contract between the runner's files and the analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectorAccuracy } from '../../src/analysis/detectorAccuracy.ts';
import { inferenceComparison } from '../../src/analysis/inferenceComparison.ts';
import { loadRun } from '../../src/analysis/loadRun.ts';
import { pairedDifferences } from '../../src/analysis/pairedDifferences.ts';
import { summaryTable } from '../../src/analysis/summaryTable.ts';
import { memoryLogger } from '../../src/core/logger.ts';
import { defaultDependencies } from '../../src/runner/defaultDependencies.ts';
import { parseExperiment } from '../../src/runner/parseExperiment.ts';
import { runExperiment } from '../../src/runner/runExperiment.ts';

test('loadRun(dir) reads a simulated run written by runExperiment, and the analysis runs on it', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'eqn-analysis-run-')), 'run');
  const experiment = parseExperiment({
    name: 'analysis-integration',
    scenarios: { source: 'crad', count: 2 },
    personas: ['threatening', 'victim'],
    policies: ['vanilla', 'eq-negotiator/paper-code', 'eq-negotiator/principled'],
    seeds: [1],
    backend: { type: 'simulated' },
    detector: 'lexicon',
    output: dir,
  });
  await runExperiment(experiment, { dependencies: defaultDependencies() });
  const logger = memoryLogger();
  const run = loadRun(dir, { logger });
  // No warning: in particular the smoothing model reproduces every logged belief of both HMM modes.
  assert.deepEqual(logger.warnings, []);
  assert.equal(run.negotiations.length, 12);
  assert.equal(run.turns.length, run.negotiations.reduce((s, r) => s + r.decisions, 0));
  assert.ok(run.turns.some((t) => t.trueDebtorState !== null && t.smoothed !== null));
  for (const r of summaryTable(run.negotiations, { by: ['persona', 'policy'], resamples: 100 })) {
    assert.ok(r.successRateLower <= r.successRate && r.successRate <= r.successRateUpper);
    assert.ok(r.messagesMean >= 1);
  }
  assert.equal(pairedDifferences(run.negotiations, { resamples: 50 }).length, 2 * 2 * 5);
  assert.ok(detectorAccuracy(run.detections).every((r) => r.scored === r.detections));
  const smoothed = inferenceComparison(run.turns, { resamples: 50 }).filter((r) => r.measure === 'smoothed');
  assert.equal(smoothed.length, 2);
  for (const r of smoothed) {
    assert.ok(r.paperCodeDebtorInfluence < 1e-12);
    assert.ok(r.principledDebtorInfluence > 0);
  }
});
