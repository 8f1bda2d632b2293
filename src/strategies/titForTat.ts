import { actionCount, checkAction } from './observationChecks.ts';
import type { StrategyObservation, StrategyStep, RepeatedStrategy } from './types.ts';

export interface TitForTatOptions {
  /** Action before any opponent action is seen (default 0; the paper's convention for emotions is Neutral, 6). */
  initialAction?: number;
}

/**
 * Tit-for-tat (Rapoport; Axelrod 1984): mirror the opponent's most recent action, which for the
 * creditor means adopting the debtor's detected emotion. Needs the same action set for both
 * players (index i means the same thing to both). Stateless: the state is null.
 * @throws when the mirrored or initial action is out of range.
 * @example titForTatStep(null, { opponentAction: 2, payoffs: agent }).action // 2 (Anger for Anger)
 */
export function titForTatStep(state: null, observation: StrategyObservation, options: TitForTatOptions = {}): StrategyStep<null> {
  const n = actionCount('titForTatStep', observation);
  if (observation.opponentAction === null) {
    const action = checkAction('titForTatStep', 'options.initialAction', options.initialAction ?? 0, n);
    return { action, state, note: `no opponent action yet: initial action ${action}` };
  }
  const action = checkAction('titForTatStep', 'observation.opponentAction', observation.opponentAction, n);
  return { action, state, note: `mirror opponent action ${action}` };
}

/** Tit-for-tat as a {@link RepeatedStrategy}. */
export function titForTat(options: TitForTatOptions & { name?: string } = {}): RepeatedStrategy<null> {
  return { name: options.name ?? 'tit-for-tat', initialState: () => null, step: (s, o) => titForTatStep(s, o, options) };
}
