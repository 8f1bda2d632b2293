/** A point estimate with the bounds of its confidence interval (NaN when there is no data). */
export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}
