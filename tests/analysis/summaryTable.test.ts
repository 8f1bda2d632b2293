import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRun } from '../../src/analysis/loadRun.ts';
import { summaryTable } from '../../src/analysis/summaryTable.ts';
import { createRng } from '../../src/core/rng.ts';
import { FIXTURE_RUN, PAPER_CODE, PRINCIPLED, VANILLA } from './helpers.ts';

const run = loadRun(FIXTURE_RUN, { smoothing: 'none' });
const close = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

test('summaryTable(rows, { by: [policy] }) gives the fixture known answers (Wilson bounds confirmed with scipy binomtest)', () => {
  const t = summaryTable(run.negotiations, { by: ['policy'], resamples: 300 });
  assert.deepEqual(t.map((r) => r.policy), [VANILLA, PAPER_CODE, PRINCIPLED]);
  const [v, pc, pr] = t;
  assert.equal(v.negotiations, 2);
  assert.equal(v.successes, 1);
  close(v.successRate, 0.5);
  close(v.successRateLower, 0.09453120573423074);
  close(v.successRateUpper, 0.9054687942657693);
  close(pc.successRateLower, 0.34238022750665303);
  assert.equal(pc.successRateUpper, 1);
  // Means: vanilla succeeded once at 20 days (target 10); paper-code 15 and 20 days; principled 10 and 30.
  assert.deepEqual([v.collectionDaysMean, pc.collectionDaysMean, pr.collectionDaysMean], [20, 17.5, 20]);
  assert.deepEqual([v.debtCollectionMultipleMean, pc.debtCollectionMultipleMean, pr.debtCollectionMultipleMean], [2, 1.25, 1.25]);
  close(v.collectionRateMean, 0.25);
  close(pc.collectionRateMean, 5 / 6);
  close(pr.collectionRateMean, 5 / 6);
  assert.deepEqual([v.messagesMean, pc.messagesMean, pr.messagesMean], [7, 5, 6]);
  assert.deepEqual([v.detectorFailures, v.manipulations], [1, 1]);
  // A single success: its bootstrap interval is that value.
  assert.deepEqual([v.collectionDaysLower, v.collectionDaysUpper], [20, 20]);
});

test('summaryTable(rows) intervals contain their estimates and stay within the data range', () => {
  for (const r of summaryTable(run.negotiations, { by: ['persona', 'policy'], resamples: 200 })) {
    for (const m of ['successRate', 'collectionDays', 'debtCollectionMultiple', 'collectionRate', 'messages']) {
      const est = r[m === 'successRate' ? m : `${m}Mean`] as number;
      assert.ok((r[`${m}Lower`] as number) <= est && est <= (r[`${m}Upper`] as number), `${r.policy} ${m}`);
    }
    assert.ok(r.messagesLower >= 4 && r.messagesUpper <= 8);
  }
});

test('summaryTable(rows) is reproducible for a seed, and a group does not depend on the other groups', () => {
  const a = summaryTable(run.negotiations, { by: ['policy'], rng: createRng(3), resamples: 200 });
  assert.deepEqual(summaryTable(run.negotiations, { by: ['policy'], rng: createRng(3), resamples: 200 }), a);
  const alone = summaryTable(run.negotiations.filter((r) => r.policy === PRINCIPLED), { by: ['policy'], rng: createRng(3), resamples: 200 });
  assert.deepEqual(alone[0], a[2]);
});

test('summaryTable(rows) has NaN means for a group without successes, and the default groups by persona, policy and models', () => {
  const failed = run.negotiations.filter((r) => !r.success);
  const [r] = summaryTable(failed, { resamples: 50 });
  assert.deepEqual(Object.keys(r).slice(0, 4), ['persona', 'policy', 'creditorModel', 'debtorModel']);
  assert.equal(r.successRate, 0);
  assert.ok(Number.isNaN(r.collectionDaysMean) && Number.isNaN(r.debtCollectionMultipleLower));
  assert.equal(r.collectionRateMean, 0);
});

test('summaryTable(rows) throws on a grouping field the rows lack', () => {
  assert.throws(() => summaryTable(run.negotiations, { by: ['nope' as never] }), /groupRows: row 0 has no field nope/);
});
