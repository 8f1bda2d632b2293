import type { Rng } from '../core/rng.ts';
import { bestResponses, breakTie, type TieRule } from '../game/bestResponse.ts';
import { actionCount, checkAction, payoffRow } from './observationChecks.ts';
import type { StrategyObservation, StrategyStep, RepeatedStrategy } from './types.ts';

/** Memory of the textbook WSLS: the action played last round. */
export interface WslsTextbookState {
  readonly lastAction: number | null;
}

/**
 * How a losing player picks a different action:
 * - 'best-other': the best reply to the opponent's last action among the actions other than the
 *   last one (ties by `tieRule`);
 * - 'next': the next action cyclically, (last + 1) mod n;
 * - 'random-other': uniformly among the other actions (needs an rng).
 * With two actions all three are the classic switch.
 */
export type WslsShift = 'best-other' | 'next' | 'random-other';

export interface WslsTextbookOptions {
  /** Win when the realised payoff last round is >= aspiration. */
  aspiration: number;
  /** Default 'best-other'. */
  shift?: WslsShift;
  /** First-round action (default 0). */
  initialAction?: number;
  /** Ties in 'best-other' (default 'first'). */
  tieRule?: TieRule;
}

/** The state at the start of a match: no action played yet. */
export function initialWslsTextbookState(): WslsTextbookState {
  return { lastAction: null };
}

/**
 * Textbook Win-Stay/Lose-Shift ("Pavlov", Kraines and Kraines 1989; Nowak and Sigmund 1993): keep
 * the last action when the payoff it actually earned is at least the aspiration level, otherwise
 * switch to another action chosen by `shift`. Unlike the paper-code variant it reacts to realised
 * payoffs and always changes action after a loss.
 * @throws when lastPayoff is missing after the first round, 'best-other' has no opponent action,
 * 'random-other' or tieRule 'random' has no rng, or an index is out of range.
 * @example wslsTextbookStep({ lastAction: 0 }, { opponentAction: 1, payoffs: pd, lastPayoff: 0 }, { aspiration: 2 }).action // 1
 */
export function wslsTextbookStep(
  state: WslsTextbookState,
  observation: StrategyObservation,
  options: WslsTextbookOptions & { rng?: Rng },
): StrategyStep<WslsTextbookState> {
  const fn = 'wslsTextbookStep';
  const n = actionCount(fn, observation);
  if (!Number.isFinite(options.aspiration)) throw new Error(`${fn}: options.aspiration must be a finite number, got ${options.aspiration}`);
  if (state.lastAction === null) {
    const action = checkAction(fn, 'options.initialAction', options.initialAction ?? 0, n);
    return { action, state: { lastAction: action }, note: `first round: initial action ${action}` };
  }
  const last = checkAction(fn, 'state.lastAction', state.lastAction, n);
  const payoff = observation.lastPayoff;
  if (payoff === null || payoff === undefined) throw new Error(`${fn}: observation.lastPayoff is required after the first round`);
  if (payoff >= options.aspiration || n === 1) {
    return { action: last, state: { lastAction: last }, note: `win-stay: payoff ${payoff} >= aspiration ${options.aspiration}` };
  }
  const shift = options.shift ?? 'best-other';
  const others = Array.from({ length: n }, (_, a) => a).filter((a) => a !== last);
  let action: number;
  if (shift === 'next') {
    action = (last + 1) % n;
  } else if (shift === 'random-other') {
    if (options.rng === undefined) throw new Error(`${fn}: shift 'random-other' needs an rng`);
    action = options.rng.choice(others);
  } else if (shift === 'best-other') {
    if (observation.opponentAction === null) throw new Error(`${fn}: shift 'best-other' needs observation.opponentAction`);
    const row = payoffRow(fn, observation, observation.opponentAction);
    const tied = bestResponses(others.map((a) => row[a]));
    action = others[breakTie(tied, options.tieRule ?? 'first', options.rng)];
  } else {
    throw new Error(`${fn}: unknown shift ${JSON.stringify(shift)}`);
  }
  return { action, state: { lastAction: action }, note: `lose-shift (${shift}): payoff ${payoff} < aspiration ${options.aspiration}, ${last} -> ${action}` };
}

/**
 * The textbook WSLS as a {@link RepeatedStrategy}; it uses the simulator's rng for random choices.
 * @example wslsTextbook({ aspiration: 2 }).name // 'wsls-textbook'
 */
export function wslsTextbook(options: WslsTextbookOptions & { name?: string }): RepeatedStrategy<WslsTextbookState> {
  return {
    name: options.name ?? 'wsls-textbook',
    initialState: initialWslsTextbookState,
    step: (state, observation, rng) => wslsTextbookStep(state, observation, { ...options, rng }),
  };
}
