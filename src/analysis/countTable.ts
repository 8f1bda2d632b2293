/**
 * A contingency table of label pairs: counts and row proportions. Rows and columns follow the
 * given label order (EMOTIONS order for emotion tables). A row with no counts has NaN proportions
 * (its distribution is undefined, not zero).
 */
export interface CountTable {
  rowLabels: string[];
  columnLabels: string[];
  /** counts[i][j]: pairs with row label i and column label j. */
  counts: number[][];
  /** counts[i][j] / rowTotals[i]; NaN in rows with no counts. */
  proportions: number[][];
  rowTotals: number[];
  total: number;
}

/**
 * Count (row, column) label pairs into a {@link CountTable}. O(n + R * C).
 * @throws when a label is not in its label list, naming the pair and the label.
 * @example countTable([['Joy', 'Anger'], ['Joy', 'Joy']], { rowLabels: ['Joy'], columnLabels: ['Joy', 'Anger'] }).proportions // [[0.5, 0.5]]
 */
export function countTable(pairs: readonly (readonly [string, string])[], options: { rowLabels: readonly string[]; columnLabels: readonly string[] }): CountTable {
  const rowLabels = options.rowLabels.slice();
  const columnLabels = options.columnLabels.slice();
  const counts = rowLabels.map(() => new Array<number>(columnLabels.length).fill(0));
  pairs.forEach(([r, c], n) => {
    const i = rowLabels.indexOf(r);
    const j = columnLabels.indexOf(c);
    if (i < 0) throw new Error(`countTable: pair ${n} has row label ${JSON.stringify(r)}, expected one of ${rowLabels.join(', ')}`);
    if (j < 0) throw new Error(`countTable: pair ${n} has column label ${JSON.stringify(c)}, expected one of ${columnLabels.join(', ')}`);
    counts[i][j]++;
  });
  const rowTotals = counts.map((row) => row.reduce((s, v) => s + v, 0));
  return {
    rowLabels,
    columnLabels,
    counts,
    proportions: counts.map((row, i) => row.map((v) => (rowTotals[i] > 0 ? v / rowTotals[i] : Number.NaN))),
    rowTotals,
    total: rowTotals.reduce((s, v) => s + v, 0),
  };
}

/** One cell of a {@link CountTable} in long format (for heatmaps and data frames). */
export interface CountCell {
  row: string;
  column: string;
  count: number;
  proportion: number;
}

/**
 * The cells of a table, row by row: long format for plotting.
 * @example longTable(table)[0] // { row: 'Joy', column: 'Joy', count: 1, proportion: 0.5 }
 */
export function longTable(table: CountTable): CountCell[] {
  return table.rowLabels.flatMap((row, i) =>
    table.columnLabels.map((column, j) => ({ row, column, count: table.counts[i][j], proportion: table.proportions[i][j] })),
  );
}
