import type { StrategyObservation } from './types.ts';

// Argument checks shared by the strategy step functions (internal: not re-exported by the barrel).

/** Number of own actions in an observation's payoff matrix. @throws when the matrix is empty. */
export function actionCount(fn: string, observation: StrategyObservation): number {
  const n = observation.payoffs?.[0]?.length ?? 0;
  if (n === 0) throw new Error(`${fn}: observation.payoffs must be a non-empty matrix`);
  return n;
}

/**
 * The row of own payoffs against `opponent`.
 * @throws when opponent is outside the payoff matrix.
 */
export function payoffRow(fn: string, observation: StrategyObservation, opponent: number): readonly number[] {
  const row = observation.payoffs[opponent];
  if (!Number.isInteger(opponent) || row === undefined) {
    throw new Error(`${fn}: opponent action ${opponent} is outside 0..${observation.payoffs.length - 1}`);
  }
  return row;
}

/** @throws when action is not an integer in 0..n-1. */
export function checkAction(fn: string, name: string, action: number, n: number): number {
  if (!Number.isInteger(action) || action < 0 || action >= n) throw new Error(`${fn}: ${name} = ${action} is outside 0..${n - 1}`);
  return action;
}
