import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadPaperParameters, parsePaperParameters } from '../../src/core/paperParameters.ts';
import { dataPath } from '../../src/core/dataPath.ts';
import { memoryLogger } from '../../src/core/logger.ts';
import { sum } from '../../src/core/matrix.ts';

const raw = () => JSON.parse(readFileSync(dataPath('paper-parameters.json'), 'utf8'));

test('loadPaperParameters() normalises the two published rows that sum to 1.05 and warns naming them', () => {
  const logger = memoryLogger();
  const p = loadPaperParameters({ logger });
  for (const m of [p.creditorTransition, p.creditorToDebtorEmission, p.stateTransition]) {
    for (const r of m) assert.ok(Math.abs(sum(r) - 1) < 1e-12);
  }
  assert.equal(logger.warnings.length, 2);
  assert.match(logger.warnings[0], /table4a_creditorEmotionTransition row 4 sums to 1\.05/);
  assert.match(logger.warnings[1], /table4b_creditorToDebtorEmission row 5 sums to 1\.05/);
  // Table 4a row Surprise as published: [0.30, 0.05, 0.05, 0.05, 0.50, 0.05, 0.05] / 1.05
  assert.ok(Math.abs(p.creditorTransition[4][0] - 0.3 / 1.05) < 1e-12);
});

test('loadPaperParameters() keeps Table 5 payoffs exactly as published', () => {
  const p = loadPaperParameters();
  assert.deepEqual(p.payoffAgent[0], [4, 3, 2, 1, 3, 2, 3]);
  assert.deepEqual(p.payoffClient[6], [3, 2, 2, 3, 3, 2, 3]);
});

test('parsePaperParameters(raw) names the field and value of a bad entry', () => {
  const bad = raw();
  bad.table5_payoff.agent[2][3] = 'x';
  assert.throws(() => parsePaperParameters(bad, { source: 'bad.json' }), /bad\.json: field table5_payoff\.agent\.2\.3 = "x"/);
});

test('parsePaperParameters(raw) rejects an unknown key (strict schema)', () => {
  const bad = raw();
  bad.defaults.wslsThreshold = 2;
  assert.throws(() => parsePaperParameters(bad, { source: 'bad.json' }), /bad\.json: field defaults/);
});

test('parsePaperParameters(raw) rejects negative probabilities', () => {
  const bad = raw();
  bad.debtorStateModel.transition[1][1] = -0.1;
  assert.throws(() => parsePaperParameters(bad, { source: 'bad.json' }), /debtorStateModel\.transition row 1: entry 1 = -0\.1/);
});
