import type { Bimatrix } from './bimatrix.ts';
import { colPayoffs, rowPayoffs } from './expectedPayoffs.ts';

/**
 * How much each player could gain by deviating to its best pure strategy:
 * row = max_i (A y)_i - x^T A y, col = max_j (x^T B)_j - x^T B y. Both are >= 0 up to rounding.
 * @throws when x or y is not a mixed strategy (wrong length, negative entry, sum not 1 within 1e-9).
 * @example deviationGains(matchingPennies, [1, 0], [1, 0]) // { row: 0, col: 2 }
 */
export function deviationGains(game: Bimatrix, x: ArrayLike<number>, y: ArrayLike<number>): { row: number; col: number } {
  checkStrategy('deviationGains', 'x', x, game.A.length);
  checkStrategy('deviationGains', 'y', y, game.A[0].length);
  const ay = rowPayoffs(game, y);
  const xb = colPayoffs(game, x);
  let xay = 0;
  for (let i = 0; i < ay.length; i++) xay += x[i] * ay[i];
  let xby = 0;
  for (let j = 0; j < xb.length; j++) xby += xb[j] * y[j];
  return { row: Math.max(...ay) - xay, col: Math.max(...xb) - xby };
}

/**
 * True when (x, y) is an eps-Nash equilibrium: no pure deviation gains either player more than eps.
 * @throws as {@link deviationGains}.
 * @example isNashEquilibrium(matchingPennies, [0.5, 0.5], [0.5, 0.5]) // true
 */
export function isNashEquilibrium(game: Bimatrix, x: ArrayLike<number>, y: ArrayLike<number>, eps = 1e-9): boolean {
  const g = deviationGains(game, x, y);
  return g.row <= eps && g.col <= eps;
}

function checkStrategy(fn: string, name: string, s: ArrayLike<number>, n: number): void {
  if (s.length !== n) throw new Error(`${fn}: ${name} has length ${s.length}, expected ${n}`);
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(s[i]) || s[i] < -1e-12) throw new Error(`${fn}: ${name}[${i}] = ${s[i]}, expected a probability`);
    total += s[i];
  }
  if (Math.abs(total - 1) > 1e-9) throw new Error(`${fn}: ${name} sums to ${total}, expected 1`);
}
