import type { Matrix } from '../core/matrix.ts';
import type { Rng } from '../core/rng.ts';

/**
 * What a repeated-game strategy sees before choosing. Payoffs are the player's own, indexed
 * `[opponentAction][myAction]`: for the creditor (column player of Table 5) this is
 * `payoffAgent[d][e]` as published; for a row player it is the transpose of A.
 */
export interface StrategyObservation {
  /** The opponent's most recent action (the debtor's current emotion D_t); null before it has acted. */
  opponentAction: number | null;
  /** My payoffs, `payoffs[opponentAction][myAction]`. */
  payoffs: Matrix;
  /** The payoff I actually received in the previous round; null or absent in the first round. */
  lastPayoff?: number | null;
}

/** A step's decision, the strategy's next state, and a human-readable reason for transcripts. */
export interface StrategyStep<S> {
  action: number;
  state: S;
  note?: string;
}

/**
 * A repeated-game strategy: an initial state and a pure step function. Random strategies draw
 * only from the rng they are handed (the simulator gives each player its own fork).
 */
export interface RepeatedStrategy<S = unknown> {
  readonly name: string;
  initialState(): S;
  step(state: S, observation: StrategyObservation, rng: Rng): StrategyStep<S>;
}
