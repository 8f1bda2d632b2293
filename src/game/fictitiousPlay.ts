import type { Rng } from '../core/rng.ts';
import type { Bimatrix } from './bimatrix.ts';
import { breakTie, bestResponses, type TieRule } from './bestResponse.ts';
import { colPayoffs, expectedPayoffs, rowPayoffs } from './expectedPayoffs.ts';

/** One iteration of fictitious play. Arrays are fresh copies. */
export interface FictitiousPlayIterate {
  /** 1-based iteration number. */
  iteration: number;
  /** Pure actions [row, column] played in this iteration. */
  actions: [number, number];
  /** Cumulative play counts, including this iteration (and the initial counts). */
  counts: { row: number[]; col: number[] };
  /** Empirical mixed strategies (counts normalised). */
  x: number[];
  y: number[];
  /** Realised payoffs [A[i][j], B[i][j]] of this iteration's actions. */
  payoffs: [number, number];
  /** Expected payoffs [x^T A y, x^T B y] of the empirical strategies. */
  expected: [number, number];
}

export interface FictitiousPlayOptions {
  /** Number of iterations to yield (a positive integer). */
  iterations: number;
  /** Initial play counts (default zeros: the first move is then a tie among all actions). */
  initialCounts?: { row: number[]; col: number[] };
  /** Tie rule between equally good best responses (default 'first'). */
  tieRule?: TieRule;
  /** Needed for tieRule 'random'; the row and column players use forks 'row' and 'col'. */
  rng?: Rng;
}

/**
 * Discrete simultaneous fictitious play (Brown 1951): each iteration both players best-respond to
 * the opponent's empirical play counts so far, ties broken by an explicit (seeded) rule. Yields
 * every iterate. The empirical strategies converge to equilibrium in zero-sum games (Robinson
 * 1951) and 2x2 games (Miyasawa 1961), not in general (Shapley 1964).
 * @throws when iterations is not a positive integer, initial counts are malformed or negative, or
 * tieRule is 'random' without an rng.
 * @example [...fictitiousPlay(matchingPennies, { iterations: 1000 })].at(-1).x // close to [0.5, 0.5]
 */
export function* fictitiousPlay(game: Bimatrix, options: FictitiousPlayOptions): Generator<FictitiousPlayIterate> {
  const { iterations } = options;
  if (!Number.isInteger(iterations) || iterations <= 0) {
    throw new Error(`fictitiousPlay: iterations must be a positive integer, got ${iterations}`);
  }
  const tieRule = options.tieRule ?? 'first';
  if (tieRule === 'random' && options.rng === undefined) throw new Error("fictitiousPlay: tieRule 'random' needs an rng");
  const m = game.A.length;
  const n = game.A[0].length;
  const rowCounts = counts('initialCounts.row', options.initialCounts?.row, m);
  const colCounts = counts('initialCounts.col', options.initialCounts?.col, n);
  const rowRng = options.rng?.fork('row');
  const colRng = options.rng?.fork('col');
  for (let t = 1; t <= iterations; t++) {
    const i = breakTie(bestResponses(rowPayoffs(game, colCounts)), tieRule, rowRng);
    const j = breakTie(bestResponses(colPayoffs(game, rowCounts)), tieRule, colRng);
    rowCounts[i]++;
    colCounts[j]++;
    const x = normalised(rowCounts);
    const y = normalised(colCounts);
    yield {
      iteration: t,
      actions: [i, j],
      counts: { row: rowCounts.slice(), col: colCounts.slice() },
      x,
      y,
      payoffs: [game.A[i][j], game.B[i][j]],
      expected: expectedPayoffs(game, x, y),
    };
  }
}

function counts(name: string, given: number[] | undefined, n: number): number[] {
  if (given === undefined) return new Array<number>(n).fill(0);
  if (given.length !== n) throw new Error(`fictitiousPlay: ${name} has length ${given.length}, expected ${n}`);
  given.forEach((c, i) => {
    if (!(c >= 0) || !Number.isFinite(c)) throw new Error(`fictitiousPlay: ${name}[${i}] = ${c}, expected a count >= 0`);
  });
  return given.slice();
}

function normalised(c: number[]): number[] {
  let s = 0;
  for (const v of c) s += v;
  return c.map((v) => v / s);
}
