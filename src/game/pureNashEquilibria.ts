import type { Bimatrix } from './bimatrix.ts';
import { bestResponses } from './bestResponse.ts';

/** A pure-strategy equilibrium: the row player's and the column player's actions and payoffs. */
export interface PureEquilibrium {
  row: number;
  col: number;
  rowPayoff: number;
  colPayoff: number;
}

/**
 * Every pure Nash equilibrium (i, j): i is a best response to column j and j a best response to
 * row i, within `eps` (see {@link bestResponses}). Order: by row, then column. Independent of
 * the exact enumeration, so the two can be checked against each other.
 * @example pureNashEquilibria(prisonersDilemma) // [{ row: 1, col: 1, rowPayoff: 1, colPayoff: 1 }]
 */
export function pureNashEquilibria(game: Bimatrix, options: { eps?: number } = {}): PureEquilibrium[] {
  const { A, B } = game;
  const out: PureEquilibrium[] = [];
  const colBest = A[0].map((_, j) => new Set(bestResponses(A.map((r) => r[j]), options.eps)));
  A.forEach((_, i) => {
    for (const j of bestResponses(B[i], options.eps)) {
      if (colBest[j].has(i)) out.push({ row: i, col: j, rowPayoff: A[i][j], colPayoff: B[i][j] });
    }
  });
  return out;
}
