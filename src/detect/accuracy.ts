import type { Matrix } from '../core/matrix.ts';

/**
 * Fraction of items on the diagonal of a confusion matrix; NaN for an empty matrix.
 * @example accuracy([[2, 0, 0], [0, 0, 1], [1, 0, 2]]) // 4 / 6
 */
export function accuracy(confusion: Matrix): number {
  let correct = 0;
  let total = 0;
  confusion.forEach((row, i) => row.forEach((v, j) => {
    total += v;
    if (i === j) correct += v;
  }));
  return total > 0 ? correct / total : Number.NaN;
}
