import { sum } from '../core/matrix.ts';

/**
 * Arithmetic mean with a compensated sum; NaN for no values. O(n).
 * @example mean([1, 2, 3, 4]) // 2.5
 */
export function mean(values: ArrayLike<number>): number {
  return values.length === 0 ? Number.NaN : sum(values) / values.length;
}
