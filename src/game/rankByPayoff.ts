/**
 * How equal payoffs are ordered when actions are ranked from best to worst.
 * - 'stable-descending': payoff descending, ties by increasing index (the kit's default; its
 *   first element is `argmaxFirst`, numpy's `argmax`).
 * - 'numpy-argsort-reversed': `np.argsort(payoffs)[::-1]` of the authors' WSLS code, assuming a
 *   stable ascending argsort (numpy sorts arrays this small by insertion sort): payoff descending,
 *   ties by decreasing index. Numpy builds with SIMD sorting (AVX-512 from 1.25, AVX2 from 2.0)
 *   may order ties differently, so this is the most likely, not a guaranteed, replica.
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
