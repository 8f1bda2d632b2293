import { categoryStyle } from './categoryStyle.ts';
import { errorBars } from './errorBars.ts';
import { metricInfo, type MetricKey } from './metricInfo.ts';
import { orderCategories } from './orderCategories.ts';
import { paperAxis } from './paperAxis.ts';
import { paperLayout } from './paperLayout.ts';
import { paperTheme, type PaperTheme } from './paperTheme.ts';
import { plotValue } from './plotValue.ts';
import type { Figure, IntervalLike } from './types.ts';

/**
 * One cell of the outcome table: a (persona, policy) pair with its metrics as intervals
 * (success rate with its Wilson interval; means with bootstrap intervals).
 */
export interface OutcomeRow {
  persona: string;
  policy: string;
  /** Negotiations in the cell. */
  n?: number;
  successRate?: IntervalLike;
  debtCollectionMultiple?: IntervalLike;
  collectionRate?: IntervalLike;
  finalDays?: IntervalLike;
  messages?: IntervalLike;
}

export interface OutcomesFigureOptions {
  /** Metrics, one panel each, top to bottom. Default success rate and debt-collection multiple. */
  metrics?: readonly MetricKey[];
  /** Category order of personas (x) and policies (bar groups); default first appearance. */
  personas?: readonly string[];
  policies?: readonly string[];
  title?: string;
  width?: number;
  /** Height of one panel in pixels (default 300). */
  panelHeight?: number;
  theme?: PaperTheme;
}

/**
 * Outcomes by persona and policy: grouped bars (x: debtor persona, one bar per policy) of each
 * metric's point estimate with its interval as error bars; one panel per metric, sharing the
 * policy legend. Cells without a metric value leave a gap.
 * @throws when rows is empty, a metric is unknown, or a (persona, policy) pair repeats.
 * @example outcomesFigure(rows, { metrics: ['successRate'] }).data.length // number of policies
 */
export function outcomesFigure(rows: readonly OutcomeRow[], options: OutcomesFigureOptions = {}): Figure {
  if (rows.length === 0) throw new Error('outcomesFigure: rows is empty, expected one row per (persona, policy)');
  const theme = options.theme ?? paperTheme;
  const metrics = options.metrics ?? ['successRate', 'debtCollectionMultiple'];
  if (metrics.length === 0) throw new Error('outcomesFigure: options.metrics is empty');
  const infos = metrics.map((m) => metricInfo(m, 'outcomesFigure'));
  const personas = orderCategories(rows.map((r) => r.persona), { order: options.personas });
  const policies = orderCategories(rows.map((r) => r.policy), { order: options.policies });
  const cell = new Map<string, OutcomeRow>();
  for (const r of rows) {
    const key = `${r.persona}\u0000${r.policy}`;
    if (cell.has(key)) throw new Error(`outcomesFigure: rows repeat persona ${JSON.stringify(r.persona)} with policy ${JSON.stringify(r.policy)}`);
    cell.set(key, r);
  }
  const panels = metrics.length;
  const gap = 0.08;
  const span = (1 - gap * (panels - 1)) / panels;
  const data = metrics.flatMap((metric, j) =>
    policies.map((policy, p) => {
      const style = categoryStyle(p, { theme });
      const cis = personas.map((persona) => cell.get(`${persona}\u0000${policy}`)?.[metric] ?? nanInterval);
      const ns = personas.map((persona) => cell.get(`${persona}\u0000${policy}`)?.n ?? null);
      return {
        type: 'bar',
        name: policy,
        legendgroup: policy,
        showlegend: j === 0,
        xaxis: axisId('x', j),
        yaxis: axisId('y', j),
        x: personas,
        y: cis.map((ci) => plotValue(ci.estimate)),
        error_y: errorBars(cis, { color: theme.axisLineColor }),
        customdata: cis.map((ci, i) => [plotValue(ci.lower), plotValue(ci.upper), ns[i]]),
        hovertemplate: `persona %{x}<br>${policy}<br>${infos[j].label} %{y:.3f} [%{customdata[0]:.3f}, %{customdata[1]:.3f}] (${infos[j].interval})<br>n = %{customdata[2]}<extra></extra>`,
        marker: { color: style.color, line: { color: theme.axisLineColor, width: 0.5 }, ...(style.pattern ? { pattern: { shape: style.pattern, fgcolor: '#ffffff', size: 5 } } : {}) },
      };
    }),
  );
  const axes: Record<string, unknown> = {};
  metrics.forEach((_, j) => {
    const top = 1 - j * (span + gap);
    axes[layoutKey('yaxis', j)] = paperAxis(`${infos[j].axisTitle}, ${infos[j].interval} 95% CI`, {
      theme,
      domain: [Math.max(0, top - span), top],
      anchor: axisId('x', j),
      ...(infos[j].range ? { range: infos[j].range } : { rangemode: 'tozero' }),
    });
    axes[layoutKey('xaxis', j)] = paperAxis('debtor persona', {
      theme,
      grid: false,
      anchor: axisId('y', j),
      showticklabels: j === panels - 1,
      ...(j === panels - 1 ? {} : { title: { text: '' } }),
      ...(j === 0 ? {} : { matches: 'x' }),
    });
  });
  const panelHeight = options.panelHeight ?? 300;
  return {
    data,
    layout: paperLayout({
      theme,
      ...(options.title === undefined ? {} : { title: options.title }),
      width: options.width ?? Math.max(700, Math.min(1600, 160 + personas.length * (policies.length * 9 + 20))),
      height: panelHeight * panels + 140,
      barmode: 'group',
      bargap: 0.2,
      bargroupgap: 0.05,
      ...axes,
    }),
  };
}

const nanInterval: IntervalLike = { estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN };

/** Plotly trace axis reference of panel j: 'x', 'x2', ... */
function axisId(prefix: 'x' | 'y', j: number): string {
  return j === 0 ? prefix : `${prefix}${j + 1}`;
}

/** Plotly layout key of panel j: 'xaxis', 'xaxis2', ... */
function layoutKey(prefix: 'xaxis' | 'yaxis', j: number): string {
  return j === 0 ? prefix : `${prefix}${j + 1}`;
}
