import { silentLogger, type Logger } from '../core/logger.ts';
import type { Bimatrix } from './bimatrix.ts';
import {
  ratAdd, ratCompare, ratFromNumber, ratKey, ratMul, ratOne, ratSign, ratToNumber, ratToString, ratZero,
  type Rational,
} from './rational.ts';
import { solveRational } from './solveRational.ts';

/** One extreme Nash equilibrium (x, y), as doubles and as exact fractions. */
export interface Equilibrium {
  /** Row player's mixed strategy. */
  x: number[];
  /** Column player's mixed strategy. */
  y: number[];
  /** Expected payoffs x^T A y and x^T B y. */
  rowPayoff: number;
  colPayoff: number;
  rowSupport: number[];
  colSupport: number[];
  /** Pure best responses of the row player to y, and of the column player to x. */
  rowBestResponses: number[];
  colBestResponses: number[];
  pure: boolean;
  /** Exact values as 'num/den' strings. */
  exact: { x: string[]; y: string[]; rowPayoff: string; colPayoff: string };
}

/** A strategy with support size k and more than k pure best responses. */
export interface Degeneracy {
  /** Whose strategy it is. */
  player: 'row' | 'col';
  /** The strategy, exact. */
  strategy: string[];
  support: number[];
  /** The opponent's pure best responses to it (more than support.length of them). */
  bestResponses: number[];
  /** In an equilibrium, the best responses the opponent does not use there. */
  unusedBestResponses: number[];
}

/** What {@link supportEnumeration} found. */
export interface EquilibriumReport {
  /** Every extreme equilibrium, deduplicated, in order of total support size then lexicographically. */
  equilibria: Equilibrium[];
  /** True when some mixed strategy of support size k has more than k pure best responses. */
  degenerate: boolean;
  /** Degenerate strategies that appear in an equilibrium (one entry per distinct strategy). */
  degeneracies: Degeneracy[];
  /** Number of (support, indifference set) systems solved, for cost reporting. */
  systemsSolved: number;
}

export interface SupportEnumerationOptions {
  /** Receives one warning per degenerate equilibrium strategy (default: silent). */
  logger?: Logger;
}

/** A vertex of one player's best-response polytope: a strategy and the opponent's indifference set. */
interface Vertex {
  strategy: Rational[];
  support: number[];
  supportMask: number;
  /** Opponent's payoff at its best responses. */
  value: Rational;
  bestResponses: number[];
  brMask: number;
}

const MAX_STRATEGIES = 20;

/**
 * All extreme Nash equilibria of a small bimatrix game by support enumeration in exact rational
 * arithmetic, correct on degenerate games.
 *
 * For each player, every support S of its strategy is paired with every set T of |S| opponent
 * pure strategies required to be indifferent; the square system (opponent indifferent on T,
 * probabilities sum to 1) is solved exactly by Gaussian elimination over the rationals, and kept
 * when the strategy is positive on S and no opponent strategy outside T pays more. The solutions
 * are the vertices of the player's best-response polytope; a degenerate vertex (more than |S|
 * best responses) is reached from several T and deduplicated. Equilibria are the pairs (x, y)
 * with supp(x) among the best responses to y and supp(y) among the best responses to x, so the
 * two supports may differ in size (they only can in a degenerate game). In a nondegenerate game
 * this is the textbook algorithm (T = the opponent's support). In a degenerate game equilibria
 * may form continua: the result lists their extreme points (von Stengel 2002, section 2.6;
 * Avis, Rosenberg, Savani and von Stengel 2010), and {@link maximalNashSubsets} groups them
 * into the convex sets they span. Each degenerate equilibrium strategy is reported through the
 * logger naming its support and its best responses.
 *
 * Cost: sum over k >= 1 of C(m,k) C(n,k) = C(m+n, m) - 1 small exact solves per player (3,431 for
 * 7x7, about 0.15 s for Table 5).
 * Payoffs are read exactly as decimals (see {@link ratFromNumber}).
 * @throws when the game has more than 20 strategies for a player.
 * @example supportEnumeration(battleOfTheSexes).equilibria.length // 3
 */
export function supportEnumeration(game: Bimatrix, options: SupportEnumerationOptions = {}): EquilibriumReport {
  const logger = options.logger ?? silentLogger;
  const m = game.A.length;
  const n = game.A[0].length;
  if (m > MAX_STRATEGIES || n > MAX_STRATEGIES) {
    throw new Error(`supportEnumeration: game is ${m}x${n}, at most ${MAX_STRATEGIES} strategies per player are supported`);
  }
  const A = game.A.map((r) => r.map(ratFromNumber));
  const B = game.B.map((r) => r.map(ratFromNumber));
  const At = Array.from({ length: n }, (_, j) => A.map((r) => r[j]));
  const xs = polytopeVertices(B);
  const ys = polytopeVertices(At);

  const equilibria: { x: Vertex; y: Vertex }[] = [];
  for (const x of xs.vertices) {
    for (const y of ys.vertices) {
      if ((x.supportMask & ~y.brMask) === 0 && (y.supportMask & ~x.brMask) === 0) equilibria.push({ x, y });
    }
  }
  equilibria.sort((p, q) =>
    p.x.support.length + p.y.support.length - (q.x.support.length + q.y.support.length)
    || lexDescending(p.x.strategy, q.x.strategy)
    || lexDescending(p.y.strategy, q.y.strategy));

  const degeneracies: Degeneracy[] = [];
  const seen = new Set<string>();
  const note = (player: 'row' | 'col', v: Vertex, opponentSupport: number[]) => {
    if (v.bestResponses.length <= v.support.length) return;
    const key = `${player}:${ratKey(v.strategy)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const unused = v.bestResponses.filter((b) => !opponentSupport.includes(b));
    degeneracies.push({ player, strategy: v.strategy.map(ratToString), support: v.support, bestResponses: v.bestResponses, unusedBestResponses: unused });
    const own = player === 'row' ? game.rowLabels : game.colLabels;
    const opp = player === 'row' ? game.colLabels : game.rowLabels;
    const who = player === 'row' ? game.rowPlayer : game.colPlayer;
    const names = (idx: number[], labels: readonly string[]) => `{${idx.map((i) => labels[i]).join(', ')}}`;
    logger.warn(
      `supportEnumeration: degenerate game: ${who} strategy (${v.strategy.map(ratToString).join(', ')}) with support ` +
      `${names(v.support, own)} (size ${v.support.length}) has ${v.bestResponses.length} pure best responses ` +
      `${names(v.bestResponses, opp)}` +
      (unused.length > 0 ? `, ${names(unused, opp)} unused in the equilibrium` : '') +
      '; equilibria may form continua, only their extreme points are listed',
    );
  };
  for (const e of equilibria) {
    note('row', e.x, e.y.support);
    note('col', e.y, e.x.support);
  }
  return {
    equilibria: equilibria.map(({ x, y }) => toEquilibrium(x, y)),
    degenerate: xs.degenerate || ys.degenerate,
    degeneracies,
    systemsSolved: xs.systems + ys.systems,
  };
}

/**
 * Vertices of {(s, u) : s in the simplex, (s^T M)_t <= u for every opponent strategy t}, where
 * M[own][opponent] is the opponent's payoff. Enumerated by support S and an indifference set T
 * of the same size.
 */
function polytopeVertices(M: Rational[][]): { vertices: Vertex[]; degenerate: boolean; systems: number } {
  const k0 = M.length;
  const l = M[0].length;
  const vertices: Vertex[] = [];
  const keys = new Set<string>();
  let degenerate = false;
  let systems = 0;
  for (const S of subsets(k0, Math.min(k0, l))) {
    const k = S.length;
    for (const T of combinations(l, k)) {
      systems++;
      const rows = T.map((t) => [...S.map((s) => M[s][t]), ratNeg1]);
      rows.push([...S.map(() => ratOne()), ratZero()]);
      const rhs = [...T.map(() => ratZero()), ratOne()];
      const z = solveRational(rows, rhs);
      if (z === undefined || z.slice(0, k).some((v) => ratSign(v) <= 0)) continue;
      const u = z[k];
      const strategy: Rational[] = new Array(k0).fill(ratZero());
      S.forEach((s, i) => (strategy[s] = z[i]));
      const key = ratKey(strategy);
      if (keys.has(key)) continue;
      const bestResponses: number[] = [];
      let feasible = true;
      for (let t = 0; t < l && feasible; t++) {
        let p = ratZero();
        for (let i = 0; i < k; i++) p = ratAdd(p, ratMul(z[i], M[S[i]][t]));
        const c = ratCompare(p, u);
        if (c > 0) feasible = false;
        else if (c === 0) bestResponses.push(t);
      }
      if (!feasible) continue;
      keys.add(key);
      if (bestResponses.length > k) degenerate = true;
      vertices.push({ strategy, support: S, supportMask: mask(S), value: u, bestResponses, brMask: mask(bestResponses) });
    }
  }
  return { vertices, degenerate, systems };
}

const ratNeg1: Rational = { num: -1n, den: 1n };

function toEquilibrium(x: Vertex, y: Vertex): Equilibrium {
  return {
    x: x.strategy.map(ratToNumber),
    y: y.strategy.map(ratToNumber),
    rowPayoff: ratToNumber(y.value),
    colPayoff: ratToNumber(x.value),
    rowSupport: x.support.slice(),
    colSupport: y.support.slice(),
    rowBestResponses: y.bestResponses.slice(),
    colBestResponses: x.bestResponses.slice(),
    pure: x.support.length === 1 && y.support.length === 1,
    exact: {
      x: x.strategy.map(ratToString),
      y: y.strategy.map(ratToString),
      rowPayoff: ratToString(y.value),
      colPayoff: ratToString(x.value),
    },
  };
}

function lexDescending(a: Rational[], b: Rational[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = ratCompare(b[i], a[i]);
    if (c !== 0) return c;
  }
  return 0;
}

function mask(idx: number[]): number {
  let b = 0;
  for (const i of idx) b |= 1 << i;
  return b;
}

/** Non-empty subsets of 0..n-1 with at most maxSize elements, by size then lexicographically. */
function* subsets(n: number, maxSize: number): Generator<number[]> {
  for (let k = 1; k <= maxSize; k++) yield* combinations(n, k);
}

/** k-element subsets of 0..n-1 in lexicographic order. */
function* combinations(n: number, k: number): Generator<number[]> {
  const c = Array.from({ length: k }, (_, i) => i);
  while (true) {
    yield c.slice();
    let i = k - 1;
    while (i >= 0 && c[i] === n - k + i) i--;
    if (i < 0) return;
    c[i]++;
    for (let j = i + 1; j < k; j++) c[j] = c[j - 1] + 1;
  }
}
