import type { Matrix } from '../core/matrix.ts';

/**
 * The emission model of the `principled` mode. 'state': P(D | S, C) = P(D | S), the creditor's
 * emotion plays no part. 'product' (default): a product of experts,
 * P(D = d | S = s, C = c) proportional to P(d | s) * B[c][d] (Table 4b), renormalised over d:
 * the debtor's state and the creditor's emotion each pull the debtor's emotion their way.
 */
export type EmissionModel = 'product' | 'state';

/**
 * P(D | S) from Dirichlet counts: prior pseudo-counts (strength * prior row) plus the learned
 * expected counts, each row normalised (the posterior mean). O(S * E).
 * @example stateEmission([[0.5, 0.5]], [[3, 1]], { strength: 2 }) // [[4/6, 2/6]]
 */
export function stateEmission(prior: Matrix, learnedCounts: Matrix, options: { strength: number }): Matrix {
  const { strength } = options;
  return prior.map((row, s) => {
    const counts = row.map((p, d) => strength * p + learnedCounts[s][d]);
    let total = 0;
    for (const v of counts) total += v;
    return counts.map((v) => v / total);
  });
}

/**
 * table[c][s][d] = P(D = d | S = s, C = c) under `options.model` (see {@link EmissionModel}); every
 * (c, s) row sums to 1. O(C * S * E).
 */
export function emissionTable(stateEmissionMatrix: Matrix, options: { creditorEmission: Matrix; model: EmissionModel }): number[][][] {
  const { creditorEmission, model } = options;
  return creditorEmission.map((b) =>
    stateEmissionMatrix.map((row) => {
      if (model === 'state') return row.slice();
      const out = row.map((p, d) => p * b[d]);
      let total = 0;
      for (const v of out) total += v;
      return total > 0 ? out.map((v) => v / total) : out.map(() => 1 / out.length);
    }),
  );
}
