/**
 * The p-quantile of values sorted in ascending order, linear interpolation between order
 * statistics (Hyndman & Fan 1996 type 7: R's `quantile` default, numpy's 'linear'):
 * h = (n - 1) p, Q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). NaN when empty. O(1).
 * @throws when p is not in [0, 1].
 * @example quantileSorted([1, 2, 3, 4], 0.25) // 1.75
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new Error(`quantileSorted: p = ${p}, expected a number in [0, 1]`);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
