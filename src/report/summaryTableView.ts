import type { SummaryTableRow } from '../analysis/summaryTable.ts';

/** A table ready to print: column headers and rows of cell text. */
export interface TableView {
  id: string;
  title: string;
  caption: string;
  columns: string[];
  rows: string[][];
}

/**
 * The summary table as text cells: the grouping fields, negotiations, success rate with its
 * Wilson interval, debt-collection multiple and messages with their bootstrap intervals, each as
 * `estimate [lower, upper]` ('–' where there is no data, e.g. no agreement to average over). Pure.
 * @example summaryTableView(rows, { id: 'by-policy', title: 'By policy', fields: ['policy'] }).columns[0] // 'policy'
 */
export function summaryTableView(rows: readonly SummaryTableRow[], options: { id: string; title: string; fields: readonly string[]; caption?: string }): TableView {
  const ci = (est: number, lo: number, hi: number, digits: number) =>
    Number.isFinite(est) ? `${est.toFixed(digits)} [${Number.isFinite(lo) ? lo.toFixed(digits) : '–'}, ${Number.isFinite(hi) ? hi.toFixed(digits) : '–'}]` : '–';
  return {
    id: options.id,
    title: options.title,
    caption:
      options.caption ??
      'Success rate with Wilson 95% interval; debt-collection multiple (agreed days / creditor target days, agreed negotiations only, lower is better), collection rate and length in messages with percentile bootstrap 95% intervals.',
    columns: [...options.fields, 'negotiations', 'success rate [95% CI]', 'debt-collection multiple [95% CI]', 'collection rate [95% CI]', 'messages [95% CI]'],
    rows: rows.map((r) => [
      ...options.fields.map((f) => String(r[f])),
      String(r.negotiations),
      ci(r.successRate, r.successRateLower, r.successRateUpper, 3),
      ci(r.debtCollectionMultipleMean, r.debtCollectionMultipleLower, r.debtCollectionMultipleUpper, 2),
      ci(r.collectionRateMean, r.collectionRateLower, r.collectionRateUpper, 3),
      ci(r.messagesMean, r.messagesLower, r.messagesUpper, 1),
    ]),
  };
}
