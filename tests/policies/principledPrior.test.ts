import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../src/core/dataPath.ts';
import { memoryLogger } from '../../src/core/logger.ts';
import { sum } from '../../src/core/matrix.ts';
import { loadPrincipledPrior, parsePrincipledPrior } from '../../src/policies/principledPrior.ts';

const raw = () => JSON.parse(readFileSync(dataPath('principled-prior.json'), 'utf8'));

test('loadPrincipledPrior() reads data/principled-prior.json: four distributions over the seven emotions', () => {
  const logger = memoryLogger();
  const p = loadPrincipledPrior({ logger });
  assert.equal(p.emission.length, 4);
  for (const row of p.emission) assert.ok(Math.abs(sum(row) - 1) < 1e-12);
  assert.deepEqual(logger.warnings, []);
  assert.equal(p.strength, 20);
  assert.equal(p.forgetting, 0.95);
});

test('the shipped prior favours the emotions its rationale names for each state', () => {
  const [coop, conf, dist, strat] = loadPrincipledPrior().emission;
  const top2 = (r: number[]) => r.map((v, i) => [v, i]).sort((a, b) => b[0] - a[0]).slice(0, 2).map(([, i]) => i).sort();
  assert.deepEqual(top2(coop), [0, 6]); // Joy, Neutral
  assert.deepEqual(top2(conf), [2, 5]); // Anger, Disgust
  assert.deepEqual(top2(dist), [1, 3]); // Sadness, Fear
  assert.deepEqual(top2(strat), [4, 6]); // Surprise, Neutral (Disgust third)
});

test('parsePrincipledPrior normalises a row that does not sum to 1, with a warning naming it', () => {
  const bad = raw();
  bad.emission.matrix[2] = bad.emission.matrix[2].map((v: number) => v * 2);
  const logger = memoryLogger();
  const p = parsePrincipledPrior(bad, { source: 'p.json', logger });
  assert.ok(Math.abs(sum(p.emission[2]) - 1) < 1e-12);
  assert.match(logger.warnings[0], /p\.json: emission row 2 \(Distressed\) sums to 2, normalised to 1/);
});

test('parsePrincipledPrior names the field and value of bad input', () => {
  const a = raw();
  a.emission.matrix[0][1] = -1;
  assert.throws(() => parsePrincipledPrior(a, { source: 'p.json' }), /p\.json: field emission\.matrix\.0\.1 = -1/);
  const b = raw();
  b.states[1] = 'Hostile';
  assert.throws(() => parsePrincipledPrior(b, { source: 'p.json' }), /p\.json: field states\.1 = "Hostile", expected Confrontational/);
  const c = raw();
  c.strenght = 3;
  assert.throws(() => parsePrincipledPrior(c, { source: 'p.json' }), /p\.json: field/);
});
