/**
 * A plotly figure as plain JSON: the `{data, layout}` pair every builder returns and every renderer
 * (notebook display, HTML report, static export) consumes. Traces and layout are kept as open
 * records: the builders are the only writers, and `plotly.js` validates them when it draws.
 */
export interface Figure {
  data: PlotlyTrace[];
  layout: PlotlyLayout;
}

/** One plotly trace (`{type: 'bar', x, y, ...}`). */
export type PlotlyTrace = Record<string, unknown>;

/** A plotly layout object. */
export type PlotlyLayout = Record<string, unknown>;

/** A point estimate with its confidence bounds, as `src/stats` returns them (NaN: no data). */
export interface IntervalLike {
  estimate: number;
  lower: number;
  upper: number;
}
