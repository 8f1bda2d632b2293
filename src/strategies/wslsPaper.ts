import { argmaxFirst } from '../core/matrix.ts';
import { rankByPayoff, type RankOrder } from '../game/rankByPayoff.ts';
import { actionCount, checkAction, payoffRow } from './observationChecks.ts';
import type { StrategyObservation, StrategyStep, RepeatedStrategy } from './types.ts';

/** Per-negotiation memory of the paper-code WSLS: the payoff of the last chosen action. */
export interface WslsPaperState {
  readonly lastPayoff: number | null;
}

export interface WslsPaperOptions {
  /** "Lose" when the remembered payoff is below this (default 2.0, the paper's PAYOFF_THRESHOLD). */
  threshold?: number;
  /** Which action counts as second-best when payoffs tie (default 'stable-descending'). */
  order?: RankOrder;
  /** Opponent action assumed when none was observed yet (the paper: Neutral, index 6). */
  firstOpponentAction?: number;
}

/** The state at the start of a negotiation: no remembered payoff. */
export function initialWslsPaperState(): WslsPaperState {
  return { lastPayoff: null };
}

/**
 * Win-Stay/Lose-Shift as in the authors' code (METHOD.md section 9 step 5; models/payoff_matrix.py):
 * take the own-payoff row of the opponent's current action; best = argmax (first index on ties);
 * if a remembered payoff exists and is below `threshold`, take instead the second entry of the
 * ranking `rankByPayoff(row, order)` (default: payoff descending, ties by increasing index);
 * remember the payoff of the chosen action. Note that the comparison uses the payoff remembered
 * when the previous action was chosen (from the previous row), not a realised payoff. With the
 * published Table 5 every row's maximum is >= 2, so the lose branch is only reachable after online
 * learning has lowered entries. Callers that use other branches (the HMM) in between must not
 * call this step on those turns, to match the authors' code, whose memory only changes here.
 * @throws when no opponent action is known and no firstOpponentAction is given, or an index is out of range.
 * @example wslsPaperStep({ lastPayoff: null }, { opponentAction: 6, payoffs: agent }).action // 0 (Joy)
 */
export function wslsPaperStep(state: WslsPaperState, observation: StrategyObservation, options: WslsPaperOptions = {}): StrategyStep<WslsPaperState> {
  const threshold = options.threshold ?? 2.0;
  const n = actionCount('wslsPaperStep', observation);
  const opponent = observation.opponentAction ?? options.firstOpponentAction;
  if (opponent === undefined) {
    throw new Error('wslsPaperStep: observation.opponentAction is null and options.firstOpponentAction is not set');
  }
  const row = payoffRow('wslsPaperStep', observation, opponent);
  const best = argmaxFirst(row, 0);
  let action = best;
  let note = `win-stay: best action ${best} (payoff ${row[best]})`;
  if (state.lastPayoff !== null && state.lastPayoff < threshold && n > 1) {
    action = rankByPayoff(row, options.order ?? 'stable-descending')[1];
    note = `lose-shift: remembered payoff ${state.lastPayoff} < ${threshold}, second-ranked action ${action} (payoff ${row[action]}) instead of best ${best}`;
  }
  checkAction('wslsPaperStep', 'action', action, n);
  return { action, state: { lastPayoff: row[action] }, note };
}

/**
 * The paper-code WSLS as a {@link RepeatedStrategy} for the repeated-game simulator.
 * @example wslsPaper({ firstOpponentAction: 6 }).name // 'wsls-paper'
 */
export function wslsPaper(options: WslsPaperOptions & { name?: string } = {}): RepeatedStrategy<WslsPaperState> {
  return {
    name: options.name ?? 'wsls-paper',
    initialState: initialWslsPaperState,
    step: (state, observation) => wslsPaperStep(state, observation, options),
  };
}
