import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SummaryTableRow } from '../../src/analysis/summaryTable.ts';
import { summaryTableView } from '../../src/report/summaryTableView.ts';

const row = (over: Partial<SummaryTableRow>): SummaryTableRow => ({
  policy: 'vanilla', negotiations: 4, successes: 3,
  successRate: 0.75, successRateLower: 0.3006, successRateUpper: 0.9544,
  collectionDaysMean: 40, collectionDaysLower: 30, collectionDaysUpper: 50,
  debtCollectionMultipleMean: 3.456, debtCollectionMultipleLower: 2.5, debtCollectionMultipleUpper: 4.44,
  collectionRateMean: 0.2, collectionRateLower: 0.1, collectionRateUpper: 0.3,
  messagesMean: 23.25, messagesLower: 18, messagesUpper: 29,
  detectorFailures: 0, manipulations: 0, ...over,
});

test('summaryTableView(rows) prints each metric as estimate [lower, upper], and a dash where there is no data', () => {
  const view = summaryTableView([row({}), row({ policy: 'fixed:Anger', successes: 0, successRate: 0, successRateLower: 0, successRateUpper: 0.49, debtCollectionMultipleMean: Number.NaN, debtCollectionMultipleLower: Number.NaN, debtCollectionMultipleUpper: Number.NaN })], { id: 't', title: 'T', fields: ['policy'] });
  assert.deepEqual(view.columns, ['policy', 'negotiations', 'success rate [95% CI]', 'debt-collection multiple [95% CI]', 'collection rate [95% CI]', 'messages [95% CI]']);
  assert.deepEqual(view.rows[0], ['vanilla', '4', '0.750 [0.301, 0.954]', '3.46 [2.50, 4.44]', '0.200 [0.100, 0.300]', '23.3 [18.0, 29.0]']);
  assert.equal(view.rows[1][3], '–');
  assert.match(view.caption, /Wilson/);
});
