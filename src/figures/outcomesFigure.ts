import { categoryStyle } from './categoryStyle.ts';
import { ciNote } from './ciNote.ts';
import { errorBars } from './errorBars.ts';
import { metricInfo, type MetricKey } from './metricInfo.ts';
import { metricInterval } from './metricInterval.ts';
import { orderCategories } from './orderCategories.ts';
import { paperAxis } from './paperAxis.ts';
import { paperLayout } from './paperLayout.ts';
import { paperTheme, type PaperTheme } from './paperTheme.ts';
import { plotValue } from './plotValue.ts';
import { subplotAxis } from './subplotAxis.ts';
import type { Figure } from './types.ts';

/**
 * A row of the analysis layer's `summaryTable` grouped by persona and policy: the grouping fields,
 * `negotiations`, and each metric with its bounds (`successRate`, `successRateLower`,
 * `successRateUpper`; `debtCollectionMultipleMean`, `...Lower`, `...Upper`; see METRICS).
 */
export type OutcomeRow = Readonly<Record<string, unknown>>;

export interface OutcomesFigureOptions {
  /** Metrics, one panel each, top to bottom. Default success rate and debt-collection multiple. */
  metrics?: readonly MetricKey[];
  /** Field on the x axis (default 'persona') and field of the bar groups (default 'policy'). */
  x?: string;
  group?: string;
  /** Category orders; default first appearance. */
  xOrder?: readonly string[];
  groupOrder?: readonly string[];
  /** Axis title of the x field (default 'debtor persona'). */
  xTitle?: string;
  title?: string;
  width?: number;
  /** Height of one panel in pixels (default 300). */
  panelHeight?: number;
  theme?: PaperTheme;
}

/**
 * Outcomes by persona and policy: grouped bars (x: debtor persona, one bar per policy) of each
 * metric's estimate with its interval as error bars (Wilson for the success rate, bootstrap for
 * means); one panel per metric, sharing the policy legend. Cells without data leave a gap.
 * @throws when rows is empty, a metric is unknown, a row lacks the x or group field, or an
 *   (x, group) pair repeats.
 * @example outcomesFigure(summaryTable(run.negotiations, { by: ['persona', 'policy'] })).data.length // 2 x policies
 */
export function outcomesFigure(rows: readonly OutcomeRow[], options: OutcomesFigureOptions = {}): Figure {
  if (rows.length === 0) throw new Error('outcomesFigure: rows is empty, expected one row per (persona, policy)');
  const theme = options.theme ?? paperTheme;
  const xField = options.x ?? 'persona';
  const groupField = options.group ?? 'policy';
  const metrics = options.metrics ?? ['successRate', 'debtCollectionMultiple'];
  if (metrics.length === 0) throw new Error('outcomesFigure: options.metrics is empty');
  const infos = metrics.map((m) => metricInfo(m, 'outcomesFigure'));
  const label = (row: OutcomeRow, field: string, i: number): string => {
    const v = row[field];
    if (v === undefined || v === null) throw new Error(`outcomesFigure: rows[${i}] has no field ${field}; fields: ${Object.keys(row).join(', ')}`);
    return String(v);
  };
  const cell = new Map<string, OutcomeRow>();
  rows.forEach((r, i) => {
    const key = JSON.stringify([label(r, xField, i), label(r, groupField, i)]);
    if (cell.has(key)) throw new Error(`outcomesFigure: rows repeat ${xField} ${JSON.stringify(r[xField])} with ${groupField} ${JSON.stringify(r[groupField])}; group the summary by exactly these two fields`);
    cell.set(key, r);
  });
  const xs = orderCategories(rows.map((r, i) => label(r, xField, i)), { order: options.xOrder });
  const groups = orderCategories(rows.map((r, i) => label(r, groupField, i)), { order: options.groupOrder });
  const panels = metrics.length;
  const gap = 0.08;
  const span = (1 - gap * (panels - 1)) / panels;
  const data = infos.flatMap((info, j) =>
    groups.map((group, p) => {
      const style = categoryStyle(p, { theme });
      const found = xs.map((x) => cell.get(JSON.stringify([x, group])));
      const cis = found.map((r) => (r ? metricInterval(r, info) : { estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN }));
      return {
        type: 'bar',
        name: group,
        legendgroup: group,
        showlegend: j === 0,
        xaxis: subplotAxis('x', j).ref,
        yaxis: subplotAxis('y', j).ref,
        x: xs,
        y: cis.map((ci) => plotValue(ci.estimate)),
        error_y: errorBars(cis, { color: theme.axisLineColor }),
        customdata: cis.map((ci, i) => [plotValue(ci.lower), plotValue(ci.upper), typeof found[i]?.negotiations === 'number' ? found[i]!.negotiations : null]),
        hovertemplate: `${xField} %{x}<br>${group}<br>${info.label} %{y:.3f} [%{customdata[0]:.3f}, %{customdata[1]:.3f}] (${info.interval} 95% CI)<br>negotiations %{customdata[2]}<extra></extra>`,
        marker: {
          color: style.color,
          line: { color: theme.axisLineColor, width: 0.5 },
          ...(style.pattern ? { pattern: { shape: style.pattern, fillmode: 'overlay', fgcolor: '#ffffff', fgopacity: 0.9, size: 6, solidity: 0.35 } } : {}),
        },
      };
    }),
  );
  const axes: Record<string, unknown> = {};
  const notes: Record<string, unknown>[] = [];
  infos.forEach((info, j) => {
    const top = 1 - j * (span + gap);
    const x = subplotAxis('x', j);
    const y = subplotAxis('y', j);
    notes.push(ciNote(info.interval, { x: x.ref, y: y.ref }, { theme }));
    axes[y.key] = paperAxis(info.axisTitle, {
      theme,
      domain: [plotValue(Math.max(0, top - span)), plotValue(top)],
      anchor: x.ref,
      ...(info.range ? { range: [...info.range] } : { rangemode: 'tozero' }),
    });
    const bottom = j === panels - 1;
    axes[x.key] = {
      ...paperAxis(options.xTitle ?? 'debtor persona', { theme, grid: false, anchor: y.ref, type: 'category', categoryorder: 'array', categoryarray: xs }),
      ...(bottom ? {} : { showticklabels: false, title: { text: '' } }),
      ...(j === 0 ? {} : { matches: 'x' }),
    };
  });
  const panelHeight = options.panelHeight ?? 300;
  return {
    data,
    layout: paperLayout({
      theme,
      ...(options.title === undefined ? {} : { title: options.title }),
      width: options.width ?? Math.max(700, Math.min(1600, 160 + xs.length * (groups.length * 9 + 20))),
      height: Math.max(panelHeight * panels + 100, 60 + 22 * groups.length),
      barmode: 'group',
      bargap: 0.2,
      bargroupgap: 0.05,
      annotations: notes,
      ...axes,
    }),
  };
}
