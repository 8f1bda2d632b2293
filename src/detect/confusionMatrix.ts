import type { Matrix } from '../core/matrix.ts';

/**
 * Confusion matrix with gold classes as rows and predicted classes as columns (scikit-learn's
 * convention): m[i][j] counts items of class i predicted as j. Classes are indices 0..k-1.
 * O(n + k^2).
 * @throws when the lengths differ or a class index is outside 0..k-1.
 * @example confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2], 3) // [[2, 0, 0], [0, 0, 1], [1, 0, 2]]
 */
export function confusionMatrix(gold: ArrayLike<number>, predicted: ArrayLike<number>, k: number): Matrix {
  if (gold.length !== predicted.length) {
    throw new Error(`confusionMatrix: gold has ${gold.length} items but predicted has ${predicted.length}`);
  }
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let n = 0; n < gold.length; n++) {
    const g = gold[n];
    const p = predicted[n];
    if (!(Number.isInteger(g) && g >= 0 && g < k)) throw new Error(`confusionMatrix: gold[${n}] = ${g}, expected an integer in 0..${k - 1}`);
    if (!(Number.isInteger(p) && p >= 0 && p < k)) throw new Error(`confusionMatrix: predicted[${n}] = ${p}, expected an integer in 0..${k - 1}`);
    m[g][p]++;
  }
  return m;
}
