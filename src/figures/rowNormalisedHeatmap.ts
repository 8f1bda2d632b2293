import { paperAxis } from './paperAxis.ts';
import { paperLayout } from './paperLayout.ts';
import { paperTheme, type PaperTheme } from './paperTheme.ts';
import { plotValue } from './plotValue.ts';
import type { Figure } from './types.ts';

/**
 * A count matrix with its labels: the fields of the analysis layer's `CountTable` that a heatmap
 * needs (`counts[i][j]`: pairs with row label i and column label j).
 */
export interface CountMatrix {
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  counts: readonly (readonly number[])[];
}

export interface RowNormalisedHeatmapOptions {
  /** Row axis title (y) and column axis title (x); they should name what is counted. */
  rowTitle: string;
  colTitle: string;
  title?: string;
  /** Colour-bar title (default 'share of row (rate)'). */
  colorbarTitle?: string;
  /** Decimals of the cell annotations (default 2). */
  digits?: number;
  /** Figure size; default square-ish from the matrix size. */
  width?: number;
  height?: number;
  theme?: PaperTheme;
  /** Name of the calling builder, for error messages. */
  caller?: string;
}

/**
 * A count matrix drawn as a heatmap of row shares (each row divided by its total, so rows are
 * conditional distributions), first row on top, the share written in every cell and the count
 * and row total in the hover. Rows without counts stay blank and say so.
 * @throws when counts is not rowLabels.length x columnLabels.length of non-negative finite numbers.
 * @example rowNormalisedHeatmap({ rowLabels: ['a', 'b'], columnLabels: ['a', 'b'], counts: [[1, 3], [0, 0]] }, { rowTitle: 'true', colTitle: 'detected' }).data[0].z // [[0.25, 0.75], [null, null]]
 */
export function rowNormalisedHeatmap(table: CountMatrix, options: RowNormalisedHeatmapOptions): Figure {
  const caller = options.caller ?? 'rowNormalisedHeatmap';
  const theme = options.theme ?? paperTheme;
  const rows = table.rowLabels;
  const cols = table.columnLabels;
  const counts = table.counts;
  if (!isArray(counts) || counts.length !== rows.length) {
    throw new Error(`${caller}: counts has ${isArray(counts) ? counts.length : typeof counts} rows, expected ${rows.length} (${rows.join(', ')})`);
  }
  counts.forEach((row, i) => {
    if (!isArray(row) || row.length !== cols.length) throw new Error(`${caller}: counts row ${i} (${rows[i]}) has ${isArray(row) ? row.length : typeof row} entries, expected ${cols.length}`);
    row.forEach((v, j) => {
      if (!(Number.isFinite(v) && v >= 0)) throw new Error(`${caller}: counts[${i}][${j}] = ${JSON.stringify(v)}, expected a non-negative count`);
    });
  });
  const digits = options.digits ?? 2;
  const totals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const z = counts.map((row, i) => row.map((v) => (totals[i] > 0 ? plotValue(v / totals[i]) : null)));
  const annotations = z.flatMap((row, i) =>
    row.map((share, j) => ({
      x: cols[j],
      y: rows[i],
      xref: 'x',
      yref: 'y',
      text: share === null ? '–' : share.toFixed(digits),
      showarrow: false,
      font: { family: theme.font.family, size: theme.annotationSize, color: share !== null && share > 0.55 ? '#ffffff' : theme.font.color },
    })),
  );
  const side = Math.max(320, 90 + 52 * Math.max(rows.length, cols.length));
  return {
    data: [
      {
        type: 'heatmap',
        x: [...cols],
        y: [...rows],
        z,
        zmin: 0,
        zmax: 1,
        colorscale: theme.sequentialScale.map(([t, c]) => [t, c]),
        xgap: 1,
        ygap: 1,
        customdata: counts.map((row, i) => row.map((v) => [v, totals[i]])),
        hovertemplate: `${options.rowTitle}: %{y}<br>${options.colTitle}: %{x}<br>share of row %{z:.3f}<br>count %{customdata[0]} of %{customdata[1]}<extra></extra>`,
        colorbar: { title: { text: options.colorbarTitle ?? 'share of row (rate)', side: 'right' }, thickness: 12, outlinewidth: 0, tickfont: { size: theme.tickSize } },
        hoverongaps: false,
      },
    ],
    layout: paperLayout({
      theme,
      ...(options.title === undefined ? {} : { title: options.title }),
      width: options.width ?? side + 110,
      height: options.height ?? side,
      showlegend: false,
      xaxis: paperAxis(options.colTitle, { theme, grid: false, type: 'category', showline: false, ticks: '', constrain: 'domain' }),
      yaxis: paperAxis(options.rowTitle, { theme, grid: false, type: 'category', autorange: 'reversed', showline: false, ticks: '', scaleanchor: 'x', constrain: 'domain' }),
      annotations,
      margin: { l: 110, r: 20, t: options.title === undefined ? 20 : 50, b: 80 },
    }),
  };
}

function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}
