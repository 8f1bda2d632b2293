/**
 * A number as a figure spec stores it: rounded to 10 significant digits (snapshots stay stable
 * across last-bit float differences, far below what a figure can show) and null when not finite
 * (plotly leaves a gap; JSON has no NaN).
 * @example plotValue(0.1 + 0.2) // 0.3
 * @example plotValue(NaN) // null
 */
export function plotValue(x: number | null | undefined): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  return Number(x.toPrecision(10));
}
