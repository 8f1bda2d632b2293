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
import type { Figure } from './types.ts';

/**
 * One ablation cell: a summaryTable row (metric fields as in METRICS) of one policy variant, with
 * its HMM mode and Eq. 4 switch threshold (k negatives among the last n debtor emotions).
 */
export type AblationRow = Readonly<Record<string, unknown>> & { hmmMode: string; k: number; n: number };

/**
 * Ablation over the Eq. 4 switch threshold and the HMM mode: the metric (with its interval as
 * error bars) against "k of n" (sorted by n, then k), one line per mode, modes offset slightly so
 * that their error bars do not overlap.
 * @throws when rows is empty, the metric is unknown, k or n is not an integer with 1 <= k <= n,
 *   or a (mode, k, n) cell repeats.
 * @example ablationFigure(rows, { metric: 'successRate' }).layout.xaxis.ticktext // ['3 of 5', '4 of 5']
 */
export function ablationFigure(rows: readonly AblationRow[], options: { metric?: MetricKey; modes?: readonly string[]; title?: string; width?: number; height?: number; theme?: PaperTheme } = {}): Figure {
  if (rows.length === 0) throw new Error('ablationFigure: rows is empty, expected one row per (hmmMode, k, n)');
  const theme = options.theme ?? paperTheme;
  const info = metricInfo(options.metric ?? 'successRate', 'ablationFigure');
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (!(Number.isInteger(r.k) && Number.isInteger(r.n) && r.k >= 1 && r.k <= r.n)) {
      throw new Error(`ablationFigure: rows[${i}] has k = ${r.k}, n = ${r.n}, expected integers 1 <= k <= n`);
    }
    const key = `${r.hmmMode}|${r.k}|${r.n}`;
    if (seen.has(key)) throw new Error(`ablationFigure: rows repeat hmmMode ${JSON.stringify(r.hmmMode)} with k = ${r.k}, n = ${r.n}`);
    seen.add(key);
  });
  const thresholds = [...new Map(rows.map((r) => [`${r.k}|${r.n}`, { k: r.k, n: r.n }])).values()].sort((a, b) => a.n - b.n || a.k - b.k);
  const position = (r: AblationRow) => thresholds.findIndex((t) => t.k === r.k && t.n === r.n);
  const modes = orderCategories(rows.map((r) => String(r.hmmMode)), { order: options.modes });
  const data = modes.map((mode, m) => {
    const style = categoryStyle(m, { theme });
    const sel = rows.filter((r) => String(r.hmmMode) === mode).sort((a, b) => position(a) - position(b));
    const offset = (m - (modes.length - 1) / 2) * 0.08;
    const cis = sel.map((r) => metricInterval(r, info));
    return {
      type: 'scatter',
      mode: 'lines+markers',
      name: mode,
      x: sel.map((r) => plotValue(position(r) + offset)),
      y: cis.map((ci) => plotValue(ci.estimate)),
      error_y: errorBars(cis, { color: style.color }),
      customdata: sel.map((r, i) => [`${r.k} of ${r.n}`, plotValue(cis[i].lower), plotValue(cis[i].upper), typeof r.negotiations === 'number' ? r.negotiations : null]),
      hovertemplate: `${mode}, switch at %{customdata[0]}<br>${info.label} %{y:.3f} [%{customdata[1]:.3f}, %{customdata[2]:.3f}]<br>negotiations %{customdata[3]}<extra></extra>`,
      line: { color: style.color, dash: style.dash, width: 1.5 },
      marker: { color: style.color, symbol: style.symbol, size: 7 },
    };
  });
  return {
    data,
    layout: paperLayout({
      theme,
      ...(options.title === undefined ? {} : { title: options.title }),
      width: options.width ?? Math.max(560, 200 + thresholds.length * 90),
      height: options.height ?? 420,
      legend: { title: { text: 'HMM mode' } },
      xaxis: paperAxis('Eq. 4 switch: k negative of the last n debtor emotions (k of n messages)', {
        theme,
        grid: false,
        tickmode: 'array',
        tickvals: thresholds.map((_, i) => i),
        ticktext: thresholds.map((t) => `${t.k} of ${t.n}`),
        range: [-0.5, thresholds.length - 0.5],
      }),
      annotations: [ciNote(info.interval, { x: 'x', y: 'y' }, { theme })],
      yaxis: paperAxis(info.axisTitle, { theme, ...(info.range ? { range: [...info.range] } : { rangemode: 'tozero' }) }),
    }),
  };
}
