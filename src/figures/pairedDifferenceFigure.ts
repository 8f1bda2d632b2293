import { ciNote } from './ciNote.ts';
import { errorBars } from './errorBars.ts';
import { metricInfo } from './metricInfo.ts';
import { orderCategories } from './orderCategories.ts';
import { paperAxis } from './paperAxis.ts';
import { paperLayout } from './paperLayout.ts';
import { paperTheme, type PaperTheme } from './paperTheme.ts';
import { plotValue } from './plotValue.ts';
import { subplotAxis } from './subplotAxis.ts';
import type { Figure } from './types.ts';

/**
 * A row of the analysis layer's `pairedDifferences`: one policy and metric against the baseline,
 * `difference` = mean(policy - baseline) over `pairs` with its paired-bootstrap `lower`/`upper`.
 */
export type PairedDifferenceFigureRow = Readonly<Record<string, unknown>> & {
  policy: string;
  metric: string;
  difference: number;
  lower: number;
  upper: number;
};

/**
 * Forest plot of paired differences against the baseline policy: one row per policy (or per
 * `labelBy` combination), the mean difference as a point with its paired-bootstrap interval, a
 * dashed line at zero, one panel per metric side by side. Points whose interval crosses zero are
 * hollow. The x title says which side is better.
 * @throws when rows is empty, a metric is unknown or absent from rows, or a label repeats within a metric.
 * @example pairedDifferenceFigure(pairedDifferences(run.negotiations, { by: [] })).layout.shapes[0].x0 // 0
 */
export function pairedDifferenceFigure(
  rows: readonly PairedDifferenceFigureRow[],
  options: { metrics?: readonly string[]; labelBy?: readonly string[]; baseline?: string; order?: readonly string[]; title?: string; width?: number; height?: number; theme?: PaperTheme } = {},
): Figure {
  if (rows.length === 0) throw new Error('pairedDifferenceFigure: rows is empty, expected pairedDifferences rows');
  const theme = options.theme ?? paperTheme;
  const metrics = options.metrics ?? ['success', 'debtCollectionMultiple'];
  if (metrics.length === 0) throw new Error('pairedDifferenceFigure: options.metrics is empty');
  const infos = metrics.map((m) => metricInfo(m, 'pairedDifferenceFigure'));
  const labelBy = options.labelBy ?? ['policy'];
  const baseline = options.baseline ?? (typeof rows[0].baseline === 'string' ? rows[0].baseline : 'vanilla');
  const labelOf = (r: PairedDifferenceFigureRow) => labelBy.map((f) => String(r[f])).join(' · ');
  const labels = orderCategories(rows.map(labelOf), { order: options.order });
  const gap = 0.06;
  const span = (1 - gap * (metrics.length - 1)) / metrics.length;
  const data = infos.map((info, j) => {
    const sel = rows.filter((r) => r.metric === info.paired);
    if (sel.length === 0) throw new Error(`pairedDifferenceFigure: no rows with metric ${JSON.stringify(info.paired)}; metrics present: ${[...new Set(rows.map((r) => r.metric))].join(', ')}`);
    const byLabel = new Map<string, PairedDifferenceFigureRow>();
    for (const r of sel) {
      const l = labelOf(r);
      if (byLabel.has(l)) throw new Error(`pairedDifferenceFigure: label ${JSON.stringify(l)} repeats for metric ${info.paired}; add fields to options.labelBy or filter the rows`);
      byLabel.set(l, r);
    }
    const cis = labels.map((l) => {
      const r = byLabel.get(l);
      return r ? { estimate: r.difference, lower: r.lower, upper: r.upper } : { estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN };
    });
    const crosses = cis.map((ci) => !(ci.lower > 0 || ci.upper < 0));
    return {
      type: 'scatter',
      mode: 'markers',
      name: info.label,
      showlegend: false,
      xaxis: subplotAxis('x', j).ref,
      yaxis: subplotAxis('y', j).ref,
      x: cis.map((ci) => plotValue(ci.estimate)),
      y: labels,
      error_x: errorBars(cis, { color: theme.palette[0] }),
      marker: { color: crosses.map((c) => (c ? theme.background : theme.palette[0])), symbol: 'circle', size: 8, line: { color: theme.palette[0], width: 1.5 } },
      customdata: labels.map((l, i) => {
        const pairs = byLabel.get(l)?.pairs;
        return [plotValue(cis[i].lower), plotValue(cis[i].upper), typeof pairs === 'number' ? pairs : null];
      }),
      hovertemplate: `%{y}<br>${info.label}: policy - ${baseline} = %{x:.3f} [%{customdata[0]:.3f}, %{customdata[1]:.3f}]<br>pairs %{customdata[2]}<extra></extra>`,
    };
  });
  const axes: Record<string, unknown> = {};
  const shapes: Record<string, unknown>[] = [];
  infos.forEach((info, j) => {
    const x = subplotAxis('x', j);
    const y = subplotAxis('y', j);
    const left = j * (span + gap);
    axes[x.key] = paperAxis(`difference in ${info.axisTitle.replace('<br>', ' ')}<br>policy - ${baseline} (${info.higherIsBetter ? 'right' : 'left'} is better)`, {
      theme,
      domain: [plotValue(left), plotValue(left + span)],
      anchor: y.ref,
    });
    axes[y.key] = {
      ...paperAxis(labelBy.join(' · ') === 'policy' ? 'creditor policy' : labelBy.join(' · '), {
        theme, grid: true, type: 'category', categoryorder: 'array', categoryarray: labels, autorange: 'reversed', anchor: x.ref,
      }),
      ...(j === 0 ? {} : { matches: 'y', showticklabels: false, title: { text: '' } }),
    };
    shapes.push({ type: 'line', xref: x.ref, yref: `${y.ref} domain`, x0: 0, x1: 0, y0: 0, y1: 1, line: { color: theme.referenceColor, width: 1, dash: 'dash' } });
  });
  return {
    data,
    layout: paperLayout({
      theme,
      ...(options.title === undefined ? {} : { title: options.title }),
      width: options.width ?? 260 + 360 * metrics.length,
      height: options.height ?? Math.max(300, 140 + 26 * labels.length),
      showlegend: false,
      shapes,
      annotations: infos.map((_, j) => ciNote('paired bootstrap', { x: subplotAxis('x', j).ref, y: subplotAxis('y', j).ref }, { theme })),
      ...axes,
    }),
  };
}
