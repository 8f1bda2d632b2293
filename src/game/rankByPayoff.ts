/**
 * How equal payoffs are ordered when actions are ranked from best to worst.
 * - 'stable-descending': payoff descending, ties by increasing index (the kit's default; its
 *   first element is `argmaxFirst`, numpy's `argmax`).
 * - 'numpy-argsort-reversed': `np.argsort(payoffs)[::-1]` of the authors' WSLS code with a stable
 *   ascending argsort (numpy's insertion sort for small arrays): payoff descending, ties by
 *   decreasing index. Numpy builds that dispatch to SIMD sorting order ties differently: measured
 *   with numpy 2.4.6 on an AVX-512 CPU, the default argsort of Table 5's creditor row for debtor
 *   Joy, [4, 3, 2, 1, 3, 2, 3], ranks Surprise second where the stable sort ranks Neutral second
 *   (for the other six published rows the second-ranked entry agrees). So this is the authors'
 *   order on some machines only.
 */
export type RankOrder = 'stable-descending' | 'numpy-argsort-reversed';

/**
 * Indices of `values` from best to worst under an explicit tie order.
 * @throws when values is empty or holds NaN, or the order is unknown.
 * @example rankByPayoff([3, 3, 1, 2, 3, 2, 3]) // [0, 1, 4, 6, 3, 5, 2]
 * @example rankByPayoff([3, 3, 1, 2, 3, 2, 3], 'numpy-argsort-reversed') // [6, 4, 1, 0, 5, 3, 2]
 */
export function rankByPayoff(values: ArrayLike<number>, order: RankOrder = 'stable-descending'): number[] {
  if (values.length === 0) throw new Error('rankByPayoff: values is empty');
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) throw new Error(`rankByPayoff: values[${i}] is NaN`);
  const idx = Array.from({ length: values.length }, (_, i) => i);
  if (order === 'stable-descending') return idx.sort((a, b) => values[b] - values[a] || a - b);
  if (order === 'numpy-argsort-reversed') return idx.sort((a, b) => values[b] - values[a] || b - a);
  throw new Error(`rankByPayoff: unknown order ${JSON.stringify(order)}`);
}
