import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRun } from '../../src/analysis/loadRun.ts';
import { pairedDifferences } from '../../src/analysis/pairedDifferences.ts';
import { createRng } from '../../src/core/rng.ts';
import { FIXTURE_RUN, PAPER_CODE, PRINCIPLED, VANILLA } from './helpers.ts';

const run = loadRun(FIXTURE_RUN, { smoothing: 'none' });
const get = (rows: ReturnType<typeof pairedDifferences>, policy: string, metric: string) => rows.find((r) => r.policy === policy && r.metric === metric)!;

test('pairedDifferences(rows) against vanilla gives the fixture known answers on (scenario, seed, persona, models) pairs', () => {
  const d = pairedDifferences(run.negotiations, { resamples: 300 });
  assert.equal(d.length, 10); // 2 policies x 5 metrics, one persona and model pair
  // paper-code vs vanilla: s1 succeeded both (15 vs 20 days), s2 paper-code 20 days vs vanilla breakdown.
  assert.equal(get(d, PAPER_CODE, 'success').difference, 0.5);
  assert.ok(Math.abs(get(d, PAPER_CODE, 'collectionRate').difference - ((10 / 15 - 0.5) + (1 - 0)) / 2) < 1e-12);
  assert.deepEqual([get(d, PAPER_CODE, 'collectionDays').pairs, get(d, PAPER_CODE, 'collectionDays').difference], [1, -5]);
  assert.equal(get(d, PAPER_CODE, 'debtCollectionMultiple').difference, -0.5);
  assert.equal(get(d, PAPER_CODE, 'messages').difference, -2); // (4 - 6 + 6 - 8) / 2
  assert.equal(get(d, PRINCIPLED, 'collectionDays').difference, -10);
  assert.equal(get(d, PRINCIPLED, 'messages').difference, -1); // (4 - 6 + 8 - 8) / 2
  const s = get(d, PRINCIPLED, 'success');
  assert.deepEqual([s.baseline, s.pairs, s.unpaired, s.baselineMean, s.policyMean], [VANILLA, 2, 0, 0.5, 1]);
  assert.ok(s.lower <= s.difference && s.difference <= s.upper);
});

test('pairedDifferences(rows) of a policy identical to the baseline is exactly 0 with a [0, 0] interval', () => {
  const copy = run.negotiations.filter((r) => r.policy === VANILLA).map((r) => ({ ...r, policy: 'vanilla-copy', negotiationId: `${r.negotiationId}#copy` }));
  const d = pairedDifferences([...run.negotiations, ...copy], { resamples: 100 }).filter((r) => r.policy === 'vanilla-copy');
  assert.equal(d.length, 5);
  for (const r of d) if (r.pairs > 0) assert.deepEqual([r.difference, r.lower, r.upper], [0, 0, 0]);
});

test('pairedDifferences(rows) counts negotiations without a baseline pair as unpaired', () => {
  const rows = run.negotiations.filter((r) => !(r.policy === VANILLA && r.scenarioId === 's2'));
  const d = pairedDifferences(rows, { metrics: ['success'], resamples: 50, rng: createRng(1) });
  assert.deepEqual(d.map((r) => [r.policy, r.pairs, r.unpaired, r.difference]), [[PAPER_CODE, 1, 1, 0], [PRINCIPLED, 1, 1, 0]]);
});

test('pairedDifferences(rows) throws without baseline negotiations and on two baseline negotiations for one pair', () => {
  assert.throws(() => pairedDifferences(run.negotiations, { baseline: 'fixed:Joy' }), /options.baseline = "fixed:Joy" has no negotiations; policies present: vanilla, /);
  const dup = [...run.negotiations, { ...run.negotiations[0], negotiationId: 'dup' }];
  assert.throws(() => pairedDifferences(dup), /baseline vanilla has two negotiations for .*s1.*: s1\|angry\|vanilla.* and dup/);
});
