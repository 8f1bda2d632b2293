import { normalize, vecMat, type Matrix, type Vector } from '../core/matrix.ts';

/**
 * Stationary distribution pi = pi M of a row-stochastic, ergodic matrix, by power iteration from
 * the uniform vector until the L1 change is below `tol`. Used to state (and test) how often a
 * simulated debtor spends in each hidden state in the long run. O(iterations * n^2).
 * @throws when M is not square or does not converge within `maxIterations`.
 * @example stationaryDistribution([[0.9, 0.1], [0.5, 0.5]]) // [0.8333..., 0.1666...]
 */
export function stationaryDistribution(m: Matrix, options: { tol?: number; maxIterations?: number } = {}): Vector {
  const tol = options.tol ?? 1e-13;
  const maxIterations = options.maxIterations ?? 100_000;
  const n = m.length;
  m.forEach((row, i) => {
    if (row.length !== n) throw new Error(`stationaryDistribution: row ${i} has ${row.length} entries, expected ${n}`);
  });
  let pi = normalize(new Array<number>(n).fill(1));
  for (let it = 0; it < maxIterations; it++) {
    const next = normalize(vecMat(pi, m));
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i] - pi[i]);
    pi = next;
    if (change < tol) return pi;
  }
  throw new Error(`stationaryDistribution: no convergence within ${maxIterations} iterations (tol ${tol})`);
}
