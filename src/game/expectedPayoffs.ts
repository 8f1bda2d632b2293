import type { Vector } from '../core/matrix.ts';
import type { Bimatrix } from './bimatrix.ts';

/**
 * The row player's payoff for each pure strategy against the column player's mixed strategy y: A y.
 * @throws when y has the wrong length.
 * @example rowPayoffs(bimatrix([[1, 0], [0, 2]], [[0, 0], [0, 0]]), [0.5, 0.5]) // [0.5, 1]
 */
export function rowPayoffs(game: Bimatrix, y: ArrayLike<number>): Vector {
  const n = game.A[0].length;
  if (y.length !== n) throw new Error(`rowPayoffs: y has length ${y.length}, expected ${n}`);
  return game.A.map((row) => dot(row, y));
}

/**
 * The column player's payoff for each pure strategy against the row player's mixed strategy x: x^T B.
 * @throws when x has the wrong length.
 */
export function colPayoffs(game: Bimatrix, x: ArrayLike<number>): Vector {
  const m = game.B.length;
  if (x.length !== m) throw new Error(`colPayoffs: x has length ${x.length}, expected ${m}`);
  const n = game.B[0].length;
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[j] += x[i] * game.B[i][j];
  return out;
}

/**
 * Expected payoffs [x^T A y, x^T B y] of a mixed-strategy profile.
 * @example expectedPayoffs(matchingPennies, [0.5, 0.5], [0.5, 0.5]) // [0, 0]
 */
export function expectedPayoffs(game: Bimatrix, x: ArrayLike<number>, y: ArrayLike<number>): [number, number] {
  return [dot(rowPayoffs(game, y), x), dot(colPayoffs(game, x), y)];
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
