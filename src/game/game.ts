import type { Logger } from '../core/logger.ts';
import type { Matrix } from '../core/matrix.ts';
import type { PaperParameters } from '../core/paperParameters.ts';
import type { Rng } from '../core/rng.ts';
import { bimatrix, table5Bimatrix, type Bimatrix, type BimatrixOptions } from './bimatrix.ts';
import { bestResponses, breakTie, type TieRule } from './bestResponse.ts';
import { colPayoffs, expectedPayoffs, rowPayoffs } from './expectedPayoffs.ts';
import { fictitiousPlay, type FictitiousPlayOptions } from './fictitiousPlay.ts';
import { deviationGains, isNashEquilibrium } from './isNashEquilibrium.ts';
import { maximalNashSubsets, type NashSubset } from './maximalNashSubsets.ts';
import { pureNashEquilibria } from './pureNashEquilibria.ts';
import { replicatorDynamics, type ReplicatorOptions } from './replicatorDynamics.ts';
import { supportEnumeration, type EquilibriumReport } from './supportEnumeration.ts';

/**
 * A thin facade over the game-theory modules for notebooks: every method delegates to a pure
 * function of the underlying {@link Bimatrix} (available as `game.bimatrix`).
 * @example new Game([[1, -1], [-1, 1]], [[-1, 1], [1, -1]]).equilibria().equilibria[0].x // [0.5, 0.5]
 */
export class Game {
  readonly bimatrix: Bimatrix;

  constructor(A: Matrix, B: Matrix, options: BimatrixOptions = {}) {
    this.bimatrix = bimatrix(A, B, options);
  }

  /** The paper's Table 5: debtor = row player, creditor = column player. */
  static table5(params?: Pick<PaperParameters, 'payoffAgent' | 'payoffClient'>): Game {
    const g = table5Bimatrix(params);
    return new Game(g.A, g.B, g);
  }

  get A(): Matrix { return this.bimatrix.A; }
  get B(): Matrix { return this.bimatrix.B; }

  /** All extreme equilibria, exact (see {@link supportEnumeration}). */
  equilibria(options: { logger?: Logger } = {}): EquilibriumReport {
    return supportEnumeration(this.bimatrix, options);
  }

  /** Extreme equilibria grouped into maximal convex sets (see {@link maximalNashSubsets}). */
  nashSubsets(options: { logger?: Logger } = {}): NashSubset[] {
    return maximalNashSubsets(this.equilibria(options).equilibria);
  }

  /** Pure equilibria (see {@link pureNashEquilibria}). */
  pureEquilibria(options: { eps?: number } = {}) {
    return pureNashEquilibria(this.bimatrix, options);
  }

  /** True when no pure deviation gains more than eps (see {@link isNashEquilibrium}). */
  isNashEquilibrium(x: ArrayLike<number>, y: ArrayLike<number>, eps = 1e-9): boolean {
    return isNashEquilibrium(this.bimatrix, x, y, eps);
  }

  /** Best pure-deviation gains of both players (see {@link deviationGains}). */
  deviationGains(x: ArrayLike<number>, y: ArrayLike<number>) {
    return deviationGains(this.bimatrix, x, y);
  }

  /** Expected payoffs [x^T A y, x^T B y]. */
  payoffs(x: ArrayLike<number>, y: ArrayLike<number>): [number, number] {
    return expectedPayoffs(this.bimatrix, x, y);
  }

  /** All pure best responses of `player` to the opponent's mixed strategy, increasing. */
  bestResponses(player: 'row' | 'col', opponent: ArrayLike<number>, eps?: number): number[] {
    return bestResponses(player === 'row' ? rowPayoffs(this.bimatrix, opponent) : colPayoffs(this.bimatrix, opponent), eps);
  }

  /** One pure best response of `player`, ties broken by `tieRule` ('random' needs rng). */
  bestResponse(player: 'row' | 'col', opponent: ArrayLike<number>, options: { tieRule?: TieRule; rng?: Rng } = {}): number {
    return breakTie(this.bestResponses(player, opponent), options.tieRule ?? 'first', options.rng);
  }

  /** Fictitious play iterates (see {@link fictitiousPlay}). */
  fictitiousPlay(options: FictitiousPlayOptions) {
    return fictitiousPlay(this.bimatrix, options);
  }

  /** Replicator-dynamics trajectory (see {@link replicatorDynamics}). */
  replicatorDynamics(options: ReplicatorOptions) {
    return replicatorDynamics(this.bimatrix, options);
  }
}
