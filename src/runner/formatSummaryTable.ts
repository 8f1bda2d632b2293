import type { SummaryRow } from './summarizeRecords.ts';

/** A column of a plain-text table. */
export interface TableColumn<T> {
  header: string;
  value(row: T): string;
  align?: 'left' | 'right';
}

/**
 * A plain-text table: a header, a rule, one line per row, columns padded to their widest cell.
 * @example formatTable([{ a: 1 }], [{ header: 'a', value: (r) => String(r.a), align: 'right' }]) // 'a\n-\n1'
 */
export function formatTable<T>(rows: readonly T[], columns: readonly TableColumn<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => c.value(r)));
  const widths = columns.map((c, j) => Math.max(c.header.length, ...cells.map((row) => row[j].length)));
  const line = (values: string[]) =>
    values.map((v, j) => (columns[j].align === 'right' ? v.padStart(widths[j]) : v.padEnd(widths[j]))).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/** What the columns of {@link formatSummaryTable} mean, printed under it. */
export const SUMMARY_TABLE_LEGEND =
  'debt-collection multiple: agreed days / creditor target days, mean over successes (lower is better); ' +
  'collection rate: min(1, target / agreed), 0 on failure, mean over all; messages: mean negotiation length in messages.';

/**
 * The summary table printed after a run: the group columns, then negotiations, success rate,
 * debt-collection multiple (mean over successes; lower is better), collection rate and mean
 * length in messages (see {@link SUMMARY_TABLE_LEGEND}).
 * @example formatSummaryTable(summarizeRecords(rows, { by: ['persona', 'policy'] }))
 */
export function formatSummaryTable(rows: readonly SummaryRow[]): string {
  const groupFields = rows.length > 0 ? Object.keys(rows[0].group) : [];
  const fixed = (digits: number) => (v: number | null) => (v === null ? '-' : v.toFixed(digits));
  const columns: TableColumn<SummaryRow>[] = [
    ...groupFields.map((f) => ({ header: f, value: (r: SummaryRow) => String(r.group[f]) })),
    { header: 'negotiations', value: (r) => String(r.negotiations), align: 'right' },
    { header: 'success rate', value: (r) => fixed(3)(r.successRate), align: 'right' },
    { header: 'debt-collection multiple', value: (r) => fixed(2)(r.meanDebtCollectionMultiple), align: 'right' },
    { header: 'collection rate', value: (r) => fixed(3)(r.meanCollectionRate), align: 'right' },
    { header: 'messages', value: (r) => fixed(1)(r.meanMessages), align: 'right' },
  ];
  return formatTable(rows, columns);
}
